// A parsed article for the extraction tests: a Xinhua story datelined Beijing, May 9, 2024, unless a test says
// otherwise — so each test states only the text and what it is about.
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities, type Extraction } from './extract-people.ts';
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

/** Everything the extractor finds in `paragraphs` under the headline `title`, with no known people. */
export function extractionUnder(title: string) {
  return (...paragraphs: string[]): Extraction =>
    extractEntities(testArticle(title, paragraphs), emptyKnowledge);
}

/** The organisations and places the extractor finds in `paragraphs` under the headline `title` (the org tests). */
export function orgsAndPlacesUnder(title: string) {
  const extraction = extractionUnder(title);
  return (...paragraphs: string[]): { organizations: string[]; places: string[] } => {
    const { organizations, places } = extraction(...paragraphs);
    return { organizations, places };
  };
}

/** The person of that name in an extraction already made, if any. */
export const personIn = (found: Extraction, name: string) => found.people.find((p) => p.name === name);

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
