// People data: a person's article pages (their own file's query is shared: src/common/person-query.ts), the paged
// people index, and the name index and country lists the filter reads (one query per file, so later keystrokes
// reuse what earlier ones fetched).
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../common/fetch-json.ts';
import { manifestQuery } from '../../common/manifest-query.ts';
import { dataPaths } from '../../common/paths.ts';
import type { PeopleIndexPage, PersonArticlesPage } from '../../common/site-data.ts';
import type { PeopleFilter } from './people-filter-params.ts';

export const fetchPersonArticles = (slug: string, page: number) =>
  fetchJson<PersonArticlesPage>(dataPaths.personArticles(slug, page));
export const fetchPeopleIndexPage = (page: number) =>
  fetchJson<PeopleIndexPage>(dataPaths.peopleIndexPage(page));

// Static data: never refetch what is already here.
const staleTime = Infinity;

export const personArticlesQuery = (slug: string, page: number) =>
  queryOptions({
    queryKey: ['people', 'detail', slug, 'articles', page],
    queryFn: () => fetchPersonArticles(slug, page),
    staleTime,
  });

export const peopleIndexQuery = (page: number) =>
  queryOptions({ queryKey: ['people', 'index', page], queryFn: () => fetchPeopleIndexPage(page), staleTime });

/** One page of the filtered people list; its files are queries of their own (see above). */
export const peopleFilterQuery = (filter: PeopleFilter, page: number) =>
  queryOptions({
    queryKey: ['people', 'filter', { name: filter.name, country: filter.country, page }],
    queryFn: async ({ client }) => {
      // The filter code (and its file queries) loads on the first filter, not with every page: no page needs it
      // to show, and the home page's bundle has no room for it.
      const [manifest, { filterWithQueries }] = await Promise.all([
        client.fetchQuery(manifestQuery()),
        import('./people-filter-queries.ts'),
      ]);
      return filterWithQueries(client, filter, page, manifest);
    },
    staleTime,
  });
