// Organisations (session 28): a body named only as the one whose chair passes in turn, found on the held-out rounds.
import { describe, expect, it } from 'vitest';
import { extractionUnder, orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const extraction = extractionUnder('Officials review the response');

describe('a body named after a chair held in turn', () => {
  it('lists the one word after "the pro tempore presidency of" as a body', () => {
    expect(
      entities(
        'President Ilse Varnam handed the pro tempore presidency of Caricol to her neighbour on Monday.',
      ).organizations,
    ).toEqual(['Caricol']);
  });

  it('lists the one word after "the rotating chairmanship of" as a body', () => {
    expect(
      entities('Tomas Verhaar took over the rotating chairmanship of Andesur for the next six months.')
        .organizations,
    ).toEqual(['Andesur']);
  });

  it('leaves a country after "the presidency of" a place, not a body', () => {
    expect(entities('Ilse Varnam won the presidency of Brazil in a close vote.')).toEqual({
      organizations: [],
      places: ['Beijing', 'Brazil'],
    });
  });

  it('leaves a person after "the presidency of" alone', () => {
    const found = extraction(
      'Tomas Verhaar said the presidency of Varnam had changed the party.',
      'Ilse Varnam denied it.',
    );
    expect(found.organizations).toEqual([]);
    expect(found.people.map((p) => p.name)).toEqual(['Tomas Verhaar', 'Ilse Varnam']);
  });
});
