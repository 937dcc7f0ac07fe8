// Held-out leftovers of session 25, on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const person = (a: ParsedArticle, name: string) =>
  extractEntities(a, emptyKnowledge).people.find((p) => p.name === name);

describe('aides and their principals', () => {
  const talks = (aide: string) =>
    article(
      'Neighbours sign water deal in Geneva',
      [
        'Latvian Water Minister Dana Kerel and Estonian Water Minister Pavo Lind signed the deal on Friday, with Estonian President Milo Varga watching by video.',
        aide,
      ],
      { source: 'Anadolu', dateline: { place: 'ISTANBUL', date: 'May 9' } },
    );

  it('gives an adviser "to the head of X\'s office" the country of X, not the dateline\'s', () => {
    const a = talks(
      "Peter Holm, an adviser to the head of Varga's office, wrote that the deal was a first step.",
    );
    expect(person(a, 'Peter Holm')?.country).toBe('Estonia');
  });

  it("gives a spokesman for a titled person that person's country", () => {
    const a = talks('Peter Holm, a spokesman for President Milo Varga, said the deal was a first step.');
    expect(person(a, 'Peter Holm')?.country).toBe('Estonia');
  });
});
