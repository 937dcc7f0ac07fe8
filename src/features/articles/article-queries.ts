// Article data: list pages (newest first) and single articles.
// Keys go from general to specific so ['articles'] invalidates everything about articles.
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from '../../common/fetch-json';
import { dataPaths } from '../../common/paths';
import type { ArticleDetail, ListPage } from '../../common/site-data';

export const fetchListPage = (page: number) => fetchJson<ListPage>(dataPaths.listPage(page));
export const fetchArticle = (slug: string) => fetchJson<ArticleDetail>(dataPaths.article(slug));

// The data is static for the lifetime of a deployed site: never refetch what is already here.
const staleTime = Infinity;

export const listPageQuery = (page: number) =>
  queryOptions({ queryKey: ['articles', 'list', page], queryFn: () => fetchListPage(page), staleTime });

export const articleQuery = (slug: string) =>
  queryOptions({ queryKey: ['articles', 'detail', slug], queryFn: () => fetchArticle(slug), staleTime });

export const useListPage = (page: number) => useSuspenseQuery(listPageQuery(page)).data;
export const useArticle = (slug: string) => useSuspenseQuery(articleQuery(slug)).data;
