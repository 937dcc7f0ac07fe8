// Leftovers of the seventy-second blind round (arms control and nuclear talks), on invented sentences with invented
// people and places: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

describe('one who leaves the venue without a word', () => {
  const a = article('Six-party talks adopt joint statement', [
    'The six parties adopted a joint statement at the end of the fourth round of talks here on Monday.',
    'Dariusz Wenk, the northern side’s chief delegate, left the guesthouse without speaking to reporters.',
  ]);

  it('was at the talks', () => {
    expect(person(a, 'Dariusz Wenk')?.participant).toBe(true);
  });

  it('is not one who left the country without a word', () => {
    const b = article('Six-party talks adopt joint statement', [
      'The six parties adopted a joint statement at the end of the fourth round of talks here on Monday.',
      'Dariusz Wenk, the northern side’s former delegate, left the country without saying goodbye in 2001.',
    ]);
    expect(person(b, 'Dariusz Wenk')?.participant).toBe(false);
  });
});

describe('one attending a named assembly in another city', () => {
  it('speaks from there, not at the talks the dateline reports', () => {
    const a = article('Six-party talks adopt joint statement', [
      'The six parties adopted a joint statement at the end of the fourth round of talks here on Monday.',
      'Deputy Minister Marisol Quevedo, who chaired the talks, read out the statement.',
      'Foreign Minister Anton Varnholt, attending the U.N. General Assembly in New York, said the statement ' +
        'showed that dialogue works.',
    ]);
    expect(person(a, 'Anton Varnholt')?.participant).toBe(false);
    expect(person(a, 'Marisol Quevedo')?.participant).toBe(true);
  });
});
