import { useEffect, useRef } from 'react';
import { routePaths } from '../../common/paths.ts';
import { Link } from '../../components/ui/link.tsx';

export interface ActiveFilter {
  label: string;
  /** The search string without this filter. */
  without: string;
}

export interface ActiveFiltersProps {
  filters: readonly ActiveFilter[];
  /** The element that takes the focus when the last filter is removed (it has tabIndex -1). */
  fallbackId: string;
}

/**
 * The filters in force, each a link that removes it: beside the count, where a phone reader sees them (the facets
 * come after the results there). A removed filter's link goes away, so the focus moves to the next one (or to
 * `fallbackId`) rather than to the page's top; it moves only after a click here.
 */
export function ActiveFilters({ filters, fallbackId }: ActiveFiltersProps) {
  const list = useRef<HTMLUListElement>(null);
  const removedAt = useRef<number | null>(null);
  const shown = filters.map((f) => f.label).join('\n');
  useEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const links = list.current?.querySelectorAll('a') ?? [];
    (links[Math.min(at, links.length - 1)] ?? document.getElementById(fallbackId))?.focus();
  }, [shown, fallbackId]);
  if (!filters.length) return null;
  return (
    <ul className="search-filters" aria-label="Filters" ref={list}>
      {filters.map((f, i) => (
        <li key={f.label}>
          <Link
            to={{ pathname: routePaths.home(), search: f.without }}
            className="facet facet-selected"
            onClick={() => {
              removedAt.current = i;
            }}
          >
            <span aria-hidden="true">✕ </span>
            {f.label} <span className="visually-hidden">— remove filter</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
