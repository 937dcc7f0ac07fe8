// Front matter seen first in the twenty-third blind round of held-out articles (domestic politics around the
// world), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the twenty-third round', () => {
  it('reads a Title Case city and a dash with no credit as the dateline, but not any word before a dash', () => {
    const a = parse(
      ' date 2024-06-19 Skip to main content\nPremier sworn in\nWednesday, June 19, 2024\nDurban – Premier Thandi Zulu has taken the oath of office.\nShe thanked the voters.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Durban', date: null });
    expect(a?.paragraphs[0]).toBe('Premier Thandi Zulu has taken the oath of office.');
    const b = parse(' date 2024-06-19 Premier sworn in\n\nMeanwhile – the premier has taken the oath.\n');
    expect(b?.dateline).toBe(null);
  });
});
