// The files the /people filter reads, one query each (later keystrokes reuse what earlier ones fetched), and the
// filter run over them. Loaded with the filter code on the first filter (see peopleFilterQuery).
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchJson } from '../../common/fetch-json.ts';
import { dataPaths } from '../../common/paths.ts';
import type { Manifest, PeopleNameDir, PeopleNameLeaf, PeopleNameListPage } from '../../common/site-data.ts';
import { filterPeople, type PeopleFilterResult } from './people-filter.ts';
import type { PeopleFilter } from './people-filter-params.ts';

// Static data: never refetch what is already here.
const staleTime = Infinity;

export const peopleNameDirQuery = (bucket: string) =>
  queryOptions({
    queryKey: ['people', 'names', 'dir', bucket],
    queryFn: () => fetchJson<PeopleNameDir>(dataPaths.peopleNameDir(bucket)),
    staleTime,
  });

export const peopleNameLeafQuery = (fileKey: string) =>
  queryOptions({
    queryKey: ['people', 'names', 'leaf', fileKey],
    queryFn: () => fetchJson<PeopleNameLeaf>(dataPaths.peopleNameLeaf(fileKey)),
    staleTime,
  });

export const peopleNameListQuery = (fileKey: string, page: number) =>
  queryOptions({
    queryKey: ['people', 'names', 'list', fileKey, page],
    queryFn: () => fetchJson<PeopleNameListPage>(dataPaths.peopleNameList(fileKey, page)),
    staleTime,
  });

export const peopleNameCountryListQuery = (fileKey: string, country: number, page: number) =>
  queryOptions({
    queryKey: ['people', 'names', 'list', fileKey, 'country', country, page],
    queryFn: () => fetchJson<PeopleNameListPage>(dataPaths.peopleNameCountryList(fileKey, country, page)),
    staleTime,
  });

export const peopleCountryPageQuery = (country: number, page: number) =>
  queryOptions({
    queryKey: ['people', 'country', country, page],
    queryFn: () => fetchJson<PeopleNameListPage>(dataPaths.peopleCountryPage(country, page)),
    staleTime,
  });

/** One page of the filtered people list, read through the queries above. */
export const filterWithQueries = (
  client: QueryClient,
  filter: PeopleFilter,
  page: number,
  manifest: Manifest,
): Promise<PeopleFilterResult> =>
  filterPeople(
    filter,
    page,
    { pageSize: manifest.peoplePageSize, countries: manifest.peopleCountries },
    {
      dir: (bucket) => client.fetchQuery(peopleNameDirQuery(bucket)),
      leaf: (fileKey) => client.fetchQuery(peopleNameLeafQuery(fileKey)),
      list: (fileKey, p) => client.fetchQuery(peopleNameListQuery(fileKey, p)),
      countryList: (fileKey, country, p) =>
        client.fetchQuery(peopleNameCountryListQuery(fileKey, country, p)),
      country: (country, p) => client.fetchQuery(peopleCountryPageQuery(country, p)),
    },
  );
