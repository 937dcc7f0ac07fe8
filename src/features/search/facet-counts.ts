// The exact person and country counts of an AND, a date with more searched or a rarer word: candidates' complete
// lists intersected with the matches. Loaded only by the run that counts facets, after the rows are painted (the
// first search's download does not carry it: issue 4's 100 KB), and fetched early by the run that paints them.
import { searchPaths } from '../../common/paths.ts';
import type { ArticleSummary, PeopleNameEntry } from '../../common/site-data.ts';
import {
  decodeDocs,
  facetBucket,
  parseQuery,
  type PersonFacets,
  type PhrasePage,
  type SearchMeta,
  type ShardEntry,
  type Tail,
  type TermFacets,
} from '../../common/search-text.ts';
import {
  byCount,
  docsOf,
  facetLimit,
  facetsOfCounts,
  searchPageSize,
  type Candidate,
  type FacetsFound,
  type NameLookup,
  type SearchFacet,
  type SearchIndex,
} from './search-engine.ts';

/**
 * Exact counts for an AND intersect the matches with each candidate's complete list, reading at most this many
 * documents' worth of lists (~10 KB gz): country lists are long (a country is in a tenth of an archive or more),
 * and so are a famous person's. Beyond it a count is a lower bound.
 */
const facetListBudget = 15_000;
/** Most files (person buckets, country lists) a facet's second wave of candidates reads beyond those loaded. */
const secondWaveFiles = 3;
/** Assumed length of a list whose length is unknown (a person seen only in the rows). */
const unknownListLength = 300;

/**
 * The most matches a value can be in, from one list the matches lie within: a value its precomputed facets list is
 * in at most its count there, any other in at most the last one listed (none, when fewer than a full list are).
 * `value` null asks for a value no list names.
 */
type Ceiling = (kind: 'p' | 'c', value: string | null) => number;

/** The count a list's precomputed facets give a value, if they list it. */
function listedCount(facets: TermFacets, kind: 'p' | 'c', value: string): number | undefined {
  return kind === 'p' ? facets.p.find((f) => f[0] === value)?.[2] : facets.c.find((f) => f[0] === value)?.[1];
}

function ceilingOf(facets: TermFacets): Ceiling {
  const floor = (counts: number[]) => (counts.length >= facetLimit ? Math.min(...counts) : 0);
  const floors = { p: floor(facets.p.map((f) => f[2])), c: floor(facets.c.map((f) => f[1])) };
  return (kind, value) => (value === null ? undefined : listedCount(facets, kind, value)) ?? floors[kind];
}

/** A word's ceiling: the sum over its alternatives (a completion's documents add to the word's). */
function groupCeiling(entries: readonly ShardEntry[]): Ceiling {
  const parts = entries.map((e): Ceiling => (e[5] ? ceilingOf(e[5]) : () => e[1]));
  return (kind, value) => parts.reduce((sum, part) => sum + part(kind, value), 0);
}

/** A facet's values as counted, and, when one not listed may be in more matches than the last listed, how many at most. */
interface CountedFacet {
  facets: SearchFacet[];
  mayMiss?: number;
}

/** How many of the sorted `matches` are in the sorted `list`. */
export function countIn(matches: readonly number[], list: readonly number[]): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < matches.length && j < list.length) {
    const x = matches[i]!;
    const y = list[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** A name or alias as the key NameLookup.key is compared with. */
const nameKeyOf = (name: string) =>
  parseQuery(name)
    .words.map(({ word }) => word)
    .join(' ');

/** Whether the query is this person's whole name or one of their aliases. */
const isNamed = (person: PeopleNameEntry, key: string) =>
  [person.name, ...(person.aliases ?? [])].some((name) => nameKeyOf(name) === key);

/**
 * The people the name lookup found, most likely first (the query is their whole name, then the most articles), as
 * candidates the facet must not leave out: each word's top values are counted over that word's own articles, and
 * a person with few articles whose name is the query is rarely among them.
 */
function namedCandidates(named: readonly PeopleNameEntry[], key: string): Candidate[] {
  return [...named]
    .sort((x, y) => Number(isNamed(y, key)) - Number(isNamed(x, key)) || y.articleCount - x.articleCount)
    .slice(0, facetLimit)
    .map((p) => ({ value: p.slug, label: p.name, onPage: 0, known: 0, df: p.articleCount }));
}

/**
 * The person facet's values: the named people (NameLookup) that matched, then the most frequent others, at most
 * facetLimit in all, by count; `named` on the person whose whole name the query is.
 */
function withNamed(
  counted: readonly SearchFacet[],
  named: readonly Candidate[],
  lookup: { found: readonly PeopleNameEntry[]; key: string } | null,
): SearchFacet[] {
  const isFromNames = (f: SearchFacet) => named.some((c) => c.value === f.value);
  const nonZero = counted.filter((f) => f.count > 0).sort(byCount);
  const shown = [...nonZero.filter(isFromNames), ...nonZero.filter((f) => !isFromNames(f))]
    .slice(0, facetLimit)
    .sort(byCount);
  if (!lookup) return shown;
  return shown.map((f) => {
    const person = lookup.found.find((p) => p.slug === f.value);
    return person && isNamed(person, lookup.key) ? { ...f, named: true as const } : f;
  });
}

/**
 * Precomputed counts with the people named by the query (NameLookup): the named people the top ten leave out are
 * counted by `countOthers` (in the order given) and put first, as withNamed does.
 */
async function withNamedCounts(
  names: NameLookup,
  top: SearchFacet[],
  countries: SearchFacet[],
  countOthers: (others: readonly Candidate[]) => Promise<number[]>,
): Promise<FacetsFound> {
  const found = await names.people();
  const named = namedCandidates(found, names.key);
  const others = named.filter((c) => !top.some((f) => f.value === c.value));
  const counts = await countOthers(others);
  const counted = others.map((c, i): SearchFacet => ({ value: c.value, label: c.label, count: counts[i]! }));
  return { people: withNamed([...top, ...counted], named, { found, key: names.key }), countries };
}

/**
 * The named people's counts beside precomputed ones. One word alone: over its documents, from the people's lists,
 * with the word's top ten. A full name's (or a word pair's) page: from the page, which counts every match
 * (PhrasePage.f) and each named person it does not list (PhrasePage.n, [slug, count]; a person in neither is in no
 * match).
 */
export function countNamed(
  args:
    | { names: NameLookup; page: PhrasePage }
    | {
        index: SearchIndex;
        names: NameLookup;
        top: SearchFacet[];
        countries: SearchFacet[];
        aloneEntry: ShardEntry | null;
        personList: (slug: string) => Promise<number[] | undefined>;
      },
): Promise<FacetsFound> {
  if ('page' in args) {
    const { f, n = [] } = args.page;
    // (Called for a page with counts.)
    const { people, countries } = facetsOfCounts(f!);
    return withNamedCounts(args.names, people, countries, async (others) =>
      others.map((c) => n.find(([slug]) => slug === c.value)?.[1] ?? 0),
    );
  }
  const { index, names, top, countries, aloneEntry, personList } = args;
  return withNamedCounts(names, top, countries, async (others) => {
    // Names come with words only, so a word's entry (a date alone has no names).
    const all = others.length && aloneEntry ? await index.fullDocs(aloneEntry) : [];
    return Promise.all(
      others.map(async (c) => {
        const list = await personList(c.value);
        return list ? countIn(all, list) : 0;
      }),
    );
  });
}

/** What the engine knows when it counts: the matches, their rows as loaded, the candidates and what caps them. */
export interface CountContext {
  index: SearchIndex;
  meta: SearchMeta;
  matches: readonly number[];
  /** The rows the candidates were taken from: every match's when rowsAll, else the first page's or none. */
  rows: readonly ArticleSummary[];
  rowsAll: boolean;
  firstRows: () => Promise<ArticleSummary[]>;
  groups: readonly (readonly ShardEntry[])[];
  date: { size: number } | null;
  dated: TermFacets | undefined;
  /** The precomputed facets of what was searched, and the number of documents each was counted over. */
  sets: readonly TermFacets[];
  sizes: readonly number[];
  found: { people: Candidate[]; countries: Candidate[] };
  names: NameLookup | null;
  personList: (slug: string) => Promise<number[] | undefined>;
  buckets: ReadonlyMap<number, unknown>;
}

/** Counted exactly where the lists are within budget; see personCountryFacets in search-engine.ts. */
export async function countExactly({
  index,
  meta,
  matches,
  rows,
  rowsAll,
  firstRows,
  groups,
  date,
  dated,
  sets,
  sizes,
  found,
  names,
  personList,
  buckets,
}: CountContext): Promise<FacetsFound> {
  // What caps a value's count: each word searched and the date (a filter alone caps nothing worth knowing).
  const ceilings = [
    ...groups.map(groupCeiling),
    ...(dated ? [ceilingOf(dated)] : []),
    ...(date && !dated ? [(() => date.size) as Ceiling] : []),
  ];
  // Rows that hold every match carry every country of them, and every participant: a country is in as many as it is
  // on, and so is a person no searched list's counts name (one only ever mentioned is not looked for, as in a page of
  // rows); a person they name (the year's, the word's most frequent) may be mentioned in the matches.
  const ceiling = (kind: 'p' | 'c', c: Candidate | null) =>
    rowsAll && (kind === 'c' || !c?.known)
      ? (c?.onPage ?? 0)
      : Math.min(matches.length, ...ceilings.map((f) => f(kind, c?.value ?? null)));
  // How many matches a value is likely in: its share of a searched list's documents, or of the first page's rows.
  const likely = (c: Candidate, kind: 'p' | 'c') =>
    Math.max(
      rows.length ? (c.onPage * matches.length) / rows.length : 0,
      ...sets.map((set, i) => ((listedCount(set, kind, c.value) ?? 0) * matches.length) / sizes[i]!),
    );
  const ranked = (list: Candidate[], kind: 'p' | 'c') =>
    list
      .map((c) => ({ c, likely: likely(c, kind), most: Math.min(ceiling(kind, c), c.df ?? Infinity) }))
      .sort(
        (x, y) =>
          y.likely - x.likely ||
          y.most - x.most ||
          y.c.known - x.c.known ||
          y.c.onPage - x.c.onPage ||
          (x.c.label < y.c.label ? -1 : 1),
      );
  // A date's matches lie within one year: the year's most mentioned people are counted from their documents in it
  // (the year's lists, ~3 KB gz) rather than from their whole lists' buckets (~5 KB gz each). Their buckets count as
  // read, so the second wave picks the same candidates (the same counts, fewer bytes).
  const year =
    date && matches.length
      ? meta.years.find(([, start, end]) => matches[0]! >= start && matches[0]! < end)?.[0]
      : undefined;
  let yearLists: Promise<PersonFacets> | undefined;
  const spared = new Set<number>();
  const listOf = async (slug: string): Promise<number[] | undefined> => {
    if (year === undefined) return personList(slug);
    yearLists ??= (index.load(searchPaths.yearLists(year)) as Promise<PersonFacets>).catch(() => ({}));
    const term = `person:${slug}`;
    const inYear = (await yearLists)[term];
    if (inYear === undefined) return personList(slug);
    spared.add(facetBucket(term, meta.personBuckets));
    return decodeDocs(inYear);
  };
  const namedFound = names ? await names.people() : [];
  const named = namedCandidates(namedFound, names?.key ?? '');
  // For an AND a word's own count is no lower bound; the rows of the first page are.
  const onPage = async (c: Candidate, kind: 'people' | 'countries'): Promise<SearchFacet> => {
    const firsts = await firstRows();
    const count = firsts.filter((r) =>
      kind === 'people' ? r.participants.some((p) => p.slug === c.value) : r.countries.includes(c.value),
    ).length;
    return { value: c.value, label: c.label, count, atLeast: true };
  };

  // One budget, spent in rank order: people first (the named ones first), then countries.
  let budget = facetListBudget;
  const affordable = (length: number) => {
    if (length > budget) return false;
    budget -= length;
    return true;
  };
  const countPerson = async (c: Candidate): Promise<SearchFacet> => {
    if (!affordable(c.df ?? unknownListLength)) return onPage(c, 'people');
    const list = await listOf(c.value);
    return list === undefined
      ? onPage(c, 'people')
      : { value: c.value, label: c.label, count: countIn(matches, list) };
  };
  // Rows carry every country of their article, so when they hold every match they count countries exactly.
  const countCountry = async (c: Candidate): Promise<SearchFacet> => {
    if (rowsAll) {
      const count = rows.filter((r) => r.countries.includes(c.value)).length;
      return { value: c.value, label: c.label, count, atLeast: false };
    }
    const n = meta.countries.findIndex(([name]) => name === c.value);
    const df = n < 0 ? Infinity : meta.countries[n]![1];
    if (!affordable(df)) return onPage(c, 'countries');
    const list = (await index.load(searchPaths.countryFacet(n))) as Tail;
    return { value: c.value, label: c.label, count: countIn(matches, docsOf(list)) };
  };
  // A rank's values are counted in waves of a facet's length: the likeliest first, then, while one not counted yet
  // could be in more matches than the tenth counted, the likeliest of those (at most two waves: a few small files).
  const tenth = (facets: SearchFacet[]) =>
    facets
      .map((f) => f.count)
      .sort((x, y) => y - x)
      .at(facetLimit - 1) ?? 0;
  const inWaves = async (
    list: { c: Candidate; most: number }[],
    kind: 'p' | 'c',
    first: Candidate[],
    count: (c: Candidate) => Promise<SearchFacet>,
    loaded: (c: Candidate) => boolean,
  ): Promise<CountedFacet> => {
    const firstWave = [
      ...first,
      ...list
        .filter(({ c, most }) => most > 0 && !first.includes(c))
        .map(({ c }) => c)
        .slice(0, facetLimit),
    ];
    const counted = await Promise.all(firstWave.map(count));
    let rest = list.filter(({ c, most }) => most > 0 && !firstWave.includes(c));
    const over = (t: number) => rest.filter(({ most }) => most > t);
    // The second wave reads the lists already loaded (a bucket holds many people's) and a few files more.
    let files = 0;
    const second = sets.length
      ? over(tenth(counted))
          .filter(({ c }) => loaded(c) || files++ < secondWaveFiles)
          .slice(0, facetLimit)
      : [];
    if (second.length) {
      counted.push(...(await Promise.all(second.map(({ c }) => count(c)))));
      rest = rest.filter((r) => !second.includes(r));
    }
    // Rows alone name the values (no list searched has precomputed facets): none is capped but by the matches.
    if (!sets.length) return { facets: counted };
    // Every country of the archive is a candidate (meta.json lists them): none is left unseen.
    const most = Math.max(kind === 'c' ? 0 : ceiling(kind, null), ...rest.map((r) => r.most));
    return most > tenth(counted) ? { facets: counted, mayMiss: most } : { facets: counted };
  };
  const people = ranked(
    [...named, ...found.people.filter((c) => !named.some((n) => n.value === c.value))],
    'p',
  );
  const namedFirst = people.filter(({ c }) => named.includes(c)).map(({ c }) => c);
  const exactPeople = inWaves(people, 'p', namedFirst, countPerson, (c) => {
    const b = facetBucket(`person:${c.value}`, meta.personBuckets);
    return buckets.has(b) || spared.has(b);
  });
  // Filters alone with more matches than the rows read: the facets are the newest page's, and the page says so.
  const fromFirstPage = !sets.length && !rowsAll && matches.length > searchPageSize;
  // Otherwise the archive's other countries are candidates too, each capped by its own article count as well.
  const countries = fromFirstPage
    ? found.countries
    : [
        ...found.countries,
        ...meta.countries
          .filter(([name]) => !found.countries.some((c) => c.value === name))
          .map(([name, df]): Candidate => ({ value: name, label: name, onPage: 0, known: 0, df })),
      ];
  const exactCountries = inWaves(ranked(countries, 'c'), 'c', [], countCountry, () => rowsAll);
  const nonZero = (facets: SearchFacet[]) =>
    facets
      .filter((f) => f.count > 0)
      .sort(byCount)
      .slice(0, facetLimit);
  const [p, c] = [await exactPeople, await exactCountries];
  const mayMiss = {
    ...(p.mayMiss ? { people: p.mayMiss } : {}),
    ...(c.mayMiss ? { countries: c.mayMiss } : {}),
  };
  return {
    people: withNamed(p.facets, named, names && { found: namedFound, key: names.key }),
    countries: nonZero(c.facets),
    ...(fromFirstPage ? { fromFirstPage: true as const } : {}),
    ...(Object.keys(mayMiss).length ? { mayMiss } : {}),
  };
}
