// The extractor keeps the article being read in module state (for speed): nothing may carry over from one
// article to the next.
import { expect, it } from 'vitest';
import { emptyKnowledge } from '../../common/dataset.ts';
import { extractEntities } from '../extract-people.ts';
import type { ParsedArticle } from '../parse-article.ts';

function article(date: string, datelineDate: string, paragraphs: string[]): ParsedArticle {
  return {
    date,
    title: 'Trade talks end',
    titleDerived: false,
    source: 'Xinhua',
    publishedTime: null,
    dateline: { place: 'GENEVA', date: datelineDate },
    paragraphs,
    captions: [],
  };
}

it("reads each article's organisations and places on their own, whatever came before", () => {
  const first = article('2024-03-10', 'March 9', [
    'The trade talks ended in Geneva on Saturday.',
    'Ana Torres attended the talks in March, the United Nations (UN) said.',
  ]);
  const second = article('2024-05-10', 'May 9', [
    'The trade talks ended in Geneva on Saturday.',
    'Ana Torres attended the talks in March, the UN said.',
    'Delegates then flew to Nairobi.',
  ]);
  const alone = extractEntities(second, emptyKnowledge);
  expect(extractEntities(first, emptyKnowledge)).toMatchObject({
    organizations: ['United Nations'],
    places: ['Geneva'],
  });
  // "UN" would be taken for the short form of the first article's "United Nations" if that were remembered.
  const after = extractEntities(second, emptyKnowledge);
  expect(after).toMatchObject({ organizations: ['UN'], places: ['Geneva', 'Nairobi'] });
  expect(after).toEqual(alone);
});
