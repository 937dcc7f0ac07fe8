// Everyone in the archive as a value of the home page's person facet: the facet lists only the people in the most
// articles (15 of 22,909 in a realistic archive). Loaded when the reader opens "All N people", not with the page.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { counted } from '../components/ui/counted.ts';
import { peopleFilterQuery, peopleIndexQuery } from '../features/people/people-queries.ts';
import { StepPager } from '../components/ui/step-pager.tsx';
import { Link } from '../components/ui/link.tsx';

/** The id of the home page's status region for the picker. */
const statusId = 'more-people-status';

/**
 * A name box over the people index (the /people filter's own index files, so a keystroke reads a few KB), and
 * the people it finds, most articles first, a page at a time; each is a link that narrows the list to them.
 * What is typed here is a picker's draft, not the page's state: the URL changes once a person is chosen. Its
 * status ("Loading…", the count) is written into the page's live region `statusId`, there and empty from before
 * this code loads (see the home page).
 */
export function MorePeople({ linkTo }: { linkTo: (slug: string) => string }) {
  const [statusRegion] = useState(() => document.getElementById(statusId));
  const [draft, setDraft] = useState('');
  const [page, setPage] = useState(1);
  const id = useId();
  const name = draft.replace(/\s+/g, ' ').trim();
  const named = useQuery({
    ...peopleFilterQuery({ name, country: '' }, page),
    enabled: name !== '',
    placeholderData: keepPreviousData,
  });
  const everyone = useQuery({
    ...peopleIndexQuery(page),
    enabled: name === '',
    placeholderData: keepPreviousData,
  });
  const result = name ? named : everyone;
  const data = result.data;
  const ignored = name && named.data ? named.data.ignored.length > 0 : false;
  const status = result.isError
    ? `The people could not be loaded. ${result.error.message}`
    : !data
      ? 'Loading…'
      : ignored && data.total === 0
        ? 'Type at least two letters of a name (or one Chinese character).'
        : name
          ? `${counted(data.total, 'person matches', 'people match')}${ignored ? ' (single letters are left out beside names this common)' : ''}.`
          : 'Everyone, most articles first.';
  return (
    <div className="more-people">
      <label htmlFor={id}>Find a person</label>
      <input
        id={id}
        type="search"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setPage(1);
        }}
        autoComplete="off"
        spellCheck={false}
      />
      {statusRegion && createPortal(status, statusRegion)}
      {result.isError && (
        <button type="button" onClick={() => void result.refetch()}>
          Try again
        </button>
      )}
      {data && data.people.length > 0 && (
        <ul aria-label="People" className="more-people-list">
          {data.people.map((person) => (
            <li key={person.slug}>
              <Link className="facet" to={linkTo(person.slug)}>
                {`${person.name} (${person.articleCount.toLocaleString('en')})`}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {data && <StepPager page={page} pageCount={data.pageCount} onPage={setPage} />}
    </div>
  );
}
