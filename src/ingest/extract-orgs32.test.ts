// Organisations and places (session 31): classes of the held-out misses — a title's territory, a place of two words
// inside a longer capitalised run, a seat of government named in the plural.
import { describe, expect, it } from 'vitest';
import { extractionUnder, orgsAndPlacesUnder, personIn } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const extraction = extractionUnder('Officials review the response');
const places = (...paragraphs: string[]) => entities(...paragraphs).places;

describe("a title's territory", () => {
  it('lists no place for "the Princess of Wales" or a peer\'s title', () => {
    expect(places('Ilse Varnam, the Princess of Wales, sent a message.')).not.toContain('Wales');
    expect(places('The Duke of Lancaster met Tomas Verhaar in Leeds.')).not.toContain('Lancaster');
    expect(places('The Duke of Lancaster met Tomas Verhaar in Leeds.')).toContain('Leeds');
  });

  it('still lists the state a crown prince rules, and Wales on its own', () => {
    expect(places('Tomas Verhaar met the Crown Prince of Abu Dhabi.')).toContain('Abu Dhabi');
    expect(places('Ilse Varnam toured Wales on Monday.')).toContain('Wales');
  });
});

describe('a place of two words inside a longer run of capitals', () => {
  it('is read whole, not as its second word', () => {
    const found = places('Ilse Varnam, a New York Democrat, voted against the bill.');
    expect(found).toContain('New York');
    expect(found).not.toContain('York');
  });
});

describe('a seat of government named in the plural', () => {
  it('lists "the Union Buildings" as a venue', () => {
    expect(places('Tomas Verhaar was sworn in at the Union Buildings in Pretoria.')).toEqual(
      expect.arrayContaining(['Union Buildings', 'Pretoria']),
    );
  });
});

describe('a broadcaster named "Radio"', () => {
  it('is a body, with no place in its name, and two names joined by a slash are one', () => {
    const found = entities('Tomas Verhaar, a Radio Free Europe/Radio Liberty reporter, was freed on Friday.');
    expect(found.organizations).toEqual(['Radio Free Europe/Radio Liberty']);
    expect(found.places).not.toContain('Europe');
  });
});

describe('a seat of government as the office held', () => {
  it('reads "if he were in the White House" as the body, "at the White House" as a venue', () => {
    expect(entities('Tomas Verhaar said allies would pay more if he were in the White House.')).toMatchObject(
      {
        organizations: ['White House'],
      },
    );
    const venue = entities('Tomas Verhaar received Ilse Varnam at the White House on Monday.');
    expect(venue.organizations).toEqual([]);
    expect(venue.places).toContain('White House');
  });
});

describe("a headline's short form of a Korea", () => {
  it('reads "N. Korea" and "S. Korea" as the countries', () => {
    const found = orgsAndPlacesUnder("N. Korea's leader meets S. Korea envoy")(
      'Ilse Varnam met Tomas Verhaar.',
    );
    expect(found.places).toEqual(expect.arrayContaining(['North Korea', 'South Korea']));
  });
});

describe('a numbered session of a conference', () => {
  it('is an event, no body: "COP29 President X", "the 21st Conference of the Parties"', () => {
    const found = extraction(
      'The deal was gavelled through by COP29 President Tomas Verhaar.',
      'Ilse Varnam, president of the 21st Conference of the Parties (COP21), struck the gavel.',
    );
    expect(found.organizations).toEqual([]);
    expect(personIn(found, 'Tomas Verhaar')?.roles).toEqual(['COP29 President']);
    expect(personIn(found, 'Ilse Varnam')?.roles).toEqual([
      'president of the 21st Conference of the Parties (COP21)',
    ]);
  });

  it('still lists a group named by a letter and a number', () => {
    expect(entities('The G20 backed the plan.', 'M23 fighters seized the town.').organizations).toEqual([
      'G20',
      'M23',
    ]);
  });
});

describe('a party named as its members', () => {
  it('lists "the Greens", "the Free Voters" and "the Christian Democrats"', () => {
    expect(
      entities(
        'The Free Voters rose to 15 percent, ahead of the Greens.',
        'A cabinet of the Unity Party and the Christian Democrats was appointed.',
      ).organizations,
    ).toEqual(['Free Voters', 'Greens', 'Unity Party', 'Christian Democrats']);
  });

  it('lists nothing for a family alone or after a nationality, and reads initials after it once', () => {
    expect(entities('The Socialists lost.', 'The American Democrats gained.').organizations).toEqual([]);
    expect(
      entities('The Social Democrats (SDP) won.', 'SDP leader Ilse Varnam said so.').organizations,
    ).toEqual(['Social Democrats']);
  });
});

describe('a continent and the country named after it', () => {
  it('lists both: "Africa" is no short form of "South Africa"', () => {
    expect(
      places(
        'Ilse Varnam of South Africa chaired the talks.',
        'Tomas Verhaar said Africa had fought for equity.',
      ),
    ).toEqual(expect.arrayContaining(['South Africa', 'Africa']));
  });

  it('still reads a short form of another place as that place', () => {
    const found = places('Ilse Varnam visited Hebei Province.', 'Tomas Verhaar also toured Hebei.');
    expect(found).not.toContain('Hebei');
    expect(found).toContain('Hebei Province');
  });
});

describe("a venue's part named by its side", () => {
  it('lists the venue, not "the East Gate of" it', () => {
    const found = places('Guards paraded on the square before the East Gate of the Great Hall.');
    expect(found).toContain('Great Hall');
    expect(found).not.toContain('East Gate');
  });

  it('still lists a part with a name of its own', () => {
    expect(places('Talks were held in the Alexander Hall of the Grand Kremlin Palace.')).toEqual(
      expect.arrayContaining(['Alexander Hall', 'Grand Kremlin Palace']),
    );
  });
});
