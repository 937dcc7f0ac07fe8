// Names, participation and coreference seen first in the twelfth blind round of held-out articles, on invented
// sentences (none of these people are in the held-out files): quotations that name others, a family photo at a
// summit, candidates of an election, spouses at a state visit, patronymics.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);

describe('a speech tag after a quotation', () => {
  it('refers to the speaker named before the quotation, not to a name inside it', () => {
    const a = article('Uruguayan President Ferreyra: we will trade with everyone', [
      'Uruguayan President Tomas Ferreyra spoke about trade in an interview in Beijing on Wednesday.',
      'Asked about the reaction abroad, Ferreyra said he had explained the decision to US Trade Representative Dana Whitcombe.',
      '"Whitcombe understands that we are not choosing sides," he said.',
      '"Jose Artigas dreamed of a free continent. Today, that freedom means trade," he said, referring to the independence hero.',
    ]);
    expect(person(a, 'Dana Whitcombe')?.participant).toBe(false);
    expect(person(a, 'Jose Artigas')?.participant).toBe(false);
    expect(person(a, 'Tomas Ferreyra')?.participant).toBe(true);
  });
});
