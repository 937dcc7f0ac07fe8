// Organisations and places (session 21): faults a reader of the sidebar notices, found on the newest held-out rounds.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import { testArticle } from './test-article.ts';

function entities(...paragraphs: string[]): { organizations: string[]; places: string[] } {
  const { organizations, places } = extractEntities(
    testArticle('Officials review the response', paragraphs),
    emptyKnowledge,
  );
  return { organizations, places };
}

describe('seats of government', () => {
  it('reads a seat as its government when it is quoted, has an office or names the office won again', () => {
    expect(
      entities(
        'The two leaders have spoken twice since Morgan returned to the White House in January.',
        'According to the Kremlin, the call lasted an hour.',
        'The talks were attended by White House Coordinator for Trade Dana Pell.',
      ),
    ).toEqual({ organizations: ['White House', 'Kremlin'], places: ['Beijing'] });
    // A visit to the building is a place.
    expect(entities('Morgan received the delegation at the White House on Friday.')).toEqual({
      organizations: [],
      places: ['Beijing', 'White House'],
    });
  });
});
