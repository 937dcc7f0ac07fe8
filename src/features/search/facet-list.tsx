import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { routePaths } from '../../common/paths.ts';
import type { FacetCount } from '../../common/site-data.ts';
import { readSearchParams, searchString, withoutFilter, type FacetName } from './search-params.ts';
import { Link } from '../../components/ui/link.tsx';

export interface FacetListProps {
  name: FacetName;
  label: string;
  /** `atLeast` marks a count that is a lower bound (shown as "at least n"). */
  facets: (FacetCount & { atLeast?: boolean })[];
  /** The value currently in the URL for this facet, if any. */
  selected: string | null;
  /** Label for the selected value when it is not among `facets` (e.g. a person's name). */
  selectedLabel?: string;
  /** A second selected value, kept in the `with` parameter (the people facet of `?person=a&with=b`). */
  also?: string | null;
  alsoLabel?: string;
  /** The parameter a value chosen sets, when not the facet's own: `with` adds a second person to the first. */
  sets?: 'with';
  /** Shown with its heading and note even without values (the note then says why). */
  shownEmpty?: boolean;
  headingLevel?: 2 | 3;
  /** Says what the counts cover when they are not exact over every match. */
  note?: string;
  /** After the values: a way to the values not listed (the home page's "All 22,909 people"). */
  children?: ReactNode;
}

/** Values of one facet with counts; each is a link that toggles the facet's URL parameter (page back to 1). */
export function FacetList({
  name,
  label,
  facets,
  selected,
  selectedLabel,
  also,
  alsoLabel,
  sets,
  shownEmpty,
  headingLevel = 2,
  note,
  children,
}: FacetListProps) {
  const [searchParams] = useSearchParams();
  const id = useId();
  const state = readSearchParams(searchParams);
  // Selected values the counts leave out are listed first, so each can be seen and removed.
  const items: (Omit<FacetCount, 'count'> & { count: number | null; atLeast?: boolean })[] = [
    ...[
      [selected, selectedLabel],
      [also, alsoLabel],
    ].flatMap(([value, label]) =>
      value && !facets.some((f) => f.value === value) ? [{ value, label: label ?? value, count: null }] : [],
    ),
    ...facets,
  ];
  if (!items.length && !shownEmpty) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="facet-list" aria-labelledby={id}>
      <Heading id={id} className="facet-list-title">
        {label}
      </Heading>
      {note && <p className="facet-list-note">{note}</p>}
      <ul>
        {items.map((facet) => {
          const isSelected = facet.value === selected || facet.value === also;
          const lastWord = facet.label.lastIndexOf(' ') + 1;
          // Of two people, another one replaces the second (the first is whose articles are being read) and
          // removing the second clears `with`; removing the first leaves the second as the filter.
          const key = sets ?? (also && facet.value !== selected ? 'with' : name);
          // Another person chosen opens the articles naming them (`took=part` would be counted over other lists).
          const search = searchString(
            isSelected
              ? withoutFilter(state, key)
              : {
                  ...state,
                  [key]: facet.value,
                  page: 1,
                  ...(name === 'person' && !sets && { tookPart: false }),
                },
          );
          return (
            <li key={facet.value}>
              <Link
                to={{ pathname: routePaths.home(), search }}
                aria-current={isSelected ? 'true' : undefined}
                className={isSelected ? 'facet facet-selected' : 'facet'}
              >
                {isSelected && <span aria-hidden="true">✕ </span>}
                {/* The last word and the count wrap as one: in a narrow column a long name breaks before its last
                  word, never leaving "(12)" on a line of its own. */}
                {facet.label.slice(0, lastWord)}
                <span className="facet-tail">
                  {facet.label.slice(lastWord)}
                  {facet.count !== null &&
                    ` (${facet.atLeast ? 'at least ' : ''}${facet.count.toLocaleString('en')})`}
                </span>
                {/* Said to a screen reader; the eye has the ✕ and the bold, as on the filter chips above the
                  results (written out, "— remove filter" took a line of its own under most names). */}
                {isSelected && (
                  <>
                    {' '}
                    <span className="visually-hidden">— remove filter</span>
                  </>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
      {children}
    </section>
  );
}
