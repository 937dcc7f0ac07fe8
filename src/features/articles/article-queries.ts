// Article data: list pages (newest first) and single articles.
// Keys go from general to specific so ['articles'] invalidates everything about articles.
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson, fetchText } from '../../common/fetch-json.ts';
import { dataPaths, routePaths } from '../../common/paths.ts';
import type { ArticleDetail, ListPage } from '../../common/site-data.ts';
import type { StoredArticle } from './article-text.ts';

export const fetchListPage = (page: number) => fetchJson<ListPage>(dataPaths.listPage(page));

const pagePath = (slug: string) => `${routePaths.article(slug).slice(1)}/`;

// The page the browser opened carries its own article: the first load reads it from the document (still as the
// prerender wrote it, before hydration) instead of downloading the page a second time.
let openedPageUnread = typeof document !== 'undefined';
const isOpenedPage = (slug: string) => {
  if (!openedPageUnread) return false;
  openedPageUnread = false;
  return window.location.pathname.replace(/\/$/, '').endsWith(routePaths.article(slug));
};

// The page as text, or the opened document itself (read before hydration changes it).
const fetchArticlePage = async (slug: string): Promise<string | ParentNode> =>
  isOpenedPage(slug) && document.querySelector('.article-body') ? document : fetchText(pagePath(slug));

// Once one data file has said its text is in the page (a full prerender: all of them are), the next article's
// page is fetched along with its data file, not after it: one round trip instead of two on every article opened.
let textInPages = false;

/**
 * A fully prerendered site keeps each article's text once, in its page (dist/ must stay under 1 GB at 100,000
 * articles), and marks the data file `textInPage`; the text and the rest the page shows are then read from the
 * page (usually still in the browser's cache when the reader landed on it). The reading code (article-text.ts)
 * arrives with the data file, in parallel: it is not in the home page's bundle.
 */
export const fetchArticle = async (slug: string): Promise<ArticleDetail> => {
  const early = textInPages ? fetchArticlePage(slug) : null;
  // If the data file fails first, that is the error to report; this one must not go unhandled meanwhile.
  early?.catch(() => undefined);
  const [stored, { withPageText }] = await Promise.all([
    fetchJson<StoredArticle>(dataPaths.article(slug)),
    import('./article-text.ts'),
  ]);
  if (!stored.textInPage) return stored as ArticleDetail;
  textInPages = true;
  return withPageText(stored, await (early ?? fetchArticlePage(slug)));
};

// The data is static for the lifetime of a deployed site: never refetch what is already here.
const staleTime = Infinity;

export const listPageQuery = (page: number) =>
  queryOptions({ queryKey: ['articles', 'list', page], queryFn: () => fetchListPage(page), staleTime });

export const articleQuery = (slug: string) =>
  queryOptions({ queryKey: ['articles', 'detail', slug], queryFn: () => fetchArticle(slug), staleTime });

export const useListPage = (page: number) => useSuspenseQuery(listPageQuery(page)).data;
