// Search state lives in the URL (?q=…&person=…&with=…&country=…&year=…&month=…&order=…&took=part&page=…), so a
// search can be bookmarked and shared and Back works. One canonical form per state: empty values and page 1 are left
// out.

/** Newest or oldest first; null is the default: by relevance with words, newest first with filters alone. */
export type SearchOrder = 'newest' | 'oldest' | null;

export interface SearchParamsState {
  q: string;
  person: string | null;
  /** A second person the articles must name too (a person page's "N articles together"). */
  with?: string | null;
  country: string | null;
  year: string | null;
  /**
   * A month of the year (YYYY-MM), which it narrows: read, the year is the month's. Where the year is changed or
   * removed the month goes with it (`monthOf`): `?month=2024-10` is October 2024, `?year=2024` after removing it.
   */
  month?: string | null;
  page: number;
  order?: SearchOrder;
  /**
   * Only the articles the person filtered by took part in, not those that merely name them (and, with `with`, where
   * both did): `took=part`. Set only with a person.
   */
  tookPart?: boolean;
}

export type FacetName = 'person' | 'country' | 'year' | 'month';

const text = (sp: URLSearchParams, name: string): string | null => {
  const value = sp.get(name)?.trim();
  return value ? value : null;
};

export function readSearchParams(sp: URLSearchParams): SearchParamsState {
  const page = sp.get('page');
  const month = text(sp, 'month');
  const year = text(sp, 'year');
  // A month (YYYY-MM) is the date searched when there is one, a year (YYYY) otherwise.
  const date = /^\d{4}-(0[1-9]|1[0-2])$/.test(month ?? '') ? month : /^\d{4}$/.test(year ?? '') ? year : null;
  const order = text(sp, 'order');
  const person = text(sp, 'person');
  const other = text(sp, 'with');
  return {
    q: (sp.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    // The second of two people alone (the first one's filter removed) is the person filter, shown and removable;
    // the same person twice is one filter (checked here, once: every view and the engine read this state).
    person: person ?? other,
    with: person && other !== person ? other : null,
    country: text(sp, 'country'),
    year: date && date.slice(0, 4),
    month: date && date.length > 4 ? date : null,
    page: page && /^\d+$/.test(page) && Number(page) >= 1 ? Number(page) : 1,
    order: order && /^(newest|oldest)$/.test(order) ? (order as SearchOrder) : null,
    tookPart: Boolean(person ?? other) && sp.get('took') === 'part',
  };
}

/** The canonical URL parameters for a search state, in a fixed order. */
export function writeSearchParams(state: Partial<SearchParamsState>): URLSearchParams {
  const sp = new URLSearchParams();
  const q = (state.q ?? '').replace(/\s+/g, ' ').trim();
  if (q) sp.set('q', q);
  // The filters and the order, as they are (one loop: the home page's bundle holds this and is at its budget); a
  // month stands for its year.
  const month = monthOf(state);
  for (const name of ['person', 'with', 'country', 'year', 'month', 'order'] as const) {
    const value = name === 'month' ? month : name === 'year' && month ? null : state[name];
    if (value) sp.set(name, value);
  }
  if (state.tookPart && state.person) sp.set('took', 'part');
  if (state.page && state.page > 1) sp.set('page', String(state.page));
  return sp;
}

/** The state's month, when it is of the state's year (a year chosen or removed leaves it behind), else null. */
export const monthOf = (state: Partial<SearchParamsState>): string | null =>
  state.month && state.year && state.month.startsWith(state.year) ? state.month : null;

/** `?…` (or '') for a state, ready for a link's `search`. */
export function searchString(state: Partial<SearchParamsState>): string {
  const value = writeSearchParams(state).toString();
  return value ? `?${value}` : '';
}

/**
 * The search without one of its filters, page 1: what a filter's remove link opens, the active-filters chip's and
 * the facet's alike (one URL for one state). Removing the first of two people leaves the second as the person
 * filter, not a list narrowed by someone no longer named.
 */
export function withoutFilter(state: SearchParamsState, name: FacetName | 'with'): SearchParamsState {
  const rest = { ...state, [name]: null, page: 1 };
  return name === 'person' ? { ...rest, person: state.with ?? null, with: null } : rest;
}

export const hasSearch = (state: SearchParamsState): boolean =>
  Boolean(state.q || state.person || state.with || state.country || state.year);

/** The history state of an entry the typing wrote (not Enter, a link or the address bar): its query may be a word
 * half typed. Not search state: the URL alone says what is searched. */
export const typedEntryState = { typed: true };
export const isTypedEntry = (state: unknown): boolean =>
  (state as { typed?: unknown } | null | undefined)?.typed === true;
