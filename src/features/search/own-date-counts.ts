// What a person's or a country's own counts (FilterDateFacets) spare a search, in a chunk of its own: only searches
// with a filter load it, not a typed word's (the worst typo's first search is within a few hundred bytes of 100 KB).
import { searchPaths } from '../../common/paths.ts';
import {
  facetBucket,
  foldText,
  type FilterDateFacets,
  type PersonWithin,
  type SearchMeta,
  type ShardEntry,
  tailOf,
  type TermFacets,
} from '../../common/search-text.ts';
import type { SearchParamsState } from './search-params.ts';
import { facetsOfCounts, searchPageSize, type Loader, type SearchResult } from './search-engine.ts';

/** A filter's own counts in a date (YYYY or YYYY-MM) of its year's file. */
const ownFacets = (load: Loader, meta: SearchMeta, term: string, year: string, key: string) =>
  load(searchPaths.filterDateFacets(year, facetBucket(term, meta.filterDateBuckets!))).then(
    (file) => (file as FilterDateFacets)[term]?.[key],
    () => undefined,
  );

/** A country's count in some counts. */
const countOf = (facets: TermFacets, term: string): number | undefined =>
  facets.c.find(([name]) => `country:${foldText(name)}` === term)?.[1];

/**
 * Of a person and a country searched, the country when it has every article of the person's (PersonWithin): its
 * list, often long, then narrows nothing.
 */
export async function needless(
  load: Loader,
  meta: SearchMeta,
  filters: readonly ShardEntry[],
): Promise<ShardEntry | undefined> {
  const person = filters.find((e) => e[0].startsWith('person:'));
  const country = filters.find((e) => e[0].startsWith('country:'));
  // (Only a country's long list is worth a file; the build lists people of more than a page of articles.)
  if (
    !person ||
    !country ||
    tailOf(country) === undefined ||
    person[1] <= searchPageSize ||
    !meta.withinBuckets
  )
    return undefined;
  const file = (await load(searchPaths.personWithin(facetBucket(person[0], meta.withinBuckets))).catch(
    () => ({}),
  )) as PersonWithin;
  return file[person[0]]?.some((name) => `country:${foldText(name)}` === country[0]) ? country : undefined;
}

/**
 * A date with one person or one country alone, run for its total and its people and countries (a person's or a
 * country's facet scope: SearchOptions.matches false): the filter's own counts in the date, without its list (a
 * country's is long) or rows. Null where the build wrote none (a page or fewer of its documents in the date).
 */
export async function ownDateCounts(params: SearchParamsState, load: Loader): Promise<SearchResult | null> {
  const filters = [params.person, params.with, params.country].filter(Boolean);
  if (filters.length !== 1 || params.q.trim() || params.tookPart) return null;
  const meta = (await load(searchPaths.meta())) as SearchMeta;
  if (!meta.filterDateBuckets) return null;
  // (The month counts only with its year: see matchQuery.)
  const month = params.month?.startsWith(params.year!) ? params.month : null;
  const date = month ?? params.year!;
  if (!(month ? meta.months : meta.years).some(([d]) => d === date)) return null;
  const term = params.country
    ? `country:${foldText(params.country)}`
    : `person:${params.person ?? params.with}`;
  const facets = await ownFacets(load, meta, term, params.year!, date);
  // Within a filter's own documents, its own count is their number.
  const total =
    facets &&
    (params.country ? countOf(facets, term) : facets.p.find(([slug]) => `person:${slug}` === term)?.[2]);
  if (!facets || !total) return null;
  return {
    total,
    page: 1,
    pageCount: Math.ceil(total / searchPageSize),
    pageSize: searchPageSize,
    hits: [],
    highlight: [],
    corrections: [],
    facets: {
      ...facetsOfCounts(facets),
      years: [{ value: params.year!, label: params.year!, count: total }],
      // Not counted: the months need the matches (a month's scope is run whole).
      months: [],
    },
    totalAtLeast: false,
    yearScope: null,
    prefetch: [],
  };
}
