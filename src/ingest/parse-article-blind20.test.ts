// Front matter seen first in the twentieth blind round of held-out articles (security, courts, crime, elections
// and protests from national agencies' crawled pages), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the twentieth round', () => {
  it("reads an agency's masthead on line 1 as chrome that credits it, so the headline and dateline below are found", () => {
    const a = parse(
      ' date 2024-07-06 IRNA English\nCandidate wins runoff\nJul 6, 2024, 7:52 AM  News ID: 12345678\n\nTehran, IRNA – The candidate won the runoff.\n',
    );
    expect(a?.title).toBe('Candidate wins runoff');
    expect(a?.source).toBe('IRNA');
    expect(a?.dateline).toEqual({ place: 'Tehran', date: null });
    expect(a?.paragraphs).toEqual(['The candidate won the runoff.']);
    const b = parse(
      ' date 2023-04-15 NHK WORLD-JAPAN News\nMan arrested at port\nApr. 15, 2023\n\nPolice arrested a man.\n',
    );
    expect(b?.title).toBe('Man arrested at port');
    expect(b?.source).toBe('NHK');
    // A headline that starts with an agency's name but goes on to say something stays the headline.
    const c = parse(' date 2024-07-06 Reuters Poll Shows Gains\n\nThe poll showed gains.\n');
    expect(c?.title).toBe('Reuters Poll Shows Gains');
  });

  it('credits Anadolu by its page template when the byline gives only the reporter', () => {
    const a = parse(
      ' date 2024-08-01 Prisoners exchanged in Ankara\nJane Doe  |01.08.2024 - Update : 01.08.2024\n\nANKARA\n\nPrisoners were exchanged on Thursday.\n',
    );
    expect(a?.source).toBe('Anadolu Agency');
    expect(a?.dateline).toEqual({ place: 'ANKARA', date: null });
    const b = parse(
      ' date 2024-08-01 Prisoners exchanged\nJane Doe | 01.08.2024 | Updated: 01.08.2024\n\nPrisoners were exchanged on Thursday.\n',
    );
    expect(b?.source).toBe(null);
  });
});
