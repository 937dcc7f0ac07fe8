import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../tests/bench/measure-search.ts';
import {
  bloomHas,
  bloomOf,
  decodeDirectory,
  decodeDocs,
  facetBucket,
  encodeDocs,
  parseQuery,
  phraseKey,
  prefixShardRange,
  tokenize,
  type SearchMeta,
  type Shard,
  tailOf,
  type PhrasePage,
  type TopRows,
  type WordFile,
  wordKeyChars,
} from '../../common/search-text.ts';
import { searchPaths } from '../../common/paths.ts';
import { decodeWordList, fixKey, isFixWord, nearWords } from '../../common/search-typos.ts';
import {
  isOneEdit,
  runSearch,
  SearchIndex,
  type SearchFacet,
  type SearchOptions,
} from '../../features/search/search-engine.ts';
import { readSearchParams, type SearchParamsState } from '../../features/search/search-params.ts';
import { searchInWaves } from '../../features/search/search-waves.ts';
import type { Dataset } from '../../common/dataset.ts';
import { buildSiteData } from '../build-site-data.ts';
import { buildSearchIndex, type IndexDoc, type SearchIndexOptions } from './build-search-index.ts';

/**
 * A dataset's site files with its search index built as `searchIndex` says. The other files do not depend on the
 * index's options: they are built once a dataset, handing over the index's documents as a build does to its worker
 * thread (searchIndexElsewhere), and each variant builds only its index (the same files as buildSiteData's).
 */
function siteOf(data: Dataset): (searchIndex: SearchIndexOptions) => Map<string, string> {
  let docs: IndexDoc[] = [];
  let given: SearchIndexOptions = {};
  let buildId = '';
  const others = buildSiteData(data, {
    searchIndexElsewhere: (indexDocs, options) => {
      docs = indexDocs;
      given = options;
      return (id) => (buildId = id);
    },
  });
  return (searchIndex) =>
    new Map([...others, ...buildSearchIndex(docs, buildId, { ...given, ...searchIndex })]);
}

const dataset = syntheticDataset(1500, 7);
const site = siteOf(dataset);
/**
 * The variants that no test searches a quoted phrase in leave out the pairs of words side by side (its files, a
 * third of a build's time); every file an unquoted search reads is the same without them.
 */
const noPairs = { pairMaxDocs: 0 };
// As a large archive's index: only words with a tail (and names, pairs) have first pages (see wordPageMaxDocs).
const files = site({ headMax: 200, wordPageRows: 0 });
const exactFiles = site({ headMax: 1e9 });
// The same large archive correcting typos from its `s` and `t` word lists (no early-edit files), and with near-word
// filters of only its 60 most frequent fix words (see largeArchiveFilters).
const listFiles = site({ headMax: 200, wordPageRows: 0, earlyEditFiles: false, ...noPairs });
const fewerFiles = site({ headMax: 200, wordPageRows: 0, nearWords: 60, ...noPairs });
/**
 * Every string one insertion, deletion, substitution or swap of two neighbouring letters from `word`, over the
 * word lists' letters, made plainly: what nearWords finds without making the strings.
 */
function oneEditVariants(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++)
    out.add(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2));
  for (let i = 0; i <= word.length; i++)
    for (const c of wordKeyChars) {
      if (i < word.length && c !== word[i]) out.add(word.slice(0, i) + c + word.slice(i + 1));
      out.add(word.slice(0, i) + c + word.slice(i));
    }
  out.delete(word);
  return out;
}
/**
 * A file of `source` parsed once, as the app's query cache keeps it: the engine reads its files and never changes
 * them, and a test that searches a thousand times would otherwise spend most of its time parsing the same shards.
 * The index's variants share most of their files (the doc store, and most shards where only the typo files
 * differ), so a file is kept by its text: each path's few versions, one parse each.
 */
const parsedFiles = new Map<string, [text: string, value: unknown][]>();
function parsed(source: Map<string, string>, path: string): unknown {
  const text = source.get(path)!;
  let versions = parsedFiles.get(path);
  if (!versions) parsedFiles.set(path, (versions = []));
  let found = versions.find(([known]) => known === text);
  if (!found) versions.push((found = [text, JSON.parse(text)]));
  return found[1];
}
const loaderOf = (source: Map<string, string>) => async (path: string) => parsed(source, path);
/**
 * `load` (by default `source`'s files, as `loaderOf`) recording every path the engine asks it for, in order, in
 * `read`: what a search fetched.
 */
function recording(
  source: Map<string, string>,
  load: (path: string) => unknown = (path) => parsed(source, path),
): { read: string[]; load: (path: string) => Promise<unknown> } {
  const read: string[] = [];
  return {
    read,
    load: async (path) => {
      read.push(path);
      return load(path);
    },
  };
}
const search = (source: Map<string, string>, query: string) =>
  runSearch(readSearchParams(new URLSearchParams(query)), loaderOf(source));

describe('search index files', () => {
  it('cuts the index into term-range shards of at most ~16 KB with a small directory', () => {
    const meta = JSON.parse(files.get(searchPaths.meta())!) as SearchMeta;
    const directory = decodeDirectory(meta.shards);
    expect(directory.length).toBeGreaterThan(10);
    let previousLast = '';
    for (let n = 0; n < directory.length; n++) {
      const text = files.get(searchPaths.shard(n))!;
      expect(text.length).toBeLessThanOrEqual(16_500);
      const terms = (JSON.parse(text) as Shard).terms.map((e) => e[0]);
      expect([...terms].sort()).toEqual(terms);
      expect(terms[0]! > previousLast).toBe(true);
      // The directory's separator for this shard falls between the shard before and this one.
      expect(directory[n]! > previousLast && directory[n]! <= terms[0]!).toBe(true);
      previousLast = terms[terms.length - 1]!;
    }
    // meta.json carries the directory (a shard's first term each), the months' document ranges (~25 bytes each: they
    // grow with the archive's span of dates, not its size) and little else: a first search fetches it.
    expect(meta.months.length).toBeGreaterThan(100);
    expect(files.get(searchPaths.meta())!.length).toBeLessThan(
      2_000 + 40 * directory.length + 25 * meta.months.length,
    );
  });

  // Long lists keep only their best postings in the shard; the rest come from tail files when an AND needs them.
  const bySlug = new Map(dataset.articles.map((a) => [a.slug, a]));
  const containsAll = (slug: string, words: string[]) => {
    const a = bySlug.get(slug)!;
    const terms = new Set(
      tokenize([a.title, ...a.people.map((p) => p.name), a.dateline?.place, ...a.paragraphs].join(' ')),
    );
    return words.every((w) => terms.has(w));
  };

  it('answers AND queries over long lists with the exact count and only true matches', async () => {
    for (const query of [
      'q=cooperation summit',
      'q=trade&country=China',
      'country=Russia&year=2015',
      'q=kissinger',
    ]) {
      const [split, exact] = await Promise.all([search(files, query), search(exactFiles, query)]);
      expect(split.total, query).toBe(exact.total);
      expect(split.total, query).toBeGreaterThan(0);
      expect(split.facets.years, query).toEqual(exact.facets.years);
      const words = tokenize(new URLSearchParams(query).get('q') ?? '');
      for (const hit of split.hits) expect(containsAll(hit.slug, words), `${query}: ${hit.slug}`).toBe(true);
    }
  });

  it('ranks a single common word from its head, with the exact count', async () => {
    const [split, exact] = await Promise.all([
      search(files, 'q=cooperation'),
      search(exactFiles, 'q=cooperation'),
    ]);
    expect(split.total).toBe(exact.total);
    expect(split.hits.map((h) => h.slug)).toEqual(exact.hits.map((h) => h.slug));
    // Beyond the head, pages come from the tail: still matches, none repeated from the first page.
    const deep = await search(files, 'q=cooperation&page=40');
    expect(deep.hits).toHaveLength(10);
    for (const hit of deep.hits) {
      expect(containsAll(hit.slug, ['cooperation'])).toBe(true);
      expect(split.hits.map((h) => h.slug)).not.toContain(hit.slug);
    }
  });

  // A facet count is what its filter gives: "Wang Yi (312)" means 312 articles when you click it.
  it('gives person and country counts equal to the results of their filter, or marks them "at least"', async () => {
    let exactCounts = 0;
    for (const query of ['q=cooperation', 'q=kissinger', 'q=trade summit', 'q=trade&year=2015', 'q=coop']) {
      const result = await search(files, query);
      const facets = [
        ...result.facets.people!.map((f) => ({ ...f, param: 'person' })),
        ...result.facets.countries!.map((f) => ({ ...f, param: 'country' })),
      ];
      expect(facets.length, query).toBeGreaterThan(0);
      for (const facet of facets) {
        const filtered = await search(files, `${query}&${facet.param}=${encodeURIComponent(facet.value)}`);
        if (facet.atLeast) expect(facet.count, `${query} ${facet.value}`).toBeLessThanOrEqual(filtered.total);
        else {
          expect(facet.count, `${query} ${facet.value}`).toBe(filtered.total);
          exactCounts++;
        }
      }
    }
    expect(exactCounts).toBeGreaterThan(40);
  });

  // Type-ahead: the shards a keystroke prefetches hold whatever the next letter needs, so it only waits for rows.
  it('prefetches, for a short last word, the shards every longer word it may become is in', async () => {
    const typed = await search(files, 'q=coo');
    expect(typed.prefetch.length).toBeGreaterThan(0);
    for (const next of ['q=coop', 'q=cooper', 'q=trade coo']) {
      const { read, load } = recording(files);
      await runSearch(readSearchParams(new URLSearchParams(next)), load);
      const shardsRead = read.filter((path) => path.startsWith('data/search/shards/'));
      const completionShards = shardsRead.filter((path) => !typed.prefetch.includes(path));
      // Only the other word's shard ("trade") may lie outside the prefetched ones.
      expect(completionShards.length, next).toBeLessThanOrEqual(next.includes(' ') ? 1 : 0);
    }
  });

  // A common word's first page comes with its shard (from a bucket of first pages), not from ten doc-store files
  // requested after it.
  it('shows the first page of a common word, or of its correction, without the doc store', async () => {
    for (const query of ['q=cooperation', 'q=cooperatoin']) {
      const { read, load } = recording(files);
      const result = await runSearch(readSearchParams(new URLSearchParams(query)), load);
      expect(result.hits, query).toEqual((await search(exactFiles, query)).hits);
      expect(
        read.filter((path) => path.startsWith('data/search/docs/')),
        query,
      ).toEqual([]);
    }
    // Page 2, an AND and a rarer word (not a name) still read their rows from the doc store, and only a common word
    // or a name asks for a first-page bucket (a rarer word may ask for those of the frequent words one edit away,
    // in case it is a typo: see the near-word filters below).
    for (const query of ['q=cooperation&page=2', 'q=cooperation summit', 'q=antonyx']) {
      const { read, load } = recording(files);
      const result = await runSearch(readSearchParams(new URLSearchParams(query)), load);
      expect(result.hits, query).toHaveLength(10);
      expect(
        read.some((path) => path.startsWith('data/search/docs/')),
        query,
      ).toBe(true);
      expect(
        read.some((path) => path.startsWith('data/search/tops/')),
        query,
      ).toBe(false);
    }
  });

  // An AND over long lists waits for their tails; when the lists' heads already decide its first page (words that
  // go together), that page's rows load meanwhile, and otherwise nothing is guessed.
  it('requests the first page of an AND before its tails arrive only when the heads decide it', async () => {
    const wideHeads = site({ headMax: 400, ...noPairs });
    const rowsBeforeTails = async (source: Map<string, string>, query: string) => {
      const log: string[] = [];
      const result = await runSearch(readSearchParams(new URLSearchParams(query)), async (path) => {
        log.push(path);
        if (path.startsWith('data/search/tails/')) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          log.push(`done ${path}`);
        }
        return parsed(source, path);
      });
      // The page is the exact one either way.
      expect(result.hits, query).toEqual((await search(source, query)).hits);
      const firstTailDone = log.findIndex((entry) => entry.startsWith('done '));
      expect(firstTailDone, query).toBeGreaterThan(0);
      return log.slice(0, firstTailDone).filter((path) => path.startsWith('data/search/docs/'));
    };
    const early = await rowsBeforeTails(wideHeads, 'q=cooperation talks');
    expect(early.length).toBeGreaterThan(0);
    const hits = (await search(wideHeads, 'q=cooperation talks')).hits;
    expect(early.length).toBeLessThanOrEqual(hits.length);
    expect(await rowsBeforeTails(files, 'q=cooperation summit')).toEqual([]);
  });

  // People's names (and pairs of common words) have their first page precomputed at build time: it must be the
  // very page the engine finds, completions of a short last word and long lists' tails included.
  const bucketsOf = (source: Map<string, string>) =>
    [...source.entries()]
      .filter(([path]) => path.startsWith('data/search/tops/'))
      .map(([path]) => parsed(source, path) as TopRows);
  // "习近+近平" (a phrase key of Chinese bigrams) was typed as 习近平.
  const queryOf = (key: string) =>
    key
      .split(' ')
      .map((word) =>
        word
          .split('+')
          .map((bigram, i) => (i === 0 ? bigram : Array.from(bigram).slice(1).join('')))
          .join(''),
      )
      .join(' ');
  /** `source`'s files with no precomputed first page: the first-page buckets load empty. */
  const withoutPages = (source: Map<string, string>) => (path: string) =>
    path.startsWith('data/search/tops/') ? {} : parsed(source, path);
  /**
   * The engine's own page, without the precomputed first pages; and without person and country counts, which no
   * test compares with it (they took two thirds of its time).
   */
  const engineRun = (source: Map<string, string>, params: SearchParamsState) =>
    runSearch(params, async (path) => withoutPages(source)(path), { facetLists: false });

  it('precomputes the first page of names and word pairs exactly as the engine ranks them', async () => {
    for (const source of [files, exactFiles]) {
      const phrases = bucketsOf(source).flatMap((bucket) =>
        Object.entries(bucket).flatMap(([key, page]) => (Array.isArray(page) ? [] : [{ key, page }])),
      );
      expect(phrases.length).toBeGreaterThan(100);
      let completed = 0;
      let withTails = 0;
      for (const { key, page } of phrases) {
        const params = readSearchParams(new URLSearchParams({ q: queryOf(key) }));
        const quick = await runSearch(params, loaderOf(source), { facetLists: false });
        const engine = await engineRun(source, params);
        expect(
          quick.hits.map((h) => h.slug),
          key,
        ).toEqual(engine.hits.map((h) => h.slug));
        expect([quick.total, quick.pageCount], key).toEqual([engine.total, engine.pageCount]);
        expect(quick.facets.years, key).toEqual(engine.facets.years);
        expect([...quick.highlight].sort(), key).toEqual([...engine.highlight].sort());
        expect(engine.corrections, key).toEqual([]);
        // Person and country counts follow in the run with facet lists.
        expect(quick.facets.people, key).toBeNull();
        if (page.hl.length > key.split(/[ +]/).length) completed++;
        const index = new SearchIndex(loaderOf(source));
        const entries = await Promise.all(key.split(/[ +]/).map((term) => index.entry(term)));
        if (entries.some((entry) => entry && tailOf(entry) !== undefined)) withTails++;
      }
      // The set covers what could go wrong: completions of a short last word, and (with short heads) long lists.
      expect(completed, 'phrases with completions').toBeGreaterThan(0);
      if (source === files) expect(withTails, 'phrases over long lists').toBeGreaterThan(0);
    }
  });

  /**
   * A precomputed page's query as the results page runs it: rows, then counts; with the tails and facet lists the
   * counts' run read.
   */
  const countedRun = async (source: Map<string, string>, key: string, year?: string) => {
    const params = readSearchParams(new URLSearchParams({ q: queryOf(key), ...(year ? { year } : {}) }));
    const { read, load } = recording(source);
    await runSearch(params, load, { facetLists: false });
    const before = read.length;
    const counted = await runSearch(params, load, { facetLists: true });
    const lists = read.slice(before).filter((path) => /^data\/search\/(tails|facets)\//.test(path));
    return { params, counted, lists };
  };

  // A word pair's page carries its people and countries, counted over every match at build time: the run that counts
  // them then reads no word's complete list, and finds what the engine counts from the lists, on every page.
  it('counts a word pair’s people and countries from its page as the engine counts them, on every page', async () => {
    for (const source of [files, exactFiles]) {
      const pairs = bucketsOf(source).flatMap((bucket) =>
        Object.entries(bucket).flatMap(([key, page]) => (!Array.isArray(page) && page.f ? [key] : [])),
      );
      expect(pairs.length).toBeGreaterThan(10);
      let fromPage = 0;
      let compared = 0;
      for (const key of pairs) {
        const { params, counted, lists } = await countedRun(source, key);
        if (!lists.length) fromPage++;
        // The engine's own counts, from the lists (engineRun leaves counts out).
        const engine = await runSearch(params, async (path) =>
          path.startsWith('data/search/tops/') ? {} : parsed(source, path),
        );
        const second = await runSearch({ ...params, page: 2 }, loaderOf(source));
        expect(second.facets.people, key).toEqual(counted.facets.people);
        expect(second.facets.countries, key).toEqual(counted.facets.countries);
        expect(counted.facetsMayMiss, key).toBeUndefined();
        // Where the lists count the true top ten too, the two are the same (of values tied with the tenth, either
        // may list another: the lists' candidates are the words' top tens). Of a few pages of matches the lists'
        // run looks only for the people the rows name as taking part, where the page counts every one named.
        if (engine.facetsMayMiss || engine.facets.people!.some((f) => f.atLeast) || engine.total <= 30)
          continue;
        compared++;
        const topTen = (list: SearchFacet[] | null) => ({
          counts: list!.map((f) => f.count),
          aboveTenth: list!.filter((f) => f.count > list!.at(-1)!.count),
        });
        expect(topTen(counted.facets.people), key).toEqual(topTen(engine.facets.people));
        expect(topTen(counted.facets.countries), key).toEqual(topTen(engine.facets.countries));
      }
      expect(fromPage, 'pairs counted from their page').toBeGreaterThan(10);
      expect(compared, 'pairs compared').toBeGreaterThan(10);
    }
  });

  // A full name's page carries its people and countries over every match, and the counts of the people its words
  // name that its ten leave out (PhrasePage.n): the run that counts them reads the name lookup's files, and no
  // word's complete list or person's bucket (Wang Yi's first search read 14 buckets, 32 KB gz, at 100,000 articles).
  it('counts a full name’s people, the people it names among them, and countries from its page, reading no list', async () => {
    const nameKeys = new Set(dataset.people.map((p) => phraseKey(parseQuery(p.name).words)));
    for (const source of [files, exactFiles]) {
      const pages = bucketsOf(source).flatMap((bucket) =>
        Object.entries(bucket).flatMap(([key, page]) =>
          !Array.isArray(page) && page.f && nameKeys.has(key) ? [{ key, page }] : [],
        ),
      );
      expect(pages.length).toBeGreaterThan(10);
      let fromNamed = 0;
      // Those whose words name people outside their ten first (the same words in another order, or words they
      // start: "ana diaz" names Diaz Ana and Ana Diazo too).
      const chosen = [...pages.filter(({ page }) => page.n), ...pages.filter(({ page }) => !page.n)];
      for (const { key, page } of chosen.slice(0, 12)) {
        const { params, counted, lists } = await countedRun(source, key);
        expect(lists, key).toEqual([]);
        expect(counted.facetsMayMiss, key).toBeUndefined();
        // The person whose whole name was searched is listed, with the link to their page.
        const named = counted.facets.people!.filter((f) => f.named);
        expect(
          named.map((f) => f.label),
          key,
        ).toContainEqual(expect.stringMatching(new RegExp(`^${queryOf(key)}$`, 'i')));
        // Each count is exact: what its filter gives.
        const facets = [
          ...counted.facets.people!.map((f) => ({ ...f, param: 'person' })),
          ...counted.facets.countries!.map((f) => ({ ...f, param: 'country' })),
        ];
        for (const facet of facets) {
          expect(facet.atLeast, `${key} ${facet.value}`).toBeFalsy();
          const filtered = await search(
            source,
            `q=${encodeURIComponent(queryOf(key))}&${facet.param}=${encodeURIComponent(facet.value)}`,
          );
          expect(facet.count, `${key} ${facet.value}`).toBe(filtered.total);
        }
        fromNamed += counted.facets.people!.filter((f) => page.n?.some(([slug]) => slug === f.value)).length;
        const second = await runSearch({ ...params, page: 2 }, loaderOf(source));
        expect(second.facets.people, key).toEqual(counted.facets.people);
        expect(second.facets.countries, key).toEqual(counted.facets.countries);
      }
      // Some were counted from the page's named people, outside its ten.
      expect(fromNamed, 'named people counted from the page').toBeGreaterThan(0);
    }
  });

  // A full name in a year has no page of its own: its page's counts in each year of more than a page of its matches
  // (PhrasePage.y) are its people, named people and countries there, so that run reads no word's complete list or
  // person's bucket either (`Do Nam Lam` in 2016 read seven buckets, ~26 KB gz, at the realistic 100,000).
  it('counts a full name’s people and countries in a year from its page, exactly, reading no list', async () => {
    const nameKeys = new Set(dataset.people.map((p) => phraseKey(parseQuery(p.name).words)));
    for (const source of [files, exactFiles]) {
      const dated = bucketsOf(source).flatMap((bucket) =>
        Object.entries(bucket).flatMap(([key, page]) =>
          !Array.isArray(page) && page.y && nameKeys.has(key)
            ? Object.keys(page.y).map((year) => ({ key, year, page }))
            : [],
        ),
      );
      expect(dated.length).toBeGreaterThan(5);
      let fromNamed = 0;
      let shortLast = 0;
      const chosen = [...dated.filter(({ page }) => page.n), ...dated.filter(({ page }) => !page.n)];
      for (const { key, year, page } of chosen.slice(0, 10)) {
        const { params, counted, lists } = await countedRun(source, key, year);
        // (The year's own small file, facets/yYYYY.json, is the rows' run's too.)
        expect(
          lists.filter((path) => path !== `data/search/facets/y${year}.json`),
          `${key} ${year}`,
        ).toEqual([]);
        expect(counted.facetsMayMiss, `${key} ${year}`).toBeUndefined();
        expect(counted.total, `${key} ${year}`).toBe(page.years.find(([y]) => y === year)![1]);
        // Its rows are the engine's without pages, and a short last word's completions come from the page's
        // highlighted words, not its word list.
        const { read, load } = recording(source);
        const rows = await runSearch(params, load, { facetLists: false });
        const engine = await engineRun(source, params);
        expect(
          rows.hits.map((h) => h.slug),
          `${key} ${year}`,
        ).toEqual(engine.hits.map((h) => h.slug));
        expect([...rows.highlight].sort(), `${key} ${year}`).toEqual([...engine.highlight].sort());
        expect(
          read.filter((path) => path.startsWith('data/search/words/')),
          `${key} ${year}`,
        ).toEqual([]);
        if (key.split(' ').at(-1)!.length <= 4) shortLast++;
        const facets = [
          ...counted.facets.people!.map((f) => ({ ...f, param: 'person' })),
          ...counted.facets.countries!.map((f) => ({ ...f, param: 'country' })),
        ];
        for (const facet of facets) {
          expect(facet.atLeast, `${key} ${year} ${facet.value}`).toBeFalsy();
          const filtered = await search(
            source,
            `q=${encodeURIComponent(queryOf(key))}&year=${year}&${facet.param}=${encodeURIComponent(facet.value)}`,
          );
          expect(facet.count, `${key} ${year} ${facet.value}`).toBe(filtered.total);
        }
        fromNamed += counted.facets.people!.filter((f) =>
          page.y![year]!.n?.some(([slug]) => slug === f.value),
        ).length;
        const second = await runSearch({ ...params, page: 2 }, loaderOf(source));
        expect(second.facets.people, `${key} ${year}`).toEqual(counted.facets.people);
      }
      expect(fromNamed, 'named people counted from the year').toBeGreaterThan(0);
      expect(shortLast, 'names whose last word is short').toBeGreaterThan(0);
    }
  });

  // A word pair's page carries its years as a name's does (budget38 measured the pair without them: its first search
  // in a year reads the year's lists, ~4 KB gz more at 100,000 articles, for ~1 KB less in its own first search).
  // A pair in a year then counts from its page: no tail or list, and the counts its filters give.
  it('counts a word pair in a year from its page, exactly, reading no list', async () => {
    const nameKeys = new Set(dataset.people.map((p) => phraseKey(parseQuery(p.name).words)));
    for (const source of [files, exactFiles]) {
      const pages = bucketsOf(source).flatMap((bucket) =>
        Object.entries(bucket).flatMap(([key, page]) =>
          !Array.isArray(page) && page.f ? [{ key, page }] : [],
        ),
      );
      const pairs = pages.filter(({ key }) => !nameKeys.has(key));
      expect(pairs.length).toBeGreaterThan(10);
      let compared = 0;
      for (const { key, page } of pairs) {
        const [year, total] = [...page.years].sort(([, x], [, y]) => y - x)[0]!;
        if (total <= 10 || compared >= 3) continue;
        expect(page.y?.[year], `${key} ${year}`).toBeDefined();
        const { counted, lists } = await countedRun(source, key, year);
        expect(
          lists.filter((path) => path !== `data/search/facets/y${year}.json`),
          `${key} ${year}`,
        ).toEqual([]);
        expect(counted.total, `${key} ${year}`).toBe(total);
        const facets = [
          ...counted.facets.people!.map((f) => ({ ...f, param: 'person' })),
          ...counted.facets.countries!.map((f) => ({ ...f, param: 'country' })),
        ].filter((f) => !f.atLeast);
        expect(facets.length, `${key} ${year}`).toBeGreaterThan(0);
        for (const facet of facets.slice(0, 8)) {
          const filtered = await search(
            source,
            `q=${encodeURIComponent(queryOf(key))}&year=${year}&${facet.param}=${encodeURIComponent(facet.value)}`,
          );
          expect(facet.count, `${key} ${year} ${facet.value}`).toBe(filtered.total);
        }
        compared++;
      }
      expect(compared, 'pairs in a year compared').toBe(3);
    }
  });

  // A word pair's or a full name's page carries, for each year of more than a page of its matches, that year's first
  // page (doc numbers) and its months' counts (budget39): the query in that year paints from the page's bucket and
  // its rows' doc files, where it read its words' complete lists (~25 KB gz for `climate change` + 2016 at the
  // realistic 100,000), and shows what the engine finds from the lists.
  it('paints a word pair or a full name in a year from its page as the engine ranks it, reading no tail', async () => {
    for (const source of [files, exactFiles]) {
      const dated = bucketsOf(source).flatMap((bucket) =>
        Object.entries(bucket).flatMap(([key, page]) =>
          Array.isArray(page) || !page.y ? [] : Object.keys(page.y).map((year) => ({ key, year, page })),
        ),
      );
      expect(dated.length).toBeGreaterThan(20);
      // Every page has its years' first pages; the runs are compared over ~150 of its ~3,000 years, spread over them.
      for (const { key, year, page } of dated) expect(page.y![year]!.r, `${key} ${year}`).toHaveLength(10);
      const stride = Math.ceil(dated.length / 150);
      let withTails = 0;
      for (const { key, year } of dated.filter((_, i) => i % stride === 0)) {
        const params = readSearchParams(new URLSearchParams({ q: queryOf(key), year }));
        const { read, load } = recording(source);
        const quick = await runSearch(params, load, { facetLists: false });
        const engine = await engineRun(source, params);
        expect(
          quick.hits.map((h) => h.slug),
          `${key} ${year}`,
        ).toEqual(engine.hits.map((h) => h.slug));
        expect([quick.total, quick.pageCount], `${key} ${year}`).toEqual([engine.total, engine.pageCount]);
        expect(quick.facets.years, `${key} ${year}`).toEqual(engine.facets.years);
        expect(quick.facets.months, `${key} ${year}`).toEqual(engine.facets.months);
        expect([...quick.highlight].sort(), `${key} ${year}`).toEqual([...engine.highlight].sort());
        // No word's complete list, word list or date file: the page's bucket, the shards and the rows' doc files.
        expect(
          read.filter((path) => !/^data\/search\/(tops|shards|docs)\/|^data\/search\/meta\.json$/.test(path)),
          `${key} ${year}`,
        ).toEqual([]);
        const engineReads = recording(source, withoutPages(source));
        await runSearch(params, engineReads.load, { facetLists: false });
        if (engineReads.read.some((path) => path.startsWith('data/search/tails/'))) withTails++;
      }
      // Where words have tails, the engine without pages read them for these searches.
      if (source === files) expect(withTails, 'searches whose lists have tails').toBeGreaterThan(10);
    }
  });

  // A facet's scope of a pair in a year (a deep link's person or country) is run for its counts: no row is read.
  it('counts the scope of a word pair in a year without a row or a tail', async () => {
    const [key, page] = bucketsOf(files)
      .flatMap((bucket) => Object.entries(bucket))
      .find(([, p]) => !Array.isArray(p) && p.y)!;
    const year = Object.keys((page as PhrasePage).y!)[0]!;
    const { read, load } = recording(files);
    const scope = await runSearch(readSearchParams(new URLSearchParams({ q: queryOf(key), year })), load, {
      facetLists: false,
      rows: false,
      matches: false,
    });
    expect(scope.total).toBe((page as PhrasePage).years.find(([y]) => y === year)![1]);
    expect(scope.hits).toEqual([]);
    expect(read.filter((path) => /^data\/search\/(docs|tails)\//.test(path))).toEqual([]);
  });

  // A page says whether its words are read as a name (PhrasePage.name), which the counts' run found from the words'
  // shard entries: a pair's or a full name's first search, in a year or not, then reads no shard (~12 KB gz for a word
  // pair at the realistic 100,000), and shows what it showed when it read them.
  it('counts a word pair or a full name from its page reading no shard, as when it read the words’ shards', async () => {
    for (const source of [files, exactFiles]) {
      const pages = bucketsOf(source).flatMap((bucket) =>
        Object.entries(bucket).flatMap(([key, page]) =>
          !Array.isArray(page) && page.f ? [{ key, page }] : [],
        ),
      );
      expect(pages.length).toBeGreaterThan(20);
      // Every such page of whole words says (the synthetic archive's names and pairs are all whole words).
      for (const { key, page } of pages) expect(page.name, key).toBeTypeOf('boolean');
      expect(pages.filter(({ page }) => page.name).length, 'read as names').toBeGreaterThan(5);
      expect(pages.filter(({ page }) => !page.name).length, 'not read as names').toBeGreaterThan(5);
      // The same files without the flag: the engine reads the shards to decide, as before.
      const unflagged = (path: string) => {
        const file = parsed(source, path);
        if (!path.startsWith('data/search/tops/')) return file;
        return Object.fromEntries(
          Object.entries(file as TopRows).map(([key, page]) => {
            if (Array.isArray(page)) return [key, page];
            const { name: _name, ...rest } = page;
            return [key, rest];
          }),
        );
      };
      const stride = Math.max(1, Math.ceil(pages.length / 80));
      for (const { key, page } of pages.filter((_, i) => i % stride === 0)) {
        const years = Object.keys(page.y ?? {});
        for (const year of new Set([undefined, years[0]])) {
          const params = readSearchParams(
            new URLSearchParams({ q: queryOf(key), ...(year ? { year } : {}) }),
          );
          const { read, load } = recording(source);
          const first = await runSearch(params, load, { facetLists: false });
          const counted = await runSearch(params, load, { facetLists: true });
          const label = `${key} ${year ?? ''}`;
          expect(
            read.filter((path) => /^data\/search\/(shards|tails|facets|words)\//.test(path)),
            label,
          ).toEqual([]);
          const oldLoad = async (path: string) => unflagged(path);
          const before = [
            await runSearch(params, oldLoad, { facetLists: false }),
            await runSearch(params, oldLoad, { facetLists: true }),
          ];
          expect([first, counted], label).toEqual(before);
          const second = { ...params, page: 2 };
          expect(await runSearch(second, loaderOf(source)), label).toEqual(await runSearch(second, oldLoad));
        }
      }
    }
  });

  // A shell build leaves the search index unpacked, so a large cast of people must not add bucket files without
  // bound: past the cap, names and pairs share the common words' buckets, and each is still found.
  it('keeps the first-page buckets to the common words’ share past the cap, and every page is still served', async () => {
    const capped = site({ headMax: 200, topBucketsMax: 1, wordPageRows: 0, ...noPairs });
    const keys = bucketsOf(capped).flatMap((bucket) => Object.keys(bucket));
    const index = new SearchIndex(loaderOf(capped));
    const entries = await Promise.all(keys.map((key) => (key.includes(' ') ? null : index.entry(key))));
    const commonWords = entries.filter((entry) => entry && tailOf(entry) !== undefined).length;
    expect(keys.length).toBeGreaterThan(2 * Math.ceil(commonWords / 2));
    expect(bucketsOf(capped).length).toBe(Math.max(1, Math.ceil(commonWords / 2)));
    expect(bucketsOf(files).length).toBeGreaterThan(bucketsOf(capped).length);
    for (const key of keys.filter((k) => k.includes(' ')).slice(0, 20)) {
      const params = readSearchParams(new URLSearchParams({ q: queryOf(key) }));
      const { read, load } = recording(capped);
      const quick = await runSearch(params, load, { facetLists: false });
      expect(
        read.filter((path) => path.startsWith('data/search/docs/')),
        key,
      ).toEqual([]);
      expect(
        quick.hits.map((h) => h.slug),
        key,
      ).toEqual((await engineRun(capped, params)).hits.map((h) => h.slug));
    }
  });

  it('paints a name’s first page from one bucket, before any shard, tail or row file arrives', async () => {
    const phrase = bucketsOf(files)
      .flatMap((bucket) => Object.keys(bucket))
      .find((key) => key.includes(' ') && /^[a-z ]+$/.test(key))!;
    // Shards, tails and rows never arrive: the page must not need them.
    const { read, load: stalled } = recording(files, (path) =>
      path.startsWith('data/search/tops/') || path === searchPaths.meta()
        ? parsed(files, path)
        : new Promise(() => {}),
    );
    const params = readSearchParams(new URLSearchParams({ q: phrase }));
    const quick = await runSearch(params, stalled, { facetLists: false });
    expect(quick.hits.length).toBeGreaterThan(0);
    expect(quick.hits.map((h) => h.slug)).toEqual(
      (await search(exactFiles, `q=${phrase}`)).hits.map((h) => h.slug),
    );
    expect(read.filter((path) => path.startsWith('data/search/docs/'))).toEqual([]);
    // A page of the same query with a filter, or page 2, is not precomputed: the engine answers it.
    const second = recording(files);
    await runSearch(readSearchParams(new URLSearchParams({ q: phrase, page: '2' })), second.load, {
      facetLists: false,
    });
    expect(second.read.some((path) => path.startsWith('data/search/shards/'))).toBe(true);
  });

  // A small archive has no word with a tail: its other words get first pages too, most frequent first within a
  // budget of rows. Then a one-word search reads no doc-store file, and when every word has a page, a word that is
  // not indexed (a typo) goes to the word lists without waiting for a shard.
  const recorded = (source: Map<string, string>) =>
    recording(source, (path) =>
      path.startsWith('data/search/tops/') && !source.has(path) ? {} : parsed(source, path),
    );
  const wordsOf = (source: Map<string, string>) =>
    [...source.entries()]
      .filter(([path]) => path.startsWith('data/search/shards/'))
      .flatMap(([path]) => (parsed(source, path) as Shard).terms)
      .filter(([term]) => !term.includes(':'));
  const smallDataset = syntheticDataset(200, 3);
  const smallSiteOf = siteOf(smallDataset);
  /** The small archive's index with a first page for every word, built once for the tests that read it. */
  let smallFiles: Map<string, string> | undefined;
  const smallSite = () => (smallFiles ??= smallSiteOf({ headMax: 50, wordPageRows: 1e6 }));

  it('gives every word of a small archive the first page the engine finds, and tells a typo without its shard', async () => {
    const small = smallSite();
    const meta = JSON.parse(small.get(searchPaths.meta())!) as SearchMeta;
    expect(meta.tops?.all).toBe(true);
    const words = wordsOf(small);
    expect(words.length).toBeGreaterThan(1000);
    const latin = words.filter(([term]) => /^[a-z]+$/.test(term));
    for (const [term] of latin.filter((_, i) => i % 25 === 0)) {
      const { read, load } = recorded(small);
      const params = readSearchParams(new URLSearchParams({ q: term }));
      const result = await runSearch(params, load, { facetLists: false });
      expect(
        read.filter((path) => path.startsWith('data/search/docs/')),
        term,
      ).toEqual([]);
      const engine = await engineRun(small, params);
      expect(result.hits, term).toEqual(engine.hits);
      expect(result.total, term).toBe(engine.total);
    }
    // Two neighbouring letters swapped in the middle of a long word: the typo's own shard is not read (its
    // correction's is), so a shard read holds a word one edit away, but for the filters' rare false positives.
    const long = latin.filter(([term]) => term.length >= 8);
    const known = new Set(words.map(([term]) => term));
    let typos = 0;
    let falsePositives = 0;
    let idleShards = 0;
    for (const [term] of long.filter((_, i) => i % 10 === 0)) {
      const typo = term.slice(0, 4) + term[5] + term[4] + term.slice(6);
      if (known.has(typo) || typo === term) continue;
      typos++;
      const { read, load } = recorded(small);
      const result = await runSearch(readSearchParams(new URLSearchParams({ q: typo })), load);
      expect(read, typo).toContain(searchPaths.words('p', typo.slice(0, 2)));
      const near = words.filter(([w]) => isOneEdit(typo, w)).map(([w]) => shardOf(meta, w));
      // (Unless the Bloom filter takes the typo for a word, about one time in a hundred: then its shard says no.)
      if (bloomHas(meta.tops!.words, typo)) falsePositives++;
      idleShards += new Set(read.filter((p) => p.startsWith('data/search/shards/') && !near.includes(p)))
        .size;
      expect(result.corrections.length, typo).toBe(1);
      expect(result.total, typo).toBeGreaterThan(0);
    }
    expect(typos).toBeGreaterThan(20);
    expect(falsePositives).toBeLessThan(typos / 10);
    expect(idleShards).toBeLessThan(typos / 10);
  });

  /** A search whose files arrive in waves, as over a network (see searchInWaves). */
  const roundTrips = (source: Map<string, string>, params: SearchParamsState, opts?: SearchOptions) =>
    searchInWaves((path) => parsed(source, path), params, opts);
  const shardOf = (meta: SearchMeta, term: string) =>
    searchPaths.shard(decodeDirectory(meta.shards).filter((first) => first <= term).length - 1);

  // With every word's first page in the Bloom filter, a second filter of the words lets the client try each one-edit
  // variant of a typo: its correction's shard and first page load with the completions' list, one round trip.
  it('corrects a typo in a small archive after one round trip, to the word the word lists give', async () => {
    const small = smallSite();
    const meta = JSON.parse(small.get(searchPaths.meta())!) as SearchMeta;
    expect(meta.tops?.all).toBe(true);
    // The same index without the second filter: the engine corrects from the word lists, as in a large archive.
    const { fix, ...withoutFix } = meta.tops!;
    expect(fix).toEqual(expect.any(String));
    const lists = new Map(small).set(searchPaths.meta(), JSON.stringify({ ...meta, tops: withoutFix }));
    const words = wordsOf(small).filter(([term]) => /^[a-z]+$/.test(term) && term.length >= 6);
    const known = new Set(wordsOf(small).map(([term]) => term));
    let corrected = 0;
    let extraPages = 0;
    for (const [term] of words.filter((_, i) => i % 40 === 0)) {
      const edits = [
        term.slice(0, 2) + term[3] + term[2] + term.slice(4), // swapped
        term.slice(0, 3) + term.slice(4), // a letter left out
        `q${term.slice(1)}`, // the first letter wrong
        `${term}e`, // one letter too many
      ];
      for (const typo of edits.filter((t) => !known.has(t))) {
        const params = readSearchParams(new URLSearchParams({ q: typo }));
        const { result, waves } = await roundTrips(small, params, { facetLists: false });
        const viaLists = await engineRun(lists, params);
        expect(result.corrections, typo).toEqual(viaLists.corrections);
        expect(result.hits, typo).toEqual(viaLists.hits);
        expect([result.total, result.highlight], typo).toEqual([viaLists.total, viaLists.highlight]);
        if (!result.corrections.length) continue;
        corrected++;
        // (A typo the first filter takes for a word, about one in a hundred, waits for its shard to say no.)
        if (bloomHas(meta.tops!.words, typo)) continue;
        expect(waves.length, `${typo}: ${JSON.stringify(waves)}`).toBe(1);
        // No typo list: only the completions' list, where one exists.
        for (const path of waves[0]!.filter((p) => p.startsWith('data/search/words/')))
          expect(path, typo).toBe(searchPaths.words('p', typo.slice(0, 2)));
        // First pages of words one edit away, and of hardly anything else (both filters' false positives).
        const near = new Set(
          [...known]
            .filter((w) => isOneEdit(typo, w))
            .map((w) => searchPaths.tops(facetBucket(w, meta.tops!.buckets))),
        );
        extraPages += new Set(waves[0]!.filter((p) => p.startsWith('data/search/tops/') && !near.has(p)))
          .size;
      }
    }
    expect(corrected).toBeGreaterThan(200);
    // (The first filter alone would let through about five a typo.)
    expect(extraPages).toBeLessThan(corrected / 5);
  });

  // A name with a typo: the corrected name's precomputed page loads with its correction's shard.
  it('finds a name with a typo in a small archive with the rows of the name as spelt, in one round trip unless a tail is needed', async () => {
    const small = smallSite();
    const meta = JSON.parse(small.get(searchPaths.meta())!) as SearchMeta;
    const known = new Set(wordsOf(small).map(([term]) => term));
    let names = 0;
    for (const { name } of smallDataset.people) {
      const words = name.toLowerCase().split(' ');
      const last = words.at(-1)!;
      if (words.length < 2 || !/^[a-z]{6,}$/.test(last)) continue;
      const typo = [...words.slice(0, -1), last.slice(0, 2) + last[3] + last[2] + last.slice(4)].join(' ');
      const typoWord = typo.split(' ').at(-1)!;
      if (known.has(typoWord) || bloomHas(meta.tops!.words, typoWord)) continue;
      const spelt = await engineRun(small, readSearchParams(new URLSearchParams({ q: name })));
      if (!spelt.total) continue;
      const { result, waves } = await roundTrips(small, readSearchParams(new URLSearchParams({ q: typo })), {
        facetLists: false,
      });
      expect(result.corrections, typo).toEqual([{ from: typoWord, to: last }]);
      expect(result.hits, typo).toEqual(spelt.hits);
      // The rows come in the first wave; what follows is only the tail an AND of a common word waits for.
      expect(
        waves
          .slice(1)
          .flat()
          .filter((path) => !path.startsWith('data/search/tails/')),
        typo,
      ).toEqual([]);
      if (waves.length === 1) names++;
    }
    expect(names).toBeGreaterThan(5);
  });

  /**
   * The large archive's index as built; the same archive built with typo lists (its `s` and `t` word lists and no
   * early-edit files) and without near-word filters (`lists`: the word lists decide every typo, as before session 25);
   * and built with filters of only its 60 most frequent fix words (`fewer`: most typos' corrections are rarer, so the
   * filters cannot decide them and the early-edit files and the words of their first three letters must). Read once
   * for the three tests below: `lists` is a map of its own, so each reading would parse its files again.
   */
  const metaOf = (source: Map<string, string>) => JSON.parse(source.get(searchPaths.meta())!) as SearchMeta;
  let largeArchive: ReturnType<typeof readLargeArchiveFilters> | undefined;
  const largeArchiveFilters = () => (largeArchive ??= readLargeArchiveFilters());
  function readLargeArchiveFilters() {
    const meta = metaOf(files);
    const { near, fix, nearMin } = meta.tops!;
    const listTops = { ...metaOf(listFiles).tops! };
    delete listTops.near;
    delete listTops.fix;
    delete listTops.nearMin;
    const lists = new Map(listFiles).set(
      searchPaths.meta(),
      JSON.stringify({ ...metaOf(listFiles), tops: listTops }),
    );
    const words = wordsOf(files).filter(([term]) => isFixWord(term));
    const known = new Set(wordsOf(files).map(([term]) => term));
    const dfOf = new Map(words.map(([w, df]) => [w, df] as const));
    const fewer = fewerFiles;
    const few = { nearMin: metaOf(fewer).tops!.nearMin!, edits: metaOf(fewer).tops!.edits };
    return { meta, near, fix, nearMin, lists, words, known, dfOf, few, fewer };
  }

  // A large archive: a filter pair of its most frequent fix words. Once a typo's shard says it is not indexed, the
  // variants they hold load (shard and first page) with its completions' list: no typo list when they decide.
  it('corrects a typo in a large archive from its near-word filters as the word lists would', async () => {
    const { meta, near, fix, nearMin, lists, words, known, dfOf, few, fewer } = largeArchiveFilters();
    expect(meta.tops?.all).toBeUndefined();
    expect([near, fix, nearMin]).toEqual([expect.any(String), expect.any(String), expect.any(Number)]);
    expect(few.nearMin).toBeGreaterThan(nearMin!);
    const hasPage = (w: string) =>
      w in (parsed(files, searchPaths.tops(facetBucket(w, meta.tops!.buckets))) as TopRows);
    let viaFilters = 0;
    let viaLists = 0;
    let onePageLists = 0;
    for (const [term] of words
      .filter(([t]) => /^[a-z]+$/.test(t) && t.length >= 6)
      .filter((_, i) => i % 60 === 0))
      for (const typo of [
        term.slice(0, 2) + term[3] + term[2] + term.slice(4), // swapped
        term.slice(0, 3) + term.slice(4), // a letter left out
        `q${term.slice(1)}`, // the first letter wrong
      ].filter((t) => !known.has(t))) {
        const params = readSearchParams(new URLSearchParams({ q: typo }));
        const expected = await engineRun(lists, params);
        for (const source of [files, fewer]) {
          const { result, waves } = await roundTrips(source, params, { facetLists: false });
          expect(result.corrections, typo).toEqual(expected.corrections);
          expect(result.hits, typo).toEqual(expected.hits);
          expect([result.total, result.highlight], typo).toEqual([expected.total, expected.highlight]);
          const typoLists = waves.flat().filter((p) => p.startsWith('data/search/words/')).length;
          const to = expected.corrections[0]?.to;
          const min = source === files ? nearMin! : few.nearMin;
          if (to === undefined || dfOf.get(to)! < min) continue;
          // Decided by the filters: the correction's shard and page load with the typo's shard, which holds its
          // completions (none). Unless the first pages' filter takes the typo for a word (about one in a hundred).
          if (source === files) viaFilters++;
          if (bloomHas(meta.tops!.words, typo)) continue;
          expect(waves.length, `${typo}: ${JSON.stringify(waves)}`).toBeLessThanOrEqual(hasPage(to) ? 1 : 2);
          expect(typoLists, typo).toBeLessThanOrEqual(1);
          if (typoLists) onePageLists++;
        }
        if (expected.corrections.length && dfOf.get(expected.corrections[0]!.to)! < few.nearMin) viaLists++;
      }
    expect(viaFilters).toBeGreaterThan(40);
    // (The completions' list only where the words a typo can grow into span two shards.)
    expect(onePageLists).toBeLessThan(viaFilters / 10);
    expect(viaLists).toBeGreaterThan(100);
  });

  // A correction rarer than the near-word filters' words: the typo's shard and early-edit files, which arrive
  // together, name it and its first page, so its shard and rows load next: two round trips, however early the edit
  // (it took four when the word lists named it, then its shard loaded, then its rows).
  it('paints the typo of a rare word after two round trips, early edits too, with the correction the word lists give', async () => {
    const { meta, lists, words, known, few, fewer } = largeArchiveFilters();
    expect(few.edits).toBeGreaterThan(1);
    // No `s` or `t` list is written where the early-edit files correct typos.
    expect([...fewer.keys()].filter((p) => /^data\/search\/words\/[st]/.test(p))).toEqual([]);
    const counted = { early: 0, late: 0 };
    const twoTrips = { early: 0, late: 0 };
    for (const [term] of words
      .filter(([t, df]) => /^[a-z]+$/.test(t) && t.length >= 6 && df < few.nearMin)
      .filter((_, i) => i % 50 === 0))
      for (const [edit, typo] of [
        ['late', term.slice(0, -2) + term.at(-1)! + term.at(-2)!], // the last two letters swapped
        ['late', term.slice(0, -1) + (term.at(-1) === 'e' ? 'a' : 'e')], // the last letter wrong
        ['early', term[0]! + term.slice(2)], // the second letter left out
        ['early', term[1]! + term[0]! + term.slice(2)], // the first two swapped
        ['early', `${term.slice(0, 2)}e${term.slice(2)}`], // a letter added third
        ['early', (term[0] === 'q' ? 'x' : 'q') + term.slice(1)], // the first letter wrong
      ].filter(([, t]) => !known.has(t!)) as ['early' | 'late', string][]) {
        const params = readSearchParams(new URLSearchParams({ q: typo }));
        const expected = await engineRun(lists, params);
        const { result, waves } = await roundTrips(fewer, params, { facetLists: false });
        expect(result.corrections, typo).toEqual(expected.corrections);
        expect(result.hits, typo).toEqual(expected.hits);
        expect(result.total, typo).toBe(expected.total);
        const to = expected.corrections[0]?.to;
        if (to === undefined || bloomHas(meta.tops!.words, typo) || bloomHas(meta.tops!.words, to)) continue;
        // (Three where a variant passes the near-word filters but is no frequent word: a false positive, or a word
        // rarer than their threshold. Then the early-edit files load once the variants' shards say so.)
        expect(waves.length, `${typo}: ${JSON.stringify(waves)}`).toBeLessThanOrEqual(3);
        counted[edit]++;
        if (waves.length === 2) twoTrips[edit]++;
      }
    expect(counted.late).toBeGreaterThan(100);
    expect(counted.early).toBeGreaterThan(100);
    expect(twoTrips.late).toBeGreaterThan(0.9 * counted.late);
    expect(twoTrips.early).toBeGreaterThan(0.9 * counted.early);
  });

  // Where a typo's first three letters span more than two shards, the words sharing them (its later edits) come from
  // their late-edit file, a few hundred words, not from the `p` word list of its first two letters, several thousand;
  // where they span two, from those shards. Everything that decides the correction loads with the typo's shard, so
  // no rows load for a guess that the correction then overrules: a wrong guess cost a shell build's typo ~25 KB.
  it('reads a typo’s later edits from a late-edit file or the shards of its first letters, and only its page’s rows', async () => {
    const { lists, words, known, few } = largeArchiveFilters();
    // Smaller shards than the default, so that more first letters span more than two (as a realistic archive's do).
    const fewer = site({ headMax: 200, wordPageRows: 0, nearWords: 60, shardSize: 4_000, ...noPairs });
    const meta = metaOf(fewer);
    const directory = decodeDirectory(meta.shards);
    const lateFiles = [...fewer.keys()].filter((p) => p.startsWith('data/search/lates/'));
    expect(lateFiles).toHaveLength(meta.tops!.lates!);
    const span = (letters: string) => {
      const [first, last] = prefixShardRange(directory, letters);
      return last - first + 1;
    };
    const counted = { late: 0, shards: 0, decided: 0 };
    for (const [term] of words
      .filter(([t, df]) => /^[a-z]+$/.test(t) && t.length >= 6 && df < few.nearMin)
      .filter((_, i) => i % 20 === 0))
      for (const typo of [
        term.slice(0, -1) + (term.at(-1) === 'e' ? 'a' : 'e'), // the last letter wrong
        term[0]! + term.slice(2), // the second letter left out
      ].filter((t) => !known.has(t))) {
        const params = readSearchParams(new URLSearchParams({ q: typo }));
        const expected = await engineRun(lists, params);
        const { result, waves } = await roundTrips(fewer, params, { facetLists: false });
        expect([result.corrections, result.hits, result.total], typo).toEqual([
          expected.corrections,
          expected.hits,
          expected.total,
        ]);
        const read = waves.flat();
        const lettersSpan = span(typo.slice(0, 3));
        // (The `p` list is still read for completions where the typo itself spans shards: none here.)
        if (span(typo) === 1)
          expect(
            read.filter((p) => p.startsWith('data/search/words/')),
            typo,
          ).toEqual([]);
        if (lettersSpan > 2 && read.some((p) => p.startsWith('data/search/edits/'))) {
          expect(read, typo).toContain(
            searchPaths.lateEdits(facetBucket(typo.slice(0, 3), meta.tops!.lates!)),
          );
          counted.late++;
        }
        if (lettersSpan === 2 && read.some((p) => p.startsWith('data/search/edits/'))) counted.shards++;
        // Decided once the first wave is in: every row file read holds a row of the page shown.
        if (waves.length === 2 && waves[0]!.some((p) => p.startsWith('data/search/edits/'))) {
          const slugs = new Set(result.hits.map((hit) => hit.slug));
          for (const path of read.filter((p) => p.startsWith('data/search/docs/')))
            expect(
              (parsed(fewer, path) as { slug: string }[]).some((row) => slugs.has(row.slug)),
              `${typo}: ${path}`,
            ).toBe(true);
          counted.decided++;
        }
      }
    expect(counted.late, JSON.stringify(counted)).toBeGreaterThan(20);
    expect(counted.shards).toBeGreaterThan(5);
    expect(counted.decided).toBeGreaterThan(50);
  });

  // A typo that the near-word filters cannot decide reads eight word files: up to ~100 KB gzipped as JSON pairs in a
  // realistic archive of 100,000 articles, past the first search's budget.
  it('writes word files 15% smaller gzipped than JSON pairs (32% in a real archive), and completes from them', async () => {
    const wordFiles = [...files.entries()].filter(([path]) => path.startsWith('data/search/words/'));
    expect(wordFiles.length).toBeGreaterThan(100);
    const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
    let written = 0;
    let asPairs = 0;
    for (const [, text] of wordFiles) {
      written += gzipped(text);
      asPairs += gzipped(JSON.stringify(decodeWordList((JSON.parse(text) as WordFile)[0])));
    }
    expect(written).toBeLessThan(0.85 * asPairs);
    const index = new SearchIndex(loaderOf(files));
    const [term, df] = wordsOf(files).find(([t, n]) => /^[a-z]{7,}$/.test(t) && n > 1)!;
    expect(await index.completions(term.slice(0, 2))).toContainEqual([term, df]);
  });

  it('finds the completions of a long prefix in its shard exactly as in the word list', async () => {
    const index = new SearchIndex(loaderOf(files));
    const prefixes = new Set(
      wordsOf(files)
        .filter(([term]) => /^[a-z]+$/.test(term) && term.length >= 6)
        .flatMap(([term]) => [term.slice(0, 5), term.slice(0, 6), term]),
    );
    let fromShards = 0;
    let grown = 0;
    for (const prefix of [...prefixes].filter((_, i) => i % 5 === 0)) {
      const fromShard = await index.shardCompletions(prefix);
      if (fromShard === null) continue;
      fromShards++;
      expect(fromShard, prefix).toEqual(await index.completions(prefix));
      if (fromShard.length) grown++;
    }
    expect(fromShards).toBeGreaterThan(500);
    expect(grown).toBeGreaterThan(100);
  });

  it('finds the same correction from the Bloom filters as from the word lists, ties and all', async () => {
    const small = smallSite();
    const meta = JSON.parse(small.get(searchPaths.meta())!) as SearchMeta;
    const { fix: _, ...withoutFix } = meta.tops!;
    const viaFilters = new SearchIndex(loaderOf(small));
    const viaLists = new SearchIndex(
      loaderOf(new Map(small).set(searchPaths.meta(), JSON.stringify({ ...meta, tops: withoutFix }))),
    );
    const words = wordsOf(small).filter(([term]) => /^[a-z0-9]+$/.test(term) && term.length >= 4);
    let found = 0;
    let ties = 0;
    for (const [term] of words.filter((_, i) => i % 30 === 0))
      for (const typo of [...oneEditVariants(term)].filter((v, i) => v.length >= 5 && i % 29 === 0)) {
        const expected = await viaLists.correction(typo);
        expect(await viaFilters.correction(typo), typo).toBe(expected);
        if (expected === null) continue;
        found++;
        const df = words.find(([w]) => w === expected)![1];
        if (words.some(([w, d]) => w !== expected && d === df && isOneEdit(typo, w))) ties++;
      }
    expect(found).toBeGreaterThan(200);
    expect(ties).toBeGreaterThan(5);
    // The filters are read on hashes carried on from each variant's prefix: the same as on the variants' keys.
    const { words: keys, fix: fixes } = meta.tops!;
    for (const [term] of words.filter((_, i) => i % 50 === 0))
      for (const typo of [term, `${term}x`, term.slice(1), `z${term.slice(2)}`])
        expect(nearWords(typo, keys, fixes!).sort(), typo).toEqual(
          [...oneEditVariants(typo)]
            .filter((v) => isFixWord(v) && bloomHas(fixes!, fixKey(v)) && bloomHas(keys, v))
            .sort(),
        );
  });

  // Type-ahead searches a word's first letters: a short prefix's page must be the one the engine finds by completing
  // it (the heads of long lists, their lower-bound count and the years they cover included), from one bucket.
  it('precomputes the first page of short prefixes as the engine completes them, from one bucket', async () => {
    const small = smallSite();
    const prefixes = bucketsOf(small).flatMap((bucket) =>
      Object.entries(bucket).flatMap(([key, page]) =>
        Array.isArray(page) || key.includes(' ') ? [] : [{ key, page }],
      ),
    );
    expect(prefixes.length).toBeGreaterThan(100);
    let overHeads = 0;
    for (const { key, page } of prefixes.filter((_, i) => i % 3 === 0)) {
      const params = readSearchParams(new URLSearchParams({ q: key }));
      // Word lists, shards and rows never arrive: the page must not need them.
      const stalled = async (path: string) =>
        path.startsWith('data/search/tops/') || path === searchPaths.meta()
          ? parsed(small, path)
          : new Promise(() => {});
      const quick = await runSearch(params, stalled, { facetLists: false });
      const engine = await engineRun(small, params);
      expect(quick.hits, key).toEqual(engine.hits);
      expect([quick.total, quick.totalAtLeast, quick.yearScope, quick.pageCount], key).toEqual([
        engine.total,
        engine.totalAtLeast,
        engine.yearScope,
        engine.pageCount,
      ]);
      expect(quick.facets.years, key).toEqual(engine.facets.years);
      expect(quick.highlight, key).toEqual(engine.highlight);
      // Person and country counts follow in the run with facet lists.
      expect(quick.facets.people, key).toBeNull();
      if (page.atLeast) overHeads++;
    }
    // The set covers prefixes completed over long lists' heads.
    expect(overHeads).toBeGreaterThan(0);
    // A large archive's index has none (its file count is tight): a short key there is a word's own page.
    const shortPages = bucketsOf(files).flatMap((bucket) =>
      Object.entries(bucket).filter(([key, page]) => /^[a-z0-9]+$/.test(key) && !Array.isArray(page)),
    );
    expect(shortPages).toEqual([]);
  });

  it('gives the most frequent words pages within the rows budget, and answers the others from the doc store', async () => {
    const budget = 400;
    const small = smallSiteOf({ headMax: 50, wordPageRows: budget });
    const meta = JSON.parse(small.get(searchPaths.meta())!) as SearchMeta;
    expect(meta.tops?.all).toBeUndefined();
    // (Its typos are corrected as a large archive's: see the near-word filters.)
    expect(meta.tops?.near).toEqual(expect.any(String));
    const withPages = new Set(bucketsOf(small).flatMap((bucket) => Object.keys(bucket)));
    const words = wordsOf(small).filter(([term]) => /^[a-z]+$/.test(term));
    const byDf = [...words].sort((x, y) => y[1] - x[1]);
    // The most frequent words have pages and the rarest none; a bucket holds about 20 of those rows.
    expect(byDf.slice(0, 10).every(([term]) => withPages.has(term))).toBe(true);
    expect(byDf.slice(-10).some(([term]) => withPages.has(term))).toBe(false);
    const rare = byDf.filter(([term]) => term.length >= 5 && !withPages.has(term)).slice(0, 5);
    expect(rare.length).toBe(5);
    for (const [term] of rare) {
      const { read, load } = recorded(small);
      const params = readSearchParams(new URLSearchParams({ q: term }));
      const result = await runSearch(params, load, { facetLists: false });
      expect(read.some((path) => path.startsWith('data/search/docs/'))).toBe(true);
      // A word found in its shard never asks for the typo lists.
      expect(read.some((path) => path.startsWith('data/search/words/'))).toBe(false);
      expect(result.hits).toEqual((await engineRun(small, params)).hits);
    }
    // Without every word in the Bloom filter, a half-typed long word finds its completions in its own shard (no
    // word list), and reads the typo lists only when it has no completion.
    const known = new Set(words.map(([term]) => term));
    const half = byDf
      .map(([term]) => term.slice(0, 6))
      .find((prefix) => prefix.length === 6 && !known.has(prefix))!;
    const { read, load } = recorded(small);
    const typed = await runSearch(readSearchParams(new URLSearchParams({ q: half })), load);
    expect(typed.total, half).toBeGreaterThan(0);
    expect(typed.corrections).toEqual([]);
    expect(read.filter((path) => path.startsWith('data/search/words/'))).toEqual([]);
  });

  it('keeps a Bloom filter of the common words with no false negatives and few false positives', () => {
    const words = Array.from({ length: 500 }, (_, i) => `word${i * 7919}`);
    const bloom = bloomOf(words);
    for (const word of words) expect(bloomHas(bloom, word)).toBe(true);
    const others = Array.from({ length: 5000 }, (_, i) => `other${i}`);
    expect(others.filter((w) => bloomHas(bloom, w)).length).toBeLessThan(150);
    expect(bloomHas(bloomOf([]), 'cooperation')).toBe(false);
  });

  it('round-trips doc numbers through the compact encoding', () => {
    const docs = [0, 1, 2, 31, 32, 33, 1023, 1024, 99_999, 4_000_000];
    expect(decodeDocs(encodeDocs(docs))).toEqual(docs);
  });

  it('tokenizes with case, accents, apostrophes, stop words and Chinese bigrams', () => {
    expect(tokenize('The Élysée’s SÃO Paulo O’Brien 2023')).toEqual([
      'elysee',
      'sao',
      'paulo',
      'obrien',
      'brien',
      '2023',
    ]);
    expect(tokenize('主席习近平会见')).toEqual(['主席', '席习', '习近', '近平', '平会', '会见']);
    expect(tokenize('习 said')).toEqual(['习', 'said']);
  });
});
