// Test-only harness: the search UI in a memory router over a site built in memory from the test dataset.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider, useLocation, useSearchParams } from 'react-router-dom';
import { setJsonSource } from '../../common/fetch-json.ts';
import { buildSiteData } from '../../site/build-site-data.ts';
import { testDataset } from '../../site/test-dataset.ts';
import { SearchBox } from './search-box.tsx';
import { hasSearch, readSearchParams } from './search-params.ts';
import { SearchResults } from './search-results.tsx';

// The search code and index files load on the first search: in a busy test run that can take longer than the
// default 1 s wait (as in tests/fixtures/site/render-app.tsx).
configure({ asyncUtilTimeout: 10_000 });

function Home() {
  const [searchParams] = useSearchParams();
  const params = readSearchParams(searchParams);
  // As the home page has it: the count's live region, in the page before any search.
  const [countRegion, setCountRegion] = useState<Element | null>(null);
  const [facetsRegion, setFacetsRegion] = useState<Element | null>(null);
  return (
    <main>
      <h1>Readout</h1>
      <SearchBox />
      <p role="status" className="search-count" ref={setCountRegion} />
      {hasSearch(params) ? (
        <SearchResults params={params} countRegion={countRegion} facetsRegion={facetsRegion} />
      ) : (
        <p>Newest articles</p>
      )}
      {/* The home page's facet column, where the results put their facets. */}
      <div ref={setFacetsRegion} />
    </main>
  );
}

function Where() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

export function renderSearch(url = '/', dataset = testDataset(), site?: Parameters<typeof buildSiteData>[1]) {
  const files = buildSiteData(dataset, site);
  const requested: string[] = [];
  /** The URL's search string when each file was requested (same order as `requested`). */
  const requestedAt: string[] = [];
  const restore = setJsonSource(async (path) => {
    requested.push(path);
    requestedAt.push(router.state.location.search);
    const text = files.get(path);
    if (text === undefined) throw new Error(`missing ${path}`);
    return JSON.parse(text);
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <>
            <Home />
            <Where />
          </>
        ),
      },
      { path: '/articles/:slug', element: <Where /> },
    ],
    { initialEntries: [url] },
  );
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, requested, requestedAt, restore };
}
