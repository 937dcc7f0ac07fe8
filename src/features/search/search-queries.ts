// Search through react-query: one query per search (keyed general to specific), and one per index file, so
// shards, word lists and doc-store chunks fetched for one keystroke are reused by the next without refetching.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../common/fetch-json';
import type { SearchResult } from './search-engine';
import type { SearchParamsState } from './search-params';

/** One immutable file of the search index (content changes come with a new build, hence staleTime Infinity). */
export const searchFileQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ['search', 'file', path],
    queryFn: () => fetchJson<unknown>(path),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });

export const searchQueryOptions = (params: SearchParamsState) =>
  queryOptions({
    queryKey: [
      'search',
      { q: params.q, person: params.person, country: params.country, year: params.year, page: params.page },
    ] as const,
    queryFn: async ({ client }): Promise<SearchResult> => {
      // The engine is its own chunk: the home page's first paint never loads it.
      const { runSearch } = await import('./search-engine');
      return runSearch(params, (path) => client.fetchQuery(searchFileQueryOptions(path)));
    },
    staleTime: Infinity,
  });

/** Keeps the previous results on screen while the next keystroke's results load (no flashing). */
export const useSearch = (params: SearchParamsState) =>
  useQuery({ ...searchQueryOptions(params), placeholderData: keepPreviousData });
