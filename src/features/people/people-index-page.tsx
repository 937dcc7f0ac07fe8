import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Fragment, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useNavigationType, useSearchParams } from 'react-router-dom';
import { isNotFound } from '../../common/fetch-json.ts';
import { useManifest } from '../../common/manifest-query.ts';
import { routePaths } from '../../common/paths.ts';
import type { PeopleIndexEntry } from '../../common/site-data.ts';
import { counted } from '../../components/ui/counted.ts';
import { FactSeparator } from '../../components/ui/fact-separator.tsx';
import { PageJump } from '../../components/ui/page-jump.tsx';
import { PageNote, Pagination, readPage, searchForPage } from '../../components/ui/pagination.tsx';
import { isFiltering, readPeopleFilter, type PeopleFilter } from './people-filter-params.ts';
import { peopleFilterQuery, peopleIndexQuery } from './people-queries.ts';
import { Link } from '../../components/ui/link.tsx';

function PeopleList({ people }: { people: PeopleIndexEntry[] }) {
  return (
    <ul className="people-list">
      {people.map((person) => (
        <li key={person.slug}>
          <Link to={routePaths.person(person.slug)}>{person.name}</Link>
          {/* Each " · " follows its fact with no break before it: a phone wraps a row after one, never inside a
              fact ("United / States · 32 articles") nor before a dot ("Russia / · 59 articles"). */}
          <span className="muted">
            <FactSeparator />
            {/* Namesakes ("Wang Yi", "Wang Wenbin") are told apart by what they do, not only by their counts. A role
                moves to a line of its own before it wraps, its dot with it, and wraps only when longer than a line. */}
            {person.role && (
              <>
                <span className="fact">
                  {person.role}
                  <FactSeparator />
                </span>{' '}
              </>
            )}
            {person.countries.length > 0 && (
              <>
                {person.countries.map((country, index) => (
                  <Fragment key={country}>
                    {index > 0 && ', '}
                    <span className="nowrap">{country}</span>
                  </Fragment>
                ))}
                <FactSeparator />
              </>
            )}
            <span className="nowrap">{counted(person.articleCount, 'article', 'articles')}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Everyone, most articles first: the one index page the URL asks for (prerendered for page 1). */
function EveryonePage({ page, params }: { page: number; params: URLSearchParams }) {
  const index = useSuspenseQuery(peopleIndexQuery(page)).data;
  return (
    <section aria-label="Everyone">
      <PeopleList people={index.people} />
      <Pagination page={index.page} pageCount={index.pageCount} params={params} label="People pages">
        <PageJump page={index.page} pageCount={index.pageCount} params={params} />
      </Pagination>
    </section>
  );
}

/** Says what found nothing, so the reader sees what to change: `No people named “zzqq” in China`. */
const noMatch = ({ name, country }: PeopleFilter) =>
  `No people${name.trim() ? ` named “${name.trim()}”` : ''}${country ? ` in ${country}` : ''}`;

const peopleCount = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'person matches' : 'people match'}`;

/** The people matching the URL's name and country, in the index's order, paged (see people-filter.ts). */
function FilteredPeople({
  filter,
  page,
  params,
  statusRegion,
}: {
  filter: PeopleFilter;
  page: number;
  params: URLSearchParams;
  /** The page's live region, there before the first filter (see PeopleIndexPage). */
  statusRegion: Element | null;
}) {
  // Keeps the previous results on screen while the next keystroke's load (typing never suspends the page).
  const { data, isPending, isError, error, refetch, isPlaceholderData } = useQuery({
    ...peopleFilterQuery(filter, page),
    placeholderData: keepPreviousData,
  });
  const say = (text: string) => statusRegion && createPortal(text, statusRegion);
  if (isPending)
    return (
      <>
        <p className="search-status">Filtering…</p>
        {say('Filtering…')}
      </>
    );
  // A page past the end (an old bookmark, an edited URL) is not a failure to retry.
  if (isError && isNotFound(error))
    return (
      <p className="notice">
        There is no page {page.toLocaleString('en')} of these people.{' '}
        <Link to={searchForPage(params, 1)}>Go to the first page</Link>.
      </p>
    );
  if (isError)
    return (
      <div role="alert" className="load-error">
        <p>The people could not be filtered. {error.message}</p>
        <button type="button" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  const letters = data.ignored.map((letter) => `“${letter}”`).join(', ');
  const hintText =
    data.ignored.length === 0
      ? ''
      : data.total === 0 && !filter.country
        ? 'Type at least two letters of a name (or one Chinese character) to filter by name.'
        : `Single letters (${letters}) are not applied with names this common: type more of them.`;
  const hint = hintText && <p className="notice">{hintText}</p>;
  if (data.ignored.length > 0 && data.total === 0 && !filter.country)
    return (
      <>
        {hint}
        {say(hintText)}
      </>
    );
  const count = data.total === 0 ? noMatch(filter) : peopleCount(data.total);
  return (
    <section aria-labelledby="people-results" aria-busy={isPlaceholderData}>
      <h2 id="people-results">
        {count}
        <PageNote page={data.page} pageCount={data.pageCount} />
      </h2>
      {say(hintText ? `${count}. ${hintText}` : count)}
      {hint}
      {data.total === 0 && (
        <p>
          Check the spelling, try part of the name, or <Link to={routePaths.people()}>show everyone</Link>.
        </p>
      )}
      <PeopleList people={data.people} />
      <Pagination page={data.page} pageCount={data.pageCount} params={params} label="Matching people pages">
        <PageJump page={data.page} pageCount={data.pageCount} params={params} />
      </Pagination>
    </section>
  );
}

export function PeopleIndexPage() {
  const [params, setParams] = useSearchParams();
  const manifest = useManifest();
  const filter = readPeopleFilter(params);
  const page = readPage(params);

  const nameInput = useRef<HTMLInputElement>(null);
  // The name last sent to the URL: keystrokes can come faster than the router re-renders with the new URL.
  const sentName = useRef(filter.name);
  const lastSent = useRef<{ from: URLSearchParams; next: URLSearchParams } | null>(null);
  // The input is uncontrolled so typing never waits for the router; follow the URL when it changes elsewhere
  // (Back and Forward, even with the focus in the input), in the same commit as the list, so the box never shows
  // the old name over the new list.
  const navigationType = useNavigationType();
  useLayoutEffect(() => {
    sentName.current = filter.name;
    const input = nameInput.current;
    const elsewhere = navigationType === 'POP' || input !== document.activeElement;
    if (input && elsewhere && input.value !== filter.name) input.value = filter.name;
  }, [filter.name, navigationType]);

  // The first keystroke of a name adds a history entry and the rest replace it, so Back leaves the filter in one
  // step; choosing a country is a step of its own.
  const update = (key: 'name' | 'country', value: string) => {
    // Build on the URL last sent while the router has not re-rendered with it yet (setParams does not queue), so a
    // country chosen right after clearing the name does not bring the name back.
    const base = lastSent.current?.from === params ? lastSent.current.next : params;
    const next = new URLSearchParams(base);
    if (value.trim()) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    const typing = key === 'name' && sentName.current !== '' && value.trim() !== '';
    if (key === 'name') sentName.current = value.trim();
    lastSent.current = { from: params, next };
    setParams(next, { replace: typing });
  };

  const total = manifest.personCount;
  const [statusRegion, setStatusRegion] = useState<Element | null>(null);

  return (
    <div className="people-page">
      <div className="page-header">
        <h1>People</h1>
        <p className="muted">
          {/* "Naming", not "about": the counts include the articles that only mention them. */}
          {total.toLocaleString('en')} {total === 1 ? 'person' : 'people'} named in the archive, with the
          number of articles naming each, most first.
        </p>
      </div>
      <form
        className="filter-form"
        role="search"
        aria-label="Filter people"
        onSubmit={(event) => {
          event.preventDefault();
          update('name', nameInput.current?.value ?? '');
        }}
      >
        <div className="field">
          <label htmlFor="people-name">Name</label>
          <input
            id="people-name"
            ref={nameInput}
            name="name"
            type="search"
            autoComplete="off"
            defaultValue={filter.name}
            onChange={(event) => update('name', event.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="people-country">Country</label>
          <select
            id="people-country"
            name="country"
            value={filter.country}
            onChange={(event) => update('country', event.currentTarget.value)}
          >
            <option value="">All countries</option>
            {manifest.peopleCountries.map((country) => (
              <option key={country} value={country}>
                {country}
              </option>
            ))}
          </select>
        </div>
      </form>

      {/* What the filter found is said in this live region, in the page, empty, before the first filter: some screen
          readers do not announce a region inserted with its text already in it (the count's heading is one). */}
      <p role="status" className="visually-hidden" ref={setStatusRegion} />
      {isFiltering(filter) ? (
        <FilteredPeople filter={filter} page={page} params={params} statusRegion={statusRegion} />
      ) : (
        <EveryonePage page={page} params={params} />
      )}
    </div>
  );
}
