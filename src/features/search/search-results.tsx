import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { memo } from 'react';
import { createPortal } from 'react-dom';
import { useLocation, useSearchParams } from 'react-router-dom';
import { ArticleRow } from '../../components/article-row.tsx';
import { counted } from '../../components/ui/counted.ts';
import { formatDate } from '../../components/ui/format-date.ts';
import { HighlightedText, highlightRanges } from '../../components/ui/highlighted-text.tsx';
import { fuzzyWord, parseQuery, quoteMark } from '../../common/search-text.ts';
import { PageJump } from '../../components/ui/page-jump.tsx';
import { OrderLinks } from '../../components/ui/order-links.tsx';
import { PageNote, Pagination } from '../../components/ui/pagination.tsx';
import { ActiveFilters } from './active-filters.tsx';
import { FacetList } from './facet-list.tsx';
import type { SearchFacet } from './search-engine.ts';
import {
  isTypedEntry,
  searchString,
  withoutFilter,
  type FacetName,
  type SearchOrder,
  type SearchParamsState,
} from './search-params.ts';
import { countsNeedLists, useScopedFacets } from './scoped-facets.ts';
import {
  facetScope,
  personPairsQuery,
  searchCountQueryOptions,
  searchScopeQueryOptions,
  useSearch,
  useSearchFacets,
} from './result-queries.ts';
import { manifestQuery } from '../../common/manifest-query.ts';
import { personQuery } from '../../common/person-query.ts';
import { pairsFileFor, takingPartTogether } from './taking-part-together.ts';
import { routePaths } from '../../common/paths.ts';
import type { ArticleSummary } from '../../common/site-data.ts';
import { Link } from '../../components/ui/link.tsx';

/** A search of two people and nothing else: what they share is said, from their files or one pairs file. */
const twoPeopleAlone = (
  params: SearchParamsState,
): params is SearchParamsState & { person: string; with: string } =>
  Boolean(params.person && params.with && !params.q && !params.country && !params.year);

/** The same search, page 1, with the other choice of a person's articles: naming them, or where they took part. */
const otherChoice = (params: SearchParamsState): SearchParamsState => ({
  ...params,
  tookPart: !params.tookPart,
  page: 1,
});

/** The code shown only where a person is filtered (see took-part-view.tsx), fetched as the view's own code is. */
const tookPartViewQueryOptions = () =>
  queryOptions({
    queryKey: ['search', 'code', 'took-part'],
    queryFn: () => import('./took-part-view.tsx'),
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  });

/**
 * The search over each selected facet's scope (see facetScope), started by the home route's loader once this chunk
 * is here (it loads beside the engine's), so the facets' counts do not wait for the results to render.
 */
export function prefetchFacetScopes(client: QueryClient, params: SearchParamsState): void {
  for (const name of ['person', 'country', 'year', 'month'] as const) {
    const scope = facetScope(params, name);
    if (scope) void client.prefetchQuery(searchScopeQueryOptions(scope, name, false));
  }
  // A person's articles: the other choice of which (naming them, or where they took part) is counted beside them,
  // and the code that shows both choices loads beside the rows.
  if (params.person) {
    void client.prefetchQuery(searchCountQueryOptions(otherChoice(params)));
    void client.prefetchQuery(tookPartViewQueryOptions());
  }
  // Two people alone: the file that says what they share, when their own files cannot, beside the search.
  if (twoPeopleAlone(params))
    void Promise.all(
      [params.person, params.with].map((slug) => client.ensureQueryData(personQuery(slug))),
    ).then(
      ([a, b]) => {
        const file = pairsFileFor(a, b);
        if (file) void client.prefetchQuery(personPairsQuery(file));
      },
      () => undefined,
    );
}

/**
 * Runs the tokenizer and the highlighter once on a few words while the reader has yet to type: their Unicode
 * regular expressions are compiled on first use, which took several milliseconds of the first results' render.
 */
export function warmUp(): void {
  parseQuery('Warm-up’s words 王毅');
  highlightRanges('Warm-up’s words 王毅', ['warm', 'words', '王毅']);
}
// This chunk loads when the search box gets focus (never with the home page, whose bundle stays as it is): warm up
// in idle time then, so that typed at once the first search's own work comes first.
if (typeof window !== 'undefined') {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(warmUp, { timeout: 1000 });
  else setTimeout(warmUp, 0);
}

/**
 * The query's quotes (the marks parseQuery reads as phrases) as typographic pairs: `"phone call" kim` ->
 * `“phone call” kim`.
 */
const curlyQuotes = (q: string) => {
  let open = false;
  return q.replace(new RegExp(quoteMark, 'g'), () => {
    open = !open;
    return open ? '“' : '”';
  });
};

/**
 * One result row with the searched words highlighted. Most keystrokes keep the rows of the one before (a longer
 * prefix of the same word), and every keystroke renders the page again once the URL follows: a row whose article
 * and words are unchanged is not rendered (highlighted, linked) again. `hl` carries the words.
 */
const SearchHit = memo(
  function SearchHit({
    article,
    words,
    hl,
    filtered,
  }: {
    article: ArticleSummary;
    words: string[];
    hl?: string;
    filtered: { slug: string; name: string }[];
  }) {
    // The people filtered by lead the row’s participants, and those only mentioned in it are said to be: a
    // summit's row listed six others and "4 more", and whether the two people searched for met was not shown.
    const isFiltered = (slug: string) => filtered.some((person) => person.slug === slug);
    const mentioned = filtered.filter((person) => !article.participants.some((p) => p.slug === person.slug));
    return (
      <ArticleRow
        article={{
          ...article,
          participants: [
            ...filtered.flatMap((person) => article.participants.filter((p) => p.slug === person.slug)),
            ...article.participants.filter((p) => !isFiltered(p.slug)),
          ],
        }}
        headingLevel={3}
        linkSearch={hl}
        highlight={(text) => <HighlightedText text={text} terms={words} />}
        peopleNote={
          mentioned.length > 0 &&
          `${article.participants.length ? '; ' : ''}${mentioned.map((person) => person.name).join(' and ')} only mentioned`
        }
      />
    );
  },
  // The site's data does not change under a page: a slug names the same row.
  (before, after) =>
    before.article.slug === after.article.slug &&
    before.hl === after.hl &&
    before.filtered.map((p) => `${p.slug} ${p.name}`).join() ===
      after.filtered.map((p) => `${p.slug} ${p.name}`).join(),
);

export interface SearchResultsProps {
  params: SearchParamsState;
  /** The page's live region for the count, there before the first search (see the home page). */
  countRegion: Element | null;
  /** Where the facets go: the home page's facet column. */
  facetsRegion: Element | null;
}

/** Ranked matches for the URL's query and filters: count, corrections, facets, rows with highlighted snippets. */
export function SearchResults({ params, countRegion, facetsRegion }: SearchResultsProps) {
  const [searchParams] = useSearchParams();
  const typedEntry = isTypedEntry(useLocation().state);
  const { data, isPending, isError, error, refetch, isPlaceholderData } = useSearch(params);
  // Exact person and country counts may need facet lists: the rows show first, the counts when they arrive.
  const needsCounts = !isPlaceholderData && data !== undefined && countsNeedLists(data);
  const facetRun = useSearchFacets(params, needsCounts);
  // A facet with a selection lists what choosing each value gives (see facetScope); with no other search, the
  // archive's counts.
  // The home route's loader has the manifest in the cache: no suspending here.
  const archive = useQuery(manifestQuery()).data?.facets;
  const scoped = {
    person: useScopedFacets(params, 'person'),
    country: useScopedFacets(params, 'country'),
    year: useScopedFacets(params, 'year'),
    month: useScopedFacets(params, 'month'),
  };
  // The people filtered by, named from their files (the route's loader has them in the cache): one who shares no
  // article with the other is in no row and no facet count.
  const first = useQuery({ ...personQuery(params.person ?? ''), enabled: params.person !== null }).data;
  const personName = first?.name;
  const second = useQuery({ ...personQuery(params.with ?? ''), enabled: Boolean(params.with) }).data;
  const withName = second?.name;
  // Two people alone: what they share, from their files or, when neither tells, one small file more.
  const twoAlone = twoPeopleAlone(params);
  const pairsFile = twoAlone ? pairsFileFor(first, second) : null;
  const pairs = useQuery({ ...personPairsQuery(pairsFile ?? ''), enabled: pairsFile !== null }).data;
  // A person's articles, naming them or where they took part: the other choice's count, beside this one's.
  const otherTotal = useQuery({
    ...searchCountQueryOptions(otherChoice(params)),
    enabled: params.person !== null,
  }).data;
  const tookPartView = useQuery({ ...tookPartViewQueryOptions(), enabled: params.person !== null }).data;
  // A query with quoted phrases is shown with its own quotes (made curly), not inside more.
  const quote = (q: string) => (quoteMark.test(q) ? curlyQuotes(q) : `“${q}”`);
  const quoted = quote(params.q);

  // In the page's live region, as the count will be (see the home page).
  if (isPending)
    return countRegion && createPortal(<span className="search-status">Searching…</span>, countRegion);
  if (isError)
    return (
      <div role="alert" className="load-error">
        <p>The search could not be completed. {error.message}</p>
        <button type="button" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );

  // A first letter no article has, typed on the way to a word ("b" to "baerbock"), is not a finding: the live region
  // says so quietly instead of "No articles match". Submitted (Enter, a link, the address bar), it is one.
  const { words, typing } = parseQuery(params.q);
  const firstLetter = words.length === 1 && words[0]!.word.length === 1 && fuzzyWord.test(words[0]!.word);
  if (typedEntry && typing && firstLetter && data.total === 0 && !isPlaceholderData)
    return countRegion && createPortal(<span className="search-status">Keep typing…</span>, countRegion);

  let corrected = params.q;
  for (const { from, to } of data.corrections)
    corrected = corrected.replace(new RegExp(`\\b${from}\\b`, 'i'), to);
  // The count is of what was searched: after a correction, the corrected words (nothing matched the typed ones).
  const searched = quote(corrected);
  const count = counted(data.total, 'article', 'articles');
  const hl = data.highlight.length ? `?${new URLSearchParams({ hl: data.highlight.join(' ') })}` : undefined;
  // Person and country counts are exact over every match; the few that are not say "at least" (see the engine).
  const ownPeople = data.facets.people ?? facetRun.data?.facets.people ?? [];
  const ownCountries = data.facets.countries ?? facetRun.data?.facets.countries ?? [];
  // Filters alone find their people and countries in the newest page of matches only (nothing else names them):
  // the facets say so rather than pass for the most frequent.
  const ownFromFirstPage = (data.facets.people ? data : facetRun.data)?.facetsFromFirstPage;
  const fromFirstPage = (name: 'person' | 'country') =>
    params[name] === null ? ownFromFirstPage : scoped[name]?.fromFirstPage;
  const firstPageNote = (name: 'person' | 'country', what: string) =>
    fromFirstPage(name)
      ? `${what} in the ${data.pageSize} newest of these articles, each counted in all of them.`
      : undefined;
  // With a word or a date searched, the values are the likeliest (their precomputed counts, the newest rows), more of
  // them counted while one not yet counted could outnumber the last listed: where one still could, say how far.
  const ownMayMiss = (data.facets.people ? data : facetRun.data)?.facetsMayMiss;
  const mayMissNote = (name: 'person' | 'country', what: string) => {
    const most =
      params[name] === null
        ? ownMayMiss?.[name === 'person' ? 'people' : 'countries']
        : scoped[name]?.mayMiss;
    return most
      ? `${what} not listed may be in up to ${most.toLocaleString('en')} of the articles counted.`
      : undefined;
  };
  // A selected facet without a scope is the only thing searched: the archive's counts are what a click gives.
  const across = (name: keyof typeof scoped, own: SearchFacet[], archive: SearchFacet[]) =>
    !params[name] ? own : scoped[name] === null ? archive : (scoped[name].facets ?? []);
  // Of two people and nothing else, the search finds its candidates for the person facet on its page of rows only:
  // the first one's file adds the people they met most, with the articles naming both (what choosing one gives).
  const searchedPeople = across('person', ownPeople, archive?.people ?? []);
  // The second one is counted too (the articles naming both are the result), and kept when not among the ten.
  // (Counted as the others are, among the articles naming the first: where the two took part, the other choice's.)
  const pairCount = params.tookPart ? otherTotal : data.total;
  const pairFacet = params.with &&
    pairCount !== undefined && { value: params.with, label: withName ?? params.with, count: pairCount };
  const people: SearchFacet[] =
    twoAlone && first && pairFacet
      ? [
          pairFacet,
          ...first.coParticipants.map((other) => ({
            value: other.slug,
            label: other.name,
            count: other.named ?? other.count,
          })),
          ...searchedPeople,
        ]
          .filter((facet, i, all) => all.findIndex((f) => f.value === facet.value) === i)
          .sort((x, y) => y.count - x.count)
          .filter((facet, i) => i < 10 || facet === pairFacet)
      : searchedPeople;
  const countries = across('country', ownCountries, archive?.countries ?? []);
  const tookPartWith = data.tookPartWith ?? facetRun.data?.tookPartWith ?? [];
  const years = across('year', data.facets.years, archive?.years ?? []);
  const yearScope = params.year === null ? data.yearScope : (scoped.year?.yearScope ?? null);
  // A month is always searched within its year (the scope of its facet), so its counts never need the archive's.
  const months = across('month', data.facets.months, []);
  const monthLabel = params.month ? formatDate(params.month) : null;
  const labelOf = (slug: string | null | undefined) =>
    [
      ...people,
      ...data.hits.flatMap((h) => h.participants.map((p) => ({ value: p.slug, label: p.name }))),
    ].find((p) => p.value === slug)?.label;
  // Unknown to the files and the rows (a mistyped link): the slug as the URL has it.
  const personLabel = personName ?? labelOf(params.person) ?? params.person ?? '';
  const withLabel = withName ?? labelOf(params.with) ?? params.with ?? '';
  const both = `both ${personLabel} and ${withLabel}`;
  const filteredPeople = [
    ...(params.person ? [{ slug: params.person, name: personLabel }] : []),
    ...(params.with ? [{ slug: params.with, name: withLabel }] : []),
  ];
  // The filters in force, said with the count (on a phone the facets come after the results) and each removable
  // there (ActiveFilters): "53 articles naming Ana Ostrova, in 2024".
  const filters: { said: string; label: string; without: SearchParamsState; of: FacetName }[] = [
    ...(params.person
      ? [
          {
            said: params.tookPart
              ? `where ${params.with ? both : personLabel} took part`
              : `naming ${params.with ? both : personLabel}`,
            of: 'person' as const,
            label: personLabel,
            without: withoutFilter(params, 'person'),
          },
        ]
      : []),
    ...(params.person && params.with
      ? [{ said: '', of: 'person' as const, label: withLabel, without: withoutFilter(params, 'with') }]
      : []),
    ...(params.person && params.tookPart
      ? [
          {
            said: '',
            of: 'person' as const,
            label: params.with ? 'Both taking part' : 'Taking part',
            without: { ...params, tookPart: false, page: 1 },
          },
        ]
      : []),
    ...(params.country
      ? [
          {
            said: `involving ${params.country}`,
            of: 'country' as const,
            label: params.country,
            without: withoutFilter(params, 'country'),
          },
        ]
      : []),
    // A month stands for its year: removing it leaves the year (the Years facet removes both).
    ...(params.year
      ? [
          {
            said: `in ${monthLabel ?? params.year}`,
            of: 'year' as const,
            label: monthLabel ?? params.year,
            without: withoutFilter(params, monthLabel ? 'month' : 'year'),
          },
        ]
      : []),
  ];
  // A selected person or country is replaced by another, so the facet's other values are counted over the rest of
  // the search, not within the selection's articles: "Boris Vell (30)" under "55 articles naming Ana Ostrova, in
  // 2024" is his 2024, not the articles naming both. Said as the rest of the search reads: "in 2024".
  const countedWithout = (name: 'person' | 'country', what: string, selected: string) => {
    const rest = [
      params.q && `matching ${searched}`,
      ...filters.filter((f) => f.said && f.of !== name).map((f) => f.said),
    ].filter(Boolean);
    return `Counted in ${rest.length ? `all articles ${rest.join(', ')}` : 'the whole archive'}; another ${what} replaces ${selected}.`;
  };
  const filtersSaid = filters
    .map((f) => f.said)
    .filter(Boolean)
    .join(', ');
  // Two people alone, one of them sometimes only mentioned: how many of the articles both took part in, as the first
  // one's page says it ("32 articles naming both, 18 taking part together"; each row says who was only mentioned), or
  // that they took part in none together; said when it differs from the count.
  const together = twoAlone && !params.tookPart ? takingPartTogether(first, second, data.total, pairs) : null;
  const tookPartTogether =
    together === null || together === data.total
      ? ''
      : `, ${together ? together.toLocaleString('en') : 'none'} taking part together`;
  const withFilters = (text: string) => (filtersSaid ? `${text}${params.q ? ',' : ''} ${filtersSaid}` : text);
  const summary =
    data.total === 0
      ? params.q
        ? withFilters(`No articles match ${searched}`)
        : // Two people alone: the result is a fact about them, said as one.
          params.with && !params.country && !params.year
          ? params.tookPart
            ? `No article where ${both} took part`
            : `No article names ${both}`
          : `No articles ${filtersSaid}`
      : withFilters(
          params.q
            ? `${data.totalAtLeast ? 'At least ' : ''}${count} ${data.total === 1 && !data.totalAtLeast ? 'matches' : 'match'} ${searched}`
            : count,
        ) + tookPartTogether;
  // A search for a person's whole name (or an alias: 王毅) leads to their page: their roles over time and who they
  // met, which the rows do not show. Compared folded, as the search matches ("jose manuel albares" is José Manuel
  // Albares); the engine marks the person whose name or alias the query is.
  const nameKey = (text: string) =>
    parseQuery(text)
      .words.map(({ word }) => word)
      .join(' ');
  const named =
    params.q && params.person === null
      ? people.find((p) => p.named || nameKey(p.label) === nameKey(corrected))
      : undefined;
  const boundNote = (facets: { atLeast?: boolean }[]) =>
    facets.some((f) => f.atLeast) ? 'Counts marked “at least” cover part of the matches.' : undefined;

  return (
    <section className="search-results" aria-labelledby="search-results-title" aria-busy={isPlaceholderData}>
      <h2 id="search-results-title" className="search-results-title" tabIndex={-1}>
        Search results
        <PageNote page={data.page} pageCount={data.pageCount} />
      </h2>
      {countRegion && createPortal(summary, countRegion)}
      <ActiveFilters
        filters={filters.map((f) => ({ label: f.label, without: searchString(f.without) }))}
        fallbackId="search-results-title"
      />
      {data.corrections.length > 0 && (
        <p className="search-corrections">
          {`No article has ${data.corrections.map(({ from }) => `“${from}”`).join(' or ')}: showing results for `}
          <strong>{searched}</strong>
        </p>
      )}
      {data.phrases && (
        // What a quoted phrase matched: an analyst must know whether "phone call" meant the phrase or the words.
        <p className="search-phrases">
          {data.phrases === 'exact'
            ? 'Quoted words are matched as a phrase: side by side, in that order (short words such as “of” and “the” are skipped).'
            : 'This archive is too large for exact phrases: quoted words are matched anywhere in an article, in any order.'}
        </p>
      )}
      {params.with && (
        // From a person page's "N articles together": both people are filters, the second one removable here. The
        // count above already says "N articles naming both A and B" (this line used to say it again, without N).
        <p className="search-with">
          <Link
            to={searchString({ ...withoutFilter(params, 'with'), tookPart: false })}
          >{`Show all of ${personLabel}’s articles`}</Link>
        </p>
      )}
      {params.person && tookPartView && (
        <tookPartView.TookPartChoice
          params={params}
          personLabel={personLabel}
          both={both}
          total={data.total}
          otherTotal={otherTotal}
        />
      )}
      {data.total > 1 && (
        // Without words there is no relevance: filters alone list newest first.
        <OrderLinks<SearchOrder>
          label="Order of the results"
          orders={
            params.q
              ? [
                  [null, 'Relevance'],
                  ['newest', 'Newest first'],
                  ['oldest', 'Oldest first'],
                ]
              : [
                  [null, 'Newest first'],
                  ['oldest', 'Oldest first'],
                ]
          }
          current={params.order === 'newest' && !params.q ? null : (params.order ?? null)}
          to={(order) => ({
            pathname: routePaths.home(),
            search: searchString({ ...params, order, page: 1 }),
          })}
        />
      )}
      {named && (
        <p className="search-person">
          <Link
            to={routePaths.person(named.value)}
          >{`${named.label}: roles over time and who they met`}</Link>
        </p>
      )}
      {data.total === 0 && (
        <p className="search-empty-help">
          {params.q ? 'Check the spelling or try fewer words' : 'Try fewer filters'}
          {params.q && (params.person || params.country || params.year) ? (
            <>
              , or <Link to={searchString({ q: params.q })}>search every article for {quoted}</Link>
            </>
          ) : null}
          . Or <Link to="/">browse the newest articles</Link>.
        </p>
      )}
      {data.total > 0 && (
        <>
          {/* On a phone the facets come after the results: this link (hidden on wide screens) leads there. Within a
              year they offer its months too. */}
          <p className="facets-jump">
            <a href="#search-facets">
              {params.year ? 'Narrow by person, country, year or month' : 'Narrow by person, country or year'}
              <span aria-hidden="true"> ↓</span>
            </a>
          </p>
          <ol className="search-hits" aria-label="Matching articles">
            {data.hits.map((article) => (
              <li key={article.slug}>
                <SearchHit article={article} words={data.highlight} hl={hl} filtered={filteredPeople} />
              </li>
            ))}
          </ol>
        </>
      )}
      <Pagination
        page={data.page}
        pageCount={data.pageCount}
        params={searchParams}
        label="Search result pages"
      >
        <PageJump page={data.page} pageCount={data.pageCount} params={searchParams} />
      </Pagination>
      {/* Beside the results on a wide screen, after them on a phone: in the home page's facet column, which the
        home list's facets use too, so the column does not move between the list and a search. */}
      {data.total > 0 &&
        facetsRegion &&
        createPortal(
          // A landmark, as the list's facets are ("Narrow the list"): screen-reader users move between them.
          <aside
            id="search-facets"
            className="search-facets"
            aria-label="Narrow the results"
            aria-busy={
              (data.facets.people === null && facetRun.isPlaceholderData) ||
              Object.values(scoped).some((facet) => facet?.facets === null) ||
              undefined
            }
          >
            <FacetList
              name="person"
              label="People"
              facets={people}
              selected={params.person}
              selectedLabel={personLabel}
              also={params.with}
              alsoLabel={withLabel}
              headingLevel={3}
              note={
                [
                  // Of two people the second is replaced, so the counts are of the first one's articles.
                  params.with
                    ? `Counted in ${personLabel}’s articles; another person replaces ${withLabel}.`
                    : // A person alone, or with more searched: the counts are not of this person's articles.
                      params.person && countedWithout('person', 'person', personLabel),
                  firstPageNote('person', 'People'),
                  mayMissNote('person', 'A person'),
                  boundNote(people),
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            />
            {params.person && params.tookPart && !params.with && tookPartView && (
              <tookPartView.TookPartWith
                personLabel={personLabel}
                tookPartWith={tookPartWith}
                total={data.total}
              />
            )}
            <FacetList
              name="country"
              label="Countries"
              facets={countries}
              selected={params.country}
              headingLevel={3}
              note={
                [
                  params.country && countedWithout('country', 'country', params.country),
                  firstPageNote('country', 'Countries'),
                  mayMissNote('country', 'A country'),
                  boundNote(countries),
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            />
            <FacetList
              name="year"
              label="Years"
              facets={years}
              selected={params.year}
              headingLevel={3}
              note={
                yearScope === null
                  ? undefined
                  : `Counted over the ${yearScope.toLocaleString('en')} best matches.`
              }
            />
            {/* Within a year, its months ("who met whom in October 2024"), newest first as the years are. */}
            {params.year && (
              <FacetList
                name="month"
                label={`Months of ${params.year}`}
                facets={months}
                selected={params.month ?? null}
                selectedLabel={monthLabel ?? undefined}
                headingLevel={3}
              />
            )}
          </aside>,
          facetsRegion,
        )}
    </section>
  );
}
