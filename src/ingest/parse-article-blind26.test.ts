// Headers seen first in the twenty-sixth blind round of held-out articles (official readouts and government
// statements), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('headers of the twenty-sixth round', () => {
  it('reads the dateline and the agency below a headline printed twice', () => {
    const a = parse(
      ' date 2024-03-02 Minister Receives Visiting Delegation\nMinister Receives Visiting Delegation\nJeddah, March 2, 2024, SPA -- The Minister of Tourism received a trade delegation today.\n\nThe two sides discussed investment.\n',
    );
    expect(a?.title).toBe('Minister Receives Visiting Delegation');
    expect(a?.dateline).toEqual({ place: 'Jeddah', date: 'March 2, 2024' });
    expect(a?.source).toBe('SPA');
    expect(a?.paragraphs[0]).toBe('The Minister of Tourism received a trade delegation today.');
  });
});
