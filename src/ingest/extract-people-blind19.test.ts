// Names, roles, countries and participants seen first in the nineteenth blind round of held-out articles
// (economy, science, health, culture and disasters from regional agencies), on invented sentences: none of these
// people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);
const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('who took part in a rate decision', () => {
  const decision = () =>
    article(
      'Central bank cuts key rate',
      [
        'The central bank on Thursday cut its benchmark rate to 9 percent.',
        'The decision was not unanimous: Deputy Governor Pablo Ortiz voted to keep the rate at 9.25 percent, where it had stood since March 2023.',
        'The board is headed by Governor Lucia Ferrer. Its other members are deputy governors Ana Vidal and Tomas Rey.',
      ],
      { source: 'EFE', dateline: { place: 'Lima', date: 'Mar 21' } },
    );

  it('counts a member who voted, though a span "since March 2023" reaches back to another year', () => {
    expect(person(decision(), 'Pablo Ortiz')?.participant).toBe(true);
  });

  it('counts the members a board’s "its other members are" lists', () => {
    expect(person(decision(), 'Ana Vidal')?.participant).toBe(true);
    expect(person(decision(), 'Tomas Rey')?.participant).toBe(true);
  });
});
