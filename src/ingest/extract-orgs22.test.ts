// Organisations and places (session 22): faults a reader of the sidebar notices, found on the newest held-out rounds.
import { describe, expect, it } from 'vitest';
import { orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');

describe('one entry per body', () => {
  it('lists the G7 once, by its long form, in either order', () => {
    expect(
      entities(
        'Finance ministers of the Group of Seven rich nations met in Ottawa.',
        'The G7 will meet again in June.',
      ).organizations,
    ).toEqual(['Group of Seven']);
    expect(
      entities('The G7 summit opens on Friday.', 'The Group of Seven has met every year since 1975.')
        .organizations,
    ).toEqual(['Group of Seven']);
  });

  it('reads a name after a preposition as the body the article names elsewhere, not as a place', () => {
    expect(
      entities(
        'Leaders of the Tetra grouping postponed their meeting.',
        'Harlan said his government remained committed to the Tetra and to its work.',
      ),
    ).toEqual({ organizations: ['Tetra'], places: ['Beijing'] });
    // A town named before its mayor's title is still the town.
    expect(
      entities(
        'Rescuers reached the fishing town of Vellbar on Sunday.',
        'Vellbar Mayor Jon Arason thanked them.',
      ).places,
    ).toContain('Vellbar');
  });
});

describe('seats of government and their press', () => {
  it('finds a seat named in two common words at the start of a sentence', () => {
    expect(entities('White House spokeswoman Dana Holt said the visit was postponed.').organizations).toEqual(
      ['White House'],
    );
    expect(
      entities('State Department spokesperson Ivo Brand said the talks would go on.').organizations,
    ).toEqual(['State Department']);
  });

  it('reads a name as a body when its press office or spokesperson speaks', () => {
    expect(
      entities(
        "Velora's press secretary Dana Holt said the call lasted an hour.",
        'The ministers joined the talks, the Tarvosh press service said.',
        'According to the presidential press service Quellin, the leaders spoke of trade.',
      ).organizations,
    ).toEqual(['Velora', 'Tarvosh', 'Quellin']);
    // A country's, a person's or a body's head alone is no new body.
    expect(
      entities(
        "Norway's press secretary Dana Holt said the call lasted an hour.",
        'Government spokesman Ivo Brand said aid had been accepted.',
      ).organizations,
    ).toEqual([]);
  });
});

describe('country names', () => {
  it('normalises the Congos written without the article or as "DR Congo"', () => {
    expect(
      entities(
        'Cases surged in the Democratic Republic of Congo and in the Republic of Congo.',
        'Fighters seized towns in eastern DR Congo.',
      ).places,
    ).toEqual(['Beijing', 'Democratic Republic of the Congo', 'Republic of the Congo']);
  });
});

describe("a body's name stops before a title and its holder", () => {
  it('ends the name before an abbreviated honorific and a title after its possessive', () => {
    expect(
      entities(
        "The Ministry of Trade' Official Spokesperson Dr. Lena Varga said the talks had made progress.",
        'The talks were attended by the Minister of State at the Ministry of Energy Dr. Omar Haddad.',
      ).organizations,
    ).toEqual(['Ministry of Trade', 'Ministry of Energy']);
    // A country before the possessive is a place of its own.
    expect(
      entities("Ivan Petrov, the Russian Federation's First Deputy Permanent Representative, spoke.").places,
    ).toContain('Russia');
  });

  it("names a cabinet by its leader once, not by its leader's title", () => {
    expect(
      entities(
        'Tanaka was named trade minister in the new Cabinet of Prime Minister Kenji Mori on Tuesday.',
        'Seoul looks forward to working closely with the Mori Cabinet.',
      ).organizations,
    ).toEqual(['Mori Cabinet']);
  });
});

describe('parties named after their leaning', () => {
  it('reads a name after a political leaning as a party, also with "for" in it', () => {
    expect(
      entities(
        'Greta Lind, co-leader of the far-right Alternative for Norland (AfN), also addressed the chamber.',
        'The leftist Comuns and the liberal VPL gained seats.',
      ),
    ).toEqual({ organizations: ['Alternative for Norland', 'Comuns', 'VPL'], places: ['Beijing'] });
    // A nationality, a compass point or a person after the leaning is none.
    expect(
      entities(
        'They fear the liberal West and the conservative Dutch.',
        'The opposition leader Ana Ruiz spoke.',
      ).organizations,
    ).toEqual([]);
  });
});

describe('economic zones', () => {
  // Session 31 (orgs32) settled the golds' split by the README: a zone is a region, a place, not a body.
  it('lists a free trade or special economic zone as a place, not a body', () => {
    expect(
      entities(
        'The port lies in the Harmon Free Trade Zone, east of the city.',
        'They signed the agreement on the Vell-Dorn Special Economic Zone.',
      ),
    ).toEqual({
      organizations: [],
      places: ['Beijing', 'Harmon Free Trade Zone', 'Vell-Dorn Special Economic Zone'],
    });
  });
});

describe('a nationality and a head', () => {
  it('names no party with a nationality and "Party" alone', () => {
    expect(entities('Li leads a Chinese Party and government delegation to Hanoi.').organizations).toEqual(
      [],
    );
    expect(entities('The Chinese Party of Workers welcomed the visit.').organizations).toEqual([
      'Chinese Party of Workers',
    ]);
  });
});

describe('programmes and measures', () => {
  it('lists no programme or measure defined by its initials as a body', () => {
    expect(
      entities(
        'Norland reached an agreement on its Extended Credit Facility (ECF) arrangement.',
        'It is the first project under the new Official Security Assistance (OSA) framework.',
        'The central bank held its Monetary Policy Rate (MPR) and its Cash Reserve Ratio (CRR).',
      ).organizations,
    ).toEqual([]);
    // A body defined by its initials stays one.
    expect(entities('The Tarvosh National Liberation Front (TNLF) signed the accord.').organizations).toEqual(
      ['Tarvosh National Liberation Front'],
    );
  });
});

describe('groupings known by a name', () => {
  it('reads the name a group of countries is known by as a body', () => {
    expect(
      entities('Foreign ministers of the four countries, known as the Tetra, met in Tokyo.').organizations,
    ).toEqual(['Tetra']);
    expect(entities('The island, known as the Pearl, draws many visitors.').organizations).toEqual([]);
  });
});

describe('a list of portfolios in a body name', () => {
  it('keeps "Ministry of A, B and C" as one body, but not a list of places after it', () => {
    expect(
      entities('The Ministry of Investment, Trade and Industry (MITI) said the carmaker would sell directly.')
        .organizations,
    ).toEqual(['Ministry of Investment, Trade and Industry']);
    expect(entities('He met officials of the Ministry of Defence, Norway and Chile.')).toEqual({
      organizations: ['Ministry of Defence'],
      places: ['Beijing', 'Norway', 'Chile'],
    });
  });
});

describe('places by their kind or their office', () => {
  it('reads a lake, a mount or a cape with its name as one place, also opening a sentence', () => {
    expect(
      entities('The ministers posed on the shore of Lake Varnow.', 'Mount Keldar erupted again on Sunday.')
        .places,
    ).toEqual(['Beijing', 'Lake Varnow', 'Mount Keldar']);
  });

  it("reads a mayor's town and a constituency as places", () => {
    expect(
      entities(
        'Gani previously served as mayor of Tarvosk.',
        'The summit will be held in his home constituency of Veldin in May.',
      ).places,
    ).toEqual(['Beijing', 'Tarvosk', 'Veldin']);
  });

  it('keeps a place of two words whose first is a common word at the start of a sentence', () => {
    expect(
      entities('North Korea fired a missile on Sunday.', 'New York City Mayor Dana Holt pleaded not guilty.')
        .places,
    ).toEqual(['Beijing', 'North Korea', 'New York City']);
  });
});

describe('countries before a title', () => {
  it('lists a country named in two words before a title as a place', () => {
    expect(
      entities(
        'He met New Zealand Prime Minister Jane Doe and Sri Lanka President Ivo Brand.',
        'Saudi Arabia Foreign Minister Omar Haddad also spoke.',
      ).places,
    ).toEqual(['Beijing', 'New Zealand', 'Sri Lanka', 'Saudi Arabia']);
  });
});

describe("a city inside a document's name", () => {
  it('is a place only when the story names it elsewhere', () => {
    expect(
      entities('Carter pulled Norland out of the Paris Agreement.', 'He shared a prize for the Oslo accords.')
        .places,
    ).toEqual(['Beijing']);
    expect(entities('Leaders adopted the Astana Declaration at the summit in Astana.').places).toEqual([
      'Beijing',
      'Astana',
    ]);
  });
});

describe('a word describing a country', () => {
  it('reads no place in a capitalised word before "country" after a preposition', () => {
    expect(entities("The vote removed an obstacle to the Nordic country's accession.").places).toEqual([
      'Beijing',
    ]);
    expect(entities('The envoy flew to Veldin on Monday.').places).toEqual(['Beijing', 'Veldin']);
  });
});
