import { describe, expect, it } from 'vitest';
import { findCountries, isPinyinName } from './countries.ts';
import { tokenize } from './tokenize.ts';

const countries = (s: string) => {
  const { tokens } = tokenize([s]);
  return findCountries(tokens, 0, tokens.length).map((h) => h.country);
};

describe('findCountries', () => {
  it('maps demonyms, short forms and full names to short country names', () => {
    expect(countries('South Korean and Finnish officials met U.S. and DPRK envoys')).toEqual([
      'South Korea',
      'Finland',
      'United States',
      'North Korea',
    ]);
    expect(countries("the Democratic People's Republic of Korea (DPRK) and Türkiye")).toEqual([
      'North Korea',
      'North Korea',
      'Turkey',
    ]);
  });
  it('skips the ambiguous "Korea" and reads national-body acronyms', () => {
    expect(countries("the Workers' Party of Korea and the CPC Central Committee")).toEqual(['China']);
  });
  it('marks adjectival uses and destinations', () => {
    const { tokens } = tokenize(["China's envoy travelled to Russia"]);
    const hits = findCountries(tokens, 0, tokens.length);
    expect(hits.map((h) => [h.country, h.adjectival, h.destination])).toEqual([
      ['China', true, false],
      ['Russia', false, true],
    ]);
  });
});

describe('isPinyinName', () => {
  it('accepts Mandarin romanisations and rejects others', () => {
    expect(isPinyinName('Zhou Enlai')).toBe(true);
    expect(isPinyinName('Li Hui')).toBe(true);
    expect(isPinyinName('Shigeru Ishiba')).toBe(false);
    expect(isPinyinName('Richard Nixon')).toBe(false);
  });
  it("reads the syllable separator inside a given name (Min'er, Xi'an-style)", () => {
    expect(isPinyinName("Chen Min'er")).toBe(true);
    expect(isPinyinName('Wang Ji’er')).toBe(true);
    expect(isPinyinName("Sean O'Neill")).toBe(false);
  });
  it('knows the real syllable inventory, not every initial with every final', () => {
    expect(isPinyinName('Shinzo Abe')).toBe(false);
    expect(isPinyinName('Tomi Sato')).toBe(false);
    expect(isPinyinName('Zhuang Rongwen')).toBe(true);
    expect(isPinyinName('Lyu Xiang')).toBe(false);
    expect(isPinyinName('Nie Weiping')).toBe(true);
    expect(isPinyinName('Takeshi Yamada')).toBe(false);
    // Two long syllables make a given name of more than seven letters.
    expect(isPinyinName('Hua Chunying')).toBe(true);
    expect(isPinyinName('Zhuang Shuangxiang')).toBe(true);
  });
  it('counts hyphenated parts, in any case, and refuses one, four parts or a part with digits or accents', () => {
    expect(isPinyinName('Zhou En-lai')).toBe(true);
    expect(isPinyinName('XI JINPING')).toBe(true);
    expect(isPinyinName('Jinping')).toBe(false);
    expect(isPinyinName('Li Wei Zhang Hua')).toBe(false);
    expect(isPinyinName('Li Wei2')).toBe(false);
    expect(isPinyinName('Lǐ Wei')).toBe(false);
  });
});
