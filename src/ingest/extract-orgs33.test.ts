// Organisations and places (session 32): classes of the held-out misses — groupings the lexicon lacks, a story filed
// from two cities, facilities named before lower-case nouns, a territory named short and long, rooms of a seat of
// government, a seat's reply, a country's initials opening a body's name, a body's short name in brackets.
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-people.ts';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractionUnder, orgsAndPlacesUnder, testArticle } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const extraction = extractionUnder('Officials review the response');
const orgs = (...paragraphs: string[]) => entities(...paragraphs).organizations;
const places = (...paragraphs: string[]) => entities(...paragraphs).places;

describe('a grouping of a few countries the lexicon lacks', () => {
  it('lists AUKUS and the Quad mid-sentence', () => {
    expect(orgs('Ilse Varnam said the AUKUS partnership would deliver new submarines.')).toContain('AUKUS');
    expect(orgs('Tomas Verhaar reviewed the progress of the Quad on Monday.')).toContain('Quad');
  });

  it('leaves "Quad" opening a sentence, where its capital proves nothing', () => {
    const found = extraction('Quad bikes were banned from the beach, Ilse Varnam said.');
    expect(found.organizations).not.toContain('Quad');
    expect(found.people.map((p) => p.name)).toEqual(['Ilse Varnam']);
  });
});

describe('a dateline of two cities joined by a slash', () => {
  it('names both cities', () => {
    const article = testArticle('Officials review the response', ['Ilse Varnam spoke on Monday.'], {
      dateline: { place: 'SYDNEY/WASHINGTON', date: 'Sept 16' },
    });
    expect(extractEntities(article, emptyKnowledge).places).toEqual(
      expect.arrayContaining(['Sydney', 'Washington']),
    );
  });
});

describe('a facility named before lower-case nouns', () => {
  it('is a place before "port", "nuclear power plant" or "space station"', () => {
    expect(places('Ships will call at the Quelvara port from next year.')).toContain('Quelvara');
    expect(places('Inspectors discussed the Dravinsk nuclear power plant on Monday.')).toContain('Dravinsk');
    expect(places('Three astronauts flew to the Hengyue space station.')).toContain('Hengyue');
  });

  it('names no place in a nuclear deal or policy', () => {
    const found = extraction('Ilse Varnam criticized the Vantar nuclear deal.');
    expect(found.places).not.toContain('Vantar');
    expect(found.people.map((p) => p.name)).toEqual(['Ilse Varnam']);
  });
});

describe('a territory named short and then long', () => {
  it('lists "the Gaza Strip" once, by its long form, in either order', () => {
    const shortFirst = places('Aid reached Gaza on Monday.', 'Trucks crossed into the Gaza Strip overnight.');
    expect(shortFirst).toContain('Gaza Strip');
    expect(shortFirst).not.toContain('Gaza');
    const longFirst = places('Trucks crossed into the Gaza Strip overnight.', 'Aid reached Gaza on Monday.');
    expect(longFirst).toContain('Gaza Strip');
    expect(longFirst).not.toContain('Gaza');
  });

  it('lists a state beside its capital named after it, but not a province beside its long form', () => {
    const found = places('Ilse Varnam flew to Johor Bahru.', 'Police in Johor detained a suspect.');
    expect(found).toEqual(expect.arrayContaining(['Johor Bahru', 'Johor']));
    expect(places('Floods hit Hebei Province.', 'Hebei asked for help.')).not.toContain('Hebei');
  });

  it('lists Tibet and Xizang, which the gazetteer lacks', () => {
    expect(places('Ilse Varnam visited Tibet on Monday.')).toContain('Tibet');
    expect(places('An earthquake struck Xizang near the border.')).toContain('Xizang');
  });
});

describe("a seat of government's rooms and replies", () => {
  it('lists a room named before the seat, and the Map Room', () => {
    expect(places('They signed the treaty in the East Room of the White House.')).toEqual(
      expect.arrayContaining(['East Room', 'White House']),
    );
    expect(places('The two men talked in the Map Room of the executive mansion.')).toContain('Map Room');
  });

  it('reads "no comment from the Kremlin" as the seat speaking, a body', () => {
    const found = entities('There was no comment from the Kremlin on Sunday.');
    expect(found.organizations).toContain('Kremlin');
    expect(found.places).not.toContain('Kremlin');
  });

  it('still reads a statement made "from" the seat as a place', () => {
    const found = entities('Ilse Varnam read a statement from the White House on Friday.');
    expect(found.organizations).not.toContain('White House');
    expect(found.places).toContain('White House');
  });
});

describe("a country's initials opening a body's name", () => {
  it('names the country, as before a title', () => {
    expect(places('Ilse Varnam criticized the US Congress for its vote.')).toContain('United States');
    expect(places('The U.S. Senate approved the bill.')).toContain('United States');
  });

  it('names none for a nationality or an international body', () => {
    expect(places('The Russian Duma approved the bill.')).not.toContain('Russia');
    expect(places('The UN Security Council met on Monday.')).toEqual(['Beijing']);
  });
});

describe("a body's short name in brackets", () => {
  it('is that body, listed once by its long form', () => {
    const found = orgs(
      'Ilse Varnam met the Popular Unity Movement (Ardent) in Leeds.',
      'Ardent leader Tomas Verhaar welcomed the talks.',
    );
    expect(found).toContain('Popular Unity Movement');
    expect(found).not.toContain('Ardent');
  });
});

describe('named bodies and venues the head words missed', () => {
  it('lists a consultative conference as a body, not a meeting', () => {
    expect(
      orgs('Ilse Varnam met a delegation of the Norland Political Consultative Conference (NPCC).'),
    ).toContain('Norland Political Consultative Conference');
  });

  it("reads a chapel as a venue, whole (not its saint's abbreviation)", () => {
    const found = places("Ilse Varnam was buried at St Mark's Chapel in Leeds.");
    expect(found).toContain("St Mark's Chapel");
    expect(found).not.toContain('St');
  });

  it("lists Iceland's parliament in either spelling as a body", () => {
    const found = entities(
      'The Speaker of the Althingi, Tomas Verhaar, greeted them at the Alþingi building.',
    );
    expect(found.organizations).toEqual(expect.arrayContaining(['Althingi', 'Alþingi']));
    expect(found.places).not.toContain('Alþingi');
  });
});
