// Front matter seen first in the fiftieth blind round of held-out articles (readouts, transcripts and statements as
// governments post them), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the fiftieth round', () => {
  it("reads a head of government's office alone on line 1 as the site's masthead, and the headline below it", () => {
    const a = parse(
      " date 2024-06-14 Prime Minister's Office\nPM meets President of Ruritania on the sidelines of summit\nPosted On: 14 JUN 2024 11:58PM by PIB Delhi\n\nPrime Minister Shri Ravi Kumar met the President of Ruritania today.\n",
    );
    expect(a?.title).toBe('PM meets President of Ruritania on the sidelines of summit');
    expect(a?.paragraphs).toEqual(['Prime Minister Shri Ravi Kumar met the President of Ruritania today.']);
  });

  it("credits India's Press Information Bureau for a release it posted", () => {
    const a = parse(
      ' date 2024-06-14 PM meets President of Ruritania\nPosted On: 14 JUN 2024 11:58PM by PIB Delhi\n\nPrime Minister Shri Ravi Kumar met the President of Ruritania today.\n',
    );
    expect(a?.source).toBe('PIB');
  });

  it('keeps a line that names an office and says more as the headline', () => {
    const a = parse(
      " date 2024-06-14 President's Office opens new wing\n\nThe office opened a new wing on Friday.\n",
    );
    expect(a?.title).toBe("President's Office opens new wing");
  });
});
