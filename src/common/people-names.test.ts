import { describe, expect, it } from 'vitest';
import {
  isSelectiveWord,
  nameBucket,
  nameBuckets,
  nameFileKey,
  nameTerms,
  nameWords,
  resolveKey,
  rootKey,
  termsMatch,
} from './people-names.ts';

describe('people name terms', () => {
  it('folds case and accents and splits hyphens and apostrophes', () => {
    expect(nameTerms('José Ramos-Horta')).toEqual(['jose', 'ramos', 'horta']);
    expect(nameTerms("Conan O'Brien")).toEqual(['conan', 'brien', 'obrien']);
    expect(nameWords("  ISHIBA  o'brien ")).toEqual(['ishiba', 'obrien']);
  });

  it('files a Chinese name under every suffix, so part of it finds the person', () => {
    expect(nameTerms('石破茂')).toEqual(['石破茂', '破茂', '茂']);
    expect(termsMatch(nameTerms('石破茂'), nameWords('破茂'))).toBe(true);
  });

  it('matches when every query word starts a term, in any order', () => {
    const terms = nameTerms('Ishiba Shigeru');
    expect(termsMatch(terms, nameWords('ishiba'))).toBe(true);
    expect(termsMatch(terms, nameWords('Shig'))).toBe(true);
    expect(termsMatch(terms, nameWords('shigeru ISHIBA'))).toBe(true);
    expect(termsMatch(terms, nameWords('hiba'))).toBe(false);
    expect(termsMatch(terms, nameWords('ishiba taro'))).toBe(false);
  });
});

describe('people name keys', () => {
  it('keys Latin words by two letters and Chinese by one character', () => {
    expect(rootKey('ishiba')).toBe('is');
    expect(rootKey('石破茂')).toBe('石');
    expect(isSelectiveWord('i')).toBe(false);
    expect(isSelectiveWord('is')).toBe(true);
    expect(isSelectiveWord('石')).toBe(true);
  });

  it('lengthens the key while it is split and the word goes on', () => {
    const split = new Set(['wa', 'wan', 'wang']);
    expect(resolveKey('wangyi', (key) => split.has(key))).toBe('wangy');
    expect(resolveKey('wang', (key) => split.has(key))).toBe('wang');
    expect(resolveKey('walesa', (key) => split.has(key))).toBe('wal');
    expect(resolveKey('wi', (key) => split.has(key))).toBe('wi');
  });

  it('names files safely and always has a directory bucket', () => {
    expect(nameFileKey('is')).toBe('is');
    expect(nameFileKey('石')).toBe('_77f3_');
    expect(nameBuckets).toContain(nameBucket('石'));
    expect(nameBuckets).toContain(nameBucket('øy'));
    expect(nameBucket('ishiba')).toBe('i');
  });
});
