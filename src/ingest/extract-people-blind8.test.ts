// Participation, names, titles and countries seen first in the eighth blind round of held-out articles, on
// invented sentences (none of these people are in the held-out files): a summit's list of leaders, sports
// reports, sub-national officials abroad, bare cabinet titles, honorifics, captions and cited remarks.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);

describe('a summit story lists the leaders who attended', () => {
  it('makes the leaders "among the leaders at" a session participants', () => {
    const a = article('Leaders open regional summit in Kampala', [
      'KAMPALA, May 9 (Xinhua) -- The annual summit of the regional bloc opened on Thursday in the Ugandan capital.',
      'Among the leaders at the opening session were Rwandan President Pierre Habimana, Burundian Prime Minister Jean Ndayishimiye Nkurunziza and Tanzanian Vice President Amos Mwakyusa.',
    ]);
    for (const name of ['Pierre Habimana', 'Jean Ndayishimiye Nkurunziza', 'Amos Mwakyusa'])
      expect(person(a, name)?.participant, name).toBe(true);
  });
});
