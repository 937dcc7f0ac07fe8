import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDirectory, encodeDirectory, forEachIndexTerm, tokenize } from './search-text.ts';

const indexTerms = (text: string) => {
  const out: string[] = [];
  forEachIndexTerm(text, (term) => out.push(term));
  return out;
};

describe('forEachIndexTerm (the index builder’s tokenizer)', () => {
  it('cuts text into exactly the terms a search for it looks up', () => {
    for (const text of [
      "The Minister's talks with O'Brien on TRADE and 5G",
      '“Café Müller,” said Ségolène Royal in Zürich…',
      'Wang Yi (王毅) met Xi Jinping 习近平 and the ﬁnance team',
      'China’s ‘rock’n’roll’ diplomacy: İstanbul, ＡＢＣ ２０２４, naïve',
      'An emoji 🙂 and a rare Han character 𠀀 beside ordinary words',
      "tab\tand\u000bvertical tab, a combining mark: e\u0301te and 'quoted'",
    ])
      expect(indexTerms(text)).toEqual(tokenize(text));
  });

  it('agrees with the browser’s tokenizer on any text', () => {
    const alphabet = [..."aZ09 '’‘-.,\t\nÉéüıİßﬁ王毅习近平\u0301\u02bc“”…ＡＡ２", '🙂', '\ud800'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(indexTerms(text)).toEqual(tokenize(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the shard directory in meta.json', () => {
  it('gives back every entry it was written with, in order: filters, accents, Chinese pairs and long shared parts', () => {
    const entries = [
      '0',
      '014',
      'country:sp',
      'person:ahn-velo-mir',
      'person:ahn-velo-miranda-tosk',
      'person:ahn-velo-miranda-toskarel-b',
      'person:ahn-velo-miranda-toskarel-bz',
      'zhou',
      'ärv',
      '王毅',
      '王毅外',
    ];
    expect(decodeDirectory(encodeDirectory(entries))).toEqual(entries);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9:\-\u00e0-\u00ff\u4e00-\u4e10]{1,40}$/)), (list) => {
        const sorted = [...new Set(list)].sort();
        expect(decodeDirectory(encodeDirectory(sorted))).toEqual(sorted);
      }),
    );
  });
});
