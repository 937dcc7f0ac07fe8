// Front matter, captions and datelines seen first in the fourteenth blind round of held-out articles, on invented
// lines: IANS's bracketed state, ANSA's credit before the city, EFE's "(EFE).-", an outlet's staff credit and a
// dateline below bulleted highlights.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('datelines of Indian, Italian and Spanish agencies', () => {
  it('reads "City (State), Mon D (IANS)" with the state left out of the place', () => {
    const a = parse(
      ' date 2023-11-28 Villagers moved to safety after floods\n\nShimla (Himachal Pradesh), Nov 28 (IANS) Rescue teams moved 300 villagers to safety on Tuesday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Shimla', date: 'Nov 28' });
    expect(a?.source).toBe('IANS');
    expect(a?.paragraphs).toEqual(['Rescue teams moved 300 villagers to safety on Tuesday.']);
  });

  it('reads ANSA\'s "(ANSA) - CITY, MON D - " in the paragraph below a lede on line 1', () => {
    const a = parse(
      ' date 2025-09-04 A celebrated Turin architect has died at the age of 88, his studio said on Thursday.\n\n(ANSA) - TURIN, SEP 4 - The studio said he had died at home.\n',
    );
    expect(a?.dateline).toEqual({ place: 'TURIN', date: 'SEP 4' });
    expect(a?.source).toBe('ANSA');
    expect(a?.paragraphs[1]).toBe('The studio said he had died at home.');
  });

  it("takes EFE's period and dash after the credit as the separator", () => {
    const a = parse(
      ' date 2025-02-20 Court fines former club chairman\n\nSeville, Feb 20 (EFE).- A court on Thursday fined a former club chairman.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Seville', date: 'Feb 20' });
    expect(a?.paragraphs).toEqual(['A court on Thursday fined a former club chairman.']);
  });
});

describe('captions and credits', () => {
  it('reads a line ending in an EFE photo credit as a caption', () => {
    const a = parse(
      ' date 2025-02-20 Court fines former club chairman\nThe former chairman arrives at court in Seville on Feb. 3, 2025. EFE/Julio Munoz\nSeville, Feb 20 (EFE).- A court on Thursday fined a former club chairman.\n',
    );
    expect(a?.captions).toEqual(['The former chairman arrives at court in Seville on Feb. 3, 2025.']);
    expect(a?.paragraphs).toEqual(['A court on Thursday fined a former club chairman.']);
  });

  it('credits the outlet of a staff credit above "Published:", and finds the dateline below bulleted highlights', () => {
    const a = parse(
      ' date 2024-05-13 Airline posts record profit\nKhaleej News Report\nPublished: May 13, 2024 12:58\n\n• Revenue up 15%\n• Profit doubles\n\nDubai: The airline on Monday reported its biggest annual profit.\n',
    );
    expect(a?.source).toBe('Khaleej News');
    expect(a?.dateline).toEqual({ place: 'Dubai', date: null });
    expect(a?.paragraphs[2]).toBe('The airline on Monday reported its biggest annual profit.');
    // A blog author's name in the same place is no source.
    const blog = parse(
      ' date 2024-05-13 Notes from a trip\nMaria Fernandez\nPublished: May 13, 2024 12:58\n\nThe airline reported a profit.\n',
    );
    expect(blog?.source).toBe(null);
  });
});
