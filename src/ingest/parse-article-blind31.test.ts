// Front matter seen first in the thirty-first blind round of held-out articles (a day of the collection's main
// sources), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the thirty-first round', () => {
  it('reads a reposted Xinhua dateline that keeps the city’s country but lost its credit', () => {
    const a = parse(
      ' date 2025-01-22 Home>>\nMinister calls for openness at forum\n(Xinhua) 08:21, January 22, 2025\n' +
        'GENEVA, Switzerland, Jan. 21 -- The minister on Tuesday called for openness.\n',
    );
    expect(a?.dateline).toEqual({ place: 'GENEVA, Switzerland', date: 'Jan. 21' });
    expect(a?.paragraphs[0]).toBe('The minister on Tuesday called for openness.');
  });
});
