import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { WordList } from './search-text.ts';
import { decodeWordList, encodeWordList } from './search-typos.ts';

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
