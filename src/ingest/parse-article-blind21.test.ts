// Front matter seen first in the twenty-first blind round of held-out articles (sport, disasters, obituaries,
// religion and business from national agencies' crawled pages), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the twenty-first round', () => {
  it("reads a Title Case city followed by its province's name before an agency credit as the dateline", () => {
    const a = parse(
      ' date 2022-11-22 The governor on Tuesday visited villages hit by the landslide.\nGarut, West Java (ANTARA) - The governor on Tuesday visited villages hit by the landslide.\nHe promised aid.\n',
    );
    expect(a?.source).toBe('Antara');
    expect(a?.dateline).toEqual({ place: 'Garut, West Java', date: null });
    expect(a?.paragraphs[0]).toBe('The governor on Tuesday visited villages hit by the landslide.');
    // A month after the comma is the date, not a province.
    const b = parse(' date 2022-11-22 Floods recede\nGarut, Nov 21 (ANTARA) - Floods receded on Monday.\n');
    expect(b?.dateline).toEqual({ place: 'Garut', date: 'Nov 21' });
  });
});

describe('page metadata of the twenty-first round', () => {
  it('drops France 24\'s "Issued on: … Modified: …" line above an AFP story', () => {
    const a = parse(
      ' date 2023-05-28 Director wins festival prize\nIssued on: 19/05/2022 - 18:37Modified: 20/05/2022 - 09:05\n\nCannes (AFP) – The director won the prize.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Cannes', date: null });
    expect(a?.paragraphs).toEqual(['The director won the prize.']);
  });
});
