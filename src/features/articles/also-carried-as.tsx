import { Fragment } from 'react';
import { routePaths } from '../../common/paths.ts';
import type { ArticleVersion } from '../../common/site-data.ts';
import { formatDate } from '../../components/ui/format-date.ts';
import { Link } from '../../components/ui/link.tsx';

/**
 * The story's other versions in the archive (the same copy from another site, corrected, or cut): lists and counts
 * show the story once, so a reader who meets one version learns of the others here, each with what tells it apart.
 */
export function AlsoCarriedAs({ versions }: { versions: ArticleVersion[] }) {
  return (
    <p className="also-carried">
      {'Also carried as '}
      {versions.map((version, index) => (
        <Fragment key={version.slug}>
          {index > 0 && '; '}
          <Link to={routePaths.article(version.slug)}>{version.title}</Link>
          {` (${[
            version.source,
            version.date && formatDate(version.date),
            version.listed && 'the version lists show',
          ]
            .filter(Boolean)
            .join(', ')})`}
        </Fragment>
      ))}
    </p>
  );
}
