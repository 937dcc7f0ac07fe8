// Organisations and places (session 39): venues named by a head the extractor lacked.
import { describe, expect, it } from 'vitest';
import { orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');

describe('a tomb, a wall, a theatre or a parade ground named by its head', () => {
  it('lists the site as a place', () => {
    const found = entities(
      'Ilse Varnam laid a wreath at the Tomas Ardel Mausoleum in Hanoi on Monday.',
      'Tomas Verhaar was welcomed at a ceremony on Lindqvar Guards Parade before lunch.',
      'Rosil Kade walked along the Pellow Wall, then saw a play at the Marsk Grand Theatre.',
    );
    expect(found.places).toEqual(
      expect.arrayContaining([
        'Tomas Ardel Mausoleum',
        'Lindqvar Guards Parade',
        'Pellow Wall',
        'Marsk Grand Theatre',
      ]),
    );
  });

  it('lists no place for a day’s parade, an event', () => {
    const found = entities('Rosil Kade was guest of honour at the Founders Day Parade in Paris.');
    expect(found.places).toEqual(['Beijing', 'Paris']);
  });
});
