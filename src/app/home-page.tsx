import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useSearchParams } from 'react-router-dom';
import { routePaths } from '../common/paths.ts';
import { useManifest } from '../common/manifest-query.ts';
import { readPage } from '../components/ui/pagination.tsx';
import { LatestArticles } from '../features/articles/latest-articles.tsx';
import { FacetList } from '../features/search/facet-list.tsx';
import { SearchBox } from '../features/search/search-box.tsx';
import { readSearchParams, searchString, type SearchParamsState } from '../features/search/search-params.ts';
import { searchViewQueryOptions } from '../features/search/search-queries.ts';
import { isSearchMode } from './search-mode.ts';
import { counted } from '../components/ui/counted.ts';
import { Link } from '../components/ui/link.tsx';

// Results (with their highlighter and tokenizer) load only once a search starts or the search box gets focus:
// the plain list never needs them. Not React.lazy: a lazy component suspends on its first render even when its
// code is already here, and React then holds the revealed results back for up to 300 ms.
function LazySearchResults({
  params,
  countRegion,
  facetsRegion,
}: {
  params: SearchParamsState;
  countRegion: Element | null;
  facetsRegion: Element | null;
}) {
  const view = useQuery(searchViewQueryOptions());
  if (view.data)
    return <view.data.SearchResults params={params} countRegion={countRegion} facetsRegion={facetsRegion} />;
  if (view.isError)
    return (
      <div role="alert" className="load-error">
        <p>The search could not be loaded. {view.error.message}</p>
        <button type="button" onClick={() => void view.refetch()}>
          Try again
        </button>
      </div>
    );
  // Said in the page's live region, there from the start: a region inserted with its text is not always announced.
  return countRegion && createPortal(<span className="search-status">Searching…</span>, countRegion);
}

const MorePeople = lazy(async () => ({ default: (await import('./more-people.tsx')).MorePeople }));

/**
 * "All N people" under the person facet, which lists only the people in the most articles: opened, it finds
 * anyone (MorePeople, loaded then). Without JavaScript it holds a link to the people index.
 */
function AllPeople({ count }: { count: number }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="facet-more" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{`All ${counted(count, 'person', 'people')}`}</summary>
      {/* The picker's status region (MorePeople's statusId), in the page, empty, before the picker writes "Loading…"
        or a count into it: a live region inserted with its text is not always announced. */}
      <p role="status" id="more-people-status" className="facet-list-note" />
      {open ? (
        <Suspense>
          {/* On the home page's list, so the person is the only filter. */}
          <MorePeople linkTo={(person) => `${routePaths.home()}${searchString({ person })}`} />
        </Suspense>
      ) : (
        <p>
          <Link to={routePaths.people()}>Browse everyone</Link>
        </p>
      )}
    </details>
  );
}

/** `/`: the search box, then either search results (a query or filter in the URL) or the newest-first list. */
export function HomePage() {
  const [params] = useSearchParams();
  const manifest = useManifest();
  const searching = isSearchMode(params);
  const { facets } = manifest;
  const [countRegion, setCountRegion] = useState<Element | null>(null);
  const [facetsRegion, setFacetsRegion] = useState<Element | null>(null);
  return (
    <div className="home">
      <div className="page-header">
        <h1>Articles</h1>
        <p className="muted">
          {counted(manifest.articleCount, 'wire article', 'wire articles')} naming{' '}
          {counted(manifest.personCount, 'person', 'people')}
          {/* Search results are ranked by relevance, not by date. */}
          {searching ? '.' : ', newest first.'}
        </p>
      </div>
      <SearchBox />
      {/* Without JavaScript the prerendered page cannot search or filter: say so instead of ignoring the URL. */}
      <noscript>
        <p className="notice">
          Searching and narrowing the list need JavaScript, which is off in this browser. The articles below
          are the newest, and every link works.
        </p>
      </noscript>
      {/* One grid for the list and a search, so the facet column stands in the same place on both (a search's own
          grid put it 130 px lower and 80 px to the left). */}
      <div className="home-columns">
        <div className="home-main">
          {/* "Searching…" and then the search's count are written into this live region, which is in the page,
              empty, before the first search: some screen readers do not announce a region inserted with its text
              already in it. */}
          <p role="status" className="search-count" ref={setCountRegion} />
          {searching ? (
            <LazySearchResults
              params={readSearchParams(params)}
              countRegion={countRegion}
              facetsRegion={facetsRegion}
            />
          ) : (
            <>
              {/* On a phone the facets come after the whole list: this link leads there (on a wide screen, where
                  they are beside it, it shows only with the focus: a keyboard's way past twenty rows of links). */}
              <p className="facets-jump">
                <a href="#narrow">
                  Narrow by person, country or year<span aria-hidden="true"> ↓</span>
                </a>
              </p>
              <LatestArticles page={readPage(params)} />
            </>
          )}
        </div>
        {searching ? (
          // The search results' facets, put here by them (a portal) once there are results.
          <div className="facets" ref={setFacetsRegion} />
        ) : (
          <aside className="facets" id="narrow" aria-label="Narrow the list">
            <FacetList name="person" label="People" facets={facets.people} selected={null}>
              {manifest.personCount > facets.people.length && <AllPeople count={manifest.personCount} />}
            </FacetList>
            <FacetList name="country" label="Countries" facets={facets.countries} selected={null} />
            <FacetList name="year" label="Years" facets={facets.years} selected={null} />
          </aside>
        )}
      </div>
    </div>
  );
}
