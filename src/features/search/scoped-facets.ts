// Only the results view (a lazy chunk) counts facets over their scope: this stays out of the home page's bundle.
import { useQuery } from '@tanstack/react-query';
import type { SearchFacet, SearchResult } from './search-engine.ts';
import type { FacetName, SearchParamsState } from './search-params.ts';
import { facetScope, searchScopeQueryOptions } from './result-queries.ts';

export interface ScopedFacets {
  /** Null while loading. */
  facets: SearchFacet[] | null;
  /** For years: the number of best matches they were counted over, when not all. */
  yearScope: number | null;
  /** People and countries found in the scope's newest page of rows only (see SearchResult.facetsFromFirstPage). */
  fromFirstPage?: boolean;
  /** The most of the scope's matches a value not listed may be in (see SearchResult.facetsMayMiss). */
  mayMiss?: number;
}

/** Whether a result came without its person and country counts, which then need the facet lists. */
export const countsNeedLists = (result: SearchResult): boolean =>
  result.total > 0 && result.facets.people === null;

/** A facet's values counted over its scope (see facetScope); null when the facet has no scope. */
export function useScopedFacets(params: SearchParamsState, name: FacetName): ScopedFacets | null {
  const scope = facetScope(params, name);
  const fallback = scope ?? params;
  // The scope's counts only: its rows are not shown.
  const base = useQuery({ ...searchScopeQueryOptions(fallback, name, false), enabled: scope !== null });
  const data = base.data;
  // Person and country counts may need the facet lists, like the results' own (see useSearchFacets).
  const dated = name === 'year' || name === 'month';
  const listed = dated || data === undefined || !countsNeedLists(data);
  const counted = useQuery({
    ...searchScopeQueryOptions(fallback, name, true),
    enabled: scope !== null && !listed,
  });
  if (scope === null) return null;
  if (data === undefined) return { facets: null, yearScope: null };
  const source = listed ? data : counted.data;
  const facets = source?.facets ?? null;
  const values =
    facets === null
      ? null
      : dated
        ? facets[name === 'year' ? 'years' : 'months']
        : name === 'person'
          ? facets.people
          : facets.countries;
  return {
    facets: values,
    yearScope: name === 'year' ? data.yearScope : null,
    fromFirstPage: !dated && source?.facetsFromFirstPage,
    ...(name === 'person' || name === 'country'
      ? { mayMiss: source?.facetsMayMiss?.[name === 'person' ? 'people' : 'countries'] }
      : {}),
  };
}
