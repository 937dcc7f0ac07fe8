// Front matter seen first in the forty-fifth blind round of held-out articles (crowded stories from summits,
// funerals and inaugurations), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the forty-fifth round', () => {
  it("reads an outlet's name alone on line 1 as its masthead: the headline is the next line, the outlet the source", () => {
    const a = parse(
      ' date 2024-10-24 Global Times\n \nLeaders hold first formal talks in six years on sidelines of summit\nBy Global Times Published: Oct 24, 2024 01:18 AM\n\nThe two leaders met on Wednesday on the sidelines of the summit.\n',
    );
    expect(a?.title).toBe('Leaders hold first formal talks in six years on sidelines of summit');
    expect(a?.titleDerived).toBe(false);
    expect(a?.source).toBe('Global Times');
    expect(a?.paragraphs).toEqual(['The two leaders met on Wednesday on the sidelines of the summit.']);
  });
});
