// A parsed article for the extraction tests: a Xinhua story datelined Beijing, May 9, 2024, unless a test says
// otherwise — so each test states only the text and what it is about.
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
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

/** The organisations and places the extractor finds in `paragraphs` under the headline `title` (the org tests). */
export function orgsAndPlacesUnder(title: string) {
  return (...paragraphs: string[]): { organizations: string[]; places: string[] } => {
    const { organizations, places } = extractEntities(testArticle(title, paragraphs), emptyKnowledge);
    return { organizations, places };
  };
}

/** What the extractor finds in a test article, with no known people. */
export const extractTest = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);

/** The person of that name the extractor finds in `a`, if any. */
export const personNamed = (a: ParsedArticle, name: string) =>
  extractTest(a).people.find((p) => p.name === name);

/** The names of the people the extractor counts as taking part, in order of first mention. */
export const participantNames = (a: ParsedArticle) =>
  extractTest(a)
    .people.filter((p) => p.participant)
    .map((p) => p.name);
