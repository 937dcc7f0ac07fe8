import { Suspense, useEffect, useRef } from 'react';
import {
  Outlet,
  ScrollRestoration,
  useLocation,
  useMatches,
  useNavigation,
  useNavigationType,
} from 'react-router-dom';
import { routePaths } from '../common/paths.ts';
import { PageReady } from './page-ready.tsx';
import { metaOf, siteName } from './route-meta.ts';
import { Link } from '../components/ui/link.tsx';

// A new page (new path, or another page of a list) moves focus to <main>, so screen readers and keyboard users
// start at the new content. A form control that changed the URL (search box, filters) keeps its focus.
const pageKey = (pathname: string, search: string) =>
  `${pathname}|${new URLSearchParams(search).get('page') ?? ''}`;
const isFormControl = (element: Element | null) => element?.matches('input,select,textarea');

// Back (or Forward) to a page puts the focus back on the link the reader followed from it, as a browser does
// between real pages, so a keyboard or screen-reader user goes on from there, not from the top. Per history entry
// (the router keeps its key in history.state): the link's href and its place among the links with that href (a
// person is linked from many rows). In sessionStorage, so a reload on the way does not forget it.
interface Followed {
  href: string;
  nth: number;
  /** A link in a <details> ("All N people"): its toggle's place among main's, for Back finds the box closed. */
  toggle?: number;
}
const followedItem = (key: string) => `readout-followed:${key}`;
function remember(key: string, followed: Followed) {
  try {
    sessionStorage.setItem(followedItem(key), JSON.stringify(followed));
  } catch {
    // Storage off or full: Back then focuses <main>, as a new page does.
  }
}
function recall(key: string): Followed | undefined {
  try {
    return JSON.parse(sessionStorage.getItem(followedItem(key)) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}
// A page opened at its folder's address (`/people/wang-yi/`, as a static host serves it) keeps its prerendered relative
// links (`/people/wang-yi?order=oldest`) until React writes them again, with the slash: one link either way.
const hrefOf = (link: Element) => link.getAttribute('href')?.replace(/(.)\/(?=[?#]|$)/, '$1');
const linksTo = (root: HTMLElement, href: string) =>
  Array.from(root.querySelectorAll('a')).filter((link) => hrefOf(link) === href);
// The link followed, or, when it was in a box that comes back closed, the box's toggle: the reader reopens it there.
function followedIn(main: HTMLElement, followed: Followed): HTMLElement | undefined {
  const toggle =
    followed.toggle === undefined ? undefined : main.querySelectorAll('summary')[followed.toggle];
  if (toggle && !toggle.parentElement?.hasAttribute('open')) return toggle;
  return linksTo(main, followed.href)[followed.nth];
}

// The header's links mark the page the reader is on (aria-current, which also styles it) as React Router's NavLink
// does, without its "active" class (~80 bytes × 100,000 prerendered pages): the section at `to` and, unless `end`,
// every page under it (`to` is a route path: lower case, no trailing slash but the home's).
const inSection = (pathname: string, to: string, end: boolean) => {
  const path = pathname.toLowerCase();
  return path === to || (!end && path.startsWith(`${to}/`));
};

export function RootLayout() {
  const matches = useMatches();
  const meta = metaOf(matches);
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const key = pageKey(location.pathname, location.search);
  const previousKey = useRef(key);
  const navigationType = useNavigationType();
  const entryKey = useRef(location.key);
  // The link followed from this history entry, on Back or Forward to it (see remember).
  const followedLink = () => {
    const followed = navigationType === 'POP' ? recall(location.key) : undefined;
    return followed && mainRef.current ? followedIn(mainRef.current, followed) : undefined;
  };
  // A control can take itself away (a home facet turns the list into search results, "Try again" turns the error
  // into the page): the focus would fall to <body> and a screen reader would lose its place, so it goes to <main>.
  // Back within a page (a home facet's results back to the list) puts it on the link followed, as between pages.
  // A new page then moves it on (below).
  useEffect(() => {
    if (entryKey.current === location.key) return;
    entryKey.current = location.key;
    const back = isFormControl(document.activeElement) ? undefined : followedLink();
    if (back) back.focus({ preventScroll: true });
    else if (document.activeElement === document.body) mainRef.current?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);

  // A click (Enter on a link is one too) records the link, before the page it leaves is unmounted.
  useEffect(() => {
    const main = mainRef.current;
    if (!main) return;
    // Back to an entry of an earlier document (the next page was reloaded, or left the site) loads this page
    // afresh: the link followed is recalled here, once, since the router sees only a first load.
    const loaded = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    const followed = loaded?.type === 'back_forward' ? recall(entryKey.current) : undefined;
    const found = followed && followedIn(main, followed);
    if (found) found.focus({ preventScroll: true });
    // Search results render after the page, once the search code and index are in: their link is focused when it
    // appears, unless the reader has moved on (focused something, typed, clicked, or left this entry).
    const firstKey = entryKey.current;
    const waiting =
      followed && !found
        ? new MutationObserver(() => {
            const settled =
              entryKey.current !== firstKey ||
              ![document.body, main].includes(document.activeElement as HTMLElement);
            const link = settled ? undefined : followedIn(main, followed);
            if (settled || link) waiting?.disconnect();
            if (!link) return;
            link.focus({ preventScroll: true });
            // The browser restored the scroll before the rows were there: bring the link into view if it is not.
            const { top, bottom } = link.getBoundingClientRect();
            if (top < 0 || bottom > window.innerHeight) link.scrollIntoView({ block: 'center' });
          })
        : undefined;
    waiting?.observe(main, { childList: true, subtree: true });
    const stopWaiting = () => waiting?.disconnect();
    const stopTimer = waiting && setTimeout(stopWaiting, 15_000);
    for (const type of ['keydown', 'pointerdown'] as const)
      document.addEventListener(type, stopWaiting, { once: true });
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      const href = link && hrefOf(link);
      if (!link || !href || href.startsWith('#')) return;
      const toggle = link.closest('details')?.querySelector('summary');
      remember(entryKey.current, {
        href,
        nth: linksTo(main, href).indexOf(link),
        toggle: toggle ? Array.from(main.querySelectorAll('summary')).indexOf(toggle) : undefined,
      });
    };
    main.addEventListener('click', onClick, true);
    return () => {
      main.removeEventListener('click', onClick, true);
      stopWaiting();
      clearTimeout(stopTimer);
    };
  }, []);

  useEffect(() => {
    if (previousKey.current === key) return;
    previousKey.current = key;
    if (isFormControl(document.activeElement)) return;
    const back = followedLink();
    // A link to a place in the page (a person's next page of articles) focuses that place; the router scrolls to it.
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    (back ?? target ?? mainRef.current)?.focus({ preventScroll: true });
    // Only a new page moves the focus, so the hash is read when the key changes, not followed by itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // While the next page's data is on its way the current page stays on screen; on a slow connection a bar at the
  // top (shown after a moment, by the stylesheet, so quick pages never flash it) says the click was heard.
  const loading = useNavigation().state !== 'idle';

  return (
    <>
      {loading && <div className="page-loading" aria-hidden="true" />}
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
          <Link className="site-name" to={routePaths.home()}>
            {siteName}
          </Link>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <Link
                  to={routePaths.home()}
                  aria-current={inSection(location.pathname, routePaths.home(), true) ? 'page' : undefined}
                >
                  Articles
                </Link>
              </li>
              <li>
                {/* Not `end`: a static host serves the people index as /people/ (its folder), which `end` does not
                    match; so the link marks the whole people section, a person's page too. */}
                <Link
                  to={routePaths.people()}
                  aria-current={inSection(location.pathname, routePaths.people(), false) ? 'page' : undefined}
                >
                  People
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef} aria-busy={loading || undefined}>
        {/* Loaders fill the cache before a page renders; this only shows if a query was evicted meanwhile. */}
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Outlet />
          {/* Hydrated with the page, after the layout: the page is live only once this commits. */}
          <PageReady />
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
