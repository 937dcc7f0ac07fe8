import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router-dom';
import { isNotFound } from '../common/fetch-json.ts';
import { manifestQuery } from '../common/manifest-query.ts';
import { readPage } from '../components/ui/pagination.tsx';
import { articleQuery, listPageQuery } from '../features/articles/article-queries.ts';
import { isFiltering, readPeopleFilter } from '../features/people/people-filter-params.ts';
import {
  peopleFilterQuery,
  peopleIndexQuery,
  personArticlesQuery,
  personQuery,
} from '../features/people/people-queries.ts';
import { prefetchFacetScopes, searchQueryOptions } from '../features/search/search-queries.ts';
import { readSearchParams } from '../features/search/search-params.ts';
import { HomePage } from './home-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RootError, RouteError } from './route-error.tsx';
import { summarize, pageTitle, siteName, type MetaData } from './route-meta.ts';
import { RootLayout } from './root-layout.tsx';
import { isSearchMode } from './search-mode.ts';
import { counted } from '../components/ui/counted.ts';

const notFoundResponse = () => new Response('Not Found', { status: 404, statusText: 'Not Found' });

/** A missing data file means the slug or page does not exist: answer with the not-found page (and a 404 status). */
async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isNotFound(error)) throw notFoundResponse();
    throw error;
  }
}

const searchParamsOf = (request: Request) => new URL(request.url).searchParams;

// Pages other than home are separate chunks, so the home page's first load carries only what it shows. Their
// loaders stay here: the router fetches a page's code and its data at the same time. The prerender and the
// client's initial navigation both resolve `lazy` before rendering, so hydration sees the same tree.
const lazyArticlePage = async () => ({
  Component: (await import('../features/articles/article-page.tsx')).ArticlePage,
});
const lazyPeopleIndexPage = async () => ({
  Component: (await import('../features/people/people-index-page.tsx')).PeopleIndexPage,
});
const lazyPersonPage = async () => ({
  Component: (await import('../features/people/person-page.tsx')).PersonPage,
});

/**
 * The reader's routes. Loaders only fill the query cache (all of a page's queries in parallel, so no waterfall)
 * and return the page's meta; components read the same queries with useSuspenseQuery.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const ensure = queryClient.ensureQueryData.bind(queryClient);

  return [
    {
      id: 'root',
      element: <RootLayout />,
      errorElement: <RootError />,
      children: [
        {
          index: true,
          element: <HomePage />,
          errorElement: <RouteError what="the article list" />,
          loader: async ({ request }: LoaderFunctionArgs): Promise<MetaData> => {
            const params = searchParamsOf(request);
            const page = readPage(params);
            const searching = isSearchMode(params);
            // Search results start loading with the manifest but never hold up the page: the results component
            // shows them as they arrive (type-ahead must not wait for a navigation per keystroke).
            if (searching) {
              const state = readSearchParams(params);
              void queryClient.prefetchQuery(searchQueryOptions(state));
              prefetchFacetScopes(queryClient, state);
            }
            const [manifest] = await orNotFound(
              Promise.all([ensure(manifestQuery()), searching ? null : ensure(listPageQuery(page))]),
            );
            const q = params.get('q')?.trim();
            const title = searching
              ? q
                ? `Search: ${q}`
                : 'Filtered articles'
              : page > 1
                ? `Articles, page ${page}`
                : siteName;
            return {
              meta: {
                title: pageTitle(title),
                description: `A reader for ${counted(manifest.articleCount, 'news wire article', 'news wire articles')} and the ${counted(manifest.personCount, 'person', 'people')} in them, newest first, searchable by keyword and name.`,
              },
            };
          },
        },
        {
          path: 'articles/:slug',
          lazy: lazyArticlePage,
          errorElement: <RouteError what="this article" />,
          loader: async ({ params }: LoaderFunctionArgs): Promise<MetaData> => {
            const article = await orNotFound(ensure(articleQuery(params.slug ?? '')));
            return {
              meta: {
                title: pageTitle(article.title),
                description: summarize(article.paragraphs[0] ?? article.title),
              },
            };
          },
        },
        {
          path: 'people',
          lazy: lazyPeopleIndexPage,
          errorElement: <RouteError what="the people index" />,
          loader: async ({ request }: LoaderFunctionArgs): Promise<MetaData> => {
            const params = searchParamsOf(request);
            const filter = readPeopleFilter(params);
            const filtering = isFiltering(filter);
            // Filter results start loading with the manifest but never hold up the page: typing must not wait
            // for a navigation per keystroke (the page keeps the previous results until the new ones arrive).
            if (filtering) void queryClient.prefetchQuery(peopleFilterQuery(filter, readPage(params)));
            const [manifest] = await orNotFound(
              Promise.all([
                ensure(manifestQuery()),
                filtering ? null : ensure(peopleIndexQuery(readPage(params))),
              ]),
            );
            // A filtered or later page has a title of its own (browser history, tabs and bookmarks tell them apart).
            const about = [filter.name.trim(), filter.country].filter(Boolean).join(', ');
            const page = readPage(params);
            const title = `People${about ? `: ${about}` : ''}${page > 1 ? `, page ${page}` : ''}`;
            return {
              meta: {
                title: pageTitle(title),
                description: `${manifest.personCount === 1 ? 'The person' : `The ${counted(manifest.personCount, 'person', 'people')}`} named in ${counted(manifest.articleCount, 'news wire article', 'news wire articles')}, with their countries and article counts.`,
              },
            };
          },
        },
        {
          path: 'people/:slug',
          lazy: lazyPersonPage,
          errorElement: <RouteError what="this person" />,
          loader: async ({ params, request }: LoaderFunctionArgs): Promise<MetaData> => {
            const slug = params.slug ?? '';
            const page = readPage(searchParamsOf(request));
            const [person] = await orNotFound(
              Promise.all([ensure(personQuery(slug)), ensure(personArticlesQuery(slug, page))]),
            );
            const roles = person.roles.map((span) => span.role);
            const about = [person.countries.join(', '), roles.slice(0, 3).join('; ')]
              .filter(Boolean)
              .join(' — ');
            return {
              meta: {
                title: pageTitle(page > 1 ? `${person.name}, articles page ${page}` : person.name),
                description: summarize(
                  `${person.name}${about ? ` (${about})` : ''}: ${counted(person.articleCount, 'article', 'articles')} in the archive.`,
                ),
              },
            };
          },
        },
        // No loader: the host answers unknown paths with 404.html (this page, prerendered) and its own 404 status.
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
