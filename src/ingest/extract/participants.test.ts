// The participant rules keep the article being read in module state (for speed), with the evidence of each text
// remembered: nothing may carry over from one article to the next.
import { expect, it } from 'vitest';
import { emptyKnowledge } from '../../common/dataset.ts';
import { extractEntities } from '../extract-people.ts';
import type { ParsedArticle } from '../parse-article.ts';
import { testArticle } from '../test-article.ts';

function article(date: string, datelineDate: string): ParsedArticle {
  return testArticle(
    'Trade talks end',
    ['The trade talks ended in Geneva on Saturday.', 'Ana Torres attended the talks in March.'],
    { date, dateline: { place: 'GENEVA', date: datelineDate } },
  );
}
const participant = (a: ParsedArticle) => extractEntities(a, emptyKnowledge).people[0]?.participant;

it('judges the same sentence by each article\'s own date ("in March" is the event\'s month, or another)', () => {
  const march = article('2024-03-10', 'March 9');
  const may = article('2024-05-10', 'May 9');
  expect(participant(march)).toBe(true);
  expect(participant(may)).toBe(false);
  expect(participant(march)).toBe(true);
});
