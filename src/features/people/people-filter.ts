// The people index is paged files; the name/country filter reads a bounded number of them so the page's cost
// does not grow with the archive. Beyond that bound the page says so and points to the full-text search.
import type { PeopleIndexEntry } from '../../common/site-data';

/** How many people-index pages a filter may read (at the default page size, the first few thousand people). */
export const maxFilterPages = 20;

export interface PeopleFilter {
  name: string;
  country: string;
}

export function readPeopleFilter(params: URLSearchParams): PeopleFilter {
  return { name: (params.get('name') ?? '').trim(), country: (params.get('country') ?? '').trim() };
}

export const isFiltering = (filter: PeopleFilter) => filter.name !== '' || filter.country !== '';

/** The 1-based index pages a filter reads. */
export function filterPages(pageCount: number): number[] {
  return Array.from({ length: Math.min(pageCount, maxFilterPages) }, (_, index) => index + 1);
}

// Case- and accent-insensitive, so "jose" finds "José".
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function matchesPeopleFilter(entry: PeopleIndexEntry, filter: PeopleFilter): boolean {
  if (filter.country && !entry.countries.includes(filter.country)) return false;
  if (filter.name) {
    const wanted = fold(filter.name).split(/\s+/).filter(Boolean);
    const name = fold(entry.name);
    if (!wanted.every((word) => name.includes(word))) return false;
  }
  return true;
}
