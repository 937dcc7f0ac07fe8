// Front matter seen first in the fifty-fifth blind round of held-out articles (diplomacy with people outside
// government), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the fifty-fifth round', () => {
  it("reads a paper's name alone on line 2, below line 1's chrome, as the outlet, not the headline", () => {
    const a = parse(
      ' date 2024-02-12 Skip to main content\nLakeside News\nMayor receives visiting bishop\nLakeside News\n\nThe mayor received the bishop on Monday.\n',
    );
    expect(a?.title).toBe('Mayor receives visiting bishop');
    expect(a?.source).toBe('Lakeside News');
    expect(a?.paragraphs).toEqual(['The mayor received the bishop on Monday.']);
  });

  it("credits the Holy See's portal when its name alone is line 1's rest", () => {
    const a = parse(
      ' date 2024-02-12 Vatican News\nPope receives visiting president\n\nThe Pope received the president.\n',
    );
    expect(a?.title).toBe('Pope receives visiting president');
    expect(a?.source).toBe('Vatican News');
  });
});
