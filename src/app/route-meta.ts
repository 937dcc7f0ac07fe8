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

/** Cuts text for a meta description at a word boundary. */
export function summarize(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

const hasMeta = (data: unknown): data is MetaData =>
  typeof data === 'object' &&
  data !== null &&
  'meta' in data &&
  typeof (data as MetaData).meta?.title === 'string';

/** The deepest match's meta; none while an error element is shown (it renders its own title). */
export function metaOf(matches: UIMatch[]): RouteMeta | null {
  const last = matches[matches.length - 1];
  return last && hasMeta(last.loaderData) ? last.loaderData.meta : null;
}
