// Dataset -> every static data file of the site (path relative to the site base -> JSON text).
// Pure and deterministic: the same dataset gives byte-identical files. One pass per output kind, so linear.
import type { Article, Dataset, Person } from '../common/dataset.ts';
import { pairsBucketOf, pairsFileCount, type PersonPairs } from '../common/person-pairs.ts';
import { dataPaths } from '../common/paths.ts';
import { encodeTookPart, type PersonTookPart } from '../common/took-part.ts';
import { detach } from '../common/detach.ts';
import { distinctRoles } from '../ingest/role-forms.ts';
import type {
  ArticleDetail,
  ArticleSummary,
  ArticleVersion,
  FacetCount,
  ListRow,
  Manifest,
  PeopleIndexEntry,
  PeopleIndexPage,
  PersonArticleRow,
  PersonDetail,
  PersonRef,
} from '../common/site-data.ts';
import { buildPeopleNames } from './people-names/build-people-names.ts';
import { type CountedSpan, mainRole, roleTable, storedSpan } from './role-table.ts';
import {
  buildSearchIndex,
  type IndexDoc,
  type SearchIndexOptions,
  type SearchIndexStep,
  searchIndexSteps,
  wordPageMaxDocs,
} from './search-index/build-search-index.ts';
import { indexTextOf } from './search-index/count-terms.ts';
import { createStepProgress, type OnStepProgress } from './step-progress.ts';
import { personCountries } from './person-countries.ts';
import { displayPlace } from '../common/display-place.ts';
import { countWords, createHasher, makeExcerpt } from './text-helpers.ts';

export interface BuildSiteDataOptions {
  /** Articles per list page (also per person-articles page). */
  pageSize?: number;
  /** People per people-index page. */
  peoplePageSize?: number;
  /** Co-participants in a person's file; the rest are in their paged list (tests). */
  coParticipantsShown?: number;
  /** Most people in one file of the people name index (tests and measurements). */
  peopleNameLeafMax?: number;
  /**
   * The dev server's: instead of building the search index (over half the time at 10,000 articles), hand over a
   * function that builds its files, to be called when a search first asks for one. Other files are unchanged.
   */
  deferSearchIndex?: (build: () => Map<string, string>) => void;
  /**
   * The build's: builds the search index elsewhere (a worker thread, on the second core) rather than here. Called
   * with the index's documents as soon as the list rows are made, so the index is built beside the other files;
   * the function it returns is given the build id (which meta.json names) once those are made. The index's files
   * are then not emitted here.
   */
  searchIndexElsewhere?: (docs: IndexDoc[], opts: SearchIndexOptions) => (buildId: string) => void;
  /**
   * The build's, with searchIndexElsewhere: the caller is done with the articles' text, so each article's
   * paragraphs and captions are emptied once its file is made (nothing after reads them), and the people and the
   * rest are built without every article's text in memory (~450 MB at 100,000 articles). This changes the dataset:
   * the dev server, which keeps its own, does not ask for it.
   */
  releaseArticleText?: boolean;
  /**
   * The build's: the build id of the files handed to `emit` so far, hashed where they are written (the build's
   * writer thread, natively: the JavaScript hash here took ~18% of this thread at 30,000 articles). Without it
   * the files are hashed here.
   */
  buildIdOfEmitted?: () => string;
  /** Tuning of the search index (tests and measurements). */
  searchIndex?: SearchIndexOptions;
  /** Told how far the build is over all its steps (a build's progress bar). */
  onProgress?: OnStepProgress;
}

type SiteDataStep = 'lists' | 'articles' | 'people' | 'people names' | SearchIndexStep | 'search files';

// Each step's seconds per 100,000 articles, which weight the progress bar so its ETA covers the people and the
// search index, not only the article files. A build's steps include handing their files to the writer thread,
// which holds the builder back when it falls behind (the articles' files above all: in builds of 10,000 and 20,000
// bench articles they took 25-45% of the phase). Two sizes, because the index changes its work past
// wordPageMaxDocs (every word's first page below it) and tokenizing grows faster than the corpus: from runs on
// 20,000 bench articles and builds of 10,000 and 20,000 (2026-11-29, noisy shared machine), and at 100,000 from
// tests/bench/HISTORY.md's CPU figures ("Issue 4") with the articles' writing scaled alike (not measured by a build). Since the
// ingest counts the index's terms (Dataset.indexTerms), its tokenizing step only appends them: about a fifth of
// its time at 30,000 bench articles (CPU, 2026-11-29), so both tables give it the same small cost.
const smallArchiveCosts: readonly (readonly [SiteDataStep, number])[] = [
  ['lists', 2.5],
  ['articles', 12],
  ['people', 2.6],
  ['people names', 0.6],
  ['tokenizing', 1.5],
  ['postings', 1.2],
  ['shards', 4.5],
  ['word lists', 0.05],
  ['doc store', 1.5],
  ['first pages', 9],
  ['filters', 0.1],
  ['search files', 3.5],
];
const largeArchiveCosts: readonly (readonly [SiteDataStep, number])[] = [
  ['lists', 3.8],
  ['articles', 16],
  ['people', 4.5],
  ['people names', 0.9],
  ['tokenizing', 1.5],
  ['postings', 2.2],
  ['shards', 2],
  ['word lists', 0.1],
  ['doc store', 2],
  ['first pages', 2.6],
  ['filters', 0.1],
  ['search files', 1.5],
];
// A search index deferred or built elsewhere is not built by this thread, so its steps leave this phase's bar.
const deferredSteps = new Set<SiteDataStep>([...searchIndexSteps, 'search files']);

const wordsPerMinute = 230;
const topPeopleFacets = 15;
const topCountryFacets = 30;
const maxCoParticipants = 20;
const coParticipantsPageSize = 100;

const byName = (a: { name: string; slug: string }, b: { name: string; slug: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;

/** Newest first by date ("" last), then by id: the order of every list and of search doc numbers. */
export function compareNewestFirst(a: Article, b: Article): number {
  if (a.date !== b.date) return a.date > b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const pageCountOf = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

function paged<T>(
  items: readonly T[],
  size: number,
  emit: (page: number, pageCount: number, slice: T[]) => void,
) {
  const pageCount = pageCountOf(items.length, size);
  for (let page = 1; page <= pageCount; page++)
    emit(page, pageCount, items.slice((page - 1) * size, page * size));
}

/** Receives each data file as soon as it is built: path relative to the site base, and its JSON text. */
export type EmitFile = (path: string, text: string) => void;

/**
 * Every data file of the site. With `emit`, each file goes to the sink as soon as it is built and nothing is
 * collected (at 100,000 articles the files add up to ~700 MB of strings; a build writes them out and lets them go),
 * and the returned map is empty. Without it, the files are returned in a map (tests, dev server).
 */
export function buildSiteData(
  dataset: Dataset,
  opts: BuildSiteDataOptions = {},
  emit?: EmitFile,
): Map<string, string> {
  const pageSize = opts.pageSize ?? 20;
  const peoplePageSize = opts.peoplePageSize ?? 100;
  const coParticipantsShown = opts.coParticipantsShown ?? maxCoParticipants;
  const files = new Map<string, string>();
  const sink: EmitFile = emit ?? ((path, text) => files.set(path, text));
  const hasher = opts.buildIdOfEmitted ? null : createHasher();
  const putText = (path: string, text: string) => {
    hasher?.update(path);
    hasher?.update(text);
    sink(path, text);
  };
  const put = (path: string, value: unknown) => putText(path, JSON.stringify(value));
  const stepCosts = dataset.articles.length <= wordPageMaxDocs ? smallArchiveCosts : largeArchiveCosts;
  const progress = createStepProgress(
    opts.deferSearchIndex || opts.searchIndexElsewhere
      ? stepCosts.filter(([step]) => !deferredSteps.has(step))
      : stepCosts,
    opts.onProgress,
  );

  const peopleById = new Map<string, Person>();
  for (const person of dataset.people) peopleById.set(person.id, person);
  const personName = (id: string, fallback: string) => peopleById.get(id)?.name ?? fallback;

  // Every article has its page, but a story the archive holds more than once (Article.versionOf) is listed,
  // searched and counted once: by its canonical version.
  const articles = [...dataset.articles].sort(compareNewestFirst);
  const listed: number[] = [];
  // A listed article's position in `listed`, by its index in `articles`.
  const listedPosition = new Int32Array(articles.length);
  const indexOfId = new Map<string, number>();
  articles.forEach((article, index) => {
    indexOfId.set(article.id, index);
    if (article.versionOf === undefined) listedPosition[index] = listed.push(index) - 1;
  });
  const listedSummaries = (): ArticleSummary[] =>
    listed.length === articles.length ? summaries : listed.map((index) => summaries[index]!);
  // A few hundred datelines serve every article: title-case each place once.
  const places = new Map<string, string>();
  const placeOf = (place: string) => {
    let shown = places.get(place);
    if (shown === undefined) places.set(place, (shown = displayPlace(place)));
    return shown;
  };

  progress('lists', 0, 1);
  // Each article's word count, for its reading time: the ingest's threads counted them with its index terms, which
  // the build lets go once the index has its documents, before the article files are made.
  const words = new Uint32Array(articles.length);
  const summaries: ArticleSummary[] = articles.map((article, index) => {
    if (index % 500 === 0) progress('lists', index, articles.length);
    const counted = dataset.indexTerms?.get(article.file);
    words[index] = counted?.words ?? countWords(article.paragraphs);
    const participants: PersonRef[] = [];
    const countries = new Set<string>();
    const seen = new Set<string>();
    for (const p of article.people) {
      if (p.country) countries.add(p.country);
      if (p.participant && !seen.has(p.id)) {
        seen.add(p.id);
        participants.push({ slug: p.id, name: personName(p.id, p.name), country: p.country });
      }
    }
    return {
      slug: article.slug,
      title: article.title,
      date: article.date,
      place: article.dateline ? placeOf(article.dateline.place) : null,
      participants,
      countries: [...countries].sort(),
      // A copy of its own: cut from the joined opening paragraphs, it kept them all (~40 MB at 100,000 articles).
      excerpt: counted?.excerpt ?? detach(makeExcerpt(article.paragraphs)),
    };
  });

  // The terms counted by the ingest, before the merge, are those of the article's own mentions; a merged person's
  // other names ("Sergey Volkov" for an article's "Sergei Volkov") are added to them (IndexDoc.otherNames), and the
  // facets name each person as their page does.
  const indexDocs = (): IndexDoc[] =>
    listed.map((i) => {
      const article = articles[i]!;
      const counted = dataset.indexTerms?.get(article.file);
      const text = indexTextOf(article);
      const written = new Set(text.names);
      const otherNames = new Set<string>();
      const people = [...new Set(article.people.map((p) => p.id))];
      for (const id of people) {
        const person = peopleById.get(id);
        if (person)
          for (const name of [person.name, ...person.aliases]) if (!written.has(name)) otherNames.add(name);
      }
      return {
        ...text,
        summary: summaries[i]!,
        people,
        personNames: [...new Map(article.people.map((p) => [p.id, personName(p.id, p.name)])).values()],
        ...(otherNames.size ? { otherNames: [...otherNames] } : {}),
        counted,
        hanNames: counted?.hanNames,
      };
    });
  // A full name's first page counts the people its words name, by their aliases too (SearchIndexOptions).
  const searchIndexOptions: SearchIndexOptions = {
    ...opts.searchIndex,
    personAliases: Object.fromEntries(
      dataset.people.filter((p) => p.aliases.length).map((p) => [p.id, p.aliases]),
    ),
  };
  const giveBuildId = opts.searchIndexElsewhere?.(indexDocs(), searchIndexOptions);
  // Only once the index has its documents: built here or deferred, it reads the bodies later.
  const releaseText = opts.releaseArticleText === true && giveBuildId !== undefined;

  // A list row is what the home page shows of an article (ListRow): no country data, which only the search
  // index's facets need (~70 bytes an article, 7 MB at 100,000).
  const rowJson = ({ slug, title, date, place, participants, excerpt }: ArticleSummary): string =>
    JSON.stringify({
      slug,
      title,
      date,
      place,
      participants: participants.map((p) => ({ slug: p.slug, name: p.name })),
      excerpt,
    } satisfies ListRow);
  const articlesJson = (slice: ArticleSummary[]) => `[${slice.map(rowJson).join(',')}]`;

  // ---- list pages ------------------------------------------------------------------------------------------------
  // Only the archive-wide list is paged here: country, year and person filters are terms of the search index, so
  // per-facet copies of the list would only add disk (about 190 MB at 100,000 articles) that nothing reads.
  const stories = listedSummaries();
  paged(stories, pageSize, (page, pageCount, slice) =>
    putText(
      dataPaths.listPage(page),
      `{"page":${page},"pageCount":${pageCount},"total":${stories.length},"articles":${articlesJson(slice)}}`,
    ),
  );

  const countryArticles = new Map<string, number>();
  const yearArticles = new Map<string, number>();
  for (const summary of stories) {
    for (const country of summary.countries)
      countryArticles.set(country, (countryArticles.get(country) ?? 0) + 1);
    const year = summary.date.slice(0, 4);
    if (year) yearArticles.set(year, (yearArticles.get(year) ?? 0) + 1);
  }

  // ---- article pages --------------------------------------------------------------------------------------------
  // "Also carried as": the canonical's other versions; a version's canonical and the canonical's other versions.
  const versionsOf = (article: Article): ArticleVersion[] => {
    const canonical =
      article.versionOf === undefined ? article : articles[indexOfId.get(article.versionOf)!]!;
    const others = [canonical.id, ...(canonical.versions ?? [])].filter((id) => id !== article.id);
    return others.flatMap((id) => {
      const index = indexOfId.get(id);
      if (index === undefined) return [];
      const { slug, title, date, source } = articles[index]!;
      return [{ slug, title, date, source, ...(id === article.versionOf ? { listed: true as const } : {}) }];
    });
  };
  articles.forEach((article, index) => {
    if (index % 500 === 0) progress('articles', index, articles.length);
    // A version's neighbours are its canonical's: the list has the story there.
    const canonical = article.versionOf === undefined ? index : indexOfId.get(article.versionOf)!;
    const at = listedPosition[canonical]!;
    const prev = at > 0 ? articles[listed[at - 1]!] : undefined;
    const next = at + 1 < listed.length ? articles[listed[at + 1]!] : undefined;
    const versions = versionsOf(article);
    const detail: ArticleDetail = {
      slug: article.slug,
      title: article.title,
      titleDerived: article.titleDerived,
      date: article.date,
      source: article.source,
      publishedTime: article.publishedTime,
      dateline: article.dateline ? { place: article.dateline.place, date: article.dateline.date } : null,
      paragraphs: article.paragraphs,
      captions: article.captions,
      readingMinutes: Math.max(1, Math.round(words[index]! / wordsPerMinute)),
      people: article.people.map((p) => ({
        slug: p.id,
        name: p.name,
        country: p.country,
        aliases: p.aliases,
        // Articles keep "Indonesian President" and "President" as the golds do; a reader needs the office once.
        roles: distinctRoles(p.roles),
        participant: p.participant,
      })),
      organizations: article.organizations,
      places: article.places,
      // "Previous" is the newer neighbour in the newest-first list, "next" the older one.
      prev: prev ? { slug: prev.slug, title: prev.title } : null,
      next: next ? { slug: next.slug, title: next.title } : null,
      ...(versions.length ? { versions } : {}),
    };
    put(dataPaths.article(article.slug), detail);
    if (releaseText) {
      article.paragraphs = [];
      article.captions = [];
    }
  });

  progress('people', 0, dataset.people.length);
  // ---- people ---------------------------------------------------------------------------------------------------
  interface PersonAcc {
    articles: number[];
    roles: Map<string, CountedSpan>;
    co: Map<string, number>;
    /** How many of their articles give each country (personCountries). */
    countries: Map<string, number>;
  }
  const acc = new Map<string, PersonAcc>();
  const accOf = (id: string) => {
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { articles: [], roles: new Map(), co: new Map(), countries: new Map() }));
    return a;
  };
  articles.forEach((article, index) => {
    // A version counts for the people its canonical does not name (a name it corrected, a line it added): the
    // story counts once for everyone.
    const inCanonical =
      article.versionOf === undefined
        ? null
        : new Set(articles[indexOfId.get(article.versionOf)!]?.people.map((p) => p.id));
    const counts = (id: string) => inCanonical === null || !inCanonical.has(id);
    const participantIds = [...new Set(article.people.filter((p) => p.participant).map((p) => p.id))];
    const seen = new Set<string>();
    const countryGiven = new Set<string>();
    for (const p of article.people) {
      if (!counts(p.id)) continue;
      const a = accOf(p.id);
      if (!seen.has(p.id)) {
        seen.add(p.id);
        a.articles.push(index);
      }
      if (p.country && !countryGiven.has(p.id)) {
        countryGiven.add(p.id);
        a.countries.set(p.country, (a.countries.get(p.country) ?? 0) + 1);
      }
      for (const role of p.roles) {
        const key = role.toLowerCase();
        const span = a.roles.get(key);
        if (!span)
          a.roles.set(key, {
            role,
            first: article.date,
            last: article.date,
            firstArticle: article.slug,
            lastArticle: article.slug,
            articles: 1,
            at: index,
          });
        else if (span.at !== index) {
          span.articles++;
          span.at = index;
        }
        if (span && article.date) {
          // Articles arrive newest first, so each later one can only push `first` back.
          if (!span.last) {
            span.last = article.date;
            span.lastArticle = article.slug;
          }
          if (!span.first || article.date < span.first) {
            span.first = article.date;
            span.firstArticle = article.slug;
          }
        }
      }
    }
    for (const id of participantIds)
      for (const other of participantIds)
        if (other !== id && (counts(id) || counts(other)))
          accOf(id).co.set(other, (accOf(id).co.get(other) ?? 0) + 1);
  });

  // Which of the articles a search of each person finds (the listed versions, in document order: the search index's
  // `person:` list) they took part in, for a search that keeps only those (src/common/took-part.ts).
  const tookPartOf = new Map<string, boolean[]>();
  for (const index of listed) {
    const tookPart = new Map<string, boolean>();
    for (const p of articles[index]!.people)
      tookPart.set(p.id, (tookPart.get(p.id) ?? false) || p.participant);
    for (const [id, took] of tookPart) {
      let bits = tookPartOf.get(id);
      if (!bits) tookPartOf.set(id, (bits = []));
      bits.push(took);
    }
  }

  // A person's article list shows rows without excerpts (see PersonArticleRow). An article appears in the list
  // of each of its people, so its row is serialised once, in pieces (the same text JSON.stringify gives for a
  // PersonArticleRow), and only the list of the others is put together per person.
  const rowHeads: (string | undefined)[] = new Array(summaries.length);
  const rowOthers: (string[] | undefined)[] = new Array(summaries.length);
  const personRowJson = (index: number, personId: string): string => {
    const summary = summaries[index]!;
    let head = rowHeads[index];
    let others = rowOthers[index];
    if (head === undefined || others === undefined) {
      const { slug, title, date, place } = summary;
      const row: Omit<PersonArticleRow, 'others'> = { slug, title, date, place };
      head = JSON.stringify(row).slice(0, -1);
      others = summary.participants.map(({ slug, name }) => JSON.stringify({ slug, name }));
      rowHeads[index] = head;
      rowOthers[index] = others;
    }
    const { participants } = summary;
    let list = '';
    for (let i = 0; i < participants.length; i++) {
      if (participants[i]!.slug === personId) continue;
      list += list ? `,${others[i]!}` : others[i]!;
    }
    // In what role the person appears here, and whether they took part: a row of someone only mentioned must not
    // read as if they met its participants.
    // distinctRoles keeps each office once (case and spelling variants included), the first written on ties.
    const roles: string[] = [];
    let tookPart = false;
    for (const p of articles[index]!.people)
      if (p.id === personId) {
        tookPart ||= p.participant;
        roles.push(...p.roles);
      }
    const part: Pick<PersonArticleRow, 'roles' | 'mentioned'> = {};
    if (roles.length) part.roles = distinctRoles(roles);
    if (!tookPart) part.mentioned = true;
    const partJson = JSON.stringify(part).slice(1, -1);
    return `${head}${partJson ? `,${partJson}` : ''},"others":[${list}]}`;
  };

  const indexEntries: PeopleIndexEntry[] = [];
  const people = [...dataset.people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Each person's country as the most of their articles give it, the others apart (src/site/person-countries.ts):
  // their page, the people index and filter, and the country beside them in others' co-participants.
  const countriesOf = new Map(
    dataset.people.map((person) => [
      person.id,
      personCountries(person.countries, acc.get(person.id)?.countries ?? new Map()),
    ]),
  );
  people.forEach((person, done) => {
    if (done % 100 === 0) progress('people', done, people.length);
    const a = acc.get(person.id) ?? {
      articles: [],
      roles: new Map<string, CountedSpan>(),
      co: new Map<string, number>(),
      countries: new Map<string, number>(),
    };
    const table = roleTable([...a.roles.values()]);
    const main = mainRole(table);
    const roles = table
      .map(storedSpan)
      .sort((x, y) =>
        x.first !== y.first ? (x.first < y.first ? -1 : 1) : x.role < y.role ? -1 : x.role > y.role ? 1 : 0,
      );
    // The articles naming both, which is what a search of the two people finds (its person filters count everyone
    // named), may be more than the ones both took part in: counted per person, so no map of every pair is kept.
    const named = new Map<string, number>();
    for (const index of a.articles) {
      const counted = new Set<string>();
      for (const p of articles[index]!.people)
        if (a.co.has(p.id) && !counted.has(p.id)) {
          counted.add(p.id);
          named.set(p.id, (named.get(p.id) ?? 0) + 1);
        }
    }
    const allCoParticipants = [...a.co.entries()]
      .map(([slug, count]) => {
        const other = peopleById.get(slug);
        const both = named.get(slug) ?? count;
        return {
          slug,
          name: other?.name ?? slug,
          country: countriesOf.get(slug)?.countries[0] ?? other?.countries[0] ?? null,
          count,
          ...(both > count ? { named: both } : {}),
        };
      })
      .sort((x, y) => y.count - x.count || byName(x, y));
    const coParticipants = allCoParticipants.slice(0, coParticipantsShown);
    // Everyone, for the person page's "All N people": only when the person file does not hold them all.
    if (allCoParticipants.length > coParticipantsShown) {
      paged(allCoParticipants, coParticipantsPageSize, (page, pageCount, slice) =>
        put(dataPaths.personCoParticipants(person.id, page), { page, pageCount, people: slice }),
      );
      // And by the other's slug, for a search of any two of them (src/common/person-pairs.ts).
      const pairs = Array.from({ length: pairsFileCount(a.co.size) }, (): PersonPairs => ({}));
      for (const { slug, count, named } of allCoParticipants)
        pairs[pairsBucketOf(slug, a.co.size) - 1]![slug] = named ? [count, named] : [count];
      pairs.forEach((file, index) => put(dataPaths.personPairs(person.id, index + 1), file));
    }
    const shown = countriesOf.get(person.id)!;
    const detail: PersonDetail = {
      slug: person.id,
      name: person.name,
      aliases: person.aliases,
      countries: shown.countries,
      ...(shown.otherCountries ? { otherCountries: shown.otherCountries } : {}),
      roles,
      articleCount: a.articles.length,
      articlePageSize: pageSize,
      articlePageCount: pageCountOf(a.articles.length, pageSize),
      coParticipants,
      coParticipantCount: a.co.size,
    };
    const tookPart = tookPartOf.get(person.id) ?? [];
    const onlyMentioned = tookPart.filter((took) => !took).length;
    if (onlyMentioned) detail.onlyMentioned = onlyMentioned;
    if (onlyMentioned && onlyMentioned < tookPart.length)
      put(dataPaths.personTookPart(person.id), { mask: encodeTookPart(tookPart) } satisfies PersonTookPart);
    put(dataPaths.person(person.id), detail);
    paged(a.articles, pageSize, (page, pageCount, slice) =>
      putText(
        dataPaths.personArticles(person.id, page),
        `{"page":${page},"pageCount":${pageCount},"articles":[${slice.map((i) => personRowJson(i, person.id)).join(',')}]}`,
      ),
    );
    indexEntries.push({
      slug: person.id,
      name: person.name,
      countries: shown.countries,
      articleCount: a.articles.length,
      ...(main ? { role: main } : {}),
    });
  });
  progress('people names', 0, 1);
  indexEntries.sort((x, y) => y.articleCount - x.articleCount || byName(x, y));
  paged(indexEntries, peoplePageSize, (page, pageCount, slice) =>
    put(dataPaths.peopleIndexPage(page), {
      page,
      pageCount,
      total: indexEntries.length,
      people: slice,
    } satisfies PeopleIndexPage),
  );
  // The /people filter's name index and per-country lists (src/site/people-names).
  const peopleCountries = [...new Set(indexEntries.flatMap((entry) => entry.countries))].sort();
  const aliasesBySlug = new Map(dataset.people.map((person) => [person.id, person.aliases]));
  buildPeopleNames(
    indexEntries,
    (slug) => aliasesBySlug.get(slug) ?? [],
    peopleCountries,
    { pageSize: peoplePageSize, leafMax: opts.peopleNameLeafMax },
    put,
  );

  // ---- search index ---------------------------------------------------------------------------------------------
  const preliminaryId = hasher ? hasher.digest() : opts.buildIdOfEmitted!();
  const searchFiles = (onStep?: SearchIndexOptions['onStep']) =>
    buildSearchIndex(indexDocs(), preliminaryId, { ...searchIndexOptions, onStep });
  if (giveBuildId) giveBuildId(preliminaryId);
  else if (opts.deferSearchIndex) opts.deferSearchIndex(() => searchFiles());
  else {
    const built = searchFiles(progress);
    let written = 0;
    for (const [path, text] of built) {
      if (written % 500 === 0) progress('search files', written, built.size);
      sink(path, text);
      written++;
    }
  }

  // ---- manifest (last: its buildId hashes everything above) ------------------------------------------------------
  const countryCounts: FacetCount[] = [...countryArticles.entries()]
    .map(([country, count]) => ({ value: country, label: country, count }))
    .sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : 1))
    .slice(0, topCountryFacets);
  const yearCounts: FacetCount[] = [...yearArticles.entries()]
    .map(([year, count]) => ({ value: year, label: year, count }))
    .sort((x, y) => (x.value < y.value ? 1 : -1));
  const peopleFacets: FacetCount[] = indexEntries
    .filter((e) => e.articleCount > 0)
    .slice(0, topPeopleFacets)
    .map((e) => ({ value: e.slug, label: e.name, count: e.articleCount }));
  const manifest: Manifest = {
    buildId: preliminaryId,
    articleCount: listed.length,
    personCount: dataset.people.length,
    pageSize,
    pageCount: pageCountOf(listed.length, pageSize),
    peoplePageSize,
    peoplePageCount: pageCountOf(indexEntries.length, peoplePageSize),
    facets: { people: peopleFacets, countries: countryCounts, years: yearCounts },
    peopleCountries,
  };
  sink(dataPaths.manifest(), JSON.stringify(manifest));
  progress('search files', 1, 1);
  return files;
}
