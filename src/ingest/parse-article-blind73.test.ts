// Front matter seen first in the seventy-third blind round of held-out articles (spouses, families and entourages on
// visits): Yonhap's "the" before a country in the dateline, and the British national agency's name on its own line,
// on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('a dateline with the article before its country', () => {
  it('reads "PORT ELLIS, the Netherlands, Dec. 12 (Yonhap) --" as the dateline and credit', () => {
    const a = parse(
      " date 2023-12-13 (LEAD) President tours chip plant\nAll News 04:31 December 13, 2023\n\n(ATTN: ADDS details in paras 4-7)\nPORT ELLIS, the Netherlands, Dec. 12 (Yonhap) -- President Tomas Veller on Tuesday toured a chip plant.\nHe met the plant's managers.\n",
    );
    expect(a?.dateline).toEqual({ place: 'PORT ELLIS, the Netherlands', date: 'Dec. 12' });
    expect(a?.source).toBe('Yonhap');
    expect(a?.paragraphs[0]).toMatch(/^President Tomas Veller on Tuesday toured/);
  });
});

describe("Britain's national agency on its own line", () => {
  it('credits "Press Association" under the headline', () => {
    const a = parse(
      " date 2009-04-01 Minister hosts dinner for visiting spouses\nPress Association\nWednesday 1 April 2009 23:48 BST\nThe minister's wife entertained the visitors at her home tonight.\nThe guests left at midnight.\n",
    );
    expect(a?.source).toBe('Press Association');
    expect(a?.paragraphs[0]).toMatch(/^The minister's wife entertained/);
  });
});
