// The manifest is shared by every page (facets, page counts, the people-index countries), so its query lives
// here rather than in one feature. Fetcher, queryOptions and hook together, as for every resource.
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from './fetch-json.ts';
import { dataPaths } from './paths.ts';
import type { Manifest } from './site-data.ts';

export const fetchManifest = () => fetchJson<Manifest>(dataPaths.manifest());

export const manifestQuery = () =>
  queryOptions({ queryKey: ['manifest'], queryFn: fetchManifest, staleTime: Infinity });

export const useManifest = () => useSuspenseQuery(manifestQuery()).data;
