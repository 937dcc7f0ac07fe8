// Held-out leftovers of session 24, on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const person = (a: ParsedArticle, name: string) =>
  extractEntities(a, emptyKnowledge).people.find((p) => p.name === name);

describe('relatives', () => {
  const prize = (family: string) =>
    article('Prize awarded to young woman who died in custody', [
      'STRASBOURG, Dec 12 (Xinhua) -- The assembly awarded its prize to Roja Nasim Karimi, the young Kurdish Iranian woman whose death in custody sparked protests.',
      family,
      'Karimi, 22, died in September, three days after her arrest.',
    ]);

  it('gives listed relatives the country of one placed only later in the story ("X\'s parents, A and B")', () => {
    const a = prize(
      "Karimi's parents, David Sadri and Maria Tabesh, were stopped at the airport, their lawyer said.",
    );
    expect(person(a, 'Roja Nasim Karimi')?.country).toBe('Iran');
    expect(person(a, 'David Sadri')?.country).toBe('Iran');
    expect(person(a, 'Maria Tabesh')?.country).toBe('Iran');
  });

  it('ties "and her brother X" after a list of relatives to the family, and so to its country', () => {
    const a = prize(
      "Karimi's parents, David Sadri and Maria Tabesh, and her brother Arash were stopped at the airport, their lawyer said.",
    );
    expect(person(a, 'Arash')?.country).toBe('Iran');
  });
});
