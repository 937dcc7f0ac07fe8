// Organisations (session 30): classes of the held-out misses — a group by its number spelled out, initials with full
// stops, trade pacts read as bodies, a chamber's majority leader, parties named by English words before "party" or
// "movement" or before a party's office, a board of chiefs of staff, a Gulf ruler's diwan, a ministry before its
// bureau of two joined words.
import { describe, expect, it } from 'vitest';
import { extractionUnder, orgsAndPlacesUnder, personIn } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const extraction = extractionUnder('Officials review the response');
const orgs = (...paragraphs: string[]) => entities(...paragraphs).organizations;

describe('a group of countries by its number', () => {
  it('lists "the Group of Twenty" and a later "G20" once, by the long form', () => {
    expect(
      orgs('The summit of the Group of Twenty opened in Delhi.', 'Ilse Varnam said the G20 had failed.'),
    ).toEqual(['Group of Twenty']);
  });

  it('names a group met first by its initials by the long form written later', () => {
    expect(orgs('Ilse Varnam flew to the G20 meeting.', 'The Group of Twenty backed the plan.')).toEqual([
      'Group of Twenty',
    ]);
  });
});

describe('initials written with full stops', () => {
  it('are the body found by its long form, in either order', () => {
    expect(
      orgs(
        'Ilse Varnam thanked the United Nations.',
        'She met U.N. Secretary-General Tomas Verhaar on Monday.',
      ),
    ).toEqual(['United Nations']);
    expect(
      orgs(
        'Ilse Varnam met U.N. Secretary-General Tomas Verhaar on Monday.',
        'She thanked the United Nations.',
      ),
    ).toEqual(['United Nations']);
  });
});

describe('a partnership with no "for" or "of" after it is a pact, not a body', () => {
  it('lists no trade partnership, nor its initials used alone', () => {
    const found = extraction(
      'Ministers promoted the Southern Ocean Economic Partnership (SOEP) and the Coral Rim Partnership.',
      'Tomas Verhaar said SOEP members would meet again.',
    );
    expect(found.organizations).toEqual([]);
    expect(found.people.map((p) => p.name)).toEqual(['Tomas Verhaar']);
  });

  it('lists a partnership whose name goes on with "for"', () => {
    expect(orgs('The Coral Rim Partnership for Fisheries gave Tomas Verhaar a grant.')).toEqual([
      'Coral Rim Partnership for Fisheries',
    ]);
  });
});

describe("a chamber's majority or minority leader", () => {
  it('lists the chamber, not its majority', () => {
    expect(orgs('Ilse Varnam met Senate Majority Leader Tomas Verhaar on Monday.')).toEqual(['Senate']);
  });

  it('lists a legislature named with its country once', () => {
    expect(
      orgs(
        'The treaty goes to the U.S. Senate, where Senate Majority Leader Tomas Verhaar promised hearings.',
      ),
    ).toEqual(['U.S. Senate']);
  });

  // Session 33 reversed this for "National": the held-out stories naming both mean one legislature.
  it('reads "Congress" after "the National Congress" as that legislature', () => {
    expect(orgs('The National Congress met on Monday.', 'Ilse Varnam said Congress would reply.')).toEqual([
      'National Congress',
    ]);
  });
});

describe('a party or a movement named in English words before "party" or "movement"', () => {
  it('lists a name of two English words before "party" or "movement" mid-sentence', () => {
    expect(
      orgs(
        'Ilse Varnam, chairman of the Good Path party, met Tomas Verhaar.',
        'Verhaar was the candidate of the Citizen Dawn movement.',
      ),
    ).toEqual(['Good Path', 'Citizen Dawn']);
  });

  it("lists a country's name inside the party's, after its first word", () => {
    expect(entities('Ilse Varnam, chairman of the United Peru party, arrived on Monday.')).toEqual({
      organizations: ['United Peru'],
      places: ['Beijing'],
    });
  });

  it('lists no single English word, nor a country alone', () => {
    const found = extraction(
      'Officials of the Labour party said no.',
      'Tomas Verhaar denied that the Peru party existed.',
    );
    expect(found.organizations).toEqual([]);
    expect(found.people.map((p) => p.name)).toEqual(['Tomas Verhaar']);
  });
});

describe('a party named before its office and a person', () => {
  it('lists a party before "co-leader" or "vice-president", also past an honorific', () => {
    expect(
      orgs(
        'Officials said Kotahi Rua co-leader Ilse Varnam was wrong.',
        'Tomas Verhaar, while PRN vice-president Datuk Seri Anton Mereu takes over defence, stayed.',
      ),
    ).toEqual(['Kotahi Rua', 'PRN']);
  });

  it('lists a name of an English word and a word of its own language before a party office', () => {
    expect(
      orgs(
        'Kotahi Fail leader Ilse Varnam was elected on Monday.',
        'Her coalition of Kotahi Fail and two smaller parties relies on independents.',
      ),
    ).toEqual(['Kotahi Fail']);
  });

  it("lists none for English words opening a sentence the story writes nowhere else, nor a chamber's side", () => {
    const found = extraction(
      'Opposition Social Democrat leader Ilse Varnam called for an election.',
      'Officials said Senate Majority leader Tomas Verhaar agreed.',
    );
    expect(found.organizations).toEqual([]);
    expect(personIn(found, 'Ilse Varnam')?.roles).toEqual(['Opposition Social Democrat leader']);
    expect(personIn(found, 'Tomas Verhaar')).toBeDefined();
  });
});

describe('a board of chiefs of staff', () => {
  it('lists the Joint Chiefs of Staff as a body, its initials not again', () => {
    expect(
      orgs(
        'Ilse Varnam met Gen. Tomas Verhaar, chairman of the U.S. Joint Chiefs of Staff, last week.',
        'The Joint Chiefs of Staff (JCS) said the talks went well. He is the first U.S. JCS chairman to visit.',
      ),
    ).toEqual(['U.S. Joint Chiefs of Staff']);
  });

  it('lists it inside a title before a rank and a name', () => {
    expect(
      orgs(
        'Ilse Varnam held a call with Chairman of the Joint Chiefs of Staff General Tomas Verhaar on Thursday.',
      ),
    ).toEqual(['Joint Chiefs of Staff']);
  });

  it('lists no body for one chief of staff', () => {
    const found = extraction('Officials named Ilse Varnam as Chief of the General Staff on Monday.');
    expect(found.organizations).toEqual([]);
    expect(personIn(found, 'Ilse Varnam')?.roles).toEqual(['Chief of the General Staff']);
  });
});

describe("a Gulf ruler's diwan", () => {
  it('is a body, not a place', () => {
    expect(
      entities('Ilse Varnam was received with an official ceremony at the Amiri Diwan on Monday.'),
    ).toEqual({
      organizations: ['Amiri Diwan'],
      places: ['Beijing'],
    });
  });
});

describe('a body before its own body\'s name of words joined by "and"', () => {
  it('lists the owner as well', () => {
    expect(
      orgs(
        "Tomas Verhaar, director of the Norland Foreign Ministry's Asian and Oceanian Affairs Bureau, brought up the matter.",
      ),
    ).toContain('Norland Foreign Ministry');
  });
});
