// Front matter seen first in the thirty-seventh blind round of held-out articles (Europe, the Americas and Oceania
// as the wires report them), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the thirty-seventh round', () => {
  it("reads RNZ's Pacific service, signing on a line of its own, as RNZ", () => {
    const a = parse(
      ' date 2023-11-10 Two island nations sign treaty\nRNZ Pacific\n10 November 2023\n\nThe two prime ministers signed the treaty on Friday.\n',
    );
    expect(a?.source).toBe('RNZ');
    expect(a?.paragraphs).toEqual(['The two prime ministers signed the treaty on Friday.']);
  });
});
