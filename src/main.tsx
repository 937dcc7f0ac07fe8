import { hydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import './app/styles.css';

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

async function start() {
  const queryClient = createQueryClient();
  // The prerender ships the query cache it rendered from (as JSON, not a script), so loaders find it warm.
  const stateText = document.getElementById('readout-state')?.textContent;
  if (stateText) hydrate(queryClient, JSON.parse(stateText) as DehydratedState);

  const router = createBrowserRouter(createRoutes(queryClient), { basename: import.meta.env.BASE_URL });
  await whenInitialized(router);

  const container = document.getElementById('root');
  if (!container) throw new Error('Readout: the page has no #root element.');
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
  if (container.firstElementChild && !window.location.search) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

void start();
