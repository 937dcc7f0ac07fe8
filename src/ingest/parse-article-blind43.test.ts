// Front matter seen first in the forty-third blind round of held-out articles (regional desks of Africa, the Gulf,
// the Caucasus and Latin America), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the forty-third round', () => {
  it('reads a Gulf agency credit with no separator after it as the dateline', () => {
    const a = parse(
      ' date 2024-03-02 King receives visiting minister\n\nManama, March 2 (BNA) His Majesty the King received the visiting minister at the palace today.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Manama', date: 'March 2' });
    expect(a?.source).toBe('BNA');
    expect(a?.paragraphs[0]).toBe('His Majesty the King received the visiting minister at the palace today.');
  });

  it('drops a story number alone on its line below the date, so the dateline after it is read', () => {
    const a = parse(
      ' date 2023-04-11 Leader receives visiting president\nApril 11, 2023, 8:15 PM\nNews ID: 85012345\n\nTehran, IRNA – The Leader received the visiting president on Tuesday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Tehran', date: null });
    expect(a?.source).toBe('IRNA');
    expect(a?.paragraphs).toEqual(['The Leader received the visiting president on Tuesday.']);
  });

  it("reads a section line with a UTC stamp as chrome, a capital's dateline closed by a period, and the agency that signs the first sentence", () => {
    const a = parse(
      ' date 2025-03-09 Ministers sign transport deal in Baku\nEconomy Materials 9 March 2025 11:40 (UTC +04:00)\nBAKU, Azerbaijan, March 8. The transport ministers of the two countries have signed a deal on rail freight, Trend reports.\nThe deal covers transit through the port.\n',
    );
    expect(a?.dateline).toEqual({ place: 'BAKU, Azerbaijan', date: 'March 8' });
    expect(a?.source).toBe('Trend');
    expect(a?.paragraphs[0]).toMatch(/^The transport ministers/);
    expect(a?.paragraphs).toHaveLength(2);
  });

  it('drops a trailer of translator and editor credits', () => {
    const a = parse(
      ' date 2023-05-04 President opens port terminal\nPresident Paulo Mendes on Thursday opened the new port terminal.\nThe terminal will handle grain exports.\nTranslation: Ana Ribeiro - Edition: Carlos Nunes\n',
    );
    expect(a?.paragraphs).toEqual([
      'President Paulo Mendes on Thursday opened the new port terminal.',
      'The terminal will handle grain exports.',
    ]);
  });
});
