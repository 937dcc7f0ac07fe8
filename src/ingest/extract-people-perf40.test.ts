// The cheap tests perf40 put in front of whole-sentence searches (PERFORMANCE.md, session 38): the shapes they must
// still let through, on invented sentences with invented people.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const wire = { dateline: { place: 'VELMORA', date: 'March 3' }, source: 'Reuters' };

describe('a counted group of one nationality, by its number before a capitalised word', () => {
  it('places the names after a group counted in digits and in a hyphenated number', () => {
    const a = article(
      'Bolivia, Ecuador swap prisoners',
      [
        'Ecuador has freed three of its prisoners, the two governments said on Sunday.',
        'In return, Ecuador pardoned 12 Peruvians convicted of smuggling, among them Anselm Quillfeather and Dora Marrowby.',
        'Bolivia later released twenty-two Chilean nationals, including Ines Tessaly and Ruben Varnholt.',
      ],
      wire,
    );
    expect(person(a, 'Anselm Quillfeather')?.country).toBe('Peru');
    expect(person(a, 'Dora Marrowby')?.country).toBe('Peru');
    expect(person(a, 'Ines Tessaly')?.country).toBe('Chile');
    expect(person(a, 'Ruben Varnholt')?.country).toBe('Chile');
  });
});
