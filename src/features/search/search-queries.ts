// Search through react-query: one query per search (keyed general to specific), and one per index file, so
// shards, word lists and doc-store chunks fetched for one keystroke are reused by the next without refetching.
// The search code (engine and results view) is fetched through react-query as well, so it is cached, prefetched
// and, once loaded, rendered synchronously (React.lazy would suspend, and React holds a revealed Suspense
// boundary back for up to 300 ms).
import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { fetchJson } from '../../common/fetch-json.ts';
import { searchPaths } from '../../common/paths.ts';
import type { Loader, SearchResult } from './search-engine.ts';
import { hasSearch, type FacetName, type SearchParamsState } from './search-params.ts';

/** One immutable file of the search index (content changes come with a new build, hence staleTime Infinity). */
export const searchFileQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ['search', 'file', path],
    queryFn: () => fetchJson<unknown>(path),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });

/** The results view's code chunk (the home page's first paint never loads it). */
export const searchViewQueryOptions = () =>
  queryOptions({
    queryKey: ['search', 'code', 'view'],
    queryFn: async () => {
      const { SearchResults } = await import('./search-results.tsx');
      return { SearchResults };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });

/** The engine's code chunk. */
export const searchEngineQueryOptions = () =>
  queryOptions({
    queryKey: ['search', 'code', 'engine'],
    queryFn: async () => {
      const { runSearch } = await import('./search-engine.ts');
      return { runSearch };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });

/**
 * Everything a search needs before it knows its words: the code and meta.json (which holds the directory of
 * shards). Called when the search box gets focus or the pointer, so a first keystroke only waits for the shards
 * of its words and its result rows. Fetches in parallel; errors surface in the search itself, not here.
 */
export function prefetchSearch(client: QueryClient): void {
  void client.prefetchQuery(searchViewQueryOptions());
  void client.prefetchQuery(searchEngineQueryOptions());
  void client.prefetchQuery(searchFileQueryOptions(searchPaths.meta()));
}

// The state as readSearchParams gives it: every field a search depends on (the key's hash leaves out undefined ones).
const searchKey = (params: SearchParamsState) => ['search', params] as const;

// One loader per client: the engine remembers recent matches per loader, so the run with exact facet counts
// reuses the matches of the run without them.
const loaders = new WeakMap<QueryClient, Loader>();
const loaderOf = (client: QueryClient): Loader => {
  let load = loaders.get(client);
  if (!load) loaders.set(client, (load = (path) => client.fetchQuery(searchFileQueryOptions(path))));
  return load;
};

const runWith = async (client: QueryClient, params: SearchParamsState, facetLists: boolean) => {
  // Code, meta and view start together (nothing waits for anything it does not need).
  prefetchSearch(client);
  const { runSearch } = await client.fetchQuery(searchEngineQueryOptions());
  const result = await runSearch(params, loaderOf(client), { facetLists });
  // What the next keystroke will likely read loads while the user types it (the results do not wait for it).
  for (const path of result.prefetch) void client.prefetchQuery(searchFileQueryOptions(path));
  return result;
};

/** Results, without waiting for the lists that exact person and country counts may need. */
export const searchQueryOptions = (params: SearchParamsState) =>
  queryOptions({
    queryKey: searchKey(params),
    queryFn: ({ client }): Promise<SearchResult> => runWith(client, params, false),
    staleTime: Infinity,
  });

/** The same search with exact person and country counts (the results' files are cached by then). */
export const searchFacetsQueryOptions = (params: SearchParamsState) =>
  queryOptions({
    queryKey: [...searchKey(params), 'facets'] as const,
    queryFn: ({ client }): Promise<SearchResult> => runWith(client, params, true),
    staleTime: Infinity,
  });

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
  if (params[name] === null) return null;
  const scope = { ...params, [params.with && name === 'person' ? 'with' : name]: null, page: 1 };
  return hasSearch(scope) ? scope : null;
}

/** The search and its exact counts, when a selection needs counting over another search (see facetScope). */
export function prefetchFacetScopes(client: QueryClient, params: SearchParamsState): void {
  for (const name of ['person', 'country', 'year'] as const) {
    const scope = facetScope(params, name);
    if (scope) void client.prefetchQuery(searchQueryOptions(scope));
  }
}
