// The /people name and country filter over everyone in the archive, through the name index
// (src/common/people-names.ts): each query word reads one directory file and then one bounded file, so a
// keystroke costs a few kilobytes whatever the archive's size. Results are exact and in the people index's order.
import {
  isSelectiveWord,
  nameBucket,
  nameFileKey,
  nameTerms,
  nameWords,
  resolveKey,
  rootKey,
  termsMatch,
} from '../../common/people-names.ts';
import type {
  PeopleIndexEntry,
  PeopleNameDir,
  PeopleNameEntry,
  PeopleNameLeaf,
  PeopleNameListPage,
} from '../../common/site-data.ts';
import type { PeopleFilter } from './people-filter-params.ts';

export interface PeopleFilterResult {
  /** Everyone who matches (exact), and the page of them shown. */
  total: number;
  page: number;
  pageCount: number;
  people: PeopleIndexEntry[];
  /**
   * Single letters of the name that were not applied: alone they would match nearly everyone, and beside only
   * common names they would mean reading those names' whole lists. The page asks for more letters.
   */
  ignored: string[];
}

/** The files the filter reads (react-query queries in the app, a map in tests). */
export interface PeopleNameFiles {
  dir(bucket: string): Promise<PeopleNameDir>;
  leaf(fileKey: string): Promise<PeopleNameLeaf>;
  list(fileKey: string, page: number): Promise<PeopleNameListPage>;
  countryList(fileKey: string, country: number, page: number): Promise<PeopleNameListPage>;
  country(country: number, page: number): Promise<PeopleNameListPage>;
}

export interface PeopleFilterContext {
  pageSize: number;
  /** Manifest.peopleCountries: a country's position names its list files. */
  countries: readonly string[];
}

const termsCache = new WeakMap<PeopleNameEntry, string[]>();
const termsOf = (entry: PeopleNameEntry) => {
  let terms = termsCache.get(entry);
  if (!terms) {
    terms = [entry.name, ...(entry.aliases ?? [])].flatMap(nameTerms);
    termsCache.set(entry, terms);
  }
  return terms;
};

/** Name words of the filter that every match must start a term with (duplicates and words inside others dropped). */
export function filterWords(name: string): string[] {
  const words = [...new Set(nameWords(name))];
  return words.filter((word) => !words.some((other) => other !== word && other.startsWith(word)));
}

/** Does one person match (name words in any order, as word starts; country exactly)? */
export function matchesPeopleFilter(
  entry: PeopleNameEntry,
  words: readonly string[],
  country: string,
): boolean {
  if (country && !entry.countries.includes(country)) return false;
  return termsMatch(termsOf(entry), words);
}

const toIndexEntry = ({ slug, name, countries, articleCount, role }: PeopleNameEntry): PeopleIndexEntry => ({
  slug,
  name,
  countries,
  articleCount,
  ...(role ? { role } : {}),
});

/** A paged list read as one results page: its page size is the results page size. */
function fromListPage(list: PeopleNameListPage, ignored: string[]): PeopleFilterResult {
  return { ...list, people: list.people.map(toIndexEntry), ignored };
}

function pageOf(all: PeopleNameEntry[], page: number, pageSize: number, ignored: string[]) {
  const pageCount = Math.max(1, Math.ceil(all.length / pageSize));
  const shown = Math.min(page, pageCount);
  return {
    total: all.length,
    page: shown,
    pageCount,
    people: all.slice((shown - 1) * pageSize, shown * pageSize).map(toIndexEntry),
    ignored,
  };
}

/** A source of candidates: a leaf (read whole) or a split key's paged list (already narrowed to the country). */
type Candidates =
  | { kind: 'leaf'; size: number; fileKey: string }
  | { kind: 'list'; size: number; read: (page: number) => Promise<PeopleNameListPage> };

/**
 * The page of people matching `filter`. Every selective name word (two letters, or one Chinese character) resolves
 * to a key. If one is a leaf, the smallest leaf is read and filtered here by every word and the country. If all
 * are common (split) keys, a single one pages straight through its list (or its list for the country); several
 * read the smallest such list whole. Counts are exact.
 */
export async function filterPeople(
  filter: PeopleFilter,
  page: number,
  context: PeopleFilterContext,
  files: PeopleNameFiles,
): Promise<PeopleFilterResult> {
  const words = filterWords(filter.name);
  const selective = words.filter(isSelectiveWord);
  const letters = words.filter((word) => !isSelectiveWord(word));
  const countryIndex = filter.country ? context.countries.indexOf(filter.country) : -1;
  const empty = (ignored: string[]) => ({ total: 0, page: 1, pageCount: 1, people: [], ignored });
  if (filter.country && countryIndex < 0) return empty([]);
  if (selective.length === 0) {
    if (countryIndex < 0) return empty(letters);
    return fromListPage(await files.country(countryIndex, page), letters);
  }

  const candidates: Candidates[] = await Promise.all(
    selective.map(async (word): Promise<Candidates> => {
      const dir = await files.dir(nameBucket(rootKey(word)));
      const key = resolveKey(word, (k) => dir.split.includes(k));
      const fileKey = nameFileKey(key);
      if (!dir.split.includes(key)) return { kind: 'leaf', size: dir.keys[key] ?? 0, fileKey };
      if (countryIndex < 0)
        return { kind: 'list', size: dir.keys[key] ?? 0, read: (p) => files.list(fileKey, p) };
      return {
        kind: 'list',
        size: dir.countries[key]?.[countryIndex] ?? 0,
        read: (p) => files.countryList(fileKey, countryIndex, p),
      };
    }),
  );
  if (candidates.some((c) => c.size === 0)) return empty([]);

  const leaf = candidates
    .filter((c): c is Extract<Candidates, { kind: 'leaf' }> => c.kind === 'leaf')
    .sort((a, b) => a.size - b.size)[0];
  if (leaf) {
    const { people } = await files.leaf(leaf.fileKey);
    const matches = (entry: PeopleNameEntry) => matchesPeopleFilter(entry, words, filter.country);
    return pageOf(people.filter(matches), page, context.pageSize, []);
  }

  // Only common names: single letters beside them are left out (see PeopleFilterResult.ignored).
  const lists = candidates as Extract<Candidates, { kind: 'list' }>[];
  if (lists.length === 1) {
    const last = Math.max(1, Math.ceil(lists[0]!.size / context.pageSize));
    return fromListPage(await lists[0]!.read(Math.min(page, last)), letters);
  }
  const smallest = [...lists].sort((a, b) => a.size - b.size)[0]!;
  const pageCount = Math.max(1, Math.ceil(smallest.size / context.pageSize));
  const pages = await Promise.all(Array.from({ length: pageCount }, (_, i) => smallest.read(i + 1)));
  const matches = (entry: PeopleNameEntry) => matchesPeopleFilter(entry, selective, filter.country);
  return pageOf(pages.flatMap((p) => p.people).filter(matches), page, context.pageSize, letters);
}
