// Front matter seen first in the forty-fourth blind round of held-out articles (Asian and CIS agencies), on invented
// lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the forty-fourth round', () => {
  it("reads a section's name, a time and the dated day above the story as chrome, not a paragraph", () => {
    const a = parse(
      ' date 2018-04-27 (LEAD) Leaders of two Koreas agree to end hostilities\nAll News 19:42 April 27, 2018\n\nSEOUL, April 27 (Yonhap) -- The leaders of the two Koreas agreed Friday to end hostilities.\n',
    );
    expect(a?.paragraphs).toEqual(['The leaders of the two Koreas agreed Friday to end hostilities.']);
    expect(a?.dateline).toEqual({ place: 'SEOUL', date: 'April 27' });
    expect(a?.publishedTime).toBe('19:42');
  });
});
