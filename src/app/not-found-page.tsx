import { routePaths } from '../common/paths.ts';
import { pageTitle } from './route-meta.ts';
import { Link } from '../components/ui/link.tsx';

/** The reader's own not-found page: unknown paths and unknown article or person slugs. */
export function NotFoundPage() {
  return (
    <section className="message-page">
      <title>{pageTitle('Page not found')}</title>
      <meta name="description" content="There is no page at this address." />
      <h1>Page not found</h1>
      <p>
        There is no article, person or page at this address. It may have been mistyped, or the archive
        changed.
      </p>
      <p>
        <Link to={routePaths.home()}>Go to the newest articles</Link> or{' '}
        <Link to={routePaths.people()}>browse people</Link>.
      </p>
    </section>
  );
}
