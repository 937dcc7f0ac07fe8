import { describe, expect, it } from 'vitest';
import { firstSentence, sentenceEnds, splitLongParagraph } from './sentences.ts';

describe('sentence boundaries', () => {
  it('does not end a sentence at abbreviations, initials or U.S.', () => {
    const text =
      'Mr. Smith met U.S. and U.N. envoys on Oct. 3 in St. Louis. John F. Kennedy was cited. "Yes," he said.';
    const ends = sentenceEnds(text);
    expect(ends.map((e) => text.slice(0, e).split(' ').pop())).toEqual(['Louis.', 'cited.']);
  });

  it('ends a sentence before a quote or a number', () => {
    expect(firstSentence('It rained. "Stay home," they said.')).toBe('It rained.');
    expect(firstSentence('Prices rose. 2024 was hard.')).toBe('Prices rose.');
  });

  it('returns the whole text when it has one sentence', () => {
    expect(firstSentence('No full stop here')).toBe('No full stop here');
  });
});

describe('splitLongParagraph', () => {
  it('leaves ordinary paragraphs alone', () => {
    const p = 'One. Two. Three.';
    expect(splitLongParagraph(p)).toEqual([p]);
  });

  it('splits a very long paragraph into whole sentences without losing text', () => {
    const p = Array.from({ length: 100 }, (_, i) => `This is sentence number ${i} of the story.`).join(' ');
    const parts = splitLongParagraph(p, 1000, 300);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.join(' ')).toBe(p);
    for (const part of parts) expect(part).toMatch(/^This is sentence number \d+ .*story\.$/);
  });
});
