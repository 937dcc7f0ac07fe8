import { describe, expect, it } from 'vitest';
import { findCountries, isPinyinName } from './countries';
import { tokenize } from './tokenize';

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
});
