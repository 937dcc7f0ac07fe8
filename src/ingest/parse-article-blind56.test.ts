// Front matter seen first in the fifty-sixth blind round of held-out articles (Asia-Pacific and South Asian
// agencies), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the fifty-sixth round', () => {
  it('reads a desk byline with no name ("Staff Reporter") as front matter, not the first paragraph', () => {
    const a = parse(
      ' date 2024-03-23 King receives visiting premier\n\nStaff Reporter\n\nThe King received the premier.\n',
    );
    expect(a?.paragraphs).toEqual(['The King received the premier.']);
  });

  it('reads "Our Correspondent in <city>" as a byline too', () => {
    const a = parse(
      ' date 2024-03-23 Ministers meet in the capital\nOur Correspondent in Lakeside\n\nThe ministers met on Friday.\n',
    );
    expect(a?.paragraphs).toEqual(['The ministers met on Friday.']);
  });

  it('credits a broadcaster whose masthead on line 1 carries its country after a hyphen ("NHK WORLD-JAPAN")', () => {
    const a = parse(
      ' date 2025-02-08 NHK WORLD-JAPAN\nLeaders agree to deepen ties\n\nThe leaders met on Friday.\n',
    );
    expect(a?.title).toBe('Leaders agree to deepen ties');
    expect(a?.source).toBe('NHK');
  });

  it('credits an agency whose sign-off is glued to the last sentence by a dash ("… afternoon.—MNA")', () => {
    const a = parse(
      ' date 2020-01-19 Ministers hold talks\n\nThe two ministers held talks in the capital.\n\nThe visitor left in the afternoon.—MNA\n',
    );
    expect(a?.source).toBe('MNA');
    expect(a?.paragraphs.at(-1)).toBe('The visitor left in the afternoon.');
  });
});
