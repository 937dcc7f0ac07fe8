import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { fetchJson } from '../../common/fetch-json.ts';
import { dataPaths, routePaths } from '../../common/paths.ts';
import type { CoParticipant, PersonCoParticipantsPage } from '../../common/site-data.ts';
import { counted } from '../../components/ui/counted.ts';
import { FactSeparator } from '../../components/ui/fact-separator.tsx';
import { StepPager } from '../../components/ui/step-pager.tsx';
import { Link } from '../../components/ui/link.tsx';

// Here, not in people-queries.ts: only an opened "All N people" reads these files, and the home page's bundle
// (which holds people-queries.ts for the route loaders) has no room for more.
export const personCoParticipantsQuery = (slug: string, page: number) =>
  queryOptions({
    queryKey: ['people', 'detail', slug, 'with', page],
    queryFn: () => fetchJson<PersonCoParticipantsPage>(dataPaths.personCoParticipants(slug, page)),
    staleTime: Infinity,
  });

/** The person whose page lists the co-participants. */
interface PersonName {
  slug: string;
  name: string;
}

/**
 * One co-participant: their page, country and how many articles the two share, which opens those articles (a
 * search of both people: ?person=…&with=…, the URL form of src/features/search/search-params.ts, not imported
 * for the home bundle's sake). The search finds every article naming both, so when one of them was only mentioned
 * in some, the link counts those, and the articles they took part in together are counted beside it with a link
 * to those alone (`took=part`). The count's
 * link is named with the people too, so a screen reader's list of links tells twenty "1 article together" apart.
 */
export function CoParticipantItem({ person, other }: { person: PersonName; other: CoParticipant }) {
  const both = `${routePaths.home()}?${new URLSearchParams({ person: person.slug, with: other.slug })}`;
  const named = counted(other.named ?? 0, 'article', 'articles');
  const together = counted(other.count, 'article', 'articles');
  return (
    <li>
      <Link to={routePaths.person(other.slug)}>{other.name}</Link>
      {other.country && <span className="muted"> ({other.country})</span>}
      {/* The counts are a line of their own under the name (the stylesheet's .co-counts), as an article's sidebar
          puts a person's roles under their name: run on, "(China) · 28 articles naming both," wrapped as one piece
          and left a line with the name alone. Its " · " is for the page without the stylesheet. Each phrase keeps
          its words together; the two may wrap apart (a phone is 360 px wide). */}
      <span className="co-counts">
        <FactSeparator />
        {other.named ? (
          <>
            <span className="count">
              <Link to={both} aria-label={`${named} naming both ${person.name} and ${other.name}`}>
                {`${named} naming both`}
              </Link>
              ,
            </span>{' '}
            <span className="count">
              <Link
                to={`${both}&took=part`}
                aria-label={`${together} where ${person.name} and ${other.name} both took part`}
              >{`${other.count.toLocaleString('en')} taking part together`}</Link>
            </span>
          </>
        ) : (
          <span className="count">
            <Link to={both} aria-label={`${together} together with ${other.name}`}>
              {`${together} together`}
            </Link>
          </span>
        )}
      </span>
    </li>
  );
}

/**
 * "All N people" under the most frequent co-participants: everyone the person took part in events with, from
 * their paged list (fetched when opened), 100 at a time. Without JavaScript it says it needs it.
 */
export function AllCoParticipants({ person, count }: { person: PersonName; count: number }) {
  const [open, setOpen] = useState(false);
  const [statusRegion, setStatusRegion] = useState<Element | null>(null);
  return (
    <>
      <details className="co-all" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{`All ${counted(count, 'person', 'people')}, most frequent first`}</summary>
        {open ? (
          <CoParticipantPages person={person} statusRegion={statusRegion} />
        ) : (
          <noscript>
            <p className="muted">Listing them all needs JavaScript, which is off in this browser.</p>
          </noscript>
        )}
      </details>
      {/* "Loading…" is written into this live region, in the page and empty before the box opens: a region
          inserted with its text already in it is not always announced (nor is one inside a closed box). */}
      <p role="status" className="muted co-status" ref={setStatusRegion} />
    </>
  );
}

function CoParticipantPages({ person, statusRegion }: { person: PersonName; statusRegion: Element | null }) {
  const [page, setPage] = useState(1);
  const query = useQuery({
    ...personCoParticipantsQuery(person.slug, page),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  if (query.isError)
    return (
      <div role="alert" className="load-error">
        <p>{`They could not be loaded. ${query.error.message}`}</p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  if (!data) return statusRegion && createPortal('Loading…', statusRegion);
  return (
    <>
      <ul className="co-participants" aria-label="Everyone" aria-busy={query.isPlaceholderData || undefined}>
        {data.people.map((other) => (
          <CoParticipantItem key={other.slug} person={person} other={other} />
        ))}
      </ul>
      <StepPager page={page} pageCount={data.pageCount} onPage={setPage} />
    </>
  );
}
