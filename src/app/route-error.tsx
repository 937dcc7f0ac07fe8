import { useQueryClient } from '@tanstack/react-query';
import {
  isRouteErrorResponse,
  useLocation,
  useNavigate,
  useNavigation,
  useRouteError,
} from 'react-router-dom';
import { isNotFound } from '../common/fetch-json.ts';
import { routePaths } from '../common/paths.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { usePageReady } from './page-ready.tsx';
import { pageTitle } from './route-meta.ts';
import { Link } from '../components/ui/link.tsx';

/**
 * A route's error element. Unknown slugs (a 404 from the loader) get the not-found page; anything else says what
 * failed and offers "Try again", which forgets the failed queries and re-runs the route's loaders.
 */
export function RouteError({ what }: { what: string }) {
  const error = useRouteError();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();

  if ((isRouteErrorResponse(error) && error.status === 404) || isNotFound(error)) return <NotFoundPage />;

  const detail = error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : '';
  // Navigating to the same URL re-runs every loader of the page (a revalidation) and, being a new location,
  // also clears the route's error boundary; useRevalidator alone can leave a fast recovery stuck on this page.
  const retry = () => {
    void queryClient
      .resetQueries({ predicate: (query) => query.state.status === 'error' })
      .then(() => navigate(location, { replace: true }));
  };
  return (
    <section className="message-page" role="alert">
      <title>{pageTitle(`Could not load ${what}`)}</title>
      <h1>Could not load {what}</h1>
      {detail && <p className="error-detail">{detail}</p>}
      <p>The connection may have dropped, or the site is being updated.</p>
      <p className="actions">
        <button type="button" onClick={retry} disabled={navigation.state === 'loading'}>
          Try again
        </button>{' '}
        <Link to={routePaths.home()}>Go to the newest articles</Link>
      </p>
    </section>
  );
}

/** Last resort when the layout itself fails: no header to rely on, so a complete minimal page. */
export function RootError() {
  const error = useRouteError();
  usePageReady();
  const detail = error instanceof Error ? error.message : '';
  return (
    <main id="main" className="message-page">
      <title>{pageTitle('Something went wrong')}</title>
      <h1>Something went wrong</h1>
      {detail && <p className="error-detail">{detail}</p>}
      <p>
        <a href={import.meta.env.BASE_URL ?? '/'}>Reload the reader</a>
      </p>
    </main>
  );
}
