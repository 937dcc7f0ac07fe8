// The dataset contract: what `npm run ingest` writes and what the site builder reads.
// Documented in README.md ("The dataset"); change both together.

import type { CountedTerms } from '../site/search-index/count-terms.ts';

export interface Dateline {
  /** Place as written, e.g. "BEIJING" or "Beijing". */
  place: string;
  /** Date as written in the dateline, e.g. "Oct. 21", or null when the dateline has none. */
  date: string | null;
}

export interface ArticlePerson {
  /** Stable id of the merged person (same as Person.id in the dataset). */
  id: string;
  /** Fullest form as first written, without titles. */
  name: string;
  /**
   * Other forms the text uses on their own (surname, nickname), and Chinese characters it writes in brackets after
   * the name ("Xu Yi (徐毅)").
   */
  aliases: string[];
  /** Roles and titles as written in this article (each a substring of the text). */
  roles: string[];
  /** Short English country name the person represents; null for international officials or unknown. */
  country: string | null;
  /** True when the person took part in the main event the article reports. */
  participant: boolean;
}

export interface Article {
  /** Stable, unique id derived from the file path. */
  id: string;
  /** URL slug: date + title words, made unique. */
  slug: string;
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
  /** Publication date as written in the header: YYYY-MM-DD or YYYY-MM; "" when missing or impossible. */
  date: string;
  title: string;
  /** True when the file had no headline and the title was derived from the lede. */
  titleDerived: boolean;
  /** Agency credited by the source line, byline or dateline, or null. */
  source: string | null;
  /** Published time as written on the source line (e.g. "08:38"), or null. */
  publishedTime: string | null;
  dateline: Dateline | null;
  /** Story paragraphs only: chrome, captions, credits and trailers are separated out. */
  paragraphs: string[];
  /** Photo captions found in the file (not story text). */
  captions: string[];
  people: ArticlePerson[];
  organizations: string[];
  places: string[];
  /**
   * Set on the other versions of a story the archive holds more than once (src/ingest/story-versions.ts): the id
   * of the version lists and counts show. Left out on every other article.
   */
  versionOf?: string;
  /** Set on that shown version: the ids of its other versions, oldest first. Left out on every other article. */
  versions?: string[];
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  /** Every role seen, in order of first appearance (by article date). */
  roles: string[];
  countries: string[];
  /** Articles mentioning the person, newest first. */
  articleIds: string[];
}

export interface IngestWarning {
  /** Path relative to the seeds folder. */
  file: string;
  /** 1-based line number the warning points to (1 for whole-file problems). */
  line: number;
  message: string;
}

export interface Dataset {
  articles: Article[];
  people: Person[];
  warnings: IngestWarning[];
  /**
   * In memory only, never in the dataset file: each article's search-index terms by its file, when the ingest
   * counted them (IngestOptions.countIndexTerms), so the search index need not tokenize the text again.
   */
  indexTerms?: ReadonlyMap<string, CountedTerms>;
}

/** Optional user corrections, read from seeds/people.json and applied before the extraction rules. */
export interface KnownPerson {
  name: string;
  aliases?: string[];
  roles?: string[];
  country?: string | null;
}

export interface Knowledge {
  people: KnownPerson[];
  /** Capitalised phrases that must never be taken for people (e.g. "Belt and Road"). */
  notPeople: string[];
}

export const emptyKnowledge: Knowledge = { people: [], notPeople: [] };
