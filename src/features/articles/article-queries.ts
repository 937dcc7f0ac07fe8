// Article data: list pages (newest first) and single articles.
// Keys go from general to specific so ['articles'] invalidates everything about articles.
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson, fetchText } from '../../common/fetch-json.ts';
import { dataPaths, routePaths } from '../../common/paths.ts';
import type { ArticleDetail, ArticleDetailPerson, ListPage } from '../../common/site-data.ts';
import { ARTICLE_FIELDS_IN_PAGE, ARTICLE_PERSON_FIELDS_IN_PAGE } from '../../common/html-document.ts';
import { sidebarTitles } from './sidebar-titles.ts';

export const fetchListPage = (page: number) => fetchJson<ListPage>(dataPaths.listPage(page));

type FieldInPage = (typeof ARTICLE_FIELDS_IN_PAGE)[number];
type PersonFieldInPage = (typeof ARTICLE_PERSON_FIELDS_IN_PAGE)[number];
type PersonFromPage = Pick<ArticleDetailPerson, 'slug' | PersonFieldInPage>;
type ArticleFromPage = Pick<ArticleDetail, FieldInPage> & { people: PersonFromPage[] };
/** An article's data file: whole, or (textInPage) without the fields its prerendered page shows. */
type StoredArticle = Omit<ArticleDetail, FieldInPage | 'people'> &
  Partial<Pick<ArticleDetail, FieldInPage>> & {
    people: (Omit<ArticleDetailPerson, PersonFieldInPage> & Partial<ArticleDetailPerson>)[];
  };

/**
 * What an article's prerendered page shows beyond its data file (ARTICLE_FIELDS_IN_PAGE): the story paragraphs
 * and photo captions, the sidebar's people (name, roles, country, participant or mentioned), organizations and
 * places, and the previous/next links. Read as text
 * (textContent): name links and other markup inside a paragraph fall away, so this is what the data file held.
 */
export function readArticlePage(page: string | ParentNode): ArticleFromPage {
  const doc = typeof page === 'string' ? new DOMParser().parseFromString(page, 'text/html') : page;
  const text = (element: Element | null | undefined) => element?.textContent ?? '';
  const paragraphs = [...doc.querySelectorAll('.article-body > p')].map(text);
  // The label is the caption's first text; the live page must not be changed, so it is cut off, not removed.
  const captions = [...doc.querySelectorAll('.captions figcaption')].map((caption) =>
    text(caption).slice(text(caption.querySelector('.caption-label')).length),
  );
  const items = (title: string) => {
    const heading = [...doc.querySelectorAll('aside h2')].find((h) => h.textContent === title);
    return [...(heading?.nextElementSibling?.querySelectorAll('li') ?? [])];
  };
  const names = (title: string) => items(title).map(text);
  const slugOf = (link: Element | null) =>
    decodeURIComponent((link?.getAttribute('href') ?? '').split('/').filter(Boolean).pop() ?? '');
  const people = (title: string, participant: boolean): PersonFromPage[] =>
    items(title).map((item) => {
      const roles = item.querySelector(':scope > span');
      const country = item.querySelector(':scope > small');
      return {
        slug: slugOf(item.querySelector(':scope > a')),
        name: text(item.querySelector(':scope > a')),
        roles: roles ? text(roles).split('; ') : [],
        country: country ? text(country) : null,
        participant,
      };
    });
  const neighbour = (rel: 'prev' | 'next') => {
    const link = doc.querySelector(`.article-nav a[rel="${rel}"]`);
    return link ? { slug: slugOf(link), title: text(link.querySelector('span')) } : null;
  };
  return {
    paragraphs,
    captions,
    people: [...people(sidebarTitles.participants, true), ...people(sidebarTitles.mentioned, false)],
    organizations: names(sidebarTitles.organizations),
    places: names(sidebarTitles.places),
    prev: neighbour('prev'),
    next: neighbour('next'),
  };
}

const pagePath = (slug: string) => `${routePaths.article(slug).slice(1)}/`;

// The page the browser opened carries its own article: the first load reads it from the document (still as the
// prerender wrote it, before hydration) instead of downloading the page a second time.
let openedPageUnread = typeof document !== 'undefined';
const isOpenedPage = (slug: string) => {
  if (!openedPageUnread) return false;
  openedPageUnread = false;
  return window.location.pathname.replace(/\/$/, '').endsWith(routePaths.article(slug));
};

const fetchArticlePage = async (slug: string) =>
  isOpenedPage(slug) && document.querySelector('.article-body')
    ? readArticlePage(document)
    : readArticlePage(await fetchText(pagePath(slug)));

// Once one data file has said its text is in the page (a full prerender: all of them are), the next article's
// page is fetched along with its data file, not after it: one round trip instead of two on every article opened.
let textInPages = false;

/**
 * A fully prerendered site keeps each article's text once, in its page (dist/ must stay under 1 GB at 100,000
 * articles), and marks the data file `textInPage`; the text and the rest the page shows are then read from the
 * page (usually still in the browser's cache when the reader landed on it).
 */
export const fetchArticle = async (slug: string): Promise<ArticleDetail> => {
  const early = textInPages ? fetchArticlePage(slug) : null;
  // If the data file fails first, that is the error to report; this one must not go unhandled meanwhile.
  early?.catch(() => undefined);
  const stored = await fetchJson<StoredArticle>(dataPaths.article(slug));
  if (!stored.textInPage) return stored as ArticleDetail;
  textInPages = true;
  const { people, ...fromPage } = await (early ?? fetchArticlePage(slug));
  const shown = new Map(people.map((person) => [person.slug, person]));
  return {
    ...stored,
    ...fromPage,
    // The data file's order (and aliases) with what the sidebar says of each person.
    people: stored.people.map((person) => ({
      name: person.slug,
      country: null,
      roles: [],
      participant: false,
      ...shown.get(person.slug),
      ...person,
    })),
  };
};

// The data is static for the lifetime of a deployed site: never refetch what is already here.
const staleTime = Infinity;

export const listPageQuery = (page: number) =>
  queryOptions({ queryKey: ['articles', 'list', page], queryFn: () => fetchListPage(page), staleTime });

export const articleQuery = (slug: string) =>
  queryOptions({ queryKey: ['articles', 'detail', slug], queryFn: () => fetchArticle(slug), staleTime });

export const useListPage = (page: number) => useSuspenseQuery(listPageQuery(page)).data;
export const useArticle = (slug: string) => useSuspenseQuery(articleQuery(slug)).data;
