import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiFold, hash64, nameKey, slugify } from './ids.ts';

describe('hash64', () => {
  it('is 16 hex digits and the same on every call', () => {
    expect(hash64('2024/10/a.txt')).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64('2024/10/a.txt')).toBe(hash64('2024/10/a.txt'));
  });

  it('tells apart paths that differ in one character', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20000; i++) seen.add(hash64(`seeds/2024/${i}.txt`).slice(0, 12));
    expect(seen.size).toBe(20000);
  });
});

describe('asciiFold', () => {
  it('removes accents and spells out special letters', () => {
    expect(asciiFold('José Martí')).toBe('Jose Marti');
    expect(asciiFold('Đặng Thị Ngọc Thịnh')).toBe('Dang Thi Ngoc Thinh');
    expect(asciiFold('Jürgen Straße Łukasz Søren')).toBe('Jurgen Strasse Lukasz Soren');
  });
});

describe('slugify', () => {
  it('lowercases, hyphenates and cuts at a word boundary', () => {
    expect(slugify('Wang Yi holds phone talk with Japanese national security official')).toBe(
      'wang-yi-holds-phone-talk-with-japanese-national-security',
    );
    expect(slugify("Xi's talks with Brazil’s Lula", 60)).toBe('xis-talks-with-brazils-lula');
  });

  it('drops characters with no Latin form', () => {
    expect(slugify('王毅 meets <script>alert(1)</script>')).toBe('meets-script-alert-1-script');
    expect(slugify('王毅')).toBe('');
  });

  it('always yields URL-safe text within the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const slug = slugify(text, 60);
        expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
        expect(slug.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});

describe('nameKey', () => {
  it('ignores accents, case, punctuation and spacing', () => {
    expect(nameKey('José  MARTÍ')).toBe(nameKey('Jose Marti'));
    expect(nameKey('Kim Jong-un')).toBe(nameKey('Kim Jong Un'));
    expect(nameKey('王毅')).toBe('王毅');
  });
});
