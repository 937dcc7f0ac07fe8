// Statements as events, and acts that others only comment on (tests/fixtures/corpus/README.md, "participant"), on
// invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, testArticle as article } from './test-article.ts';

const participant = (a: ParsedArticle, name: string) =>
  run(a).people.find((p) => p.name === name)?.participant;

describe('a statement or a decision that is the event the headline reports', () => {
  it('makes the official who announced a body’s decision "in a statement" its participant', () => {
    const a = article('Central bank raises policy rate by 0.5 pct', [
      'VALLETTA, May 9 (Xinhua) -- The Central Bank of Malta decided on Thursday to raise its policy rate by half a point.',
      'Central Bank Governor Marco Vella said in a statement that the decision aimed to bring inflation down.',
      'Finance Minister Anna Borg said the government welcomed the move.',
    ]);
    expect(participant(a, 'Marco Vella')).toBe(true);
  });

  it('makes the spokesperson whose statement is the headline’s denunciation its participant', () => {
    const a = article("Ministry slams senator's remarks as 'irresponsible'", [
      'The ministry on Monday denounced remarks by Senator Paul Granger as irresponsible and provocative.',
      'Li Wenhao, spokesman for the ministry, said in a statement that the remarks distorted the facts.',
    ]);
    expect(participant(a, 'Li Wenhao')).toBe(true);
    expect(participant(a, 'Paul Granger')).toBe(false);
  });

  it('makes a spokesperson whose statement the lede reports its participant', () => {
    const a = article('Country condemns attack on its embassy', [
      'Foreign Ministry spokesman Omar Haddad said in a statement on Monday that the country condemned the attack on its embassy.',
      'President Nabil Khoury had earlier spoken with the ambassador by phone.',
    ]);
    expect(participant(a, 'Omar Haddad')).toBe(true);
  });

  it('makes the minister whose statement a lede headline attributes its participant, not another official', () => {
    const a = article(
      'The death toll from the forest fires in the north has risen to 12, the Ministry of the Interior said on Monday.',
      [
        'The death toll from the forest fires in the north has risen to 12, the Ministry of the Interior said on Monday.',
        'The Minister of the Interior, Karim Belaid, said in a statement that most of the fires had been contained.',
        'The Director General of Civil Defence, Samir Haddad, told the press that 4,000 firefighters had been deployed.',
      ],
      { titleDerived: true, dateline: null },
    );
    expect(participant(a, 'Karim Belaid')).toBe(true);
    expect(participant(a, 'Samir Haddad')).toBe(false);
  });
});

describe('officials of another body, on another day', () => {
  it('does not make the head of a body that acted a day earlier a participant ("Its director general, X, said")', () => {
    const a = article('Health body declares outbreak an emergency', [
      'GENEVA, May 9 (Xinhua) -- The health body’s Director-General Anna Keller on Thursday declared the outbreak an emergency.',
      'A day earlier, the regional disease agency declared a continental emergency.',
      'Its director general, Paul Mensah, said the virus had spread to 13 countries.',
    ]);
    expect(participant(a, 'Anna Keller')).toBe(true);
    expect(participant(a, 'Paul Mensah')).toBe(false);
  });
});

describe('an act that others only comment on', () => {
  it('does not make those who react to an arrest its participants', () => {
    const a = article('Police arrest city mayor in bribery case', [
      'NEW DELHI, May 9 (PTI) -- Police on Thursday arrested Pune Mayor Ravi Kulkarni in a bribery case.',
      'Party spokesperson Meena Joshi said the mayor would fight the charges.',
      'Opposition leader Vikram Rao said the arrest showed the rot in the city government.',
    ]);
    expect(participant(a, 'Ravi Kulkarni')).toBe(true);
    expect(participant(a, 'Meena Joshi')).toBe(false);
    expect(participant(a, 'Vikram Rao')).toBe(false);
  });

  it('does not make a president who congratulates a crew after a launch its participant', () => {
    const a = article("Norway's first astronaut blasts off to space station", [
      'OSLO, May 9 (Xinhua) -- Ingrid Solberg became Norway’s first astronaut as her rocket lifted off on Thursday.',
      'Trade Minister Lars Dahl watched the launch at the space center.',
      'Prime Minister Erik Haugen congratulated Solberg, saying the country had taken a historic step.',
    ]);
    expect(participant(a, 'Lars Dahl')).toBe(true);
    expect(participant(a, 'Erik Haugen')).toBe(false);
  });

  it('counts one who "also resigned" in a walkout, and not a president speaking at a cabinet meeting', () => {
    const a = article('Thousands of nurses walk off job over pay', [
      'SEOUL, May 9 (Yonhap) -- Thousands of nurses walked off the job on Thursday in protest of a pay freeze.',
      'President Han Jae-won said at a Cabinet meeting that the freeze was unavoidable.',
      'Oh Min-ji, head of the nurses’ association, who also resigned, wrote on social media that she would not return.',
    ]);
    expect(participant(a, 'Han Jae-won')).toBe(false);
    expect(participant(a, 'Oh Min-ji')).toBe(true);
  });

  it('reads the lede’s closing "…, Y announced." under an arrest as its source, not as taking part', () => {
    const a = article('Preacher arrested after week-long police search', [
      'MANILA, May 9 (PNA) -- Church founder Ramon Dizon was arrested on Thursday inside his church compound, ending a week-long search, Interior Secretary Jose Lacson Jr. announced.',
      'Dizon was taken into custody together with two aides, Lacson said at a press conference in Manila.',
    ]);
    expect(participant(a, 'Ramon Dizon')).toBe(true);
    expect(participant(a, 'Jose Lacson Jr')).toBe(false);
  });
});

describe('who came along on a trip', () => {
  it('counts those a trip "included", with an appositive after "The trip"', () => {
    const a = article('President returns to flooded state with congressional leaders', [
      'BRASILIA, May 9 (Xinhua) -- President Paulo Mendes returned on Thursday to the flooded state.',
      'The trip, his second in a week, also included ministers Ana Ribeiro and Carlos Lima.',
    ]);
    expect(participant(a, 'Ana Ribeiro')).toBe(true);
    expect(participant(a, 'Carlos Lima')).toBe(true);
  });
});

describe('people there beside the one the headline names', () => {
  it('counts a relative set off by commas who "watched from the stands"', () => {
    const a = article('Striker presented to 50,000 fans at new club', [
      'MADRID, May 9 (EFE) -- Forward Luis Moreno was presented as a club player on Thursday before 50,000 fans.',
      'His mother, Carmen Ortiz, watched from the stands.',
    ]);
    expect(participant(a, 'Carmen Ortiz')).toBe(true);
  });

  it('counts a mayor who "asked the premier" for help during the premier’s visit', () => {
    const a = article('Conti visits quake-hit region, pledges aid', [
      'ROME, May 9 (Xinhua) -- Premier Sara Conti on Thursday visited towns in the south devastated by an earthquake.',
      'Town Mayor Luca Bassi asked the premier for help in rebuilding the town’s school.',
      'Regional Mayor Pia Neri said in a statement in Naples that the region needed funds.',
    ]);
    expect(participant(a, 'Luca Bassi')).toBe(true);
    expect(participant(a, 'Pia Neri')).toBe(false);
  });

  it('counts a governor met on a visit ("told reporters after meeting Governor X")', () => {
    const a = article('Premier visits flood-hit region, pledges aid', [
      'ROME, May 9 (Xinhua) -- Premier Sara Conti on Thursday visited towns in the north devastated by floods.',
      '"We will rebuild," Conti told reporters after meeting Regional Governor Paolo Ferri and local mayors.',
    ]);
    expect(participant(a, 'Paolo Ferri')).toBe(true);
  });
});

describe('the country of someone abroad, from their office', () => {
  it('places an official of Hezbollah in Lebanon, not in the dateline’s country', () => {
    const a = article(
      'Dignitaries attend memorial ceremony in Tehran',
      [
        'Officials from dozens of countries attended a memorial ceremony in Tehran on Wednesday.',
        'Hassan Fadlallah, a senior official of Hezbollah, was also present.',
      ],
      { source: 'IRNA', dateline: { place: 'Tehran', date: null } },
    );
    expect(run(a).people.find((p) => p.name === 'Hassan Fadlallah')?.country).toBe('Lebanon');
  });
});

describe('the country of a bare title when the story gives none', () => {
  it('gives one who represented "the Russian leader" at a summit Russia, not the outlet’s home', () => {
    const a = article(
      'Prime Minister hosts virtual summit of leaders',
      [
        'Prime Minister Ravi Menon on Wednesday hosted a virtual summit of leaders.',
        'The Russian leader was represented at the online meeting by Foreign Minister Ivan Sokolov.',
      ],
      { source: 'PTI', dateline: { place: 'New Delhi', date: 'Nov 22' } },
    );
    expect(run(a).people.find((p) => p.name === 'Ivan Sokolov')?.country).toBe('Russia');
  });

  it('places a "Republican candidate" in the United States, not in the dateline’s country', () => {
    const a = article(
      'President sworn in as foreign leaders look on',
      [
        'Ana Ruiz was sworn in on Tuesday as president before Congress.',
        'Republican candidate Tom Baker has threatened to impose tariffs on the country’s exports.',
        'Social Democrat leader Jorge Vela, who lost the election, attended the ceremony.',
      ],
      { source: 'AP', dateline: { place: 'MEXICO CITY', date: null } },
    );
    expect(run(a).people.find((p) => p.name === 'Tom Baker')?.country).toBe('United States');
    expect(run(a).people.find((p) => p.name === 'Jorge Vela')?.country).toBe('Mexico');
  });

  it('does not take the country a headline’s leaders talk about', () => {
    const a = article(
      'Mendes, Rossi agree in phone call to start Venezuela talks',
      [
        'Brazilian President Paulo Mendes and Argentine President Marco Rossi held a phone conversation on Wednesday.',
        'Presidential aide Joao Prado said a meeting would need careful preparation.',
      ],
      { source: 'CGTN', dateline: null },
    );
    expect(run(a).people.find((p) => p.name === 'Joao Prado')?.country).toBeNull();
  });
});

describe('names in sport reports', () => {
  it('finds kin listed together whose shared surname is a country’s name, and places none of them there', () => {
    const a = article(
      'Preacher arrested with four co-accused',
      [
        'Church founder Ramon Dizon was taken into custody on Sunday together with four co-accused, Lorente Chile, Pacifica Chile, Ingrid Chile and Jackie Ramos.',
      ],
      { source: 'PNA', dateline: { place: 'MANILA', date: null } },
    );
    const people = run(a).people;
    for (const name of ['Lorente Chile', 'Pacifica Chile', 'Ingrid Chile', 'Jackie Ramos'])
      expect(people.find((p) => p.name === name)?.country).toBe('Philippines');
  });

  it('splits a doubles pair written "A B-C D E" into its two players, not a double-barrelled name', () => {
    const a = article('Shuttlers win bronze in Paris', [
      'PARIS, Aug 5 (Bernama) -- Men’s doubles pair Daniel Ong-Teo Boon Seng won a bronze medal on Sunday after beating Denmark’s Mads Vinther-Rasmus Holm Kjaer.',
      'The pair’s coach, Karen Smith-Jones, said they had played their best.',
    ]);
    const names = run(a).people.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Daniel Ong',
        'Teo Boon Seng',
        'Mads Vinther',
        'Rasmus Holm Kjaer',
        'Karen Smith-Jones',
      ]),
    );
    expect(run(a).people.find((p) => p.name === 'Rasmus Holm Kjaer')?.country).toBe('Denmark');
  });

  it('finds a beaten opponent whose surname is also a common word ("Sen")', () => {
    const a = article('Shuttler wins bronze in Paris', [
      'PARIS, Aug 5 (Bernama) -- National shuttler Tan Wei Ming won a bronze medal when he beat India’s Tanmay Sen 19-21, 21-17, 21-14 in the men’s singles.',
    ]);
    expect(run(a).people.find((p) => p.name === 'Tanmay Sen')?.country).toBe('India');
  });
});
