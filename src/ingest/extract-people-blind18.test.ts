// Names, roles, countries and participants seen first in the eighteenth blind round of held-out articles
// (multilateral meetings, briefings and crawled pages), on invented sentences: none of these people are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);

describe('who took part in a council session or a summit', () => {
  it('counts a speaker at a vote on a resolution as taking part, though the headline has a "call"', () => {
    const a = article('Country blocks Council call for truce in the region', [
      'UNITED NATIONS, May 9 (Xinhua) -- A permanent member on Thursday blocked a draft resolution in the Security Council demanding a truce.',
      'Explaining his vote, Norwegian Ambassador Lars Bergstad said the text was unbalanced.',
    ]);
    expect(person(a, 'Lars Bergstad')?.participant).toBe(true);
  });

  it('counts the ambassador who opened the meeting', () => {
    const a = article('Council fails to adopt truce text', [
      'UNITED NATIONS, May 9 (Xinhua) -- The Security Council on Thursday failed to adopt a draft resolution on a truce.',
      'The envoy spoke after Ambassador Pedro Alvarado of Peru, which holds the presidency for May, opened the meeting.',
    ]);
    expect(person(a, 'Pedro Alvarado')?.participant).toBe(true);
  });

  it('reads "Along with X, the meeting was attended by A, B and C" as one list of those present', () => {
    const a = article('Leaders hold session at summit', [
      'OSLO, May 9 (Xinhua) -- The leaders of the bloc met on Thursday.',
      'Along with Norwegian Prime Minister Kari Holm, the meeting was attended by Danish Prime Minister Erik Lund, Swedish Prime Minister Anna Berg and Finnish President Mikko Salo.',
    ]);
    for (const name of ['Kari Holm', 'Erik Lund', 'Anna Berg', 'Mikko Salo'])
      expect(person(a, name)?.participant).toBe(true);
  });
});
