// Organisations and places (session 18): one entry per body, by its long form, as the corpus README asks.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import { testArticle } from './test-article.ts';

function organizations(...paragraphs: string[]): string[] {
  return extractEntities(testArticle('Officials review the response', paragraphs), emptyKnowledge)
    .organizations;
}

describe('one entry per body, by its long form', () => {
  it('names a body met first by its acronym by the long form written later', () => {
    expect(
      organizations(
        'FEMA Administrator Dana Whitlow toured the flooded valley on Tuesday.',
        'Whitlow said the Federal Emergency Management Agency had sent 500 staff to the region.',
      ),
    ).toEqual(['Federal Emergency Management Agency']);
  });

  it('keeps a body once when a story drops its place, its "of" complement or its legal form', () => {
    expect(
      organizations(
        'The move breaks U.N. Security Council resolutions, Orlan Vesk said.',
        'Vesk said no member of the Security Council had objected.',
      ),
    ).toEqual(['U.N. Security Council']);
    expect(
      organizations(
        'The Survey Agency of the Mining Ministry raised the alert level on Monday.',
        'The Survey Agency said ash had reached the coast.',
      ),
    ).toEqual(['Survey Agency of the Mining Ministry']);
    expect(
      organizations(
        'Harlow Steel Corp agreed on Monday to buy a rival mill.',
        'Harlow Steel will pay $40 a share, Mira Castell said.',
      ),
    ).toEqual(['Harlow Steel Corp']);
    // A head word shared with another body is not enough.
    expect(
      organizations(
        'The National Security Council met on Monday.',
        'Later the Security Council of the United Nations met in New York.',
      ),
    ).toEqual(['National Security Council', 'Security Council of the United Nations']);
  });

  it('keeps the Federal Reserve once when the story then calls it the Fed', () => {
    expect(
      organizations(
        'The bank acted hours after the US Federal Reserve lowered its rates.',
        'Analysts said the Fed would cut again in December.',
      ),
    ).toEqual(['US Federal Reserve']);
  });
});
