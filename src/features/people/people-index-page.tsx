import { useSuspenseQueries } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useManifest } from '../../common/manifest-query';
import { routePaths } from '../../common/paths';
import type { PeopleIndexEntry } from '../../common/site-data';
import { Pagination, readPage } from '../../components/ui/pagination';
import { filterPages, isFiltering, matchesPeopleFilter, readPeopleFilter } from './people-filter';
import { peopleIndexQuery } from './people-queries';

// A filtered list shows at most this many rows; the count says how many matched.
const maxShown = 200;

function PeopleList({ people }: { people: PeopleIndexEntry[] }) {
  return (
    <ul className="people-list">
      {people.map((person) => (
        <li key={person.slug}>
          <Link to={routePaths.person(person.slug)}>{person.name}</Link>
          {person.countries.length > 0 && <span className="muted"> · {person.countries.join(', ')}</span>}
          <span className="count">
            {' '}
            · {person.articleCount} {person.articleCount === 1 ? 'article' : 'articles'}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function PeopleIndexPage() {
  const [params, setParams] = useSearchParams();
  const manifest = useManifest();
  const filter = readPeopleFilter(params);
  const filtering = isFiltering(filter);
  const page = readPage(params);
  // Unfiltered: the one requested page. Filtered: a bounded run of pages from the start (see people-filter.ts).
  const pages = filtering ? filterPages(manifest.peoplePageCount) : [page];
  const results = useSuspenseQueries({ queries: pages.map((p) => peopleIndexQuery(p)) });

  const nameInput = useRef<HTMLInputElement>(null);
  // The input is uncontrolled so typing never waits for the router; follow the URL when it changes elsewhere (Back).
  useEffect(() => {
    const input = nameInput.current;
    if (input && input !== document.activeElement && input.value !== filter.name) input.value = filter.name;
  }, [filter.name]);

  const update = (key: 'name' | 'country', value: string) => {
    const next = new URLSearchParams(params);
    if (value.trim()) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next, { replace: true });
  };

  const total = results[0]?.data.total ?? manifest.personCount;
  const loaded = results.flatMap((result) => result.data.people);
  const matches = filtering ? loaded.filter((person) => matchesPeopleFilter(person, filter)) : loaded;
  const partial = filtering && pages.length < manifest.peoplePageCount;

  return (
    <div className="people-page">
      <div className="page-header">
        <h1>People</h1>
        <p className="muted">
          {total} {total === 1 ? 'person' : 'people'} named in the archive, with the number of articles about
          each.
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

      {filtering ? (
        <section aria-labelledby="people-results">
          <h2 id="people-results" aria-live="polite">
            {matches.length === 0
              ? 'No people match'
              : `${matches.length} ${matches.length === 1 ? 'person matches' : 'people match'}`}
          </h2>
          {partial && (
            <p className="notice">
              Only the first {loaded.length} of {total} people were checked.{' '}
              {filter.name && (
                <Link to={{ pathname: routePaths.home(), search: `?q=${encodeURIComponent(filter.name)}` }}>
                  Search all articles for “{filter.name}”
                </Link>
              )}
            </p>
          )}
          <PeopleList people={matches.slice(0, maxShown)} />
          {matches.length > maxShown && (
            <p className="muted">Showing the first {maxShown}; narrow the filter to see the rest.</p>
          )}
        </section>
      ) : (
        <section aria-label="Everyone">
          <PeopleList people={matches} />
          <Pagination
            page={results[0]?.data.page ?? page}
            pageCount={results[0]?.data.pageCount ?? 1}
            params={params}
            label="People pages"
          />
        </section>
      )}
    </div>
  );
}
