// Front matter and datelines seen first in the twelfth blind round of held-out articles, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';
import { isSectionLabel, portalOutlet } from './parse/outlets.ts';

const parse = (text: string) => parseArticle(text).article;

describe('an outlet credited by its web address alone', () => {
  it('reads a bare address as the source and the next paragraph’s dateline', () => {
    const a = parse(
      ' date 2025-04-15 Ministers discuss talks by phone\n\ntehrantimes.com\n\nTEHRAN – The foreign minister spoke with his counterpart on Monday.\n',
    );
    expect(a?.source).toBe('Tehran Times');
    expect(a?.dateline).toEqual({ place: 'TEHRAN', date: null });
    expect(a?.paragraphs).toEqual(['The foreign minister spoke with his counterpart on Monday.']);
  });

  it('names a known agency by its country-domain address, and an outlet whose name ends in an outlet word', () => {
    expect(portalOutlet('kazinform.kz')).toBe('Kazinform');
    expect(portalOutlet('www.arabnews.com')).toBe('Arab News');
    expect(portalOutlet('example.com')).toBe(null);
    expect(portalOutlet('The talks ended.')).toBe(null);
  });
});

describe('a dateline with the agency after a period', () => {
  it('reads "CITY. AGENCY – " with a known agency, after an address-and-time line', () => {
    const a = parse(
      ' date 2024-12-07 President hosts ceremony\n\nkazinform.kz 15:40, 6 December 2024\n\nASTANA. KAZINFORM – The president held a ceremony on Friday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'ASTANA', date: null });
    expect(a?.source).toBe('Kazinform');
    expect(a?.publishedTime).toBe('15:40');
    expect(a?.paragraphs).toEqual(['The president held a ceremony on Friday.']);
  });
});

describe('a section label on line 1', () => {
  it('skips "Business & Economy" for the headline below it', () => {
    const a = parse(
      ' date 2024-09-11 Business & Economy\n\nOil firm signs deal with partners\n\nUpdated 11 September 2024\n\nRIYADH: The company signed a deal on Tuesday.\n',
    );
    expect(a?.title).toBe('Oil firm signs deal with partners');
    expect(a?.dateline).toEqual({ place: 'RIYADH', date: null });
    expect(isSectionLabel('Johnson & Johnson recalls talc')).toBe(false);
  });
});
