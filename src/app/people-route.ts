// The people index's code and the part of its loader that can wait for it (the page's meta): a chunk of its own,
// so the home page's bundle (at its budget) carries only the loader's first steps (routes.tsx).
import { counted } from '../components/ui/counted.ts';
import type { Manifest } from '../common/site-data.ts';
import type { PeopleFilter } from '../features/people/people-filter-params.ts';
import { pageTitle, type MetaData } from './route-meta.ts';

export { PeopleIndexPage } from '../features/people/people-index-page.tsx';

/** A filtered or later page has a title of its own (browser history, tabs and bookmarks tell them apart). */
export function peopleMeta(manifest: Manifest, filter: PeopleFilter, page: number): MetaData {
  const about = [filter.name.trim(), filter.country].filter(Boolean).join(', ');
  return {
    meta: {
      title: pageTitle(`People${about ? `: ${about}` : ''}${page > 1 ? `, page ${page}` : ''}`),
      description: `${manifest.personCount === 1 ? 'The person' : `The ${counted(manifest.personCount, 'person', 'people')}`} named in ${counted(manifest.articleCount, 'news wire article', 'news wire articles')}, with their countries and article counts.`,
    },
  };
}
