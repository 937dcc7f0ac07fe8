// Same rules in any case (session 21): a story's words written in capitals ("SANCTIONS ON", "IN AN APPARENT
// REFERENCE TO") or capitalised ("in a Statement by") are read as the lower-case ones are. Invented sentences: none
// of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const taking = (a: ParsedArticle) =>
  Object.fromEntries(extractEntities(a, emptyKnowledge).people.map((p) => [p.name, p.participant]));

describe('participants: words in capitals gate as lower-case ones do', () => {
  it('does not count the one sanctioned in a flash written in capitals ("US IMPOSES SANCTIONS ON …")', () => {
    const a = article(
      'US acts against northern militia',
      [
        'URGENT: US IMPOSES SANCTIONS ON militia commander Gen. Pavel Ostrava, the Treasury said on Tuesday.',
        'Deputy Secretary of State Helen Marchetti said the militia had targeted civilians.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null }, date: '2024-05-08' },
    );
    expect(taking(a)).toEqual({ 'Pavel Ostrava': false, 'Helen Marchetti': true });
  });

  it('does not count the aide who issues another’s "Statement" (capitalised)', () => {
    const a = article('Trade body reappoints Oduya for second term', [
      'Geneva, Nov. 29 (NAN) The General Council of the trade body on Friday gave Director-General Amara Oduya a second term.',
      'President Ade Bello, in a Statement by his Special Adviser on Media, Mr Tunde Ake, congratulated her.',
    ]);
    expect(taking(a)['Tunde Ake']).toBe(false);
  });

  it('does not count someone named after "IN AN APPARENT REFERENCE TO" in capitals', () => {
    const a = article(
      'Sharma launches poll campaign from Agra',
      [
        'Prime Minister Rakesh Sharma on Sunday kicked off the party campaign with a rally in Agra.',
        '"Some people have lost their balance," Sharma told the gathering, IN AN APPARENT REFERENCE TO the protests against the arrest of Chief Minister Vinod Kalra.',
      ],
      { source: 'PTI', dateline: { place: 'Agra', date: 'Mar 31' } },
    );
    expect(taking(a)).toEqual({ 'Rakesh Sharma': true, 'Vinod Kalra': false });
  });
});

describe('relatives listed after a plural relation', () => {
  it('gives each of six children listed after "survived by his children," the country of the one survived', () => {
    const a = article('Physicist dies at 88', [
      'Scottish physicist Peter Arlow died on Monday.',
      'Arlow, a shy man who admired US chemist Carl Brandt, is survived by his children, Tom, Harry, Lucy, Kate, Jane and Anna, and his grandchildren.',
    ]);
    const countries = Object.fromEntries(
      extractEntities(a, emptyKnowledge).people.map((p) => [p.name, p.country]),
    );
    for (const child of ['Tom', 'Harry', 'Lucy', 'Kate', 'Jane', 'Anna'])
      expect(countries[child]).toBe('United Kingdom');
  });
});
