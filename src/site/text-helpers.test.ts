import { describe, expect, it } from 'vitest';
import { countWords, createHasher, makeExcerpt } from './text-helpers.ts';

const digestOf = (...parts: string[]) => {
  const hasher = createHasher();
  for (const part of parts) hasher.update(part);
  return hasher.digest();
};

describe('countWords', () => {
  it('counts words separated by spaces, tabs, line breaks and no-break spaces', () => {
    expect(countWords(['One two\tthree\r\nfour\u00a0five  ', ' six'])).toBe(6);
    expect(countWords(['', '   '])).toBe(0);
    // Punctuation and other characters belong to the word they touch.
    expect(countWords(['Wang Yi — “hello” 王毅'])).toBe(5);
  });
});

describe('createHasher', () => {
  it('gives the same build id however the text is split between updates', () => {
    const text = 'data/articles/2024-10-22-wang-yi.json{"title":"Wang Yi holds talks"}';
    const whole = digestOf(text);
    for (let cut = 0; cut <= 9; cut++) expect(digestOf(text.slice(0, cut), text.slice(cut))).toBe(whole);
    expect(digestOf('a', 'b', 'c', 'd', 'e')).toBe(digestOf('abcde'));
  });

  it('tells different data apart', () => {
    expect(digestOf('abcde')).not.toBe(digestOf('abcdf'));
    expect(digestOf('abcd')).not.toBe(digestOf('abcd', 'e'));
    expect(digestOf('abcde')).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('makeExcerpt', () => {
  const pad =
    'The talks in the capital lasted for most of the afternoon and covered trade, energy and security';

  it('keeps the whole text when it is short', () => {
    expect(makeExcerpt(['A short story.', 'Two paragraphs.'])).toBe('A short story. Two paragraphs.');
  });

  it('ends at the last sentence end that fits', () => {
    const text = `${pad}. Officials said more meetings would follow later in the year, in another city of the region.`;
    expect(makeExcerpt([text])).toBe(`${pad}.`);
  });

  it('never ends at an abbreviation: it cuts at a word with an ellipsis instead', () => {
    for (const abbreviation of ['U.S.', 'Dr.', 'Gen.']) {
      const text = `${pad}, held with ${abbreviation} Pat Quill and others from the visiting delegation of the allied states.`;
      const excerpt = makeExcerpt([text]);
      expect(excerpt.endsWith('…')).toBe(true);
      expect(excerpt.length).toBeLessThanOrEqual(161);
    }
  });
});
