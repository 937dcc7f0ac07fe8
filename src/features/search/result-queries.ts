// What only search results read (their hooks, exact counts, facet scopes): in the results view's chunk, so the
// home page's bundle carries only what starts a search (search-queries.ts).
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../common/fetch-json.ts';
import type { PersonPairs } from '../../common/person-pairs.ts';
import type { SearchResult } from './search-engine.ts';
import { hasSearch, type FacetName, type SearchParamsState } from './search-params.ts';
import {
  loaderOf,
  runWith,
  searchEngineQueryOptions,
  searchKey,
  searchQueryOptions,
} from './search-queries.ts';

/** The same search with exact person and country counts (the results' files are cached by then). */
export const searchFacetsQueryOptions = (params: SearchParamsState) =>
  queryOptions({
    queryKey: [...searchKey(params), 'facets'] as const,
    queryFn: ({ client }): Promise<SearchResult> => runWith(client, params, { facetLists: true }),
    staleTime: Infinity,
  });

/** How many articles a search finds, without its rows: the other choice of a person's articles, counted beside. */
export const searchCountQueryOptions = (params: SearchParamsState) =>
  queryOptions({
    queryKey: [...searchKey(params), 'count'] as const,
    queryFn: async ({ client }): Promise<number> => {
      const { countSearch } = await client.fetchQuery(searchEngineQueryOptions());
      return countSearch(params, loaderOf(client));
    },
    staleTime: Infinity,
  });

/**
 * A facet's scope (facetScope) without its result rows, which a deep link would otherwise download for every scope
 * (issue 4's 100 KB for a first search): its counts, and with `facetLists` its exact person and country counts. A
 * person's or a country's scope wants no years or months: its matches are not read where its counts need none
 * (SearchOptions.matches: a date with one filter, whose own counts there the build wrote).
 */
export const searchScopeQueryOptions = (params: SearchParamsState, name: FacetName, facetLists: boolean) => {
  const matches = name === 'year' || name === 'month';
  return queryOptions({
    queryKey: [...searchKey(params), matches ? 'scope' : 'scope-counts', facetLists] as const,
    queryFn: ({ client }): Promise<SearchResult> =>
      runWith(client, params, { facetLists, rows: false, matches }),
    staleTime: Infinity,
  });
};

/** Keeps the previous results on screen while the next keystroke's results load (no flashing). */
export const useSearch = (params: SearchParamsState) =>
  useQuery({ ...searchQueryOptions(params), placeholderData: keepPreviousData });

/**
 * Person and country counts for results that came without them (`needed` false: nothing to load). The previous
 * counts stay (marked busy) until the new ones arrive, so the facets do not flicker while typing.
 */
export const useSearchFacets = (params: SearchParamsState, needed: boolean) =>
  useQuery({ ...searchFacetsQueryOptions(params), enabled: needed, placeholderData: keepPreviousData });

/**
 * The search a facet's values are counted over. Choosing a value replaces that facet's selection, so while one is
 * selected its values are counted over the same search without it: each count is then what choosing the value
 * gives. Of two people (`with`) the second is the one replaced, so the first stays in the scope. Null when the
 * facet has no selection (the results' own counts are right) or nothing else is searched (the archive-wide
 * counts are).
 */
export function facetScope(params: SearchParamsState, name: FacetName): SearchParamsState | null {
  // (A state may leave the month out: undefined is no selection either.)
  if (!params[name]) return null;
  const scope = { ...params, [params.with && name === 'person' ? 'with' : name]: null, page: 1 };
  // Another year leaves the month behind (see SearchParamsState.month): the years are counted without it.
  if (name === 'year') scope.month = null;
  // Another person is chosen among the articles naming them (FacetList): counted there, not where one took part.
  if (name === 'person') scope.tookPart = false;
  return hasSearch(scope) ? scope : null;
}

/** One of a person's pairs files (src/common/person-pairs.ts), by its path. */
export const personPairsQuery = (path: string) =>
  queryOptions({
    queryKey: ['people', 'pairs', path],
    queryFn: () => fetchJson<PersonPairs>(path),
    staleTime: Infinity,
  });
