import { describe, expect, it } from 'vitest';
import { linkFirstMentions, nameMatcher } from './name-links.ts';

const people = [
  { slug: 'wang-yi', name: 'Wang Yi', aliases: ['Wang'] },
  { slug: 'takeo-akiba', name: 'Takeo Akiba', aliases: ['Akiba'] },
  { slug: 'xi-jinping', name: '习近平', aliases: [] },
];

describe('nameMatcher', () => {
  it('marks full names and aliases, longest form first, keeping every character', () => {
    const text = 'Wang Yi met Takeo Akiba. Wang said Akiba agreed.';
    const pieces = nameMatcher(people).split(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.personSlug)).toEqual([
      { text: 'Wang Yi', personSlug: 'wang-yi' },
      { text: 'Takeo Akiba', personSlug: 'takeo-akiba' },
      { text: 'Wang', personSlug: 'wang-yi' },
      { text: 'Akiba', personSlug: 'takeo-akiba' },
    ]);
  });

  it('matches whole words only and respects case', () => {
    const pieces = nameMatcher(people).split('Wangfujing and wang are not names.');
    expect(pieces.filter((p) => p.personSlug)).toEqual([]);
  });

  it('falls back to a shorter form when the longest one runs into a longer word', () => {
    const pieces = nameMatcher(people).split('Wang Yin is not Wang Yi, but Wang is.');
    expect(pieces.filter((p) => p.personSlug).map((p) => p.text)).toEqual(['Wang', 'Wang Yi', 'Wang']);
  });

  it('finds Chinese-character names inside unspaced text', () => {
    const pieces = nameMatcher(people).split('国家主席习近平会见');
    expect(pieces).toEqual([
      { text: '国家主席' },
      { text: '习近平', personSlug: 'xi-jinping' },
      { text: '会见' },
    ]);
  });

  it('treats markup-like text as plain text', () => {
    const pieces = nameMatcher(people).split('<script>alert(1)</script> Wang');
    expect(pieces[0]).toEqual({ text: '<script>alert(1)</script> ' });
  });

  it('returns the text untouched when the article names nobody', () => {
    expect(nameMatcher([]).split('No names here.')).toEqual([{ text: 'No names here.' }]);
  });
});

describe('linkFirstMentions', () => {
  it('links each person once, at the first mention by name or alias, and keeps every character', () => {
    const paragraphs = ['Akiba met Wang Yi.', 'Wang said Takeo Akiba and Wang Yi agreed.', 'Nobody else.'];
    const linked = linkFirstMentions(paragraphs, nameMatcher(people));
    expect(linked.map((pieces) => pieces.map((p) => p.text).join(''))).toEqual(paragraphs);
    expect(linked).toEqual([
      [
        { text: 'Akiba', personSlug: 'takeo-akiba' },
        { text: ' met ' },
        { text: 'Wang Yi', personSlug: 'wang-yi' },
        { text: '.' },
      ],
      // Later mentions are merged into the surrounding text: one text node, not a run of pieces.
      [{ text: 'Wang said Takeo Akiba and Wang Yi agreed.' }],
      [{ text: 'Nobody else.' }],
    ]);
  });
});
