import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('keeps abbreviations, hyphenated names and splits possessives', () => {
    const { tokens } = tokenize(["U.S. envoy Moon Jae-in met Japan's Al-Aiban in the China-U.S. talks."]);
    expect(tokens.map((t) => t.text)).toEqual([
      'U.S.',
      'envoy',
      'Moon',
      'Jae-in',
      'met',
      'Japan',
      "'s",
      'Al-Aiban',
      'in',
      'the',
      'China-U.S.',
      'talks',
      '.',
    ]);
  });
  it('splits sentences but not after abbreviations such as "Sept." or "St."', () => {
    const doc = tokenize(["He took office on Sept. 16 at St. George's Hall. She spoke.", 'New paragraph']);
    expect(doc.sentences).toHaveLength(3);
    expect(doc.tokens.find((t) => t.text === 'She')?.first).toBe(true);
  });
  it('gives offsets into the joined text so roles are substrings of it', () => {
    const doc = tokenize(['First one.', 'Second “quoted” Zoë’s text']);
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.find((t) => t.text === 'Zoë')?.cap).toBe(true);
  });
  it('starts a sentence at a paragraph that opens in lower case, not at a lower-case word after a full stop', () => {
    const doc = tokenize(['The talks ended. then the envoys left at 9 a.m. Monday.', 'and he said so']);
    expect(doc.tokens.filter((t) => t.first).map((t) => t.text)).toEqual(['The', 'and']);
    expect(doc.tokens.find((t) => t.text === 'and')).toMatchObject({ word: true, cap: false, sent: 1 });
    expect(doc.pronouns.map((i) => doc.tokens[i]!.text)).toEqual(['he']);
  });
  it('reads a word, number or abbreviation at the very end of the text like one before a paragraph break', () => {
    for (const last of ['left', 'Left', '2,500', 'U.S', 'U.S.', 'well-', '’s', 'Zoë']) {
      const alone = tokenize([`They ${last}`]).tokens.map((t) => t.text);
      const followed = tokenize([`They ${last}`, 'More']).tokens.map((t) => t.text);
      expect(alone).toEqual(followed.slice(0, -1));
    }
  });
});
