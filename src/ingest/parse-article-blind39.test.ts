// Front matter seen first in the thirty-ninth blind round of held-out articles (the crawled archive's rough edges:
// bylines, bracketed section labels, ministries' release headers), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the thirty-ninth round', () => {
  it('reads a "WRITER:" byline as front matter, not as a dateline', () => {
    const a = parse(
      ' date 2024-03-20 Minister moves two generals\nWRITER: Online Reporters\n\nThe minister on Wednesday moved two generals to new posts.\n',
    );
    expect(a?.dateline).toBeNull();
    expect(a?.paragraphs).toEqual(['The minister on Wednesday moved two generals to new posts.']);
  });

  it('reads a section label in brackets on line 1 as chrome, and the headline from line 2', () => {
    const a = parse(
      ' date 2024-05-16 【Region】\nNew prime minister sworn in\n16 May 2024\n\nThe new prime minister was sworn in on Wednesday night.\n',
    );
    expect(a?.title).toBe('New prime minister sworn in');
    expect(a?.titleDerived).toBe(false);
  });

  it("skips a ministry release's label, number and place-and-date lines above the story", () => {
    const a = parse(
      " date 2024-01-19 Foreign Minister's telephone conversation\nPress Release\nNo. 14/2024\nIslamabad, 19 January 2024\n\nThe Foreign Minister received a telephone call today from his counterpart.\n",
    );
    expect(a?.paragraphs[0]).toBe(
      'The Foreign Minister received a telephone call today from his counterpart.',
    );
    expect(a?.dateline).toBeNull();
  });
});
