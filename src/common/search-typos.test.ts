import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { WordList } from './search-text.ts';
import { decodeWordList, editKey, editKeys, encodeWordList } from './search-typos.ts';

/** Invented words sharing prefixes as a large archive's word files do (inflections of stems of three syllables). */
function inventedList(count: number): WordList {
  const syllables = ['ka', 'lo', 'mir', 'tan', 've', 'zu', 'ro', 'pel', 'dis', 'an'];
  const words: WordList = [];
  for (const a of syllables)
    for (const b of syllables)
      for (const c of syllables)
        for (const ending of ['', 'a', 'ed', 'ing', 's', 'ion'])
          words.push([`pr${a}${b}${c}${ending}`, words.length % 7 === 0 ? words.length + 2 : 1]);
  return words.sort(([x], [y]) => (x < y ? -1 : 1)).slice(0, count);
}

describe('word files', () => {
  it('give back every word and count they were written with, in order', () => {
    const list: WordList = [
      ['pr2024', 3],
      ['pra', 1],
      ['praa', 40],
      ['prab', 1],
      ['prabcdefghijklmnopqrstuvwxyz01', 2],
      ['prabcdefghijklmnopqrstuvwxyz0123', 1_000_000],
      ['prabcdefghijklmnopqrstuvwxyz02', 1],
      ['prb9', 36],
      ['prb99', 1],
    ];
    expect(decodeWordList(encodeWordList(list))).toEqual(list);
    expect(decodeWordList(encodeWordList(inventedList(3000)))).toEqual(inventedList(3000));
    expect(decodeWordList('')).toEqual([]);
  });

  // A typo in a large archive reads eight word files (up to ~100 KB gzipped as JSON pairs at 100,000 articles).
  it('are a quarter smaller gzipped than the same words as JSON pairs', () => {
    const list = inventedList(5000);
    const written = JSON.stringify(encodeWordList(list));
    expect(JSON.parse(written)).toBe(encodeWordList(list));
    expect(gzipSync(written, { level: 9 }).length).toBeLessThan(
      0.75 * gzipSync(JSON.stringify(list), { level: 9 }).length,
    );
  });
});

describe('early-edit keys', () => {
  // A typo early in a word sorts far from it (another shard, other word lists); the early-edit file of one of its
  // keys must hold the word, or the correction is missed. Every edit after the third letter keeps the first three.
  it('give every word one edit away within its first three letters the key of one of its files', () => {
    const letters = 'abemrz';
    let edits = 0;
    // Four-letter words too: a five-letter typo of one (a letter added) has keys of its own.
    for (const word of [...inventedList(200).map(([w]) => w), 'kavo', 'mira', 'zuta', 'bepa', 'rema', 'aema'])
      for (let i = 0; i < 4; i++) {
        const typos = [word.slice(0, i) + word.slice(i + 1)];
        if (i < 3) typos.push(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2));
        for (const c of letters) {
          typos.push(word.slice(0, i) + c + word.slice(i));
          if (c !== word[i]) typos.push(word.slice(0, i) + c + word.slice(i + 1));
        }
        for (const typo of typos.filter((t) => t.length >= 5 && t !== word)) {
          // (A letter left out or changed as the 4th, or one added there, keeps the first three: not the files'.)
          if (typo.slice(0, 3) === word.slice(0, 3)) continue;
          edits++;
          expect(editKeys(typo), `${word} -> ${typo}`).toContain(editKey(word));
        }
      }
    expect(edits).toBeGreaterThan(5000);
  });
});
