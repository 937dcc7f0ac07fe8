// One person's file, read by their page, by the home route's loader (a search's people by name, for its title)
// and by the search results (the names of the people they are narrowed to): shared, so its query lives here.
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json.ts';
import { dataPaths } from './paths.ts';
import type { PersonDetail } from './site-data.ts';

export const fetchPerson = (slug: string) => fetchJson<PersonDetail>(dataPaths.person(slug));

// Static data: never refetch what is already here.
export const personQuery = (slug: string) =>
  queryOptions({
    queryKey: ['people', 'detail', slug],
    queryFn: () => fetchPerson(slug),
    staleTime: Infinity,
  });
