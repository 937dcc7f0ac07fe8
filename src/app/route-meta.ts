// Every route loader returns { meta } so the layout can render the page's <title> and description.
import type { UIMatch } from 'react-router-dom';

export interface RouteMeta {
  title: string;
  description: string;
}

export interface MetaData {
  meta: RouteMeta;
}

export const siteName = 'Readout';

export const pageTitle = (title: string) => (title === siteName ? siteName : `${title} — ${siteName}`);

// A string or a number has no `meta` either, so optional chaining is all the check needs.
const hasMeta = (data: unknown): data is MetaData =>
  typeof (data as Partial<MetaData> | null | undefined)?.meta?.title === 'string';

/** The deepest match's meta; none while an error element is shown (it renders its own title). */
export function metaOf(matches: UIMatch[]): RouteMeta | null {
  const last = matches.at(-1);
  return last && hasMeta(last.loaderData) ? last.loaderData.meta : null;
}
