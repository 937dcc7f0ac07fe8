import { QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { createQueryClient } from './app/query-client.ts';
import { createRoutes } from './app/routes.tsx';
import { onNewBuild } from './common/fetch-json.ts';
import { STATE_SCRIPT_ID } from './common/html-document.ts';

type Router = ReturnType<typeof createBrowserRouter>;

// Resolves once the initial loaders ran, so the first client render matches the prerendered HTML.
function whenInitialized(router: Router): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) {
        unsubscribe();
        resolve();
      }
    });
  });
}

// `<html data-ready>` is set by the routed page itself once it is live (src/app/page-ready.tsx), not here: the
// page hydrates after this root, inside the layout's Suspense boundary.

// Lets the browser breathe between start-up steps: evaluating the app's modules, setting up the router and
// hydrating would otherwise run as one long task, which is what Lighthouse's total blocking time counts.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Boots the app over the prerendered page (or into an empty one). Loaded by main.tsx after the first paint. */
export async function startClient(): Promise<void> {
  await nextTask();
  const queryClient = createQueryClient();
  // The prerender ships the query cache it rendered from (as JSON, not a script), so loaders find it warm.
  const stateText = document.getElementById(STATE_SCRIPT_ID)?.textContent;
  // Its queries all succeeded and never go stale, so setting their data is all react-query's hydrate() would do
  // here; hydrate() also handles mutations and streamed promises, ~0.5 kB gz of the home page's bundle for nothing.
  if (stateText)
    for (const { queryKey, state } of (JSON.parse(stateText) as DehydratedState).queries)
      queryClient.setQueryData(queryKey, state.data);

  // The router calls every page opened afresh (an address typed, a bookmark, a link from elsewhere) history entry
  // "default", in every document of the tab, so the scroll position (and link followed) saved for the last such
  // page was restored on this one: a person's page opened 3,000 px down, past its #articles. A key of its own, which
  // a reload keeps.
  const { history } = window;
  if (!history.state?.key) history.replaceState({ ...history.state, key: `${Math.random()}` }, '');
  const router = createBrowserRouter(createRoutes(queryClient), { basename: import.meta.env.BASE_URL });
  // After a redeploy, the page the reader was going to (or is on), loaded afresh from the new build; a moment later,
  // since the search box writes what is typed into the URL 150 ms after the last keystroke. A reload rather than a
  // visit, so that a copy of the page in the HTTP cache (GitHub Pages lets pages be cached for 10 minutes) is
  // revalidated.
  onNewBuild(() =>
    setTimeout(() => {
      const { navigation, location } = router.state;
      const href = router.createHref(navigation.location ?? location);
      const { pathname, search, hash } = window.location;
      if (href !== pathname + search + hash) window.history.pushState(null, '', href);
      window.location.reload();
    }, 300),
  );
  await whenInitialized(router);
  await nextTask();

  // Every page the build writes has it (src/common/html-document.ts); a check of its own cost bytes every page loads.
  const container = document.getElementById('root') as HTMLElement;
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );
  // Hydrate only HTML prerendered for this very URL. A static host answers `/?q=…`, `/?page=2` or `?hl=…` with
  // the page prerendered without the query, which would not match: render those afresh (React replaces the
  // prerendered markup on commit, so nothing flashes empty). Whitespace or a comment is not prerendered content.
  // The page is already on screen, so hydration runs as a transition: React works in slices of a few
  // milliseconds and yields to input in between, instead of one long task (Lighthouse's total blocking time).
  if (container.firstElementChild && !window.location.search)
    startTransition(() => {
      hydrateRoot(container, app);
    });
  else createRoot(container).render(app);
}
