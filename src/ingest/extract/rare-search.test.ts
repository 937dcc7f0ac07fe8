import { describe, expect, it } from 'vitest';
import { RareSearch } from './rare-search.ts';

describe('RareSearch', () => {
  it('finds a word wherever it stands, as includes does, and nothing short of it', () => {
    const extended = new RareSearch('extended', 1);
    expect(extended.in('extended')).toBe(true);
    expect(extended.in('The talks were extended to Friday.')).toBe(true);
    expect(extended.in('They extende the talks; xtended; an extension')).toBe(false);
    expect(extended.in('EXTENDED')).toBe(false);
    const attendedBy = new RareSearch('attended by', 9);
    expect(attendedBy.in('The forum, attended by Vessian envoys, closed.')).toBe(true);
    expect(attendedBy.in('by the ministers who attended, by and large')).toBe(false);
    expect(attendedBy.in('by')).toBe(false);
  });

  it('answers as includes does for every word and text tried', () => {
    const words: [string, number][] = [
      ['conve', 3],
      ['relayed', 4],
      ['attended by', 9],
      ['aa', 1],
    ];
    const texts = [
      '',
      'a',
      'aaa',
      'conve',
      'convey',
      'con ve',
      'relaye',
      'it relayed',
      'attended  by',
      'xattended by',
    ];
    for (const [word, rare] of words)
      for (const text of texts) expect(new RareSearch(word, rare).in(text)).toBe(text.includes(word));
  });
});
