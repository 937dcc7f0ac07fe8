import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router-dom';
import { isNotFound } from '../common/fetch-json.ts';
import { manifestQuery } from '../common/manifest-query.ts';
import { readPage } from '../components/ui/pagination.tsx';
import { articleQuery, listPageQuery } from '../features/articles/article-queries.ts';
import { isFiltering, readPeopleFilter } from '../features/people/people-filter-params.ts';
import { personQuery } from '../common/person-query.ts';
import {
  peopleFilterQuery,
  peopleIndexQuery,
  personArticlesQuery,
} from '../features/people/people-queries.ts';
import { searchQueryOptions, searchViewQueryOptions } from '../features/search/search-queries.ts';
import { readSearchParams } from '../features/search/search-params.ts';
import { HomePage } from './home-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RootError, RouteError } from './route-error.tsx';
import { pageTitle, siteName, type MetaData } from './route-meta.ts';
import { RootLayout } from './root-layout.tsx';
import { isSearchMode } from './search-mode.ts';
import { counted } from '../components/ui/counted.ts';
import { formatDate } from '../components/ui/format-date.ts';

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
// loaders start here: the router fetches a page's code and its data at the same time, and what can wait for the
// code (the page's meta, an oldest-first page) comes with it (*-route.ts). The prerender and the client's initial
// navigation both resolve `lazy` before rendering, so hydration sees the same tree.
// One import per chunk, kept: a dynamic import of a module already here still settles a moment later, time enough for
// a second keystroke to arrive before the first one's navigation commits (the people filter's history entry).
const loadOnce = <T,>(load: () => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
};
const articleRoute = loadOnce(() => import('./article-route.ts'));
const lazyArticlePage = async () => ({ Component: (await articleRoute()).ArticlePage });
const peopleRoute = loadOnce(() => import('./people-route.ts'));
const lazyPeopleIndexPage = async () => ({ Component: (await peopleRoute()).PeopleIndexPage });
const personRoute = loadOnce(() => import('./person-route.ts'));
const lazyPersonPage = async () => ({ Component: (await personRoute()).PersonPage });

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
            const state = readSearchParams(params);
            // Search results start loading with the manifest but never hold up the page: the results component
            // shows them as they arrive (type-ahead must not wait for a navigation per keystroke).
            if (searching) {
              void queryClient.prefetchQuery(searchQueryOptions(state));
              // Facet scopes are counted with the results' code, which loads beside the engine's.
              void queryClient.fetchQuery(searchViewQueryOptions()).then(
                (view) => view.prefetchFacetScopes(queryClient, state),
                () => undefined,
              );
            }
            // The title says everything the URL asks (a bookmark or a tab tells searches apart), the people by
            // name: their small files come with the manifest (an unknown slug is shown as it is).
            const [manifest, ...names] = await orNotFound(
              Promise.all([
                ensure(manifestQuery()),
                searching ? null : ensure(listPageQuery(page)),
                ...[state.person, state.with].map(
                  (slug) =>
                    slug &&
                    ensure(personQuery(slug)).then(
                      (person) => person.name,
                      () => slug,
                    ),
                ),
              ]),
            );
            const [, person, other] = names;
            const title = searching
              ? [
                  `${state.q ? `Search: ${state.q}` : 'Articles'}${person ? `${state.tookPart ? ' where' : ' naming'} ${other ? `both ${person} and ${other}` : person}${state.tookPart ? ' took part' : ''}` : ''}`,
                  state.country,
                  state.month ? formatDate(state.month) : state.year,
                  state.order && `${state.order} first`,
                  page > 1 && `page ${page}`,
                ]
                  .filter(Boolean)
                  .join(', ')
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
          loader: ({ params }: LoaderFunctionArgs): Promise<MetaData> =>
            // The article comes beside the page's code, which brings the rest of the loader (article-route.ts).
            orNotFound(
              Promise.all([ensure(articleQuery(params.slug ?? '')), articleRoute()]).then(
                ([article, route]) => route.articleMeta(article),
              ),
            ),
        },
        {
          path: 'people',
          lazy: lazyPeopleIndexPage,
          errorElement: <RouteError what="the people index" />,
          loader: ({ request }: LoaderFunctionArgs): Promise<MetaData> => {
            const params = searchParamsOf(request);
            const filter = readPeopleFilter(params);
            const filtering = isFiltering(filter);
            // Filter results start loading with the manifest but never hold up the page: typing must not wait
            // for a navigation per keystroke (the page keeps the previous results until the new ones arrive).
            if (filtering) void queryClient.prefetchQuery(peopleFilterQuery(filter, readPage(params)));
            return orNotFound(
              Promise.all([
                ensure(manifestQuery()),
                peopleRoute(),
                filtering || ensure(peopleIndexQuery(readPage(params))),
              ]).then(([manifest, route]) => route.peopleMeta(manifest, filter, readPage(params))),
            );
          },
        },
        {
          path: 'people/:slug',
          lazy: lazyPersonPage,
          errorElement: <RouteError what="this person" />,
          loader: ({ params, request }: LoaderFunctionArgs): Promise<MetaData> => {
            const slug = params.slug ?? '';
            const search = searchParamsOf(request);
            // The person's file (and a newest-first page, which needs nothing else) comes beside the page's code,
            // which brings the rest of the loader (person-route.ts).
            return orNotFound(
              Promise.all([
                ensure(personQuery(slug)),
                personRoute(),
                search.get('order') === 'oldest' || ensure(personArticlesQuery(slug, readPage(search))),
              ]).then(([person, route]) => route.loadPersonPage(queryClient, person, search)),
            );
          },
        },
        // No loader: the host answers unknown paths with 404.html (this page, prerendered) and its own 404 status.
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
