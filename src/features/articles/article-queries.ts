// Article data: list pages (newest first) and single articles.
// Keys go from general to specific so ['articles'] invalidates everything about articles.
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson, fetchText } from '../../common/fetch-json';
import { dataPaths, routePaths } from '../../common/paths';
import type { ArticleDetail, ListPage } from '../../common/site-data';

export const fetchListPage = (page: number) => fetchJson<ListPage>(dataPaths.listPage(page));

/**
 * The text of an article as its prerendered page shows it: story paragraphs and photo captions. Name links and
 * other markup inside a paragraph fall away (textContent), so this is the text the data file held.
 */
export function readArticleText(html: string): Pick<ArticleDetail, 'paragraphs' | 'captions'> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs = [...doc.querySelectorAll('.article-body > p')].map((p) => p.textContent ?? '');
  const captions = [...doc.querySelectorAll('.captions figcaption')].map((caption) => {
    caption.querySelector('.caption-label')?.remove();
    return caption.textContent ?? '';
  });
  return { paragraphs, captions };
}

const pagePath = (slug: string) => `${routePaths.article(slug).slice(1)}/`;

const fetchArticleText = async (slug: string) => readArticleText(await fetchText(pagePath(slug)));

/**
 * A fully prerendered site keeps each article's text once, in its page (dist/ must stay under 1 GB at 100,000
 * articles), and marks the data file `textInPage`; the text is then read from the page (usually still in the
 * browser's cache when the reader landed on it).
 */
export const fetchArticle = async (slug: string): Promise<ArticleDetail> => {
  const detail = await fetchJson<ArticleDetail>(dataPaths.article(slug));
  if (!detail.textInPage) return detail;
  return { ...detail, ...(await fetchArticleText(slug)) };
};

// The data is static for the lifetime of a deployed site: never refetch what is already here.
const staleTime = Infinity;

export const listPageQuery = (page: number) =>
  queryOptions({ queryKey: ['articles', 'list', page], queryFn: () => fetchListPage(page), staleTime });

export const articleQuery = (slug: string) =>
  queryOptions({ queryKey: ['articles', 'detail', slug], queryFn: () => fetchArticle(slug), staleTime });

export const useListPage = (page: number) => useSuspenseQuery(listPageQuery(page)).data;
export const useArticle = (slug: string) => useSuspenseQuery(articleQuery(slug)).data;
