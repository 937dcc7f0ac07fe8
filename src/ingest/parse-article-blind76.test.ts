// Front matter seen first in the seventy-sixth blind round of held-out articles (the wires of 1945–1979): a teletype
// time line with its double hyphen under the headline, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('a teletype time line under the headline', () => {
  it('reads "Sept. 27, 1959 -- 10:40 p.m. EDT" as the time, not the lede', () => {
    const a = parse(
      ' date 1959-09-28 LEADERS AGREE TO REOPEN TALKS\nSept. 27, 1959 -- 10:40 p.m. EDT\n\nPORT ELLIS, SEPT. 27 (UPI)--President Tomas Veller ended two days of talks today.\n\nHe flew home tonight.\n',
    );
    expect(a?.publishedTime).toBe('10:40');
    expect(a?.paragraphs[0]).toMatch(/^President Tomas Veller ended two days of talks/);
  });
});
