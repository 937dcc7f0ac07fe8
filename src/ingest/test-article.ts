// A parsed article for the extraction tests: a Xinhua story datelined Beijing, May 9, 2024, unless a test says
// otherwise — so each test states only the text and what it is about.
import type { ParsedArticle } from './parse-article.ts';

export function testArticle(
  title: string,
  paragraphs: string[],
  over: Partial<ParsedArticle> = {},
): ParsedArticle {
  return {
    date: '2024-05-10',
    title,
    titleDerived: false,
    source: 'Xinhua',
    publishedTime: null,
    dateline: { place: 'BEIJING', date: 'May 9' },
    paragraphs,
    captions: [],
    ...over,
  };
}
