// Same rules written once (session 23's review): a name after an honorific ends where one after a title does, and
// an adviser's country reaches the one served however many people the story names. Invented sentences: none of
// these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => extractEntities(a, emptyKnowledge).people.map((p) => p.name);

describe('a name after an honorific alone', () => {
  it('keeps an Arab name whole past its particles ("Sheikh A bin B bin C Al D"), as after a title', () => {
    const a = article('Gulf talks on shipping', [
      'Sheikh Rashid bin Hamdan bin Saeed Al Marzooqi met the delegation on Monday.',
    ]);
    expect(names(a)).toEqual(['Rashid bin Hamdan bin Saeed Al Marzooqi']);
  });

  it('keeps a Spanish name with particles and two surnames whole ("Mr. A de la B y C D")', () => {
    const a = article('Firm signs port deal', [
      'The talks were attended by Mr. Tomas de la Vega y Ruiz Albornoz of the firm.',
    ]);
    expect(names(a)).toEqual(['Tomas de la Vega y Ruiz Albornoz']);
  });
});
