// Text normalisation, tokenizer and the search-index file format, shared by the index builder (src/site/search-index)
// and the browser engine (src/features/search): both sides must cut text into exactly the same terms.
import type { ArticleSummary } from './site-data.ts';

/**
 * Results on one page. Also the build's threshold for precomputed facet counts (a term's, a year's or a month's):
 * a range within one page shows its facets exactly from that page, so only larger ones need counts made at build
 * time, and the app asks for them exactly when the build wrote them.
 */
export const resultPageSize = 10;
/**
 * The most articles of one person taking part whose rows say whom they took part with (SearchResult.tookPartWith):
 * three pages, whose rows the facets' run reads anyway (the search and its results view share this file).
 */
export const tookPartWithMax = 3 * resultPageSize;

/** Tiny on purpose: names such as "Will" or "May" must stay findable; only words that match nearly everything go. */
export const stopWords: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'in', 'is', 'it', 'its', 'of', 'on',
  'or', 's', 'that', 'the', 'to', 'was', 'were', 'with',
]); // prettier-ignore

const nonAscii = /[^ -~\t\n\r]/;
const marks = /\p{M}+/gu;

/** Case- and accent-insensitive form: NFKD, combining marks stripped, lower case, curly apostrophes made straight. */
export function foldText(text: string): string {
  // The NFKD pass is the costly part of tokenizing; most wire text is ASCII and skips it.
  if (!nonAscii.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(marks, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** A word of folded text: letters and digits, apostrophes inside. */
export const wordPattern = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const hanPattern = /\p{Script=Han}/u;
/** A word's Han runs (group 1) and the runs between them (group 2). */
export const hanRun = /(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu;

export const isHan = (term: string): boolean => hanPattern.test(term);

/** Terms of one word token (already folded): apostrophes joined, possessive 's dropped, Han runs as bigrams. */
function pushWordTerms(word: string, emit: (term: string) => void): void {
  if (hanPattern.test(word)) {
    for (const match of word.matchAll(hanRun)) {
      const han = match[1];
      if (han) {
        // Chinese has no spaces: overlapping character pairs find a name like 习近平 inside any sentence.
        const chars = Array.from(han);
        if (chars.length === 1) emit(chars[0]!);
        for (let i = 0; i + 1 < chars.length; i++) emit(chars[i]! + chars[i + 1]!);
      } else if (match[2]) pushWordTerms(match[2], emit);
    }
    return;
  }
  if (word.includes("'")) {
    const parts = word.split("'");
    if (parts[parts.length - 1] === 's') parts.pop();
    const joined = parts.join('');
    if (joined && !stopWords.has(joined)) emit(joined);
    // "O'Brien" is also found as "Brien"; "China's" only as "china".
    if (parts.length > 1) for (const part of parts) if (part.length > 1 && !stopWords.has(part)) emit(part);
    return;
  }
  if (!stopWords.has(word)) emit(word);
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Calls `emit` with each index/query term of a text, in order (duplicates kept). ASCII text (most wire copy)
 * takes a character scan that is several times faster than the Unicode regular expression.
 */
export function forEachTerm(text: string, emit: (term: string) => void): void {
  if (nonAscii.test(text)) {
    for (const match of foldText(text).matchAll(wordPattern)) pushWordTerms(match[0], emit);
    return;
  }
  forEachAsciiTerm(text, emit);
}

function forEachAsciiTerm(text: string, emit: (term: string) => void): void {
  const s = text.toLowerCase();
  let start = -1;
  let apostrophe = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isWordCode(c)) {
      if (start < 0) start = i;
    } else if (c === 39 && start >= 0 && isWordCode(s.charCodeAt(i + 1))) {
      apostrophe = true;
    } else if (start >= 0) {
      const word = s.slice(start, i);
      if (apostrophe) pushWordTerms(word, emit);
      else if (!stopWords.has(word)) emit(word);
      start = -1;
      apostrophe = false;
    }
  }
}

const surrogate = /[\ud800-\udfff]/;
const letterOrNumber = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit above ASCII: 0 not yet known, 1 a letter or number (wordPattern's class), 2 not. */
const wordUnits = new Uint8Array(0x10000);
const isFoldedWordCode = (c: number): boolean => {
  if (c < 128) return isWordCode(c);
  let known = wordUnits[c]!;
  if (known === 0) wordUnits[c] = known = letterOrNumber.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
};

/**
 * forEachTerm for the index builder: the same terms, but folded text with non-ASCII characters (accents, curly
 * quotes, Chinese names) is cut by a character scan instead of the Unicode regular expression, which took ~5 times
 * as long per character. Words are the same runs (text without surrogates has one code unit per character); the
 * browser's short queries keep forEachTerm, so this stays out of its bundle.
 */
export function forEachIndexTerm(text: string, emit: (term: string) => void): void {
  if (!nonAscii.test(text)) {
    forEachAsciiTerm(text, emit);
    return;
  }
  const s = foldText(text);
  if (surrogate.test(s)) {
    for (const match of s.matchAll(wordPattern)) pushWordTerms(match[0], emit);
    return;
  }
  let start = -1;
  // Words of ASCII letters and digits alone (most, even here) skip pushWordTerms' tests.
  let plain = true;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isFoldedWordCode(c)) {
      if (start < 0) {
        start = i;
        plain = true;
      }
      if (c >= 128) plain = false;
    } else if (c === 39 && start >= 0 && i + 1 < s.length && isFoldedWordCode(s.charCodeAt(i + 1))) {
      plain = false;
    } else if (start >= 0) {
      const word = s.slice(start, i);
      if (!plain) pushWordTerms(word, emit);
      else if (!stopWords.has(word)) emit(word);
      start = -1;
    }
  }
}

/** Index/query terms of a text, in order (duplicates kept). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  forEachTerm(text, (term) => out.push(term));
  return out;
}

export interface QueryWord {
  /** The word as folded from the query, e.g. "kissinger". */
  word: string;
  /** Its index terms (one for a plain word, bigrams for Chinese, none for a stop word). */
  terms: string[];
}

/** Straight and curly double quotes: each one opens or closes a phrase. */
export const quoteMark = /["\u201c\u201d\u201e]/;

export interface ParsedQuery {
  words: QueryWord[];
  /** True when the last word may still be growing (no trailing space or closing quote). */
  typing: boolean;
  /** Each quoted phrase of two words or more, closed: [first word, end word) in `words`. */
  phrases: [number, number][];
}

/** Query words with their terms, and the quoted phrases among them ("phone call"; an unclosed quote is no phrase). */
export function parseQuery(q: string): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: [number, number][] = [];
  const parts = q.split(quoteMark);
  parts.forEach((part, i) => {
    const start = words.length;
    for (const match of foldText(part).matchAll(wordPattern)) {
      const terms: string[] = [];
      pushWordTerms(match[0], (term) => terms.push(term));
      if (terms.length) words.push({ word: match[0].replace(/'/g, ''), terms: [...new Set(terms)] });
    }
    // Odd parts are inside quotes; the last one is closed only when a quote follows it.
    if (i % 2 === 1 && i < parts.length - 1 && words.length - start >= 2) phrases.push([start, words.length]);
  });
  const closed =
    phrases.length > 0 && phrases[phrases.length - 1]![1] === words.length && /["\u201d]\s*$/.test(q);
  return { words, typing: q.length > 0 && !/\s$/.test(q) && !closed, phrases };
}

/** Mixes the FNV-1a hashes of two terms into the hash of the pair, the first before the second. */
export function pairHash(first: number, second: number): number {
  let h = Math.imul(first ^ (first >>> 15), 0x2c1b3c6d) ^ second;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The pairs a quoted phrase's documents must have, as pairHash: each word's last term beside the next word's
 * first, as the index pairs terms in the order the text gives them (stop words are no terms, so "minister of
 * foreign affairs" asks for minister-foreign and foreign-affairs).
 */
export function phrasePairHashes(words: readonly QueryWord[], [start, end]: [number, number]): number[] {
  const out: number[] = [];
  for (let i = start; i + 1 < end; i++)
    out.push(pairHash(fnv1a(words[i]!.terms.at(-1)!), fnv1a(words[i + 1]!.terms[0]!)));
  return out;
}

/** The bucket of a pair's doc list: SearchMeta.pairs files, by the pair's hash. */
export const pairBucket = (hash: number, buckets: number): number => hash % Math.max(1, buckets);
/** A pair's key in its bucket: the rest of its hash (the bucket holds the remainder), in base 36. */
export const pairKey = (hash: number, buckets: number): string =>
  Math.floor(hash / Math.max(1, buckets)).toString(36);
/** A pairs file: pairKey -> the pair's doc numbers (encodeDocs). */
export type PairFile = Record<string, string>;

// ---- The index files ------------------------------------------------------------------------------------------

/** Which person-facet bucket holds a filter term's list (FNV-1a, so builder and browser agree). */
export function facetBucket(term: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return (h >>> 0) % Math.max(1, buckets);
}

/**
 * Word lists for type-ahead and typo tolerance, keyed by two letters of the word so a query fetches a few small
 * files: `p` by letters 1-2 (prefixes, and typos after the second letter), `s` by letters 1 and 3 (a typo in
 * letter 2), `t` by letters 2-3 (a typo in letter 1).
 */
export type WordFamily = 'p' | 's' | 't';
export const wordFamilies: WordFamily[] = ['p', 's', 't'];
export const wordKeyChars = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const fuzzyWord = /^[a-z0-9]+$/;

export function wordKey(family: WordFamily, word: string): string {
  if (family === 'p') return word.slice(0, 2);
  if (family === 's') return word.charAt(0) + word.charAt(2);
  return word.slice(1, 3);
}

/**
 * An early-edit word file (SearchMeta.tops.edits): its words as a word file writes them (encodeWordList, in code-unit
 * order), then each one's first page (its ten highest-impact documents, ascending, encodeDocs; empty where the word
 * has a first-page bucket), space-separated in the same order.
 */
export type EditFile = [words: string, firstPages: string];

/** Bit position of a word file in SearchMeta.words, so the client never asks for a file that does not exist. */
export function wordFileBit(family: WordFamily, key: string): number {
  const a = wordKeyChars.indexOf(key.charAt(0));
  const b = wordKeyChars.indexOf(key.charAt(1));
  if (a < 0 || b < 0 || key.length !== 2) return -1;
  const n = wordKeyChars.length;
  return wordFamilies.indexOf(family) * n * n + a * n + b;
}

export interface SearchMeta {
  /** 3 since the directory became one front-coded string (session 28); 2 held it as an array of prefixes. */
  version: 3;
  buildId: string;
  docCount: number;
  /**
   * The directory: for each shard, in order, a prefix of its first term that sorts after every term of the shard
   * before (so a term's shard is the last whose entry is <= the term), front-coded (encodeDirectory). It sits in
   * this one small file (fetched when the search box gets focus) so that locating a term's shard costs no round trip
   * of its own.
   */
  shards: string;
  docChunkSize: number;
  /** [year, first doc, end doc (exclusive)]: documents are numbered newest first, so a year is a range. */
  years: [string, number, number][];
  /** [YYYY-MM, first doc, end doc (exclusive)], as the years: an article dated `YYYY-MM` is in its month. */
  months: [string, number, number][];
  /** Bitmap (b64 chars, 6 bits each) of the word files that exist, by wordFileBit. */
  words: string;
  /** Number of person-facet buckets (searchPaths.personFacets). */
  personBuckets: number;
  /**
   * Files a year's filter date facets are hashed into (searchPaths.filterDateFacets, by facetBucket of the filter
   * term): each person's and country's own DateFacets within the year, where more than a page of theirs is in it.
   * Absent in an index written before them.
   */
  filterDateBuckets?: number;
  /** Files the people a country has every article of are hashed into (searchPaths.personWithin, by facetBucket). */
  withinBuckets?: number;
  /** Every country filter: [name as in result rows, document frequency], sorted by name; index = countryFacet. */
  countries: [string, number][];
  /**
   * Words in more documents than a shard keeps (lists with a tail) have their first page's rows in a bucket
   * (searchPaths.tops, by facetBucket of the word), so a one-word search fetches them together with the word's
   * shard instead of after it. `words` is a Bloom filter of those words (bloomHas), so no other word asks. The same
   * buckets and filter hold the first pages of frequent queries of several terms (PhrasePage, by phraseKey).
   */
  tops?: {
    buckets: number;
    words: string;
    /**
     * True when every indexed word has a first page here (a small archive): a word the Bloom filter lacks is then
     * not indexed, so a typo goes to the word lists without waiting for its shard.
     */
    all?: true;
    /**
     * With `all`: a second Bloom filter, of the words a typo can be corrected to (see search-typos.ts; with `near`,
     * of the same words as that one), keyed so that its false positives are independent of the first's. A one-edit
     * variant of a query word that passes both is almost surely a word, so the client tries every variant and loads
     * the few that pass, shard and first page, at once: a typo's correction then paints after one round trip
     * instead of two (the word lists, then its rows).
     */
    fix?: string;
    /**
     * Without `all` (a larger archive): a Bloom filter of the most frequent fix words (nearKey), `fix` then holding
     * the same words. Every fix word in at least `nearMin` documents is in both, so once a query word's shard says
     * it is not indexed, the variants passing both load at once, shard and first page, and the most frequent of
     * them is the correction when it is in at least `nearMin` documents (a more frequent word one edit away would
     * have passed too); otherwise the word lists decide, as before (or, with `edits`, the early-edit files).
     */
    near?: string;
    nearMin?: number;
    /**
     * In an archive too large for every word to have a first page: the number of early-edit word files
     * (searchPaths.edits, EditFile), which replace the `s` and `t` word lists there. Every fix word rarer than
     * `nearMin` is in the file of its letters 4–7 (editKey), so the files of a typo's four editKeys hold every such
     * word one edit away within its first three letters, with the doc numbers of its first page: the correction and
     * its rows load one round trip after the typo's shard.
     */
    edits?: number;
    /**
     * With `edits`: the number of late-edit word files (searchPaths.lateEdits, WordFile). Every fix word rarer than
     * `nearMin` whose first three letters span more than prefixShardMax shards is in the file of those letters, so a
     * typo's edits after its first three letters are read there (~2.6 KB gz) instead of in the `p` word list of its
     * first two letters (~12 KB); where they span fewer, those shards hold them.
     */
    lates?: number;
  };
  /**
   * The number of pairs files (searchPaths.pairs): the documents of every two terms side by side in a title,
   * dateline place or paragraph, by pairHash, so that a quoted phrase matches only where its words stand together.
   * Absent where the archive is too large for them (see the index builder): a quoted phrase then matches its words.
   */
  pairs?: number;
}

/**
 * A first-page bucket: word -> its best documents in rank order, [doc number, result row]; phrase (phraseKey) ->
 * the whole first page of that query as the engine ranks it (PhrasePage).
 */
export type TopRows = Record<string, [number, ArticleSummary][] | PhrasePage>;

/**
 * A word pair's or a full name's page in one year (PhrasePage.y): what the query searched in that year and nothing
 * else shows on its first page, none of it needing its words' complete lists.
 */
export interface PhraseYear {
  /** Its people and countries over its matches in the year (as PhrasePage.f). */
  f: TermFacets;
  /** As PhrasePage.n, over its matches in the year. */
  n?: [string, number][];
  /** The doc numbers of its first page in the year, in rank order (its rows are in the doc store). */
  r?: number[];
  /** Its matches in each of the year's months, in the order SearchMeta.months lists them (zeros included). */
  m?: number[];
}

/**
 * The first page of a query of several terms (a person's full name, a frequent word pair), computed at build time
 * with the engine's ranking, so its rows paint after one round trip; person and country counts follow.
 */
export interface PhrasePage {
  /** [doc number, result row] in rank order. */
  rows: [number, ArticleSummary][];
  total: number;
  /** [year, matches in it], newest first, years without matches left out. */
  years: [string, number][];
  /** Folded words to highlight: the query's terms and the completions of its last word that were searched. */
  hl: string[];
  /** A short word over long lists (see rankPrefix): the total is a lower bound. */
  atLeast?: true;
  /** A short word over long lists: the year counts cover only this many best matches. */
  scope?: number;
  /**
   * A page over more than a page of matches (a word pair's, a full name's): its people and countries counted over
   * every match at build time, as a word's are (ShardEntry's facets), so its counts need no list (the page's match
   * set is complete here).
   */
  f?: TermFacets;
  /**
   * With `f`: [slug, count] of each person the query's words name (as the name lookup finds them: every word starts
   * a word of their name or an alias) in any match and not in `f`, most matches first; none is 0. The lookup's
   * named people are counted from here, so a full name's counts need none of their lists either.
   */
  n?: [string, number][];
  /**
   * With `f`, a full name's or a pair's `f` and `n` over its matches in each year (YYYY) of more than a page of them,
   * with the year's first page and months: the query searched in that year and nothing else takes its counts from
   * here, where its named people's buckets were read (~25 KB gz at the realistic 100,000), and its first page too,
   * where its words' complete lists were read (~25 KB gz for a word pair there).
   */
  y?: Record<string, PhraseYear>;
  /**
   * With `f`, where each word is one whole term or Chinese: whether the query is read as a person's name
   * (readAsName over its words' shard entries and the completions of its last word it searched), so its counts,
   * on any page and in a year, need neither word's shard (~12 KB gz for a word pair at the realistic 100,000).
   */
  name?: boolean;
}

/**
 * Strings in order, each written as the length of the part it shares with the one before (one letter, A = 0 … Z =
 * 25), then the rest, then its suffix: the form of the word files (encodeWordList) and of the shard directory.
 */
export function frontCoded(entries: readonly string[], suffixes?: readonly string[]): string {
  let text = '';
  let previous = '';
  entries.forEach((entry, i) => {
    let shared = 0;
    while (shared < 25 && shared < entry.length && entry[shared] === previous[shared]) shared++;
    text += String.fromCharCode(65 + shared) + entry.slice(shared) + (suffixes?.[i] ?? '');
    previous = entry;
  });
  return text;
}

/**
 * SearchMeta.shards, front-coded (frontCoded). Index terms are folded to lower case, so a capital starts each entry.
 * So, the realistic 100,000-article archive's 3,354 entries are 11.7 → 7.9 KB gz of the meta.json every first search
 * reads.
 */
export const encodeDirectory = (entries: readonly string[]): string => frontCoded(entries);

/** Shards a term range's words may span and still be read whole (type-ahead's completions, a typo's later edits). */
export const prefixShardMax = 2;

/** The first and last shard (of a decoded directory: the first term of each) holding words that start with `prefix`. */
export function prefixShardRange(
  directory: readonly string[],
  prefix: string,
): [first: number, last: number] {
  return [Math.max(0, upperBound(directory, prefix) - 1), upperBound(directory, `${prefix}\uffff`) - 1];
}

/** The number of strings of `sorted` (code-unit order) at or before `term`. */
export const upperBound = (sorted: readonly string[], term: string): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The entries encodeDirectory wrote, in order. */
export function decodeDirectory(text: string): string[] {
  let entry = '';
  return Array.from(
    text.matchAll(/([A-Z])([^A-Z]*)/g),
    ([, shared, rest]) => (entry = entry.slice(0, shared!.charCodeAt(0) - 65) + rest),
  );
}

/** The key of a query's first page in the tops buckets: its words' terms ("wang yi"; a Chinese word's bigrams joined by "+"). */
export const phraseKey = (words: readonly QueryWord[]): string =>
  words.map((w) => w.terms.join('+')).join(' ');

/** BM25's inverse document frequency, shared so the build ranks precomputed pages exactly as the engine does. */
export const idf = (docCount: number, df: number): number => Math.log(1 + (docCount - df + 0.5) / (df + 0.5));

/**
 * Type-ahead completions of a query's last word: at most this many for a one-word query, fewer when other words
 * are AND-ed (their full lists load), each scored at this weight of an exact match. Shared by the browser engine
 * and the build's precomputed first pages, which must rank alike.
 */
export const completionLimits = { oneWord: 5, withOtherWords: 2, weight: 0.8 } as const;

/**
 * Exact facet counts over a term's complete doc list, precomputed at build time for terms in more than a page of
 * documents: its most frequent people and countries, with counts.
 */
export interface TermFacets {
  /** [slug, name, count, the person's own document frequency (what their complete list costs to read)] */
  p: [string, string, number, number][];
  c: [string, number][];
}
/** A person-facet bucket: person filter term -> its complete doc list (b64 varint deltas). */
export type PersonFacets = Record<string, string>;
/**
 * A year's file of date facets (searchPaths.dateFacets): the facet counts over the whole year (key YYYY) and each of
 * its months (YYYY-MM), for those in more than a page of documents. A search of a year or a month and nothing else
 * has no word to take its people and countries from, and its newest page alone would miss the rest of a busy month.
 */
export type DateFacets = Record<string, TermFacets>;
/** A year's file of filter date facets (searchPaths.filterDateFacets): filter term -> its DateFacets in the year. */
export type FilterDateFacets = Record<string, DateFacets>;
/**
 * A file of searchPaths.personWithin: person filter term -> the countries that have every article of theirs (people
 * of more than a page of articles): a search of the person in one of them needs no country list.
 */
export type PersonWithin = Record<string, string[]>;

/**
 * A shard entry: [term, document frequency, doc numbers (b64 varint deltas), impacts (one b64 char each, empty
 * for filter terms), tail file number when the doc list is only the highest-impact head of a long list (-1 when
 * there is none), the term's facet counts (TermFacets, for terms in more than a page of documents)].
 */
export type ShardEntry =
  | [string, number, string, string]
  | [string, number, string, string, number]
  | [string, number, string, string, number, TermFacets];

/** The tail file number of an entry, or undefined when its doc list is complete. */
export const tailOf = (entry: ShardEntry): number | undefined =>
  entry[4] === undefined || entry[4] < 0 ? undefined : entry[4];
export interface Shard {
  terms: ShardEntry[];
}
/** A tail: every document of a long posting list (b64 varint deltas), without impacts. */
export interface Tail {
  docs: string;
  /** A word's own counts in each year (YYYY) of more than a page of its documents (not a filter's: see FilterDateFacets). */
  y?: DateFacets;
}
/** A word file's words with their document frequencies, sorted by word (its text: encodeWordList). */
export type WordList = [string, number][];
/** A word file as written: its WordList in one string (encodeWordList), in an array so that it is an object. */
export type WordFile = [text: string];

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64Value = new Int8Array(128).fill(-1);
for (let i = 0; i < b64.length; i++) b64Value[b64.charCodeAt(i)] = i;

export const b64Char = (n: number): string => b64.charAt(n);
export const b64Decode = (c: string, i = 0): number => b64Value[c.charCodeAt(i)] ?? -1;

/** The character code of the base-64 digit n. */
export const b64Code = (n: number): number => b64.charCodeAt(n);

/** FNV-1a over s[from, to), carried on from state `h` (the Bloom filters' hash; the same in Node and browsers). */
export function fnv1a(s: string, from = 0, to = s.length, h = 0x811c9dc5): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** The i-th (0–3) of a key's four bit positions in a Bloom filter of m bits: its FNV-1a hash `h` and a remix of it. */
function bloomBit(h: number, i: number, m: number): number {
  const h1 = h >>> 0;
  const h2 = (Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) | 1) >>> 0;
  return (h1 + i * h2) % m;
}

/** A Bloom filter of `terms` in base-64 characters: ten bits a term, about 1% false positives. */
export function bloomOf(terms: readonly string[]): string {
  const m = Math.max(1, Math.ceil((terms.length * 10) / 6)) * 6;
  const bits = new Uint8Array(m / 6);
  for (const term of terms) {
    const h = fnv1a(term);
    for (let i = 0; i < 4; i++) {
      const bit = bloomBit(h, i, m);
      bits[Math.floor(bit / 6)]! |= 1 << (bit % 6);
    }
  }
  return Array.from(bits, (v) => b64Char(v)).join('');
}

/** bloomHas for the key whose FNV-1a hash is `h` (so a caller trying many keys alike can carry hashes on). */
export function bloomHasHash(bloom: string, h: number): boolean {
  if (!bloom) return false;
  const m = bloom.length * 6;
  for (let i = 0; i < 4; i++) {
    const bit = bloomBit(h, i, m);
    if (!((b64Decode(bloom, Math.floor(bit / 6)) >> (bit % 6)) & 1)) return false;
  }
  return true;
}

/** True when `term` may be in the filter (never false for a term that is). */
export const bloomHas = (bloom: string, term: string): boolean => bloomHasHash(bloom, fnv1a(term));

const asciiDecoder = new TextDecoder();

/** Sorted doc numbers as JSON-safe varint deltas: 5 bits a character, the 6th bit says "more follows". */
export function encodeDocs(docs: ArrayLike<number>): string {
  const bytes = new Uint8Array(docs.length * 7);
  // Every byte is a base64 character (ASCII), so UTF-8 decoding is exact, and native.
  return asciiDecoder.decode(bytes.subarray(0, writeDocs(docs, bytes, 0)));
}

/**
 * encodeDocs's characters written into `bytes` from `at` (room for 7 a doc), returning where they end: for a file
 * of many lists put together as bytes and decoded once (the build's pairs files).
 */
export function writeDocs(docs: ArrayLike<number>, bytes: Uint8Array, at: number): number {
  let n = at;
  let prev = -1;
  for (let i = 0; i < docs.length; i++) {
    let v = docs[i]! - prev - 1;
    prev = docs[i]!;
    while (v >= 32) {
      bytes[n++] = b64Code(32 | (v & 31));
      v = Math.floor(v / 32);
    }
    bytes[n++] = b64Code(v);
  }
  return n;
}

export function decodeDocs(text: string): number[] {
  const out: number[] = [];
  let prev = -1;
  let v = 0;
  let shift = 1;
  for (let i = 0; i < text.length; i++) {
    const c = b64Value[text.charCodeAt(i)]!;
    v += (c & 31) * shift;
    if (c & 32) shift *= 32;
    else {
      prev = prev + v + 1;
      out.push(prev);
      v = 0;
      shift = 1;
    }
  }
  return out;
}
