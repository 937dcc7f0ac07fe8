import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useMatches } from 'react-router-dom';
import { routePaths } from '../common/paths.ts';
import { metaOf, siteName } from './route-meta.ts';

// A new page (new path, or another page of a list) moves focus to <main>, so screen readers and keyboard users
// start at the new content. A form control that changed the URL (search box, filters) keeps its focus.
const pageKey = (pathname: string, search: string) =>
  `${pathname}|${new URLSearchParams(search).get('page') ?? ''}`;
const isFormControl = (element: Element | null) =>
  element instanceof HTMLInputElement ||
  element instanceof HTMLSelectElement ||
  element instanceof HTMLTextAreaElement;

// The header is in every prerendered page: no data-discover (framework-mode route discovery, unused here) and no
// "active" class (aria-current="page" marks and styles the current page), ~80 bytes × 100,000 pages.
const noClass = () => undefined;

export function RootLayout() {
  const matches = useMatches();
  const meta = metaOf(matches);
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const key = pageKey(location.pathname, location.search);
  const previousKey = useRef(key);

  useEffect(() => {
    if (previousKey.current === key) return;
    previousKey.current = key;
    if (isFormControl(document.activeElement)) return;
    // A link to a place in the page (a person's next page of articles) focuses that place; the router scrolls to it.
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    (target ?? mainRef.current)?.focus({ preventScroll: true });
    // Only a new page moves the focus, so the hash is read when the key changes, not followed by itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Within a page, a link can take itself away (a home facet turns the list into search results): the focus would
  // fall to <body> and a screen reader would lose its place, so it goes to <main>.
  const search = location.search;
  const previousSearch = useRef(search);
  useEffect(() => {
    if (previousSearch.current === search) return;
    previousSearch.current = search;
    if (document.activeElement === document.body) mainRef.current?.focus({ preventScroll: true });
  }, [search]);

  return (
    <>
      {meta && (
        <>
          <title>{meta.title}</title>
          <meta name="description" content={meta.description} />
        </>
      )}
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link className="site-name" to={routePaths.home()} discover="none">
            {siteName}
          </Link>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <NavLink to={routePaths.home()} end discover="none" className={noClass}>
                  Articles
                </NavLink>
              </li>
              <li>
                <NavLink to={routePaths.people()} end discover="none" className={noClass}>
                  People
                </NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef}>
        {/* Loaders fill the cache before a page renders; this only shows if a query was evicted meanwhile. */}
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        {/* One string, so the HTML has one text node (no <!-- --> between the name and the sentence). */}
        <p>{`${siteName} — a reader for news wire archives. People, roles and places are extracted automatically and may contain mistakes.`}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
