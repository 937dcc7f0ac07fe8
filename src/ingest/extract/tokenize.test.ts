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
});
