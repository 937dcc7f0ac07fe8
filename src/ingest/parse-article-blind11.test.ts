// Datelines seen first in the eleventh blind round of held-out articles, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('an agency credited after a comma', () => {
  it('reads "CITY, Country, Mon D, AGENCY –" as the dateline and the agency as the source', () => {
    const a = parse(
      ' date 2025-02-21 Leaders end summit\n\nKINGSTOWN, St Vincent, Feb 20, CMC – Leaders ended their meeting here on Thursday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'KINGSTOWN, St Vincent', date: 'Feb 20' });
    expect(a?.source).toBe('CMC');
    expect(a?.paragraphs).toEqual(['Leaders ended their meeting here on Thursday.']);
  });

  it('leaves a sentence that opens with a place and an unknown word before a dash alone', () => {
    const a = parse(' date 2025-02-21 Leaders end summit\n\nPARIS, France, Rome – three capitals met.\n');
    expect(a?.dateline).toBe(null);
  });
});
