// People, countries and participants seen first in the fourteenth blind round of held-out articles (court rulings,
// elections, disasters, sport and obituaries from many agencies), on invented sentences: none of these people are
// in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

describe('an unknown name shown to be a person by an age', () => {
  it('reads "X Y, 41," as a person', () => {
    const a = article('Ferry runs aground', [
      'KOBE, May 9 (Xinhua) -- A ferry ran aground off Kobe on Thursday. Takeru Ogimachi, 41, was rescued by a fishing boat.',
    ]);
    expect(person(a, 'Takeru Ogimachi')).toBeDefined();
  });

  it('reads "X Y, one of the miners, told" as a person', () => {
    const a = article('Miners rescued', [
      'DEHRADUN, May 9 (Xinhua) -- Rescuers reached the trapped men on Thursday.',
      'Kallu Mansoori, one of the miners, told reporters the men hugged him.',
    ]);
    expect(person(a, 'Kallu Mansoori')).toBeDefined();
  });

  it('reads a name as a person when its surname alone later acts as one, with every lone mention', () => {
    const a = article(
      'Challenger wins runoff',
      [
        'Warsaw (dpa) - Bogumir Zalewski has won the runoff with 52% of the vote, the electoral commission said on Monday.',
        'Zalewski, 44, a former judge, will take office in August.',
        'Zalewski said he would work with the government.',
      ],
      { source: 'dpa', dateline: { place: 'Warsaw', date: null } },
    );
    const z = person(a, 'Bogumir Zalewski');
    expect(z?.aliases).toEqual(['Zalewski']);
    expect(z?.participant).toBe(true);
    // A name-shaped run whose last word never acts alone stays no one.
    const b = article('Exhibition opens', [
      'BEIJING, May 9 (Xinhua) -- An exhibition of Qingming Shanghe paintings opened on Thursday. Shanghe is a river.',
    ]);
    expect(run(b).people).toEqual([]);
  });

  it('reads "the 29-year-old X" and "X, who" the same way, and keeps a title before the full name', () => {
    const a = article('Runner wins marathon', [
      'PARIS (AP) — Dawit Gebremariam won the marathon on Sunday while four-time champion Kiprono Lelei failed to finish.',
      'The 29-year-old Gebremariam pulled away in the last kilometer. Lelei, who had won the race four times, stepped off the course.',
    ]);
    expect(person(a, 'Dawit Gebremariam')).toBeDefined();
    expect(person(a, 'Kiprono Lelei')?.roles).toEqual(['four-time champion']);
  });
});

describe("a national outlet's correspondent abroad", () => {
  it("gives the host country, not the outlet's, to officials in a story about the host that never names the outlet's", () => {
    const a = article(
      "Brazil's top court convicts former minister",
      [
        'Brasilia, Sep 11 (Prensa Latina) The Supreme Court on Thursday convicted former minister Tarcisio Amaral Pinto.',
        'Justice Heloisa Braga Nunes, the rapporteur, said the evidence was clear.',
      ],
      { source: 'Prensa Latina', dateline: { place: 'Brasilia', date: 'Sep 11' } },
    );
    expect(person(a, 'Heloisa Braga Nunes')?.country).toBe('Brazil');
  });
});

describe('who takes part', () => {
  it('does not count someone named only as the owner of a nominee or a party in the lede', () => {
    const a = article(
      'Nominee questioned at Senate hearing',
      [
        "WASHINGTON (AP) — Margaret Ellison, President Gregory Hale's nominee to run the Energy Department, told senators on Tuesday that she would keep the agency's research budget, in a hearing before Raymond Cole's centrist Unity Party members.",
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Gregory Hale')?.participant).toBe(false);
    expect(person(a, 'Raymond Cole')?.participant).toBe(false);
    expect(person(a, 'Margaret Ellison')?.participant).toBe(true);
  });

  it('does not count a reaction posted on Facebook or on X', () => {
    const a = article('Poet wins literature prize', [
      'SEOUL, May 9 (Yonhap) -- Poet Min Seo-yeon won the national literature prize on Thursday.',
      'Prime Minister Oh Jae-won called it a proud day in a Facebook post.',
      'Culture Minister Baek Hyun-soo praised the poet on X, saying her work was admired abroad.',
    ]);
    expect(person(a, 'Oh Jae-won')?.participant).toBe(false);
    expect(person(a, 'Baek Hyun-soo')?.participant).toBe(false);
  });

  it('counts justices who vote and defendants convicted or acquitted in a ruling', () => {
    const a = article(
      'Supreme Court convicts former president',
      [
        'LIMA, May 9 (Xinhua) -- The Supreme Court on Thursday sentenced former President Ernesto Valdivia to 20 years in prison.',
        'Justices Rosa Quispe and Manuel Arce followed her vote, while Justice Tomas Lozano voted to acquit.',
        'Two other defendants were convicted, among them former minister and 2019 running mate Carlos Huaman.',
        'The court acquitted a third defendant, businessman Julio Cardenas.',
      ],
      { dateline: { place: 'LIMA', date: 'May 9' } },
    );
    for (const name of ['Rosa Quispe', 'Manuel Arce', 'Tomas Lozano', 'Carlos Huaman', 'Julio Cardenas'])
      expect(person(a, name)?.participant, name).toBe(true);
  });

  it('does not count officials commenting on a disaster, but counts whoever escaped it', () => {
    const a = article(
      'Two killed as trains collide near Nagoya',
      [
        'NAGOYA, May 9 (Kyodo) -- Two people were killed when two trains collided near Nagoya on Thursday.',
        'The driver of the freight train, Ren Kuwabara, 52, escaped with minor injuries.',
        'Transport Minister Daichi Mori told a press conference that an inquiry had begun.',
      ],
      { source: 'Kyodo', dateline: { place: 'NAGOYA', date: 'May 9' } },
    );
    expect(person(a, 'Daichi Mori')?.participant).toBe(false);
    expect(person(a, 'Ren Kuwabara')?.participant).toBe(true);
  });
});

describe('a lower-case title before a name', () => {
  it('gives the occupation and its qualifiers as a role, after a verb or a colon', () => {
    const a = article('Court rules on kiss', [
      'MADRID, May 9 (Xinhua) -- A court fined Pedro Alonso for kissing forward Lucia Ferrer without her consent.',
      "It cleared two others: former women's national team coach Ana Robles and a press officer.",
    ]);
    expect(person(a, 'Lucia Ferrer')?.roles).toEqual(['forward']);
    expect(person(a, 'Ana Robles')?.roles).toEqual(["former women's national team coach"]);
  });

  it('adds the title given at a later mention', () => {
    const a = article('Court rules', [
      'MADRID, May 9 (Xinhua) -- Pedro Alonso arrived at the court on Thursday.',
      'The court found former federation president Pedro Alonso guilty.',
    ]);
    expect(person(a, 'Pedro Alonso')?.roles).toEqual(['former federation president']);
  });
});

describe('space crews and agencies', () => {
  it('reads cosmonauts like astronauts, and an agency before a shared plural title gives their country', () => {
    const a = article(
      'Soyuz crew docks with station',
      [
        'MOSCOW, May 9. /TASS/. Roscosmos cosmonaut Pavel Derbenev, the commander, and NASA astronaut Grace Holloway docked with the station on Thursday.',
        'They were met by Roscosmos cosmonauts Ivan Lesnoy and Kirill Ostapov and NASA astronauts Dana Whitfield and Owen Prewitt.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: 'May 9' } },
    );
    expect(person(a, 'Pavel Derbenev')?.roles).toContain('Roscosmos cosmonaut');
    expect(person(a, 'Ivan Lesnoy')?.roles).toEqual(['Roscosmos cosmonaut']);
    expect(person(a, 'Ivan Lesnoy')?.country).toBe('Russia');
    expect(person(a, 'Owen Prewitt')?.roles).toEqual(['NASA astronaut']);
    expect(person(a, 'Owen Prewitt')?.country).toBe('United States');
  });

  it('does not give the next person’s country to someone whose own title has a nationality', () => {
    const a = article(
      'Crew lifts off',
      [
        'MOSCOW, May 9. /TASS/. The ship carries Kazakh cosmonaut Aigerim Sultanova and NASA astronaut Grace Holloway.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: 'May 9' } },
    );
    expect(person(a, 'Aigerim Sultanova')?.country).toBe('Kazakhstan');
  });
});

describe('titles and countries of officials', () => {
  it('reads "Commandant" and "Minister of State for …" as titles', () => {
    const a = article(
      'Rescue ends',
      [
        'New Delhi, May 9 (IANS) Minister of State for Road Transport and Highways Arvind Kumar Rana and Coast Guard Commandant Hari Prasad Menon visited the site.',
      ],
      { source: 'IANS', dateline: { place: 'New Delhi', date: 'May 9' } },
    );
    expect(person(a, 'Arvind Kumar Rana')?.roles).toEqual([
      'Minister of State for Road Transport and Highways',
    ]);
    expect(person(a, 'Hari Prasad Menon')?.roles).toEqual(['Coast Guard Commandant']);
  });

  it('does not give an outgoing president the country of a foreign president named later', () => {
    const a = article(
      'Leftist wins runoff',
      [
        'ASUNCION, May 9 (Xinhua) -- Opposition candidate Rafael Benitez won the runoff on Sunday.',
        'Outgoing President Mateo Zorrilla called Benitez to congratulate him.',
        'Brazilian President Luiz Inacio Lula da Silva also congratulated Benitez.',
      ],
      { dateline: { place: 'ASUNCION', date: 'May 9' } },
    );
    expect(person(a, 'Mateo Zorrilla')?.country).not.toBe('Brazil');
    expect(person(a, 'Mateo Zorrilla')).toMatchObject({ roles: ['Outgoing President'], country: 'Paraguay' });
  });

  it('does not take a country where someone is staying for theirs', () => {
    const a = article(
      'Novelist wins prize',
      [
        'SEOUL, May 9 (Yonhap) -- Novelist Min Seo-yeon won a literature prize on Thursday.',
        'President Jang Do-hyun, who is in Laos for a summit, praised her work.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'May 9' } },
    );
    expect(person(a, 'Jang Do-hyun')?.country).toBe('South Korea');
  });
});

describe('who takes part, continued', () => {
  it('does not count someone a headline names after "after" or as hurt by the outcome', () => {
    const a = article(
      'Central bank names Adaeze Nwosu governor after Grace Okafor resigns, in blow to Tunde Bakare',
      [
        'LAGOS, May 9 (Xinhua) -- Deputy Governor Adaeze Nwosu was appointed governor of the central bank on Saturday.',
        'The decision was announced a day after Grace Okafor stepped down. Opposition leader Tunde Bakare had backed her.',
      ],
    );
    expect(person(a, 'Adaeze Nwosu')?.participant).toBe(true);
    expect(person(a, 'Grace Okafor')?.participant).toBe(false);
    expect(person(a, 'Tunde Bakare')?.participant).toBe(false);
  });

  it('counts the runners of a race who finish, take a medal or drop out', () => {
    const a = article('Kenyan wins Olympic marathon', [
      'PARIS (AP) — Daniel Kiprop of Kenya won the Olympic marathon on Saturday.',
      'Thomas Vandamme took the silver, and Samuel Haile finished fourth.',
    ]);
    expect(person(a, 'Thomas Vandamme')?.participant).toBe(true);
    expect(person(a, 'Samuel Haile')?.participant).toBe(true);
  });
});

describe('roles after a name, continued', () => {
  it('reads the appositive after "Jr." and a role owned by someone named in it', () => {
    const a = article(
      'Nominee questioned',
      [
        "WASHINGTON (AP) — Harold P. Whitcombe Jr., President Gregory Hale's nominee to run the Energy Department, told senators on Tuesday that he would keep its research budget.",
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );
    const w = run(a).people.find((p) => p.name.startsWith('Harold P. Whitcombe'));
    expect(w?.roles).toEqual(['nominee to run the Energy Department']);
  });

  it('reads the appositive after an age ("X, 42, a historian")', () => {
    const a = article('Historian wins runoff', [
      'WARSAW, May 9 (Xinhua) -- Tomasz Wierzbicki won the runoff on Sunday.',
      'Wierzbicki, 42, a historian who heads a museum, will take office in August.',
    ]);
    expect(person(a, 'Tomasz Wierzbicki')?.roles).toEqual(['historian']);
  });

  it('keeps a migration portfolio whole, so the minister is the country’s', () => {
    const a = article(
      'New Dutch government sworn in',
      [
        'The Hague (AFP) – King Willem-Alexander swore in the new cabinet on Tuesday.',
        'Asylum and Migration Minister Marieke Vos said the policy would be strict.',
      ],
      { source: 'AFP', dateline: { place: 'The Hague', date: null } },
    );
    expect(person(a, 'Marieke Vos')?.country).toBe('Netherlands');
  });
});

describe('who takes part, at a swearing-in', () => {
  it('counts the monarch who swore in the cabinet, not a party leader it is "now led by"', () => {
    const a = article(
      'New Dutch government sworn in',
      [
        'The Hague (AFP) – The new cabinet was sworn in on Tuesday.',
        'King Willem-Alexander swore in the ministers at the palace.',
        'The coalition includes the liberal party, now led by Dilara Kaptanoglu-Smit.',
      ],
      { source: 'AFP', dateline: { place: 'The Hague', date: null } },
    );
    expect(person(a, 'Willem-Alexander')?.participant).toBe(true);
    expect(person(a, 'Dilara Kaptanoglu-Smit')?.participant).toBe(false);
  });
});

describe('who takes part in an election won', () => {
  it('does not count leaders reacting to the result', () => {
    const a = article('Challenger wins presidential runoff', [
      'VILNIUS, May 9 (Xinhua) -- Thomas Kairys won the presidential runoff on Sunday, defeating Prime Minister Rasa Petraitiene.',
      'European Council President Michel Laurent said he looked forward to working with Kairys.',
    ]);
    expect(person(a, 'Thomas Kairys')?.participant).toBe(true);
    expect(person(a, 'Michel Laurent')?.participant).toBe(false);
  });
});

describe('bodies whose names hold "and"', () => {
  it('keeps "X and Y Organization" and "Department of X and Y" whole, but not two bodies or two countries', () => {
    const a = article('Agencies meet', [
      'ROME, May 9 (Xinhua) -- The Food and Agriculture Organization and the Department of Health and Human Services signed a pact.',
      'The Ministry of Finance and the Ministry of Trade agreed, as did officials from China and Russia.',
    ]);
    const orgs = run(a).organizations;
    expect(orgs).toContain('Food and Agriculture Organization');
    expect(orgs).toContain('Department of Health and Human Services');
    expect(orgs).toContain('Ministry of Finance');
    expect(orgs).toContain('Ministry of Trade');
  });
});

describe('leading something', () => {
  it('counts leading a delegation, not someone named beside "led the conspiracy"', () => {
    const a = article(
      'Court convicts former president',
      [
        'LIMA, May 9 (Xinhua) -- The Supreme Court on Thursday convicted former President Ernesto Valdivia.',
        'Justice Rosa Quispe said the evidence showed that Valdivia had led the plot, which included a plan to kill then President-elect Carlos Ortega.',
        'Interior Minister Jaime Soto led the government delegation at the hearing.',
      ],
      { dateline: { place: 'LIMA', date: 'May 9' } },
    );
    expect(person(a, 'Carlos Ortega')?.participant).toBe(false);
    expect(person(a, 'Jaime Soto')?.participant).toBe(true);
  });
});

describe('places after a possessive', () => {
  it('splits a region\'s or a city\'s possessive from the place it owns, and reads an unknown name before "airport"', () => {
    const a = article('Workers rescued', [
      "DEHRADUN, May 9 (Xinhua) -- Workers were trapped in Uttarakhand's Pauri district, and a flight was held at Tokyo's Haneda airport.",
    ]);
    const { places } = run(a);
    expect(places).toEqual(expect.arrayContaining(['Uttarakhand', 'Pauri', 'Tokyo', 'Haneda']));
    expect(places).not.toContain("Uttarakhand's Pauri");
  });
});
