// Front matter seen first in the forty-first blind round of held-out articles, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the forty-first round', () => {
  it('reads a two-word agency name with an edition word on line 1 as a masthead that credits the agency', () => {
    const a = parse(
      ' date 2025-03-29 Thai PBS World\nHome / News / Thailand\nMinister visits flooded district\n29th Mar 2025\nThe minister on Saturday visited the flooded district.\n',
    );
    expect(a?.title).toBe('Minister visits flooded district');
    expect(a?.source).toBe('Thai PBS');
  });
});
