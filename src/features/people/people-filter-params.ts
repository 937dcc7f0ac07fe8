// The /people filter as it lives in the URL. Kept apart from the filter itself, so the router (on every page's
// first load) reads it without pulling in the name-index code, which loads only when someone filters.

export interface PeopleFilter {
  name: string;
  country: string;
}

export function readPeopleFilter(params: URLSearchParams): PeopleFilter {
  return {
    name: (params.get('name') ?? '').replace(/\s+/g, ' ').trim(),
    country: (params.get('country') ?? '').trim(),
  };
}

export const isFiltering = (filter: PeopleFilter) => filter.name !== '' || filter.country !== '';
