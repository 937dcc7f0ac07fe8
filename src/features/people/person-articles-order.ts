// A person's articles oldest first, from the same newest-first page files (no file more per person): oldest page
// p is the reverse of one or two of those files. Here, not in people-queries.ts: only the person page (a lazy
// chunk) reads it, and the home page's bundle, which holds people-queries.ts for the route loaders, has no room.
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { DataLoadError } from '../../common/fetch-json.ts';
import { dataPaths } from '../../common/paths.ts';
import type { PersonArticlesPage, PersonDetail } from '../../common/site-data.ts';
import { personArticlesQuery } from './people-queries.ts';

/** The order of a person's articles, from `?order=` (newest first unless it says oldest). */
export type PersonArticlesOrder = 'newest' | 'oldest';
export const readPersonArticlesOrder = (params: URLSearchParams): PersonArticlesOrder =>
  params.get('order') === 'oldest' ? 'oldest' : 'newest';

/**
 * Which newest-first rows (0-based, end exclusive) make oldest-first page `page`, and the files (1-based pages)
 * that hold them. Every oldest-first page but the last is full, like the newest-first ones.
 */
export function oldestPageSpan(total: number, pageSize: number, page: number) {
  const end = Math.max(0, total - (page - 1) * pageSize);
  const start = Math.max(0, end - pageSize);
  const files: number[] = [];
  if (end > start)
    for (let file = Math.floor(start / pageSize) + 1; file <= Math.ceil(end / pageSize); file++)
      files.push(file);
  return { start, end, files };
}

export const personOldestArticlesQuery = (person: PersonDetail, page: number) =>
  queryOptions({
    queryKey: ['people', 'detail', person.slug, 'oldest', page],
    queryFn: async ({ client }): Promise<PersonArticlesPage> => {
      const size = person.articlePageSize;
      const pageCount = person.articlePageCount;
      // A page past the end does not exist, as in newest first (its file is missing): the not-found page, not the
      // last page under a title that says page 99.
      if (page > pageCount) throw new DataLoadError(dataPaths.personArticles(person.slug, page), 404);
      const { start, end, files } = oldestPageSpan(person.articleCount, size, page);
      const pages = await Promise.all(
        files.map((file) => client.fetchQuery(personArticlesQuery(person.slug, file))),
      );
      const rows = pages.flatMap((p) => p.articles);
      const first = (files[0]! - 1) * size;
      return { page, pageCount, articles: rows.slice(start - first, end - first).reverse() };
    },
    staleTime: Infinity,
  });

/** Page `page` of the person's articles in `order` (suspends until its files are here). */
export const usePersonArticlesInOrder = (person: PersonDetail, order: PersonArticlesOrder, page: number) =>
  useSuspenseQuery<PersonArticlesPage, Error, PersonArticlesPage, (string | number)[]>(
    order === 'oldest' ? personOldestArticlesQuery(person, page) : personArticlesQuery(person.slug, page),
  ).data;
