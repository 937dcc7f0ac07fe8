// Front matter and datelines seen first in the eighteenth blind round of held-out articles (multilateral meetings,
// briefings and crawled pages), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('datelines of the eighteenth round', () => {
  it('reads a city with a state that starts like a month ("Maryland") before the date and credit', () => {
    const a = parse(
      ' date 2023-08-19 Leaders meet at retreat\n\nCAMP HILL, Maryland, Aug. 18 (Yonhap) -- The leaders met on Friday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'CAMP HILL, Maryland', date: 'Aug. 18' });
    expect(a?.source).toBe('Yonhap');
    expect(a?.paragraphs).toEqual(['The leaders met on Friday.']);
  });

  it('reads a short capital known to the gazetteer before a hyphen as the dateline, but not an acronym', () => {
    const a = parse(' date 2024-11-16 Ministers meet\n\nLIMA - The ministers met on Friday.\n');
    expect(a?.dateline).toEqual({ place: 'LIMA', date: null });
    expect(a?.paragraphs).toEqual(['The ministers met on Friday.']);
    const b = parse(' date 2024-11-16 Alliance meets\n\nNATO - The alliance met on Friday.\n');
    expect(b?.dateline).toBe(null);
  });
});

describe('front matter of the eighteenth round', () => {
  it('reads a date and time with the page’s news ID as front matter, so the agency dateline below is found', () => {
    const a = parse(
      ' date 2024-05-22 Skip to Content\nGuests attend ceremony\nMay 22, 2024, 11:48 PM  News ID: 12345678\n\nTehran, IRNA – Guests from many countries attended the ceremony.\n',
    );
    expect(a?.title).toBe('Guests attend ceremony');
    expect(a?.dateline).toEqual({ place: 'Tehran', date: null });
    expect(a?.source).toBe('IRNA');
    expect(a?.paragraphs).toEqual(['Guests from many countries attended the ceremony.']);
  });

  it('credits the Associated Press by its full name as AP, as its dateline does', () => {
    const a = parse(
      ' date 2024-10-02 President sworn in\nAssociated Press | Lima | Updated: Oct 2, 2024 01:15 IST\n\nThe president was sworn in on Tuesday.\n',
    );
    expect(a?.source).toBe('AP');
  });

  it('skips a page label in full-width brackets above the story, so the story opens the lede', () => {
    const a = parse(
      ' date 2025-01-22 Home / China\nSpokesman answers questions\nBy JANE ROE | China Daily | Updated: 2025-01-22 07:23\n【例行记者会】\nThe spokesman said on Tuesday that ties were stable.\n',
    );
    expect(a?.paragraphs).toEqual(['The spokesman said on Tuesday that ties were stable.']);
  });
});
