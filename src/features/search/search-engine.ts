// The search engine: loaded with import() on the first search, never on first paint. It answers a query from
// the sharded index built by src/site/search-index, fetching only the pieces the query needs through `load`
// (react-query caches each file, so later keystrokes reuse shards already fetched).
import {
  b64Decode,
  bloomHas,
  decodeDirectory,
  decodeDocs,
  facetBucket,
  foldText,
  fuzzyWord,
  idf,
  isHan,
  pairBucket,
  pairKey,
  parseQuery,
  completionLimits,
  phraseKey,
  phrasePairHashes,
  tailOf,
  prefixShardMax,
  prefixShardRange,
  upperBound,
  wordFileBit,
  type DateFacets,
  type FilterDateFacets,
  type PairFile,
  type PhrasePage,
  type PersonFacets,
  type QueryWord,
  type SearchMeta,
  type Shard,
  type ShardEntry,
  type EditFile,
  type Tail,
  type TermFacets,
  type TopRows,
  type WordFamily,
  type WordFile,
  type WordList,
  resultPageSize,
  tookPartWithMax,
} from '../../common/search-text.ts';
import { intersect, lowerBound, union } from '../../common/scored-lists.ts';
import { decodeWordList, editKeys, isFixWord, isListWord, nearWords } from '../../common/search-typos.ts';
import { dataPaths, searchPaths } from '../../common/paths.ts';
import { formatDate } from '../../components/ui/format-date.ts';
import {
  isSelectiveWord,
  nameBucket,
  nameFileKey,
  nameTerms,
  resolveKey,
  rootKey,
  termsMatch,
} from '../../common/people-names.ts';
import { readAsName } from '../../common/read-as-name.ts';
import type {
  ArticleSummary,
  FacetCount,
  PeopleNameDir,
  PeopleNameEntry,
  PeopleNameLeaf,
  PeopleNameListPage,
} from '../../common/site-data.ts';
import type { SearchParamsState } from './search-params.ts';

export type Loader = (path: string) => Promise<unknown>;

/** The key of a query's precomputed first page with one of its words replaced by `variant` (a typo's correction). */
type PageOfVariant = (variant: string) => string;

export interface SearchResult {
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  hits: ArticleSummary[];
  /** Folded words to highlight: the query words plus completions and corrections actually searched. */
  highlight: string[];
  /** Words the engine replaced by the nearest indexed word (one typo). */
  corrections: { from: string; to: string }[];
  /**
   * Person and country counts are exact unless marked `atLeast` (then a lower bound); year counts see yearScope.
   * People and countries are null when counting them needs facet lists that this run did not load (see
   * SearchOptions.facetLists): the results show at once and a second run counts them.
   */
  facets: {
    people: SearchFacet[] | null;
    countries: SearchFacet[] | null;
    years: FacetCount[];
    /** Months (YYYY-MM, labelled "October 2024"), as exact as the years; only a year's search shows them. */
    months: FacetCount[];
  };
  /**
   * Set when the person and country values were found in the first page's rows (filters alone, with more matches
   * than a page; a year or a month alone has precomputed ones): each is counted over every match, but a value absent
   * from that page is not listed. The first page on every page, so the facets do not change as the reader pages.
   */
  facetsFromFirstPage?: true;
  /**
   * Per facet, when a value it does not list may be in more of the matches than the last one listed: the most it can
   * be in (each word and date searched caps a value's count by their precomputed facets). Absent: the list is exact.
   */
  facetsMayMiss?: { people?: number; countries?: number };
  /**
   * With one person who took part (`took=part`), the people who took part with them, most first, each counted in the
   * matches (what adding them as `with` gives): in the run with facet lists, over every match's row, when there are
   * at most tookPartWithMax matches.
   */
  tookPartWith?: SearchFacet[];
  /** True when `total` is a lower bound (a prefix matched several long lists; only their heads were read). */
  totalAtLeast: boolean;
  /** Null when year counts cover every match; otherwise the number of top matches they were counted over. */
  yearScope: number | null;
  /** Index files the next keystroke will likely read (the shards of every completion of a short last word). */
  prefetch: string[];
  /**
   * With quoted phrases in the query: `exact` when each matched as a phrase (its words side by side, in order),
   * `words` when the index has no pairs (a large archive: see SearchMeta.pairs) and its words matched anywhere.
   */
  phrases?: 'exact' | 'words';
}

/**
 * A facet value with its count; `atLeast` when the count is a lower bound; `named` on a person whose whole name (or
 * an alias) is the query, folded as the search folds it.
 */
export type SearchFacet = FacetCount & { atLeast?: boolean; named?: true };

export const searchPageSize = resultPageSize;
/** Shards holding every word that starts with `prefix` (empty when they are more than prefixShardMax). */
function prefixShards(meta: SearchMeta, prefix: string): string[] {
  const [first, last] = prefixShardRange(directoryOf(meta), prefix);
  if (last - first + 1 > prefixShardMax) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => searchPaths.shard(first + i));
}

/** Facet values shown per facet. */
export const facetLimit = 10;
/**
 * Most people a name lookup reads from a split key's list (namedPeople): as many as a leaf of the name index holds
 * (the builder's defaultLeafMax), a few KB.
 */
const namedPeopleMax = 256;
/**
 * Most matches whose rows the facets read, every one (three pages: a few KB, fewer files than the country lists
 * they replace), to find every participant and country of them rather than those of the first page.
 */
const allRowsMax = 3 * resultPageSize;

interface Posting {
  docs: number[];
  /** Score of each doc (idf × impact), or null for filter lists. */
  scores: Float64Array | null;
}

/**
 * Whether `word` (a word and its count first) is a better correction than `best`: more frequent, ties first in
 * code-unit order. One order for every source of corrections, so the shard's likely answer is the lists' answer.
 */
const betterCorrection = (
  word: readonly [string, number, ...unknown[]],
  best: readonly [string, number, ...unknown[]] | null,
): boolean => !best || word[1] > best[1] || (word[1] === best[1] && word[0] < best[0]);

/** Index of the first entry of a shard (sorted by term) whose term is `term` or after it. */
function firstTermAtOrAfter(terms: readonly ShardEntry[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]![0] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a and b differ by one insertion, deletion, substitution or swap of two neighbouring letters. */
export function isOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Decoded doc lists by the parsed file object that holds them (a shard entry, a tail): react-query keeps those
 * objects, so a list is decoded once, not again on every keystroke and for the facet counts. Callers must not
 * modify the arrays.
 */
const decoded = new WeakMap<object, number[]>();
export function docsOf(holder: ShardEntry | Tail): number[] {
  let docs = decoded.get(holder);
  if (!docs) {
    docs = decodeDocs(Array.isArray(holder) ? holder[2] : holder.docs);
    decoded.set(holder, docs);
  }
  return docs;
}

/**
 * Decoded word files by the parsed file that holds their text (react-query keeps it): a word file is read on most
 * keystrokes of a short last word, so it is decoded once, and let go with the file.
 */
const decodedWordLists = new WeakMap<WordFile, WordList>();

/** The shard directory of a meta.json, decoded once (a term's shard is looked up on every keystroke). */
const decodedDirectories = new WeakMap<SearchMeta, string[]>();
export function directoryOf(meta: SearchMeta): string[] {
  let directory = decodedDirectories.get(meta);
  if (!directory) decodedDirectories.set(meta, (directory = decodeDirectory(meta.shards)));
  return directory;
}

/** A word of an early-edit file (SearchMeta.tops.edits): its count and first page's documents ('' with a bucket). */
type EditWord = [word: string, df: number, firstPage: string];
const decodedEditFiles = new WeakMap<EditFile, EditWord[]>();

/** Whether a term (a word, phrase or prefix key) has a first-page bucket, as the Bloom filter of them tells. */
function hasTops(
  meta: SearchMeta,
  term: string,
): meta is SearchMeta & { tops: NonNullable<SearchMeta['tops']> } {
  return meta.tops !== undefined && bloomHas(meta.tops.words, term);
}

export class SearchIndex {
  constructor(readonly load: Loader) {}

  /** Words for which nearCorrection asked for every source of a rarer correction (see there). */
  private readonly editsAsked = new Set<string>();

  meta = async () => (await this.load(searchPaths.meta())) as SearchMeta;

  async entry(term: string): Promise<ShardEntry | null> {
    const terms = await this.shardTerms(term);
    if (!terms) return null;
    const found = terms[firstTermAtOrAfter(terms, term)];
    return found?.[0] === term ? found : null;
  }

  /** The terms of the shard whose range holds `term`, or null where no shard can hold it. */
  private async shardTerms(term: string): Promise<ShardEntry[] | null> {
    const meta = await this.meta();
    // Where every word has a first page, a word missing from their Bloom filter is not indexed: no shard to ask.
    if (meta.tops?.all && !term.includes(':') && !hasTops(meta, term)) return null;
    const at = upperBound(directoryOf(meta), term) - 1;
    if (at < 0) return null;
    return ((await this.load(searchPaths.shard(at))) as Shard).terms;
  }

  /** The documents where the two terms of a pair (pairHash) stand side by side; null where no pairs are indexed. */
  async pairDocs(hash: number): Promise<number[] | null> {
    const { pairs } = await this.meta();
    if (!pairs) return null;
    const file = (await this.load(searchPaths.pairs(pairBucket(hash, pairs)))) as PairFile;
    const docs = file[pairKey(hash, pairs)];
    return docs === undefined ? [] : decodeDocs(docs);
  }

  async wordFile(family: WordFamily, key: string): Promise<WordList> {
    const meta = await this.meta();
    const bit = wordFileBit(family, key);
    if (bit < 0 || !(b64Decode(meta.words, Math.floor(bit / 6)) & (1 << (bit % 6)))) return [];
    const file = (await this.load(searchPaths.words(family, key))) as WordFile;
    let list = decodedWordLists.get(file);
    if (!list) decodedWordLists.set(file, (list = decodeWordList(file[0])));
    return list;
  }

  /** Indexed words starting with `prefix`, most frequent first. */
  async completions(prefix: string): Promise<[string, number][]> {
    if (prefix.length < 2 || !fuzzyWord.test(prefix)) return [];
    const list = await this.wordFile('p', prefix.slice(0, 2));
    return list
      .filter(([w]) => w.length > prefix.length && w.startsWith(prefix))
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, completionLimits.oneWord);
  }

  /**
   * completions() from the prefix's own shard, without the word list, where that shard holds every word the prefix
   * can grow into (a long prefix, in a larger archive, almost always: shards are term ranges); null otherwise. In
   * a small archive (`tops.all`) the word list is read as before: there a word not indexed has no shard to ask.
   */
  async shardCompletions(prefix: string): Promise<[string, number][] | null> {
    if (prefix.length < 5 || !fuzzyWord.test(prefix)) return null;
    const meta = await this.meta();
    const at = upperBound(directoryOf(meta), prefix) - 1;
    if (meta.tops?.all || at < 0 || upperBound(directoryOf(meta), `${prefix}\uffff`) - 1 !== at) return null;
    const { terms } = (await this.load(searchPaths.shard(at))) as Shard;
    const found: [string, number][] = [];
    for (
      let i = firstTermAtOrAfter(terms, prefix);
      i < terms.length && terms[i]![0].startsWith(prefix);
      i++
    ) {
      const [term, df] = terms[i]!;
      if (term.length > prefix.length && isListWord(term)) found.push([term, df]);
    }
    return found.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, completionLimits.oneWord);
  }

  /**
   * The most frequent indexed word one typo away from `word` (words of five letters or more). `withPage`: its
   * first page will be wanted (a one-word search), so where that can be known ahead it loads alongside.
   */
  async correction(word: string, withPage = false): Promise<string | null> {
    const near = await this.nearCorrection(word, withPage);
    return near === undefined ? this.listCorrection(word) : near;
  }

  /**
   * correction() from the Bloom filters alone, or undefined when they cannot tell (an archive without them, or one
   * whose near-word filter has no candidate in enough documents): then the word lists must.
   */
  async nearCorrection(
    word: string,
    withPage = false,
    pageOf?: PageOfVariant,
  ): Promise<string | null | undefined> {
    if (word.length < 5 || !fuzzyWord.test(word)) return null;
    const { tops } = await this.meta();
    if (tops?.all && tops.fix) {
      const best = await this.correctionOfVariants(nearWords(word, tops.words, tops.fix), withPage, pageOf);
      return best ? best[0] : null;
    }
    if (!tops?.near || !tops.fix) return undefined;
    const min = tops.nearMin ?? 1;
    const near = nearWords(word, tops.near, tops.fix, '^');
    // No frequent word one edit away: a correction would be a rarer word, which the early-edit files name with its
    // first page, and the words of its first three letters with the later edits. They load now, with the word's
    // shard, so the correction is decided when they arrive (a rare word typed right pays for them; a typo of a
    // frequent word, whose correction the filters find, does not).
    if (!near.length && tops.edits) {
      this.editsAsked.add(word);
      this.earlyEdits(word).catch(() => null);
      this.laterEdits(word).catch(() => null);
    }
    const best = await this.correctionOfVariants(near, withPage, pageOf);
    // The filters hold every fix word in at least `min` documents: any word one edit away more frequent than
    // the best found would have been found. A best below `min` (a false positive that is a rarer word) proves
    // nothing, and neither does none found while rarer words are left out.
    if (best) return best[1] >= min ? best[0] : undefined;
    return min <= 1 ? null : undefined;
  }

  /**
   * The most frequent (ties: first in code-unit order) word one edit away from `word` in the word's own shard, which
   * holds every word of its term range with its count: every late-in-the-word edit of a long word, usually. The word
   * lists still decide (a more frequent word may differ in an early letter and sort elsewhere); this is their likely
   * answer, known a round trip before them. Null where the shard is not read (see entry) or holds none.
   */
  async shardCorrection(word: string): Promise<ShardEntry | null> {
    if (word.length < 5 || !fuzzyWord.test(word)) return null;
    const terms = await this.shardTerms(word);
    let best: ShardEntry | null = null;
    for (const entry of terms ?? [])
      if (isListWord(entry[0]) && isOneEdit(word, entry[0]) && betterCorrection(entry, best)) best = entry;
    return best;
  }

  /**
   * The words one edit from `word` (five letters or more) within its first three letters, from the early-edit files
   * of its editKeys, with their counts and first pages; null where the archive has none (see SearchMeta.tops.edits).
   */
  async earlyEdits(word: string): Promise<EditWord[] | null> {
    const { tops } = await this.meta();
    if (!tops?.edits || word.length < 5 || !fuzzyWord.test(word)) return null;
    const buckets = new Set(editKeys(word).map((key) => facetBucket(key, tops.edits!)));
    const files = await Promise.all(
      [...buckets].map((b) => this.load(searchPaths.edits(b)) as Promise<EditFile>),
    );
    const found: EditWord[] = [];
    for (const file of files) {
      let words = decodedEditFiles.get(file);
      if (!words) {
        const pages = file[1].split(' ');
        words = decodeWordList(file[0]).map(([w, df], i): EditWord => [w, df, pages[i] ?? '']);
        decodedEditFiles.set(file, words);
      }
      for (const entry of words) if (isOneEdit(word, entry[0])) found.push(entry);
    }
    return found;
  }

  /**
   * The words sharing `word`'s first three letters, where every edit after them is (with its count; a shard's
   * entries also with their documents): its own shard where the directory puts those letters in one shard, the two
   * shards where it puts them in two (one is the word's own: ~6 KB more, where the `p` word list of its first two
   * letters is ~12 KB), else that word list.
   */
  private async laterEdits(word: string): Promise<readonly (readonly [string, number, ...unknown[]])[]> {
    const prefix = word.slice(0, 3);
    const meta = await this.meta();
    const shards = prefixShards(meta, prefix);
    if (shards.length) {
      const files = await Promise.all(shards.map((path) => this.load(path) as Promise<Shard>));
      return files.flatMap(({ terms }) => terms.filter(([term]) => term.startsWith(prefix)));
    }
    const lates = meta.tops?.lates;
    if (!lates) return this.wordFile('p', word.slice(0, 2));
    const file = (await this.load(searchPaths.lateEdits(facetBucket(prefix, lates)))) as WordFile;
    let list = decodedWordLists.get(file);
    if (!list) decodedWordLists.set(file, (list = decodeWordList(file[0])));
    return list.filter(([term]) => term.startsWith(prefix));
  }

  /**
   * Where the archive has early-edit files: the most frequent word one edit from `word` rarer than the near-word
   * filters' (they find the others), from the files (edits within the first three letters) and from the words that
   * share its first three letters (every later edit: laterEdits), with what came with it (a shard entry, an
   * early-edit entry with its first page, or a word list's count). Undefined where the archive has no such files.
   */
  private async editCandidate(
    word: string,
  ): Promise<readonly [string, number, ...unknown[]] | null | undefined> {
    const meta = await this.meta();
    if (!meta.tops?.edits) return undefined;
    // Both at once: the later edits are not to wait for the files.
    const [early, later] = await Promise.all([this.earlyEdits(word), this.laterEdits(word)]);
    let best: readonly [string, number, ...unknown[]] | null = null;
    for (const candidate of [...(early ?? []), ...later])
      if (isFixWord(candidate[0]) && isOneEdit(word, candidate[0]) && betterCorrection(candidate, best))
        best = candidate;
    return best;
  }

  /**
   * Starts loading what a typo's likely correction shows: the most frequent word one edit away in its own shard
   * (every late edit, usually), at once; then, once its early-edit files are in (with the shard, or a round trip
   * later where a variant passed the near-word filters), the most frequent one there if it is more frequent. Its
   * shard and first page. The correction itself is still decided as before. `withShard`: nearCorrection ran as
   * the word's shard was asked for (not once it was in).
   */
  async prefetchLikelyCorrection(word: string, withShard: boolean): Promise<void> {
    if (withShard && this.editsAsked.has(word)) {
      // Everything that decides it was asked for with the word's shard, so it is known when they arrive: no guess
      // (a wrong one's rows would be wasted), the correction's own first page then.
      const best = await this.editCandidate(word);
      // A shard's entry has its documents; an early-edit entry its first page ('' where it has a bucket); a word
      // list's, only its count: its shard first.
      if (best && best.length >= 4) await this.prefetchFirstPage(best as ShardEntry);
      else if (best?.length === 3) await this.prefetchEditPage(best as EditWord);
      else if (best) {
        const entry = await this.entry(best[0]);
        if (entry) await this.prefetchFirstPage(entry);
      }
      return;
    }
    const inShard = await this.shardCorrection(word);
    if (inShard) void this.prefetchFirstPage(inShard);
    let best: EditWord | null = null;
    for (const entry of (await this.earlyEdits(word)) ?? []) if (betterCorrection(entry, best)) best = entry;
    if (!best || (inShard && !betterCorrection(best, inShard))) return;
    await this.prefetchEditPage(best);
  }

  /** Starts loading an early-edit word's shard and the rows of its first page (or its bucket). */
  private async prefetchEditPage([word, , page]: EditWord): Promise<void> {
    void this.entry(word);
    if (page) await this.prefetchRows(decodeDocs(page), await this.meta());
    else await this.tops(word);
  }

  /**
   * Starts loading the rows of a word's first page as a one-word search shows them: its first-page bucket where it
   * has one, else the row files of its ten highest-impact documents (the engine's order: impact, then doc order).
   */
  async prefetchFirstPage(entry: ShardEntry): Promise<void> {
    const meta = await this.meta();
    if (hasTops(meta, entry[0])) {
      await this.tops(entry[0]);
      return;
    }
    const docs = docsOf(entry);
    const order = Array.from(docs, (_, i) => i).sort(
      (x, y) => b64Decode(entry[3], y) - b64Decode(entry[3], x) || x - y,
    );
    await this.prefetchRows(
      order.slice(0, searchPageSize).map((i) => docs[i]!),
      meta,
    );
  }

  /** Starts loading the row files (several rows to a file) that hold `docs`; a failed one is left to the search. */
  prefetchRows(docs: readonly number[], meta: SearchMeta): Promise<unknown> {
    const chunks = new Set(docs.map((d) => Math.floor(d / meta.docChunkSize)));
    return Promise.all([...chunks].map((c) => this.load(searchPaths.docs(c)).catch(() => undefined)));
  }

  private async listCorrection(word: string): Promise<string | null> {
    if (word.length < 5 || !fuzzyWord.test(word)) return null;
    const fromEdits = await this.editCandidate(word);
    if (fromEdits !== undefined) return fromEdits?.[0] ?? null;
    const [w0, w1, w2] = [word[0]!, word[1]!, word[2]!];
    // Every word one edit away shares one of these letter pairs with the query (see wordKey).
    const keys: [WordFamily, string][] = [
      ['p', w0 + w1], ['p', w0 + w2], ['p', w1 + w2], ['p', w1 + w0],
      ['s', w0 + w2], ['s', w0 + w1], ['t', w1 + w2], ['t', w0 + w1],
    ]; // prettier-ignore
    const unique = [...new Map(keys.map((k) => [k.join(''), k])).values()];
    const lists = await Promise.all(unique.map(([family, key]) => this.wordFile(family, key)));
    let best: [string, number] | null = null;
    for (const list of lists)
      for (const candidate of list)
        if (isOneEdit(word, candidate[0]) && betterCorrection(candidate, best)) best = candidate;
    return best ? best[0] : null;
  }

  /**
   * The most frequent (ties: first in code-unit order) indexed word among a word's one-edit variants that the Bloom
   * filters hold (nearWords: all the words one edit away that the filters hold, and about one false one in 10,000
   * variants). Their shard entries carry their document frequencies, so no word list is read. With `withPage`
   * their first pages load alongside their shards, so the correction's rows are at hand when it is known: one
   * round trip where the word lists took two.
   */
  private async correctionOfVariants(
    near: string[],
    withPage: boolean,
    pageOf?: PageOfVariant,
  ): Promise<ShardEntry | null> {
    if (withPage) for (const v of near) void this.tops(v);
    // The query's precomputed page as it reads with each variant (a name with a typo: "annalena baerbcok"), where the
    // filter of the pages holds it: the corrected query's rows come with its shard, not a round trip after it.
    if (pageOf) for (const v of near) void this.tops(pageOf(v));
    let best: ShardEntry | null = null;
    for (const entry of await Promise.all(near.map((v) => this.entry(v))))
      if (entry && betterCorrection(entry, best)) best = entry;
    return best;
  }

  /** The first-page bucket of a common word (one with a tail); empty for any other word or when it fails. */
  async tops(term: string): Promise<TopRows> {
    const meta = await this.meta();
    if (!hasTops(meta, term)) return {};
    const path = searchPaths.tops(facetBucket(term, meta.tops.buckets));
    return ((await this.load(path).catch(() => null)) as TopRows | null) ?? {};
  }

  /**
   * The people whose name or an alias has a term starting with every one of `words` (folded query words), read from
   * the people name index as the /people filter reads it (src/common/people-names.ts): a directory file per first
   * letter, then the smallest leaf (at most a few hundred people, a few KB). Where every word's key is split (a very
   * common name start), the smallest list is read only when it is as short as a leaf; otherwise none are found.
   */
  async namedPeople(words: readonly string[]): Promise<PeopleNameEntry[]> {
    const selective = words.filter(isSelectiveWord);
    if (!selective.length) return [];
    const keys = await Promise.all(
      selective.map(async (word) => {
        const dir = (await this.load(dataPaths.peopleNameDir(nameBucket(rootKey(word))))) as PeopleNameDir;
        const key = resolveKey(word, (k) => dir.split.includes(k));
        return { fileKey: nameFileKey(key), size: dir.keys[key] ?? 0, split: dir.split.includes(key) };
      }),
    );
    const smallest = keys.sort((x, y) => Number(x.split) - Number(y.split) || x.size - y.size)[0]!;
    if (smallest.size === 0 || (smallest.split && smallest.size > namedPeopleMax)) return [];
    let people: PeopleNameEntry[];
    if (!smallest.split)
      people = ((await this.load(dataPaths.peopleNameLeaf(smallest.fileKey))) as PeopleNameLeaf).people;
    else {
      const page = (n: number) =>
        this.load(dataPaths.peopleNameList(smallest.fileKey, n)) as Promise<PeopleNameListPage>;
      const first = await page(1);
      const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => page(i + 2)));
      people = [first, ...rest].flatMap((p) => p.people);
    }
    return people.filter((p) => termsMatch([p.name, ...(p.aliases ?? [])].flatMap(nameTerms), words));
  }

  async fullDocs(entry: ShardEntry): Promise<number[]> {
    const tail = tailOf(entry);
    if (tail === undefined) return docsOf(entry);
    return docsOf((await this.load(searchPaths.tail(tail))) as Tail);
  }

  /** A term's postings; complete unless `headOnly` and the list is long (then its highest-impact head). */
  async posting(entry: ShardEntry, docCount: number, weight: number, headOnly: boolean): Promise<Posting> {
    const head = docsOf(entry);
    const isFilter = entry[3] === '';
    const w = idf(docCount, entry[1]) * weight;
    const headScores = isFilter ? null : Float64Array.from(head, (_, i) => w * b64Decode(entry[3], i));
    if (tailOf(entry) === undefined || headOnly) return { docs: head, scores: headScores };
    const all = await this.fullDocs(entry);
    if (!headScores) return { docs: all, scores: null };
    // Docs outside the head rank below every head doc: give them the head's lowest impact.
    let floor = Infinity;
    for (const s of headScores) floor = Math.min(floor, s);
    const scores = new Float64Array(all.length);
    let h = 0;
    for (let i = 0; i < all.length; i++) scores[i] = head[h] === all[i] ? headScores[h++]! : floor;
    return { docs: all, scores };
  }
}

/** The k-th largest of `values` (1 <= k <= length), duplicates counted: a min-heap of the k best, O(n log k). */
function kthLargest(values: ArrayLike<number>, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let j: number;
    if (size < k) {
      j = size++;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (heap[parent]! <= v) break;
        heap[j] = heap[parent]!;
        j = parent;
      }
    } else {
      if (v <= heap[0]!) continue;
      j = 0;
      for (;;) {
        const left = 2 * j + 1;
        if (left >= k) break;
        const child = left + 1 < k && heap[left + 1]! < heap[left]! ? left + 1 : left;
        if (heap[child]! >= v) break;
        heap[j] = heap[child]!;
        j = child;
      }
    }
    heap[j] = v;
  }
  return heap[0]!;
}

export const byCount = (x: SearchFacet, y: SearchFacet) =>
  y.count - x.count || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0);

export interface Candidate {
  value: string;
  label: string;
  /** Rows on this page that carry the value. */
  onPage: number;
  /** Best precomputed count of the value among the query's terms (a lower bound for a union of them). */
  known: number;
  /** Length of the value's complete list, when known. */
  df?: number;
}

/**
 * People whose name the query words start (see SearchIndex.namedPeople), looked up once the rows are in (by the run
 * that paints them, or else by the run that counts facets): the rows never wait for them, and their files do not
 * compete with the rows' for connections.
 */
export interface NameLookup {
  people: () => Promise<PeopleNameEntry[]>;
  /** The query's words as one folded key, to tell the person whose whole name it is. */
  key: string;
}

/**
 * The values that may be among the most frequent in the matches: each listed by the precomputed facets of what was
 * searched (a word's, a date's), and each on the first page's rows (a rarer word, or filters alone). Unranked.
 */
function candidates(
  hits: readonly ArticleSummary[],
  sets: readonly TermFacets[],
): { people: Candidate[]; countries: Candidate[] } {
  const people = new Map<string, Candidate>();
  const countries = new Map<string, Candidate>();
  const add = (
    map: Map<string, Candidate>,
    value: string,
    label: string,
    onPage: number,
    known: number,
    df?: number,
  ) => {
    const c = map.get(value) ?? { value, label, onPage: 0, known: 0 };
    c.onPage += onPage;
    c.known = Math.max(c.known, known);
    if (df !== undefined) c.df = df;
    map.set(value, c);
  };
  for (const hit of hits) {
    for (const p of hit.participants) add(people, p.slug, p.name, 1, 0);
    for (const c of hit.countries) add(countries, c, c, 1, 0);
  }
  for (const facets of sets) {
    for (const [slug, name, count, df] of facets.p) add(people, slug, name, 0, count, df);
    for (const [country, count] of facets.c) add(countries, country, country, 0, count);
  }
  return { people: [...people.values()], countries: [...countries.values()] };
}

/** The person and country facets found, with what the page says about them. */
export interface FacetsFound {
  people: SearchFacet[] | null;
  countries: SearchFacet[] | null;
  fromFirstPage?: true;
  mayMiss?: { people?: number; countries?: number };
}

/** The exact counting, in a chunk of its own: a first search paints its rows without it (issue 4's 100 KB). */
const facetCounts = () => import('./facet-counts.ts');
/** What `took=part` needs, in a chunk of its own, loaded by such a search alone. */
const tookPartFilter = () => import('./took-part-filter.ts');
/** What a filter's own counts spare a search (own-date-counts.ts), loaded by searches with filters alone. */
const ownDates = () => import('./own-date-counts.ts');

/** Precomputed people and countries (a word's, a pair's page's, a date's or a filter's own) as facets. */
export const facetsOfCounts = (counts: TermFacets): { people: SearchFacet[]; countries: SearchFacet[] } => ({
  people: counts.p.map(([value, label, count]) => ({ value, label, count })),
  countries: counts.c.map(([value, count]) => ({ value, label: value, count })),
});

/**
 * Person and country facets. One word alone, or a year or month alone: its precomputed counts (exact). Otherwise,
 * when every match is known, candidate values' complete doc lists intersected with the matches (exact; lists within a
 * byte budget): the values the precomputed facets of what was searched list (each word's, the date's) and those of
 * the first page's rows, most likely first, and more of them while one not yet counted could outnumber the tenth
 * (each searched list caps a value's count: see Ceiling). What remains is a lower bound: the best of the
 * precomputed counts, or the rows on this page. The people whose name the query is (or starts) are candidates too,
 * counted the same way (see NameLookup).
 */
async function personCountryFacets(
  index: SearchIndex,
  meta: SearchMeta,
  matches: readonly number[],
  complete: boolean,
  firstRows: () => Promise<ArticleSummary[]>,
  everyRow: () => Promise<ArticleSummary[]>,
  groups: readonly (readonly ShardEntry[])[],
  filters: readonly ShardEntry[],
  aloneEntry: ShardEntry | null,
  loadLists: boolean,
  names: NameLookup | null,
  date: {
    facets: Promise<TermFacets | undefined>;
    /** A date searched with one filter (or a year with one word) alone: its own counts within it, when more than a page. */
    own: Promise<TermFacets | undefined> | null;
    size: number;
    alone: boolean;
  } | null,
): Promise<FacetsFound> {
  const buckets = new Map<number, Promise<PersonFacets>>();
  const personList = async (slug: string): Promise<number[] | undefined> => {
    const term = `person:${slug}`;
    const b = facetBucket(term, meta.personBuckets);
    if (!buckets.has(b)) buckets.set(b, index.load(searchPaths.personFacets(b)) as Promise<PersonFacets>);
    const list = (await buckets.get(b)!)[term];
    return list === undefined ? undefined : decodeDocs(list);
  };
  // The precomputed counts of what is searched, when it is one word, one date alone or a date with one filter.
  const single =
    aloneEntry?.[5] ?? (date?.alone ? await date.facets : date?.own ? await date.own : undefined);
  if (single) {
    const { people: top, countries } = facetsOfCounts(single);
    if (!names) return { people: top, countries };
    // The named people's counts need their lists: the rows do not wait for them.
    if (!loadLists) return { people: null, countries };
    const { countNamed } = await facetCounts();
    return countNamed({ index, names, top, countries, aloneEntry, personList });
  }
  if (complete && !loadLists) return { people: null, countries: null };
  // Candidates from the precomputed facets of the query's words and date; only without any does this wait for the
  // rows, of the first page whatever page is shown, so that paging does not change the facets. (A word without them
  // is in at most a page of documents, so the rows hold every match.)
  const entries = [...groups.flat(), ...filters];
  const withFacets = entries.filter((e) => e[5]);
  const dated = date ? await date.facets : undefined;
  const needRows = !withFacets.length || entries.some((e) => e[3] !== '' && !e[5]);
  // A few pages of matches (a person's year, a country's month): the rows of them all name every participant and
  // country there is, and count the countries exactly without their lists.
  const rowsAll = complete && matches.length <= allRowsMax;
  const hitsLoaded = rowsAll
    ? matches.length <= searchPageSize
      ? firstRows()
      : everyRow()
    : needRows
      ? firstRows()
      : Promise.resolve([]);
  const sets = [...withFacets.map((e) => e[5]!), ...(dated ? [dated] : [])];
  const rows = await hitsLoaded;
  const found = candidates(rows, sets);
  if (!complete) {
    // One word with several completions, read from the heads of long lists: the match set holds each completion's
    // whole list, so the best of their precomputed counts is a lower bound.
    const lowerBound = (c: Candidate): SearchFacet => ({
      value: c.value,
      label: c.label,
      count: Math.max(c.known, c.onPage),
      atLeast: true,
    });
    const top = (list: Candidate[]) =>
      [...list]
        .sort((x, y) => y.known - x.known || y.onPage - x.onPage || (x.label < y.label ? -1 : 1))
        .slice(0, facetLimit);
    return {
      people: top(found.people).map(lowerBound).sort(byCount),
      countries: top(found.countries).map(lowerBound).sort(byCount),
    };
  }
  const { countExactly } = await facetCounts();
  return countExactly({
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
    sizes: [...withFacets.map((e) => e[1]), ...(dated && date ? [date.size] : [])],
    found,
    names,
    personList,
    buckets,
  });
}

export interface SearchOptions {
  /** Load the person and country lists that exact counts need (otherwise those facets may come back null). */
  facetLists?: boolean;
  /**
   * False: the page's result rows are not loaded (`hits` comes back empty), for a search run only for its counts (a
   * facet's scope: a deep link would otherwise download the rows of every scope, ~10–30 KB gz each).
   */
  rows?: boolean;
  /**
   * False (with `rows` false): only the total and the people and countries are wanted (a person's or a country's
   * facet scope): a date with one filter alone then takes them from the filter's own counts (ownDateCounts), without
   * its list, and counts no months.
   */
  matches?: boolean;
}

/** A query's matches and the docs of its page, before rows and facets are loaded. */
interface Matched {
  groups: { entry: ShardEntry; weight: number }[][];
  filters: ShardEntry[];
  alone: { entry: ShardEntry; weight: number }[] | null;
  headOnly: boolean;
  matches: Posting;
  total: number;
  page: number;
  pageCount: number;
  pageDocs: number[];
  /** The first page's docs (newest first without words; pageDocs itself on that page): where facet values are found when no word has precomputed ones. */
  firstPageDocs: number[];
  highlight: string[];
  corrections: { from: string; to: string }[];
  /** Index files the next keystroke will likely read. */
  prefetch: string[];
  /** Result rows already at hand (from first-page buckets), by doc number. */
  known: Map<number, ArticleSummary>;
  /** Where the query may be a person's name, the people it names (for the person facet). */
  names: NameLookup | null;
  /** The year or month searched: [YYYY or YYYY-MM, first doc, end doc (exclusive)]. */
  dates?: [string, number, number];
  phrases?: SearchResult['phrases'];
}

/**
 * Recent matches per loader: the search with exact facet counts runs right after the same search without them,
 * and must not decode and intersect the same long lists again (at 100,000 articles that is tens of milliseconds
 * on a phone, spent just before the results are painted).
 */
const recentMatches = new WeakMap<Loader, Map<string, Promise<Matched | SearchResult>>>();
const recentMax = 8;

/**
 * Every field of a search, in the order its cache key lists them: the type makes a field added to SearchParamsState
 * fail to compile until it is listed here, so two searches that differ in it never share a cached match.
 */
const searchFields: { readonly [F in keyof Required<SearchParamsState>]: null } = {
  q: null,
  person: null,
  with: null,
  country: null,
  year: null,
  month: null,
  page: null,
  order: null,
  tookPart: null,
};
const keyFields = Object.keys(searchFields) as (keyof SearchParamsState)[];

function matchOnce(params: SearchParamsState, load: Loader, rows = true): Promise<Matched | SearchResult> {
  let recent = recentMatches.get(load);
  if (!recent) recentMatches.set(load, (recent = new Map()));
  const full = JSON.stringify(keyFields.map((field) => params[field]));
  // A run without rows (a facet's scope, counted only) skips the early fetch of its likely first rows: it may reuse a
  // full run's matches, but the search a reader then opens must not reuse its, or its first page paints later.
  const key = rows ? full : `${full}#counts`;
  let found = recent.get(key) ?? (rows ? undefined : recent.get(full));
  if (found) recent.delete(key);
  else {
    found = matchQuery(params, new SearchIndex(load), rows);
    // A failed run is not kept: a retry starts over.
    found.catch(() => recent.delete(key));
  }
  recent.set(key, found);
  if (recent.size > recentMax) recent.delete(recent.keys().next().value!);
  return found;
}

/** Whether the search is of words alone, ranked by relevance: only then can a precomputed first page serve it. */
const plainRanked = (params: SearchParamsState): boolean =>
  !params.person && !params.with && !params.country && !params.year && !params.order;

/** The key of the query's precomputed first page (a query of several terms, first page, no filters), or null. */
function phraseOf(params: SearchParamsState, words: readonly QueryWord[]): string | null {
  if (params.page !== 1 || !plainRanked(params)) return null;
  return words.reduce((n, w) => n + w.terms.length, 0) >= 2 ? phraseKey(words) : null;
}

/**
 * The key of a short word's precomputed first page (one word of 2–4 letters alone, first page, no filters: what
 * type-ahead searches first), or null. Its bucket holds the page only when the word has completions.
 */
function prefixOf(params: SearchParamsState, words: readonly QueryWord[]): string | null {
  if (params.page !== 1 || !plainRanked(params) || words.length !== 1) return null;
  const terms = words[0]!.terms;
  const term = terms.length === 1 ? terms[0]! : null;
  return term && term.length >= 2 && term.length <= 4 && fuzzyWord.test(term) ? term : null;
}

/** The shards of a short last word's completions, which the next keystroke will likely read. */
function typingPrefetch(meta: SearchMeta, words: readonly QueryWord[]): string[] {
  const last = words[words.length - 1]?.terms;
  const prefix = last?.length === 1 && fuzzyWord.test(last[0]!) ? last[0]! : null;
  return prefix && prefix.length <= 4 ? prefixShards(meta, prefix) : [];
}

/**
 * Whether each word is one whole term as typed, or Chinese: then the word is as the build read it, and a page's
 * PhrasePage.name is the engine's own reading (readAsName). A possessive ("china's") or an apostrophe word may share
 * a page with another word.
 */
const wholeWords = (words: readonly QueryWord[]): boolean =>
  words.every(({ word, terms }) => isHan(word) || (terms.length === 1 && terms[0] === word));

/** A query of several terms in a year and nothing else (no month), first page: its page's year may have its rows. */
const pageInYear = (params: SearchParamsState, words: readonly QueryWord[]): boolean =>
  params.year !== null &&
  !params.month &&
  params.page === 1 &&
  plainRanked({ ...params, year: null }) &&
  words.reduce((n, w) => n + w.terms.length, 0) >= 2;

/**
 * A frequent query of several terms (a person's full name, a common word pair) whose first page the build ranked
 * with this engine's ranking: its rows, count and year counts come in one file, with no shard, tail or row file
 * before them. Person and country counts are left to the run with facet lists (which finds the same page). In a
 * year and nothing else, where the page holds that year (PhraseYear: more than a page of matches there), its rows
 * come from the doc store and its count and months from the page, with no word's complete list (the year's matches
 * are a slice of the page's, ranked alike); without that year, the engine's run finds them from the lists.
 */
async function precomputedPage(
  params: SearchParamsState,
  load: Loader,
  counts: FacetsFound | null,
  rows = true,
): Promise<SearchResult | null> {
  const index = new SearchIndex(load);
  const { words, phrases } = parseQuery(params.q);
  // A precomputed page matches words anywhere, not a quoted phrase.
  if (phrases.length) return null;
  const inYear = pageInYear(params, words) ? params.year! : null;
  const key = inYear ? phraseKey(words) : (phraseOf(params, words) ?? prefixOf(params, words));
  if (key === null) return null;
  if (words.length === 1 && !inYear) {
    // A short word's page may be a plain word page, which only lends its rows: the engine's run must not wait for
    // the bucket. It starts now (and is kept for the counts' run, which needs its shards and word list anyway).
    matchOnce(params, load).catch(() => null);
  }
  const page = (await index.tops(key))[key];
  if (!page || Array.isArray(page)) return null;
  // The counts' run will need the words' shards unless the page has its counts and says whether it is a name (see
  // pairCounts): then they load while its rows are painted.
  if ((words.length > 1 || inYear) && !(page.f && page.name !== undefined && wholeWords(words)))
    for (const word of words) for (const term of word.terms) index.entry(term).catch(() => null);
  const meta = await index.meta();
  let { total, years } = page;
  let hits = page.rows.map(([, row]) => row);
  // A precomputed page is of words alone: no year searched, so no months to narrow it by.
  let months: FacetCount[] = [];
  if (inYear) {
    const year = page.y?.[inYear];
    const count = years.find(([y]) => y === inYear)?.[1];
    if (!year?.r || !year.m || !count) return null;
    [total, years] = [count, [[inYear, count]]];
    months = meta.months
      .filter(([month]) => month.startsWith(inYear))
      .flatMap(([month], i) =>
        year.m![i] ? [{ value: month, label: formatDate(month), count: year.m![i]! }] : [],
      );
    // (A facet's scope, run for its counts, reads no row: see SearchOptions.rows.)
    const chunks = new Map<number, ArticleSummary[]>();
    const chunkOf = (d: number) => Math.floor(d / meta.docChunkSize);
    const docs = rows ? year.r : [];
    await Promise.all(
      [...new Set(docs.map(chunkOf))].map(async (c) =>
        chunks.set(c, (await load(searchPaths.docs(c))) as ArticleSummary[]),
      ),
    );
    hits = docs.map((d) => chunks.get(chunkOf(d))![d % meta.docChunkSize]!);
  }
  return {
    total,
    page: 1,
    pageCount: Math.max(1, Math.ceil(total / searchPageSize)),
    pageSize: searchPageSize,
    hits,
    highlight: page.hl,
    corrections: [],
    facets: {
      people: null,
      countries: null,
      ...counts,
      years: years.map(([y, count]) => ({ value: y, label: y, count })),
      months,
    },
    totalAtLeast: page.atLeast === true,
    yearScope: page.scope ?? null,
    prefetch: typingPrefetch(meta, words),
  };
}

/**
 * A word pair's or a full name's people and countries from its precomputed page (PhrasePage.f), on any page of its
 * results; null for any other query. Where the query is read as a name, the people its lookup names are counted from
 * the page too (PhrasePage.n; see lookUpNames).
 */
async function pairCounts(params: SearchParamsState, load: Loader): Promise<FacetsFound | null> {
  const { words, phrases } = parseQuery(params.q);
  // In a year alone, the page's counts there (PhrasePage.y).
  const inYear = params.year !== null && !params.month && plainRanked({ ...params, year: null });
  if (phrases.length || words.length < 2 || !(plainRanked(params) || inYear)) return null;
  const index = new SearchIndex(load);
  const key = phraseKey(words);
  const found = (await index.tops(key))[key];
  if (!found || Array.isArray(found) || !found.f) return null;
  const year = inYear ? found.y?.[params.year!] : undefined;
  if (inYear && !year) return null;
  // (A year's `n` alone: a named person in none of its matches there is in neither list.)
  const page: PhrasePage = year ? { ...found, f: year.f, n: year.n } : found;
  // The page says whether its words are read as a name, where each is as the build read it: then no shard is read.
  if (page.name !== undefined && wholeWords(words)) {
    const names = page.name
      ? nameLookup(
          index,
          words.map(({ word }) => word),
        )
      : null;
    return names ? (await facetCounts()).countNamed({ names, page }) : facetsOfCounts(page.f!);
  }
  // Otherwise from the words' entries and the completions the page searched (its highlighted words).
  const completions = page.hl.filter((term) => !words.some((w) => w.terms.includes(term)));
  const named = await Promise.all(
    words.map(async ({ word, terms }, w) => ({
      word,
      // (Every one is indexed: the page was ranked from them.)
      entries: (await Promise.all(
        (w < words.length - 1 ? terms : [...terms, ...completions]).map((t) => index.entry(t)),
      )) as ShardEntry[],
    })),
  );
  const names = lookUpNames(index, params, named);
  return names ? (await facetCounts()).countNamed({ names, page }) : facetsOfCounts(page.f!);
}

/** How many articles a search finds, without its rows or facets (the other choice of a person's articles). */
export async function countSearch(params: SearchParamsState, load: Loader): Promise<number> {
  return (await matchOnce(params, load)).total;
}

/**
 * One common word (no completion) in a year and nothing else, in more than a page: its own counts there are in its
 * tail (Tail.y), which the matches read anyway. Not a name's (its named people are counted over the matches).
 */
const wordInYear = (
  groups: Matched['groups'],
  filters: readonly ShardEntry[],
  dates: Matched['dates'],
  names: NameLookup | null,
  size: number,
): boolean =>
  dates?.[0].length === 4 &&
  !filters.length &&
  !names &&
  size > searchPageSize &&
  groups.length === 1 &&
  groups[0]!.length === 1 &&
  tailOf(groups[0]![0]!.entry) !== undefined;

/** Runs one search. Words are AND-ed; the last word also matches as a prefix; one typo is forgiven in long words. */
export async function runSearch(
  params: SearchParamsState,
  load: Loader,
  opts: SearchOptions = {},
): Promise<SearchResult> {
  if (opts.matches === false && params.year) {
    const counted = await (await ownDates()).ownDateCounts(params, load);
    if (counted) return counted;
  }
  // A word pair's or a full name's page may hold its counts: they then need no word's complete list, on any page.
  const pair = opts.facetLists === false ? null : await pairCounts(params, load);
  if (opts.facetLists === false || pair) {
    const precomputed = await precomputedPage(params, load, pair, opts.rows);
    if (precomputed) return precomputed;
  }
  const matched = await matchOnce(params, load, opts.rows);
  if (!('matches' in matched)) return matched;
  const index = new SearchIndex(load);
  const meta = await index.meta();
  const { groups, filters, alone, headOnly, matches, total, page, pageCount, pageDocs, known, dates } =
    matched;
  // Rows not at hand come from the doc store, several to a file.
  const rowsOf = (docs: number[]) => {
    const missing = docs.filter((d) => !known.has(d));
    const chunkIds = [...new Set(missing.map((d) => Math.floor(d / meta.docChunkSize)))];
    const chunks = new Map<number, ArticleSummary[]>();
    return Promise.all(
      chunkIds.map(async (c) => chunks.set(c, (await load(searchPaths.docs(c))) as ArticleSummary[])),
    ).then(() =>
      docs.map((d) => known.get(d) ?? chunks.get(Math.floor(d / meta.docChunkSize))![d % meta.docChunkSize]!),
    );
  };
  // A facet's scope needs its counts, not its rows (see SearchOptions.rows).
  const hitsLoaded = opts.rows === false ? Promise.resolve([]) : rowsOf(pageDocs);
  let firstRows: Promise<ArticleSummary[]> | undefined;
  // A filter's own counts in a date, where more than a page of its documents is in it (the build writes them then):
  // they are the matches' counts when the matches are all of that filter's documents in the date (always, with one
  // filter; with two, where the other narrows nothing), and the date's file is then not needed.
  const ownCounts = (term: string) =>
    index
      .load(searchPaths.filterDateFacets(dates![0].slice(0, 4), facetBucket(term, meta.filterDateBuckets!)))
      .then((file) => (file as FilterDateFacets)[term]?.[dates![0]]);
  const sliceSize = (facets: TermFacets | undefined, term: string) =>
    facets &&
    (term.startsWith('person:')
      ? facets.p.find(([slug]) => `person:${slug}` === term)?.[2]
      : facets.c.find(([name]) => `country:${foldText(name)}` === term)?.[1]);
  // `took=part` keeps only some of a person's documents: their own counts are of all of them. One word alone in a
  // year has its own counts too (wordInYear).
  const own =
    dates &&
    !params.tookPart &&
    !groups.length &&
    filters.length &&
    matches.docs.length > searchPageSize &&
    meta.filterDateBuckets
      ? Promise.all(filters.map((f) => ownCounts(f[0]))).then((found) =>
          filters.length === 1
            ? found[0]
            : found.find((facets, i) => sliceSize(facets, filters[i]![0]) === matches.docs.length),
        )
      : wordInYear(groups, filters, dates, matched.names, matches.docs.length)
        ? index
            .load(searchPaths.tail(tailOf(groups[0]![0]!.entry)!))
            .then((tail) => (tail as Tail).y?.[dates![0]])
        : null;
  // A year or a month in more than a page: its people and countries were counted at build time, over all of it.
  // Alone, they are the facets (its newest page would leave out the rest of a busy month); with more searched, they
  // are candidates and cap the others' counts (see personCountryFacets). The year's small file loads beside the rows
  // (the build writes one for every range of more than resultPageSize documents).
  const dateFacets = (): Promise<TermFacets | undefined> =>
    dates && dates[2] - dates[1] > searchPageSize
      ? index
          .load(searchPaths.dateFacets(dates[0].slice(0, 4)))
          .then((file) => (file as DateFacets)[dates[0]])
      : Promise.resolve(undefined);
  const date = dates
    ? {
        facets: own ? own.then((found) => (found ? undefined : dateFacets())) : dateFacets(),
        own,
        size: dates[2] - dates[1],
        alone: !groups.length && !filters.length,
      }
    : null;
  // The first run (facetLists false) may return before it reads the file: a failure is then the facets' run's to say.
  date?.facets.catch(() => undefined);
  // Facet lists load alongside the result rows, not after them. (A page's counts are the whole facets: pairCounts.)
  const facetsLoaded =
    pair ??
    personCountryFacets(
      index,
      meta,
      matches.docs,
      !headOnly,
      () =>
        (firstRows ??=
          matched.firstPageDocs === pageDocs && opts.rows !== false
            ? hitsLoaded
            : rowsOf(matched.firstPageDocs)),
      () => rowsOf(matches.docs),
      groups.map((alts) => alts.map((a) => a.entry)),
      filters,
      alone?.length === 1 ? alone[0]!.entry : null,
      opts.facetLists ?? true,
      matched.names,
      date,
    );
  const [hits, { fromFirstPage, mayMiss, ...facets }] = await Promise.all([hitsLoaded, facetsLoaded]);
  // The rows are in: the name lookup the facets' run will wait for starts now, not after the rows are painted.
  if (opts.facetLists === false) void matched.names?.people();
  // So is the exact counting's code, when the facets' run will need it (this run left the people for that run).
  if (opts.facetLists === false && facets.people === null) void facetCounts();

  // One person who took part, in few enough articles: whom they took part with there, from the rows of them all.
  const tookPartWith =
    params.tookPart && opts.facetLists !== false && matches.docs.length <= tookPartWithMax
      ? (await tookPartFilter()).tookPartWith(params, await rowsOf(matches.docs))
      : undefined;

  // Years and months are doc ranges, so their counts are exact over the matches we hold.
  const rangeCounts = (ranges: [string, number, number][], label: (value: string) => string) => {
    const counts: FacetCount[] = [];
    for (const [value, start, end] of ranges) {
      // Matches are sorted doc numbers and a year is a doc range: two binary searches.
      const count = lowerBound(matches.docs, end) - lowerBound(matches.docs, start);
      if (count) counts.push({ value, label: label(value), count });
    }
    return counts;
  };
  const years = rangeCounts(meta.years, (year) => year);
  // Only a search within a year shows its months (its matches are all in it): none counted otherwise.
  const months = params.year ? rangeCounts(meta.months, formatDate) : [];
  return {
    total,
    page,
    pageCount,
    pageSize: searchPageSize,
    hits,
    highlight: matched.highlight,
    corrections: matched.corrections,
    facets: { ...facets, years, months },
    ...(fromFirstPage ? { facetsFromFirstPage: fromFirstPage } : {}),
    ...(mayMiss ? { facetsMayMiss: mayMiss } : {}),
    ...(tookPartWith ? { tookPartWith } : {}),
    totalAtLeast: headOnly && alone!.length > 1,
    yearScope: headOnly ? matches.docs.length : null,
    prefetch: matched.prefetch,
    ...(matched.phrases ? { phrases: matched.phrases } : {}),
  };
}

/**
 * An AND over long lists must wait for their tails (every doc) before it knows its matches. Meanwhile the rows of
 * its first page load when the heads already decide it: the docs in the head of every list certainly match, with
 * their exact scores, and a doc missing from some head scores at most that list's lowest head impact there. When
 * a page of the former outscores any of the latter (words that go together), those rows are the first page.
 */
async function prefetchLikelyRows(
  index: SearchIndex,
  meta: SearchMeta,
  groups: { entry: ShardEntry; weight: number }[][],
  filters: ShardEntry[],
  yearRange: [string, number, number] | undefined,
): Promise<void> {
  if (!groups.length) return;
  let maxSum = 0;
  const bounds: { max: number; outside: number }[] = [];
  const heads: Posting[] = [];
  for (const alts of groups) {
    const postings = await Promise.all(
      alts.map((a) => index.posting(a.entry, meta.docCount, a.weight, true)),
    );
    let max = 0;
    let outside = -Infinity;
    postings.forEach((p, i) => {
      let low = Infinity;
      for (const score of p.scores ?? []) {
        max = Math.max(max, score);
        low = Math.min(low, score);
      }
      if (tailOf(alts[i]!.entry) !== undefined) outside = Math.max(outside, low);
    });
    maxSum += max;
    bounds.push({ max, outside });
    heads.push(union(postings));
  }
  // The best score a match outside some head can reach (a filter's list adds nothing to the score).
  let bound = -Infinity;
  for (const { max, outside } of bounds) bound = Math.max(bound, maxSum - max + outside);
  if (filters.some((entry) => tailOf(entry) !== undefined)) bound = maxSum;
  for (const entry of filters) heads.push({ docs: docsOf(entry), scores: null });
  heads.sort((a, b) => a.docs.length - b.docs.length);
  let likely = heads[0]!;
  for (const p of heads.slice(1)) likely = intersect(likely, p);
  const scores = likely.scores;
  const picked: number[] = [];
  likely.docs.forEach((d, i) => {
    if (!yearRange || (d >= yearRange[1] && d < yearRange[2])) picked.push(i);
  });
  if (!scores || picked.length < searchPageSize) return;
  picked.sort((x, y) => scores[y]! - scores[x]! || x - y);
  const page = picked.slice(0, searchPageSize);
  if (scores[page[page.length - 1]!]! <= bound) return;
  void index.prefetchRows(
    page.map((i) => likely.docs[i]!),
    meta,
  );
}

/**
 * The query's words as searched: each word a correction was made from replaced by the word it was corrected to. The
 * key of a corrected query's precomputed page and the pairs of a corrected phrase are read from these words.
 */
const withCorrections = (
  words: readonly QueryWord[],
  corrections: readonly { from: string; to: string }[],
): QueryWord[] =>
  words.map((w) => {
    const to = corrections.find((c) => c.from === w.word)?.to;
    return to === undefined ? w : { word: to, terms: [to] };
  });

/**
 * Finds a query's matches and the docs of the requested page (or the empty result when nothing can match). `rows`
 * false: a run for its counts alone (a facet's scope), which does not fetch its likely first page's rows early.
 */
async function matchQuery(
  params: SearchParamsState,
  index: SearchIndex,
  rows: boolean,
): Promise<Matched | SearchResult> {
  const meta = await index.meta();
  const { words, typing, phrases } = parseQuery(params.q);
  const highlight = new Set<string>();
  const corrections: { from: string; to: string }[] = [];
  // A quoted phrase's words are whole words (no completions), and its documents those where every two of them
  // stand side by side: the pairs' doc lists load alongside the words' shards.
  const inPhrase = (w: number) => phrases.some(([start, end]) => w >= start && w < end);
  const pairLists = (list: readonly QueryWord[]) =>
    Promise.all(phrases.flatMap((range) => phrasePairHashes(list, range)).map((h) => index.pairDocs(h)));
  const typedPairs = phrases.length ? pairLists(words) : null;
  typedPairs?.catch(() => null);

  // Filters are looked up alongside the words.
  const filterTerms = [
    params.person ? `person:${params.person}` : null,
    params.with ? `person:${params.with}` : null,
    params.country ? `country:${foldText(params.country)}` : null,
  ].filter((t): t is string => t !== null);
  const filterEntryLoads = filterTerms.map((t) => index.entry(t));
  const filterLookups = Promise.all(filterEntryLoads);
  // `took=part`: each filtered person's file says whether they are only mentioned in some of their articles, then
  // their took-part file which (both come beside the shards). The people's filters come first.
  const tookPart = params.tookPart
    ? tookPartFilter().then((filter) => filter.tookPartOf(index, params, filterEntryLoads))
    : null;
  tookPart?.catch(() => null);
  // A first page of one word: the rows of a common word (or completion, or correction) come with its shard.
  const onePage = words.length === 1 && words[0]!.terms.length === 1 && plainRanked(params);
  const topLoads: Promise<TopRows>[] = [];
  const withTops = (term: string) => {
    if (onePage && params.page === 1) topLoads.push(index.tops(term));
  };
  // A short word's precomputed page (prefixOf) holds the rows of its completions' page: their own buckets are not
  // needed. (It loads with the word list; a plain word page there means the word has no completions.)
  const prefix = prefixOf(params, words);
  const prefixPage =
    prefix === null
      ? null
      : index.tops(prefix).then(
          (bucket) => bucket[prefix],
          () => undefined,
        );
  // A query of several words, first page, no filters: its precomputed page, as typed or as corrected.
  const phrase = filterTerms.length || phrases.length ? null : phraseOf(params, words);
  // A name or a pair in a year alone: its page's highlighted words are the completions of its last word that the
  // whole search takes (the year narrows the same matches), so a short last word's word list (~13 KB gz at the
  // realistic 100,000) is not read. (Only a key the Bloom filter holds fetches its bucket, read for its counts too.)
  const datedKey =
    params.year && !params.month && !filterTerms.length && !phrases.length && words.length >= 2
      ? phraseKey(words)
      : null;
  const datedPage =
    datedKey !== null && plainRanked({ ...params, year: null })
      ? index.tops(datedKey).then(
          (bucket) => {
            const found = bucket[datedKey];
            return found && !Array.isArray(found) ? found : undefined;
          },
          () => undefined,
        )
      : null;
  // Each required group is a list of alternatives [term, weight]; a group with none matches nothing.
  const groupLookups = Promise.all(
    words.flatMap((word, w) =>
      word.terms.map(async (term): Promise<{ entry: ShardEntry; weight: number }[]> => {
        const isLast = w === words.length - 1;
        const pageOf: PageOfVariant | undefined =
          phrase !== null && word.terms.length === 1
            ? (v) => phraseKey(withCorrections(words, [{ from: word.word, to: v }]))
            : undefined;
        // A short last word always looks for completions: fetch its word list alongside its shard, not after.
        const early = isLast && term.length <= 4 && !isHan(term) && !inPhrase(w);
        withTops(term);
        // A long word without a first page (a rare word, or a typo) in a larger archive: its likely corrections (the
        // one-edit variants that the near-word filters hold, see nearCorrection) load alongside its shard, which
        // also holds its completions (shardCompletions), so a typo paints after one round trip instead of four. A
        // word found in its shard wastes them (usually nothing: few words have a frequent word one edit away).
        const guess =
          meta.tops?.near && term.length >= 5 && fuzzyWord.test(term) && !hasTops(meta, term)
            ? index.nearCorrection(term, onePage && params.page === 1, pageOf)
            : null;
        guess?.catch(() => null);
        const [exact, earlyCompletions, pageOfYear] = await Promise.all([
          index.entry(term),
          early
            ? (datedPage ?? Promise.resolve(undefined)).then((found) =>
                found ? null : index.completions(term),
              )
            : null,
          isLast ? datedPage : undefined,
        ]);
        const alts: { entry: ShardEntry; weight: number }[] = exact ? [{ entry: exact, weight: 1 }] : [];
        if (isHan(term)) {
          highlight.add(term);
          return alts;
        }
        if (exact) highlight.add(term);
        // A long word not indexed may be a typo. Its likely corrections (the one-edit variants that the Bloom
        // filters hold: see nearCorrection) load, shards and first pages, together with its completions' list, not
        // a round trip after it. Its typo lists, where the filters cannot tell, load only once it has no completion
        // (a half-typed word would fetch eight lists of several KB for nothing).
        const fixing =
          !exact && !isHan(term)
            ? (guess ?? index.nearCorrection(term, onePage && params.page === 1, pageOf))
            : null;
        fixing?.catch(() => null);
        // Type-ahead: the last word may be unfinished ("kis" -> Kissinger).
        if (isLast && (!exact || term.length <= 4) && !inPhrase(w)) {
          // Only completions within a tenth of the most frequent one: rare words add little to type-ahead
          // and each may sit in another shard. Fewer when other words must be AND-ed (their full lists load).
          const completions = pageOfYear
            ? pageOfYear.hl.filter((t) => !words.some((x) => x.terms.includes(t))).map((t) => [t])
            : await (async () => {
                const found = (
                  earlyCompletions ??
                  (await index.shardCompletions(term)) ??
                  (await index.completions(term))
                ).filter(([, df]) => !exact || df > exact[1]);
                const top = found[0]?.[1] ?? 0;
                const limit =
                  exact || words.length > 1 ? completionLimits.withOtherWords : completionLimits.oneWord;
                return found.filter(([, df]) => df * 10 >= top).slice(0, limit);
              })();
          const own = completions.length ? await prefixPage : undefined;
          if (!own || Array.isArray(own)) for (const [c] of completions) withTops(c);
          const entries = await Promise.all(completions.map(([c]) => index.entry(c)));
          for (const entry of entries)
            if (entry) {
              alts.push({ entry, weight: completionLimits.weight });
              highlight.add(entry[0]);
            }
        }
        if (!alts.length) {
          // The word lists of a typo fix load only for a word found not indexed: fetched for every long word, their
          // many small requests would queue ahead of the shards on an HTTP/1.1 host (six connections).
          const near = await fixing;
          // Where the word lists (or the early-edit files and the words of its first three letters) must decide,
          // the likely correction found in the typo's own shard or early-edit files has its shard and rows loaded
          // alongside them: when they agree, its page paints after two round trips, not three or four.
          if (near === undefined && onePage && params.page === 1)
            void index.prefetchLikelyCorrection(term, guess !== null).catch(() => undefined);
          const fixed = near === undefined ? await index.correction(term) : near;
          if (fixed) withTops(fixed);
          const entry = fixed ? await index.entry(fixed) : null;
          if (fixed && entry) {
            alts.push({ entry, weight: 1 });
            corrections.push({ from: word.word, to: fixed });
            highlight.add(fixed);
          }
        }
        return alts;
      }),
    ),
  );
  // The rows of a query's precomputed first page (the same page this run will find).
  if (phrase !== null) topLoads.push(index.tops(phrase));
  const [found, filterEntries] = await Promise.all([groupLookups, filterLookups]);
  // A last word of one letter that no article has, typed after others, is most likely being typed ("wang y" on the
  // way to "wang yi"): it is left out rather than emptying the results for a keystroke. Indexed, it is searched.
  const last = words[words.length - 1];
  const unfinished =
    typing &&
    words.length > 1 &&
    last!.word.length === 1 &&
    fuzzyWord.test(last!.word) &&
    !found.at(-1)!.length;
  const groups = unfinished ? found.slice(0, -1) : found;
  // The dates searched, a range of documents: the month's within its year, or the year's. The month counts only with
  // its year, as search-params.ts's monthOf says: not imported, since a value import from the engine moves that
  // module out of the home page's bundle into a chunk of its own (+313 bytes gz there).
  const month = params.year && params.month?.startsWith(params.year) ? params.month : null;
  const yearRange = month
    ? meta.months.find(([m]) => m === month)
    : params.year
      ? meta.years.find(([y]) => y === params.year)
      : undefined;

  const empty = (): SearchResult => ({
    total: 0,
    page: 1,
    pageCount: 1,
    pageSize: searchPageSize,
    hits: [],
    highlight: [...highlight],
    corrections,
    facets: { people: [], countries: [], years: [], months: [] },
    totalAtLeast: false,
    yearScope: null,
    prefetch: [],
  });
  if (
    groups.some((g) => g.length === 0) ||
    filterEntries.some((e) => e === null) ||
    (params.year && !yearRange)
  )
    return empty();
  const filters = filterEntries as ShardEntry[];
  const lists = groups.length + filters.length;
  if (lists === 0 && !yearRange) return empty();
  // Each word's groups: one per term, in order (a Chinese word has several).
  let termAt = 0;
  const names = lookUpNames(
    index,
    params,
    (unfinished ? words.slice(0, -1) : words).map(({ word, terms }) => ({
      word: corrections.find((c) => c.from === word)?.to ?? word,
      entries: groups.slice(termAt, (termAt += terms.length)).flatMap((alts) => alts.map((a) => a.entry)),
    })),
  );

  // One word alone (with its completions) ranks by the heads of long lists (their highest-impact docs) and
  // counts by document frequency; any AND with another word or a filter needs the complete lists.
  // By date, every match must be known (the newest may have a low impact, outside a long list's head).
  const alone =
    groups.length === 1 && !filters.length && !yearRange && !params.order && !phrases.length
      ? groups[0]!
      : null;
  const firstNeeded = params.page * searchPageSize;
  const headOnly =
    alone !== null &&
    alone.some((a) => tailOf(a.entry) !== undefined) &&
    alone.every((a) => tailOf(a.entry) === undefined || firstNeeded <= docsOf(a.entry).length);

  // A filter that narrows nothing (a country that has every article of the person searched) is not read (a filter's
  // list adds nothing to the scores; with `took=part` the person's list is narrowed by place).
  const needless =
    filters.length > 1 && !tookPart ? ownDates().then((m) => m.needless(index.load, meta, filters)) : null;
  const loading = Promise.all([
    ...groups.map(async (alts) =>
      union(await Promise.all(alts.map((a) => index.posting(a.entry, meta.docCount, a.weight, headOnly)))),
    ),
    ...filters.map(async (entry) =>
      entry === (await needless) ? null : index.posting(entry, meta.docCount, 1, false),
    ),
  ]);
  const entries = [...groups.flatMap((alts) => alts.map((a) => a.entry)), ...filters];
  // (A precomputed first page brings its rows: nothing to guess.)
  // A corrected query's page was requested with its correction's shard (see correctionOfVariants).
  const fixedPhrase =
    phrase !== null && corrections.length ? phraseKey(withCorrections(words, corrections)) : null;
  if (fixedPhrase !== null) topLoads.push(index.tops(fixedPhrase));
  const precomputed = phrase !== null && hasTops(meta, fixedPhrase ?? phrase);
  // The pairs of a phrase as searched: as typed, or with its corrected words.
  const phrasePairs = corrections.some(({ from }) => words.some((w, i) => w.word === from && inPhrase(i)))
    ? pairLists(withCorrections(words, corrections))
    : typedPairs;
  if (
    rows &&
    !precomputed &&
    !phrases.length &&
    !headOnly &&
    !params.order &&
    params.page === 1 &&
    entries.some((e) => tailOf(e) !== undefined)
  )
    await prefetchLikelyRows(index, meta, groups, filters, yearRange);
  const postings = (await loading).filter((p): p is Posting => p !== null);
  // (The people's filters come first after the words'; with `took=part` none is left out.)
  if (tookPart) (await tookPart)(postings, groups.length);
  const pairDocs = (await phrasePairs) ?? [];
  // Null: this archive indexes no pairs, and a phrase's words match anywhere (the page says so).
  const exactPhrases = pairDocs.every((docs) => docs !== null);
  if (exactPhrases) for (const docs of pairDocs) postings.push({ docs: docs!, scores: null });
  if (yearRange) {
    const all = Array.from({ length: yearRange[2] - yearRange[1] }, (_, i) => yearRange[1] + i);
    postings.push({ docs: all, scores: null });
  }
  postings.sort((a, b) => a.docs.length - b.docs.length);
  let matches = postings[0]!;
  for (const p of postings.slice(1)) matches = intersect(matches, p);

  const needed = Math.max(1, params.page) * searchPageSize;
  // Documents are numbered newest first, so a date order is the matches' own order (or its reverse).
  const ranked = groups.length > 0 && !params.order;
  let order: number[] = [];
  if (ranked && matches.docs.length > needed * 4) {
    // Only the first pages are shown: keep the docs scoring at least the needed-th best (a heap of `needed`
    // scores, not a sort of every match), then order just those.
    const scores = matches.scores!;
    const threshold = kthLargest(scores, needed);
    for (let i = 0; i < scores.length; i++) if (scores[i]! >= threshold) order.push(i);
  } else order = Array.from(matches.docs, (_, i) => i);
  if (params.order === 'oldest') order.reverse();
  else if (ranked) {
    const scores = matches.scores!;
    order.sort((x, y) => scores[y]! - scores[x]! || x - y);
  }
  const total = headOnly
    ? Math.max(matches.docs.length, ...alone!.map((a) => a.entry[1]))
    : matches.docs.length;
  const pageCount = Math.max(1, Math.ceil(total / searchPageSize));
  const page = Math.min(Math.max(1, params.page), pageCount);
  const pageDocs = order
    .slice((page - 1) * searchPageSize, page * searchPageSize)
    .map((i) => matches.docs[i]!);
  // Facet values found in rows come from the first page in the default order (newest first without words), whatever
  // page and order are shown, so that neither changes the facets.
  const firstPageDocs =
    page === 1 && params.order !== 'oldest'
      ? pageDocs
      : ranked
        ? order.slice(0, searchPageSize).map((i) => matches.docs[i]!)
        : matches.docs.slice(0, searchPageSize);
  const known = new Map<number, ArticleSummary>();
  for (const bucket of await Promise.all(topLoads))
    for (const rows of Object.values(bucket))
      for (const [doc, row] of Array.isArray(rows) ? rows : rows.rows) known.set(doc, row);

  return {
    groups,
    filters,
    alone,
    headOnly,
    matches,
    total,
    page,
    pageCount,
    pageDocs,
    firstPageDocs,
    highlight: [...highlight],
    corrections,
    // While typing, the next letter narrows the last word: its completions all sit in the shards of this prefix.
    prefetch: typingPrefetch(meta, words),
    known,
    names,
    ...(yearRange ? { dates: yearRange } : {}),
    ...(phrases.length ? { phrases: exactPhrases ? ('exact' as const) : ('words' as const) } : {}),
  };
}

/**
 * The name lookup of a query that may be a person's name (see NameLookup), or null: a query without a person filter
 * whose words are read as a name (readAsName: "climate change" reads no name files).
 */
function lookUpNames(
  index: SearchIndex,
  params: SearchParamsState,
  words: readonly { word: string; entries: readonly ShardEntry[] }[],
): NameLookup | null {
  if (params.person || params.with || !readAsName(words)) return null;
  return nameLookup(
    index,
    words.map(({ word }) => word),
  );
}

/** The name lookup of words read as a name: the people they name, read once when first asked for. */
function nameLookup(index: SearchIndex, folded: readonly string[]): NameLookup {
  let people: Promise<PeopleNameEntry[]> | undefined;
  return { people: () => (people ??= index.namedPeople(folded).catch(() => [])), key: folded.join(' ') };
}
