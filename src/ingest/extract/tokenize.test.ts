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
  it('reads capitalised words, pronouns and punctuation inside a sentence as at its start', () => {
    const doc = tokenize(['He said, "Her plan: Oslo, then Rome." Mr. Dale wrote that He knew; She agreed.']);
    const texts = doc.tokens.map((t) => t.text);
    expect(texts).toEqual([
      'He',
      'said',
      ',',
      '"',
      'Her',
      'plan',
      ':',
      'Oslo',
      ',',
      'then',
      'Rome',
      '.',
      '"',
      'Mr',
      '.',
      'Dale',
      'wrote',
      'that',
      'He',
      'knew',
      ';',
      'She',
      'agreed',
      '.',
    ]);
    expect(doc.pronouns.map((i) => texts[i])).toEqual(['He', 'Her', 'He', 'She']);
    expect(doc.tokens.find((t) => t.text === 'Oslo')).toMatchObject({ lower: 'oslo', cap: true, word: true });
    expect(doc.tokens.find((t) => t.text === ';')).toMatchObject({ lower: ';', cap: false, word: false });
    // The full stop after "Rome" ends the first sentence; the one after "Mr" does not end the second.
    expect(doc.sentences).toHaveLength(2);
    const sentOf = (text: string) => doc.tokens.find((t) => t.text === text)?.sent;
    expect([sentOf('Rome'), sentOf('Mr'), sentOf('Dale'), sentOf('agreed')]).toEqual([0, 1, 1, 1]);
  });
});
