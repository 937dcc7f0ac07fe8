// The home page shows search results instead of the plain list whenever the URL carries a query or a filter.
import { hasSearch, readSearchParams } from '../features/search/search-params.ts';

export const isSearchMode = (params: URLSearchParams): boolean => hasSearch(readSearchParams(params));
