// Names and participants seen first in the twenty-eighth blind round of held-out articles (stories built around one
// person: obituaries, state funerals and memorials, anniversaries of a birth), on invented sentences: none of these
// people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);
const part = (a: ParsedArticle) => Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));

describe('names', () => {
  it('reads "Comrade" as a form of address before a name, not as a role', () => {
    const a = article('Premier speaks at symposium', [
      'Premier Wu Tianbao said on Tuesday that reform was the best way to honor Comrade Gao Pinggang.',
    ]);
    expect(person(a, 'Gao Pinggang')?.roles).toEqual([]);
  });

  it('reads the names of a list closed by "and other revolutionaries" as people', () => {
    const a = article('Premier speaks at symposium', [
      'Premier Wu Tianbao said on Tuesday that reform had made the country strong.',
      'Wu recalled that Gao, together with Qiao Shenglu, Xu Mingtai, Bo Anping and other revolutionaries of the older generation, had led the people.',
    ]);
    const names = run(a).people.map((p) => p.name);
    expect(names).toEqual(['Wu Tianbao', 'Qiao Shenglu', 'Xu Mingtai', 'Bo Anping']);
  });
});

describe('participants', () => {
  it('at a symposium on a birth anniversary, leaves out the one it honours and whose relatives attend', () => {
    const a = article('Premier speaks at symposium commemorating Gao Pinggang’s 120th birth anniversary', [
      'Premier Wu Tianbao said on Tuesday that reform was the best way to honor Comrade Gao Pinggang, at a symposium commemorating the 120th anniversary of Gao’s birth.',
      'Representatives of Gao’s relatives also attended the symposium.',
    ]);
    expect(part(a)).toEqual({ 'Wu Tianbao': true, 'Gao Pinggang': false });
  });

  it('at a memorial, counts the leaders and guests "among" those present and leaves out the late president', () => {
    const a = article(
      'Mourners bid farewell to late President Tamba Ekwueme',
      [
        'Thousands of mourners on Saturday attended a state memorial service for the late President Tamba Ekwueme in the capital.',
        'Ghanaian President Kofi Mensah and Kenyan President Daniel Oduya were among the leaders who paid tribute to Ekwueme at the service.',
        'Former president Joseph Bello and Prime Minister Lena Adu were among the several hundred guests.',
      ],
      { source: 'AFP', dateline: null },
    );
    expect(part(a)).toEqual({
      'Tamba Ekwueme': false,
      'Kofi Mensah': true,
      'Daniel Oduya': true,
      'Joseph Bello': true,
      'Lena Adu': true,
    });
  });
});
