// Participants and countries of the seventeenth session's conventions (the country of people outside government;
// statements, verdicts and acts), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a verdict or a sentence: the hearing is the event', () => {
  const sentencing = article(
    'Former governor Tomas Brandt jailed: court sentences him to eight years for bribery',
    [
      'VALDORA, May 3 (Reuters) - A regional court on Friday sentenced former governor Tomas Brandt to eight years in prison for taking bribes.',
      'Judge Elena Sorvino read the verdict in a packed courtroom.',
      '"We will appeal," party chairman Viktor Hale told reporters, calling the trial a farce.',
      'Brandt’s adviser Marta Keel said the defence had not been allowed to call witnesses.',
      'Prosecutor Ivo Dunn, who led the case, told reporters the court had weighed every piece of evidence.',
      'His lawyer, Rosa Pell, had asked for a suspended sentence.',
    ],
  );
  it('keeps the judge, the prosecutor and the lawyer who speak in the case', () => {
    expect(person(sentencing, 'Tomas Brandt')?.participant).toBe(true);
    expect(person(sentencing, 'Elena Sorvino')?.participant).toBe(true);
    expect(person(sentencing, 'Ivo Dunn')?.participant).toBe(true);
    expect(person(sentencing, 'Rosa Pell')?.participant).toBe(true);
  });
  it('leaves out a party chairman and an adviser who comment on it', () => {
    expect(person(sentencing, 'Viktor Hale')?.participant).toBe(false);
    expect(person(sentencing, 'Marta Keel')?.participant).toBe(false);
  });
  it('does not read voters’ "verdict" as a court story', () => {
    const a = article('Voters deliver verdict as ruling party loses majority', [
      'LUMEN, May 3 (Reuters) - Voters delivered a harsh verdict on the government on Sunday.',
      'Party chairman Viktor Hale told reporters the result was a warning.',
    ]);
    expect(person(a, 'Viktor Hale')?.participant).toBe(true);
  });
});

describe('a statement or an act, and those who comment on it from elsewhere', () => {
  it('reads a budget "tabled" as one minister’s act: those present take part, who comments later does not', () => {
    const a = article('Budget 2026: record spending on schools - PM Varga', [
      'LUMEN CITY, Oct 10 (Bernama) -- Prime Minister Ilse Varga today tabled a record budget for 2026.',
      'Present in the House were Deputy Prime Minister Otto Brenn and Finance Minister Kai Selm.',
      'Opposition Leader Nora Quist later told reporters that the opposition would oppose the fuel measures.',
    ]);
    expect(person(a, 'Otto Brenn')?.participant).toBe(true);
    expect(person(a, 'Nora Quist')?.participant).toBe(false);
  });

  it('does not read "who took part in the lunar program" as taking part in the event', () => {
    const a = article('Probe crashed after engine fault - agency chief', [
      'ZORIN, Aug. 2 /TASS/. The probe crashed because its engine ran too long, agency chief Pavel Orlov said on Monday.',
      'Physicist Anton Belyi, 88, who took part in the national lunar program, was taken to hospital after the news.',
    ]);
    expect(person(a, 'Anton Belyi')?.participant).toBe(false);
  });

  it('leaves out the head of another body whose act the sentence before dates to another day', () => {
    const a = article('Central bank cuts key rate', [
      'ARDA, Mar 21 (EFE).- The Central Bank of Arda on Thursday cut its key rate to 9 percent.',
      'Governor Lina Moro said inflation had eased enough to allow the cut.',
      'The decision came a day after the Northern Reserve Board kept its rates on hold.',
      'Northern Reserve Board Chair Peter Lund said the board still expected to cut this year.',
    ]);
    expect(person(a, 'Lina Moro')?.participant).toBe(true);
    expect(person(a, 'Peter Lund')?.participant).toBe(false);
  });
});

describe('who makes a statement, and who only reacts to it', () => {
  it('reads "Ambassador X of Norway, announced the decision" as the speaker who made it', () => {
    const a = article('Trade body reappoints Oduya for second term as director-general', [
      'Geneva, Nov. 29 (NAN) The General Council of the trade body on Friday gave Director-General Amara Oduya a second term.',
      'The Chairman of the General Council, Ambassador Henrik Dahl of Norway, announced the decision, saying members had backed it strongly.',
      'President Ade Bello, in a statement by his Special Adviser on Media, Mr Tunde Ake, congratulated her.',
    ]);
    expect(person(a, 'Henrik Dahl')?.participant).toBe(true);
    expect(person(a, 'Tunde Ake')?.participant).toBe(false);
  });

  it('places the officials who announce results, and those beside the speaker at the press conference', () => {
    const a = article('Ruling party wins majority in parliamentary election, the commission said today.', [
      'DARA, Jan 8 (BSS) - The ruling party has won a majority in the parliamentary election, the Election Commission said today.',
      'Chief Election Commissioner Rafiq Uddin told a press briefing at the commission that turnout stood at 40 percent.',
      'Commission Secretary Abul Kalam had announced the unofficial results overnight.',
      'At a press conference at the party’s office, party general secretary Nurul Karim thanked the voters despite what he called a campaign of fear.',
    ]);
    expect(person(a, 'Abul Kalam')?.participant).toBe(true);
    expect(person(a, 'Nurul Karim')?.participant).toBe(false);
  });

  it('keeps a minister who addresses the press conference along with the speaker; a prime minister who condemns is elsewhere', () => {
    const a = article('Attackers will not be spared: Sadiq', [
      'KARAM, Nov 26 (APP): Interior Minister Farid Sadiq on Tuesday said those who attacked the police would not be spared.',
      'Addressing a press conference along with Information Minister Omar Lodhi, the interior minister said four officers had been killed since the march began on Sunday.',
      'Lodhi said the marchers had chosen the days of a state visit to embarrass the country.',
      'Prime Minister Bilal Hayat condemned the killing of the officers and directed that those responsible be found.',
    ]);
    expect(person(a, 'Omar Lodhi')?.participant).toBe(true);
    expect(person(a, 'Bilal Hayat')?.participant).toBe(false);
    const b = article('Blast kills 12 at market', [
      'KARAM, Nov 26 (APP): An explosion killed 12 people at a market on Tuesday, police said.',
      'Foreign Minister Tariq Aziz condemned the attack, along with European Union leaders.',
    ]);
    expect(person(b, 'Tariq Aziz')?.participant).toBe(false);
  });
});

describe('"Marine" as a title, and a list of the freed', () => {
  it('reads "former US Marine X" as a title before a name, and "Marine Le Pen" as a name', () => {
    const a = article('Prisoners freed in exchange', [
      'ANKARA (AA) - Among those freed were reporter Dan Weller, former US Marine Carl Dorsey, and activist Lena Voss.',
      'In Paris, far-right leader Marine Le Pen said the exchange was overdue.',
    ]);
    expect(person(a, 'Carl Dorsey')?.roles).toEqual(['former US Marine']);
    expect(person(a, 'Carl Dorsey')?.participant).toBe(true);
    expect(person(a, 'Marine Le Pen')).toBeDefined();
    const b = article('Leaders open trade fair', [
      'ANKARA (AA) - The trade fair opened in Ankara on Thursday.',
      'Businessman Emre Kaya, an old friend of President Lars Holm, attended the opening.',
    ]);
    expect(person(b, 'Lars Holm')?.participant).toBe(false);
  });
});

describe('the country of people outside government', () => {
  it('gives a group the citizenship a later sentence states ("All three are citizens of X")', () => {
    const a = article('Court arrests three suspects in market attack', [
      'MOSCOW, March 4. /TASS/. A district court has remanded three suspects in custody, the court said.',
      '"The court has granted the motion to arrest Rustam Nazarov, Farid Kamolov and Umed Sattorov," the court said.',
      'All three are citizens of Kyrgyzstan.',
    ]);
    for (const name of ['Rustam Nazarov', 'Farid Kamolov', 'Umed Sattorov'])
      expect(person(a, name)?.country).toBe('Kyrgyzstan');
  });

  it('gives a business leader who traveled with a president that president’s country', () => {
    const a = article('Presidents agree to expand trade', [
      'HANOI (AP) — South Korean President Park Min-ho and his Vietnamese counterpart agreed Friday to expand trade.',
      'Hanbit Motors Chairman Choi Dong-hyun and other business leaders traveled with Park and took part in a forum.',
    ]);
    expect(person(a, 'Choi Dong-hyun')?.country).toBe('South Korea');
  });

  it('does not give the freed the country that freed them, nor another’s nationality before that one’s name', () => {
    const a = article('Prisoners exchanged at airport', [
      'Turkish intelligence chief Kemal Aydin coordinated a prisoner exchange on Thursday.',
      'Among those freed by Belarus were teacher Mark Ellis and Belarusian activist Ales Zhuk.',
    ]);
    expect(person(a, 'Ales Zhuk')?.country).toBe('Belarus');
    expect(person(a, 'Mark Ellis')?.country).not.toBe('Belarus');
  });
  it('does not read "China economist" at a bank as a nationality', () => {
    const a = article('City to sell more bonds', [
      'The city will sell more bonds, its finance chief said on Wednesday.',
      'Tom Brennan, senior Japan economist at Lindqvist Bank, said the cuts were the deepest in a decade.',
    ]);
    expect(person(a, 'Tom Brennan')?.country).toBeNull();
  });

  it('gives a club’s manager no country from the dateline', () => {
    const a = article('Striker wins award', [
      'PARIS, Oct. 30 (Xinhua) -- Argentine forward Diego Sosa won the award on Monday.',
      'Manchester City manager Tomas Berg was named coach of the year.',
    ]);
    expect(person(a, 'Tomas Berg')?.country).toBeNull();
  });

  it('does not read a language ("in Spanish") as a nationality', () => {
    const a = article('Club presents new striker', [
      'The 25-year-old will wear the shirt once worn by Mario Ferro, and ended his speech in Spanish with a cheer.',
    ]);
    expect(person(a, 'Mario Ferro')?.country).not.toBe('Spain');
    expect(person(a, 'Mario Ferro')).toBeDefined();
  });
  it('reads "The Italian will …" as the nationality of the sentence before’s subject', () => {
    const a = article('Club presents new striker', [
      'MADRID, Jul 16 (EFE).- The club presented its new striker on Tuesday.',
      'Coach Marco Benetti, who is on holiday, missed the unveiling. The Italian will be able to call on the striker from August.',
    ]);
    expect(person(a, 'Marco Benetti')?.country).toBe('Italy');
    const b = article('President holds welcome ceremony for Chilean leader', [
      'Bolivian President Luis Arce held a welcome ceremony for Chilean President Diego Rojas in La Paz on Tuesday.',
      'Arce and his wife Clara Mendez greeted Rojas and his wife, Ana Rojas, at the palace.',
      'Mendez and Ana Rojas later toured the museum together. The Chilean first lady told her host that she loved it.',
    ]);
    expect(person(b, 'Clara Mendez')?.country).toBe('Bolivia');
  });

  it('gives no country to the listed members of an international body, though each is "of" a country', () => {
    const a = article('Country sanctions three tribunal judges', [
      'WASHINGTON, June 5 (Reuters) - The country imposed sanctions on three judges of the International Court of Justice on Thursday.',
      'The judges are Ana Lopez of Chile, Karl Berg of Austria and Mei Tan of Singapore.',
    ]);
    for (const name of ['Ana Lopez', 'Karl Berg', 'Mei Tan']) expect(person(a, name)?.country).toBeNull();
  });
});

describe('a landing is an act: who ran it takes part, who reacts does not', () => {
  it('keeps the mission director and the chief who speaks at the control centre, not the president who reacts', () => {
    const lede =
      'Arvania on Friday became the first country to land a spacecraft on the far side of the Moon as its lander touched down at 5.10 pm.';
    const a = article(
      'Arvania on Friday became the first country to land a spacecraft on the far side of the Moon as…',
      [
        lede,
        '"We are on the Moon," space agency Chairman Ravi Nair declared at the Mission Control Centre here, as scientists broke into applause.',
        'Mission director Meera Iyer said the landing sequence had gone exactly as planned.',
        'President Asha Rao said it was a historic moment and that the agency had made the country proud.',
      ],
      { titleDerived: true, source: 'PTI', dateline: { place: 'Varna', date: 'Aug 23' } },
    );
    expect(person(a, 'Ravi Nair')?.participant).toBe(true);
    expect(person(a, 'Meera Iyer')?.participant).toBe(true);
    expect(person(a, 'Asha Rao')?.participant).toBe(false);
    // A leader's plane that touches down is a visit, not a landing of this kind.
    const b = article('President Omar Haddad touches down in Hanoi for state visit', [
      'HANOI, May 3 (Xinhua) -- Visiting President Omar Haddad arrived in Hanoi on Friday for a state visit.',
      'Foreign Minister Lina Saber said the visit would open a new chapter in relations.',
    ]);
    expect(person(b, 'Lina Saber')?.participant).toBe(true);
  });
});

describe('a distinction is no role', () => {
  it('does not read "became the first writer to enter …" as a role, and still finds the person', () => {
    const a = article('Novelist dies at 89', [
      'In 2023 Tomas Varga became the first writer to enter the academy without having written in its language.',
      'Lena Oskarsson became Sweden’s first astronaut to travel to space in 2024.',
    ]);
    expect(person(a, 'Tomas Varga')?.roles).toEqual([]);
    expect(person(a, 'Lena Oskarsson')).toBeDefined();
  });
});
