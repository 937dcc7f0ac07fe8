// The person page's code and the part of its loader that can wait for it: a chunk of its own, so the home page's
// bundle (at its budget) carries only the loader's first steps (routes.tsx).
import type { QueryClient } from '@tanstack/react-query';
import { counted } from '../components/ui/counted.ts';
import { readPage } from '../components/ui/pagination.tsx';
import type { PersonDetail } from '../common/site-data.ts';
import {
  personOldestArticlesQuery,
  readPersonArticlesOrder,
} from '../features/people/person-articles-order.ts';
import { pageTitle, type MetaData } from './route-meta.ts';
import { summarize } from './summarize.ts';

export { PersonPage } from '../features/people/person-page.tsx';

/**
 * Fills the cache with the page of articles the URL asks for (newest first, or oldest first from
 * the files that hold it: nothing fetched that is not shown), and names the page: the order and the page number
 * are in the title, so a bookmark or a tab says which list it is.
 */
export async function loadPersonPage(
  client: QueryClient,
  person: PersonDetail,
  params: URLSearchParams,
): Promise<MetaData> {
  const page = readPage(params);
  const oldest = readPersonArticlesOrder(params) === 'oldest';
  // A newest-first page is already here (routes.tsx fetched it beside the person's file).
  if (oldest) await client.ensureQueryData(personOldestArticlesQuery(person, page));
  const roles = person.roles.map((span) => span.role);
  const about = [person.countries.join(', '), roles.slice(0, 3).join('; ')].filter(Boolean).join(' — ');
  const list = [oldest && 'oldest first', page > 1 && `page ${page}`].filter(Boolean).join(', ');
  return {
    meta: {
      title: pageTitle(list ? `${person.name}, articles ${list}` : person.name),
      description: summarize(
        `${person.name}${about ? ` (${about})` : ''}: ${counted(person.articleCount, 'article', 'articles')} in the archive.`,
      ),
    },
  };
}
