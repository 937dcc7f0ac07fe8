// Search through react-query: one query per search (keyed general to specific), and one per index file, so
// shards, word lists and doc-store chunks fetched for one keystroke are reused by the next without refetching.
// The search code (engine and results view) is fetched through react-query as well, so it is cached, prefetched
// and, once loaded, rendered synchronously (React.lazy would suspend, and React holds a revealed Suspense
// boundary back for up to 300 ms).
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchJson } from '../../common/fetch-json.ts';
import { searchPaths } from '../../common/paths.ts';
import type { Loader, SearchOptions, SearchResult } from './search-engine.ts';
import type { SearchMeta } from '../../common/search-text.ts';
import type { SearchParamsState } from './search-params.ts';

/** One immutable file of the search index (content changes come with a new build, hence staleTime Infinity). */
export const searchFileQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ['search', 'file', path],
    queryFn: () => fetchJson<unknown>(path),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });

/** The results view's code chunk (the home page's first paint never loads it), with what only results need. */
export const searchViewQueryOptions = () =>
  queryOptions({
    queryKey: ['search', 'code', 'view'],
    queryFn: async () => {
      const { SearchResults, prefetchFacetScopes } = await import('./search-results.tsx');
      return { SearchResults, prefetchFacetScopes };
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
      const { runSearch, directoryOf, countSearch } = await import('./search-engine.ts');
      return { runSearch, directoryOf, countSearch };
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
  // The shard directory is decoded (~1–5 ms at 100,000 articles) once both are in, not on the first keystroke.
  void Promise.all([
    client.ensureQueryData(searchEngineQueryOptions()),
    client.ensureQueryData(searchFileQueryOptions(searchPaths.meta())),
  ]).then(
    ([{ directoryOf }, meta]) => directoryOf(meta as SearchMeta),
    () => undefined,
  );
}

// The state as readSearchParams gives it: every field a search depends on (the key's hash leaves out undefined ones).
export const searchKey = (params: SearchParamsState) => ['search', params] as const;

// One loader per client: the engine remembers recent matches per loader, so the run with exact facet counts
// reuses the matches of the run without them.
const loaders = new WeakMap<QueryClient, Loader>();
export const loaderOf = (client: QueryClient): Loader => {
  let load = loaders.get(client);
  if (!load) loaders.set(client, (load = (path) => client.fetchQuery(searchFileQueryOptions(path))));
  return load;
};

export const runWith = async (client: QueryClient, params: SearchParamsState, opts: SearchOptions) => {
  // Code, meta and view start together (nothing waits for anything it does not need).
  prefetchSearch(client);
  const { runSearch } = await client.fetchQuery(searchEngineQueryOptions());
  const result = await runSearch(params, loaderOf(client), opts);
  // What the next keystroke will likely read loads while the user types it (the results do not wait for it).
  for (const path of result.prefetch) void client.prefetchQuery(searchFileQueryOptions(path));
  return result;
};

/** Results, without waiting for the lists that exact person and country counts may need. */
export const searchQueryOptions = (params: SearchParamsState) =>
  queryOptions({
    queryKey: searchKey(params),
    queryFn: ({ client }): Promise<SearchResult> => runWith(client, params, { facetLists: false }),
    staleTime: Infinity,
  });
