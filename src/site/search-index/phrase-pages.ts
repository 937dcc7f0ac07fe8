// First pages of frequent queries of several terms (people's full names, their Chinese-character aliases, common
// word pairs), ranked at build time exactly as the browser engine (src/features/search/search-engine.ts) ranks an
// AND: the same scores in the same floating-point order, the same completions of the last word, the same ties.
// The browser then paints such a query after one round trip instead of shards, then tails, then ten row files.
import {
  completionLimits,
  fuzzyWord,
  idf,
  isHan,
  parseQuery,
  phraseKey,
  forEachIndexTerm,
  stopWords,
  type QueryWord,
} from '../../common/search-text.ts';
import { intersect, lowerBound, union } from '../../common/scored-lists.ts';
import { nameTerms } from '../../common/people-names.ts';
import { hanNamesOf } from './count-terms.ts';

/** A term's complete posting list as the index stores it. */
export interface TermView {
  df: number;
  /** Every doc number, ascending. */
  docs: Int32Array;
  /** Impact (1..63) of each doc. */
  impacts: Uint8Array;
  /** 1 for the docs the shard keeps (the head of a long list); null when the shard keeps them all. */
  head: Uint8Array | null;
}

export interface PhraseSource {
  docCount: number;
  /** The view of an indexed term, or null when the term is not indexed. */
  view(term: string): TermView | null;
  /** Indexed words starting with `prefix` (longer than it) with their document frequency, as the `p` word file holds them. */
  wordsWithPrefix(prefix: string): [string, number][];
  /** [year, first doc, end doc] as in SearchMeta.years. */
  years: readonly [string, number, number][];
}

export interface RankedPhrase {
  /** Doc numbers of the first page, in rank order. */
  page: number[];
  total: number;
  years: [string, number][];
  hl: string[];
  /** A short word over long lists: the total is a lower bound (several lists' heads were read). */
  atLeast?: true;
  /** A short word over long lists: the year counts cover only this many best matches (the heads' docs). */
  scope?: number;
  /** Every match, ascending (rankPhrase: the complete AND, for its facets). */
  matches?: ArrayLike<number>;
  /**
   * rankPhrase with `yearPagesOver`: the first page of the query searched in each year of more than that many
   * matches (doc numbers in rank order), as the engine ranks the year's matches: the same scores, ties by doc order.
   */
  yearPages?: Record<string, number[]>;
}

interface Posting {
  docs: ArrayLike<number>;
  scores: Float64Array;
}

// The scores of the postings of the query being ranked, in one buffer reused from query to query (none outlives
// its query): a large archive's pairs of common words allocated hundreds of megabytes of them otherwise.
let scoreBuffer = new Float64Array(1 << 16);
let scoresUsed = 0;
function newScores(length: number): Float64Array {
  if (scoresUsed + length > scoreBuffer.length) {
    // Lists handed out before keep the old buffer.
    scoreBuffer = new Float64Array(Math.max(length, scoreBuffer.length * 2));
    scoresUsed = 0;
  }
  scoresUsed += length;
  return scoreBuffer.subarray(scoresUsed - length, scoresUsed);
}

function posting(view: TermView, docCount: number, weight: number): Posting {
  const w = idf(docCount, view.df) * weight;
  const scores = newScores(view.docs.length);
  if (!view.head) {
    for (let i = 0; i < scores.length; i++) scores[i] = w * view.impacts[i]!;
    return { docs: view.docs, scores };
  }
  // Docs outside the head rank by the head's lowest score, as the engine gives them (it does not know theirs).
  let low = Infinity;
  for (let i = 0; i < scores.length; i++) if (view.head[i]) low = Math.min(low, view.impacts[i]!);
  const floor = w * low;
  for (let i = 0; i < scores.length; i++) scores[i] = view.head[i] ? w * view.impacts[i]! : floor;
  return { docs: view.docs, scores };
}

/** The best `pageSize` of scored matches (score down, then doc order) in one pass, not a full sort. */
function firstPage(scores: Float64Array, pageSize: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    let at = order.length;
    if (at === pageSize) {
      if (!(s > scores[order[at - 1]!]!)) continue;
      at--;
    } else order.push(i);
    while (at > 0 && s > scores[order[at - 1]!]!) {
      order[at] = order[at - 1]!;
      at--;
    }
    order[at] = i;
  }
  return order;
}

function yearCounts(docs: ArrayLike<number>, source: PhraseSource): [string, number][] {
  const years: [string, number][] = [];
  for (const [year, start, end] of source.years) {
    const count = lowerBound(docs, end) - lowerBound(docs, start);
    if (count) years.push([year, count]);
  }
  return years;
}

/**
 * The completions the engine searches for a short last word (type-ahead): among the five most frequent words it
 * starts, those more frequent than the word itself, within a tenth of the best, at most `limit`.
 */
function completionsOf(term: string, exactDf: number | null, source: PhraseSource, limit: number) {
  const found = source
    .wordsWithPrefix(term)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, completionLimits.oneWord)
    .filter(([, df]) => exactDf === null || df > exactDf);
  const top = found[0]?.[1] ?? 0;
  return found.filter(([, df]) => df * 10 >= top).slice(0, limit);
}

/**
 * The engine's first page for one short word (2–4 letters) alone, which it completes with the words it starts
 * ("sit" -> sitharaman, situation): null when it has no completion (then the word's own page, if any, is the
 * answer). Long lists count by their heads, as the engine does for one word alone: the total is then the largest
 * document frequency (a lower bound when several lists are read) and the years cover the heads' documents.
 */
export function rankPrefix(term: string, source: PhraseSource, pageSize: number): RankedPhrase | null {
  scoresUsed = 0;
  // (A stop word is no query: "to" searches nothing.)
  if (term.length < 2 || term.length > 4 || !fuzzyWord.test(term) || stopWords.has(term)) return null;
  const exact = source.view(term);
  const completions = completionsOf(
    term,
    exact ? exact.df : null,
    source,
    exact ? completionLimits.withOtherWords : completionLimits.oneWord,
  );
  if (!completions.length) return null;
  const alts: { view: TermView; weight: number; word: string }[] = [];
  if (exact) alts.push({ view: exact, weight: 1, word: term });
  for (const [word] of completions)
    alts.push({ view: source.view(word)!, weight: completionLimits.weight, word });
  // Page 1 of one word alone reads only the heads of long lists (when each holds a page).
  const headOnly = alts.some((a) => a.view.head !== null);
  const headShort = (head: Uint8Array) => {
    // Counted until a page is reached, not over the whole list.
    for (let i = 0, n = 0; i < head.length; i++) if (head[i] && ++n >= pageSize) return false;
    return true;
  };
  if (alts.some((a) => a.view.head && headShort(a.view.head))) return null;
  const postings = alts.map(({ view, weight }): Posting => {
    if (!view.head) return posting(view, source.docCount, weight);
    // Only the head's docs: the engine reads no further for one word alone.
    const w = idf(source.docCount, view.df) * weight;
    const docs: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < view.docs.length; i++)
      if (view.head[i]) {
        docs.push(view.docs[i]!);
        scores.push(w * view.impacts[i]!);
      }
    return { docs, scores: Float64Array.from(scores) };
  });
  const matches = union(postings);
  const scores = matches.scores!;
  return {
    page: firstPage(scores, pageSize).map((i) => matches.docs[i]!),
    total: headOnly ? Math.max(matches.docs.length, ...alts.map((a) => a.view.df)) : matches.docs.length,
    years: yearCounts(matches.docs, source),
    hl: alts.map((a) => a.word),
    ...(headOnly && alts.length > 1 ? { atLeast: true as const } : {}),
    ...(headOnly ? { scope: matches.docs.length } : {}),
  };
}

/**
 * The engine's first page for a query of at least two terms, or null when the engine would not take the plain AND
 * path for it (a word not indexed, which it would try to correct) or nothing matches.
 */
export function rankPhrase(
  words: readonly QueryWord[],
  source: PhraseSource,
  pageSize: number,
  yearPagesOver?: number,
): RankedPhrase | null {
  scoresUsed = 0;
  const hl: string[] = [];
  const groups: Posting[] = [];
  for (let w = 0; w < words.length; w++)
    for (const term of words[w]!.terms) {
      const exact = source.view(term);
      if (!exact) return null;
      hl.push(term);
      const alts = [posting(exact, source.docCount, 1)];
      // The engine completes a short last word (type-ahead) with up to two words more frequent than it.
      if (
        w === words.length - 1 &&
        !isHan(term) &&
        term.length <= 4 &&
        term.length >= 2 &&
        fuzzyWord.test(term)
      ) {
        for (const [word] of completionsOf(term, exact.df, source, completionLimits.withOtherWords)) {
          alts.push(posting(source.view(word)!, source.docCount, completionLimits.weight));
          hl.push(word);
        }
      }
      groups.push(union(alts));
    }
  if (groups.length < 2) return null;
  const sorted = [...groups].sort((a, b) => a.docs.length - b.docs.length);
  let matches = sorted[0]!;
  for (const p of sorted.slice(1)) matches = intersect(matches, p);
  if (!matches.docs.length) return null;
  // A year is a range of doc numbers, so its matches are a slice of them, scored as over the whole (the engine's
  // year adds a list without scores, which adds 0 to each sum).
  let yearPages: Record<string, number[]> | undefined;
  if (yearPagesOver !== undefined)
    for (const [year, start, end] of source.years) {
      const from = lowerBound(matches.docs, start);
      const to = lowerBound(matches.docs, end);
      if (to - from <= yearPagesOver) continue;
      (yearPages ??= {})[year] = firstPage(matches.scores.subarray(from, to), pageSize).map(
        (i) => matches.docs[from + i]!,
      );
    }
  return {
    page: firstPage(matches.scores, pageSize).map((i) => matches.docs[i]!),
    total: matches.docs.length,
    years: yearCounts(matches.docs, source),
    hl: [...new Set(hl)],
    matches: matches.docs,
    ...(yearPages ? { yearPages } : {}),
  };
}

/**
 * Queries worth a precomputed first page: the names people are mentioned by (full names and aliases, and short
 * runs of Han characters, which are Chinese names), most mentioned first, then word pairs that often stand
 * together in the first articles' bodies. Each comes as its words (parseQuery) under its phraseKey; single-term
 * names and surnames come too (their rows join the one-word buckets).
 */
export function phraseCandidates(
  docs: readonly {
    title: string;
    names: readonly string[];
    body: readonly string[];
    /** hanNamesOf(title, body), when found beforehand (by the ingest's threads). */
    hanNames?: readonly string[];
  }[],
  opts: {
    names: number;
    pairs: number;
    pairSampleDocs: number;
    /** Words whose first page is there already (a long list's): no one-term name page for them. */
    isCommon: (term: string) => boolean;
    /** Words that pairs are made of (default isCommon). */
    isPairWord?: (term: string) => boolean;
  },
): { key: string; words: QueryWord[] }[] {
  const nameDocs = new Map<string, number>();
  const seen = new Set<string>();
  for (const doc of docs) {
    seen.clear();
    for (const name of doc.names) seen.add(name);
    for (const run of doc.hanNames ?? hanNamesOf(doc.title, doc.body)) seen.add(run);
    for (const name of seen) nameDocs.set(name, (nameDocs.get(name) ?? 0) + 1);
  }
  const byKey = new Map<string, { words: QueryWord[]; count: number }>();
  const add = (words: QueryWord[], count: number) => {
    const key = phraseKey(words);
    // A word with a long list has its first page's rows already (the one-word buckets).
    if (words.length === 1 && words[0]!.terms.length === 1 && opts.isCommon(key)) return;
    const same = byKey.get(key);
    if (!same || same.count < count) byKey.set(key, { words, count: (same?.count ?? 0) + count });
    else same.count += count;
  };
  for (const [name, count] of nameDocs) {
    const { words } = parseQuery(name);
    if (!words.length) continue;
    add(words, count);
    // People are searched by surname too ("Lindqvist"): the last word of a name of several.
    if (words.length > 1) add(words.slice(-1), count);
  }
  const ranked = (map: Map<string, { words: QueryWord[]; count: number }>, limit: number) =>
    [...map.entries()]
      .sort(([kx, x], [ky, y]) => y.count - x.count || (kx < ky ? -1 : 1))
      .slice(0, limit)
      .map(([key, { words }]) => ({ key, words }));
  const names = ranked(byKey, opts.names);

  // Pairs of common words (isPairWord: those whose ANDs wait for long lists, or a small archive's frequent words)
  // that stand side by side, counted over a sample: per first word, its followers' counts, so no key string is
  // built for each of the sample's adjacent pairs.
  const followers = new Map<string, Map<string, number>>();
  const isPairWord = opts.isPairWord ?? opts.isCommon;
  let previous: string | null = null;
  const pairTerm = (term: string) => {
    const usable = isPairWord(term) && fuzzyWord.test(term);
    if (usable && previous !== null && previous !== term) {
      let counts = followers.get(previous);
      if (!counts) followers.set(previous, (counts = new Map()));
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    previous = usable ? term : null;
  };
  for (const doc of docs.slice(0, opts.pairSampleDocs))
    for (const paragraph of doc.body) {
      previous = null;
      forEachIndexTerm(paragraph, pairTerm);
    }
  const pairs = new Map<string, { words: QueryWord[]; count: number }>();
  for (const [a, counts] of followers)
    for (const [b, count] of counts)
      pairs.set(`${a} ${b}`, {
        words: [
          { word: a, terms: [a] },
          { word: b, terms: [b] },
        ],
        count,
      });
  for (const key of pairs.keys()) if (byKey.has(key)) pairs.delete(key);
  return [...names, ...ranked(pairs, opts.pairs)];
}

/**
 * The people a query names as the browser's name lookup finds them (SearchIndex.namedPeople: every query word starts
 * a term of their name or of an alias, cut as the people name index cuts them), so a name's page can carry their
 * counts. Returns a finder from the query's words (QueryWord.word) to the ids of those people.
 */
export function namedPeopleFinder(
  people: readonly { id: number; names: readonly string[] }[],
): (words: readonly string[]) => number[] {
  const entries: [string, number][] = [];
  for (const { id, names } of people)
    for (const term of new Set(names.flatMap(nameTerms))) entries.push([term, id]);
  entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const terms = entries.map(([term]) => term);
  return (words) => {
    let found: Set<number> | null = null;
    for (const word of words) {
      const here = new Set<number>();
      for (let i = lowerBound(terms, word); i < terms.length && terms[i]!.startsWith(word); i++) {
        const id = entries[i]![1];
        if (!found || found.has(id)) here.add(id);
      }
      found = here;
    }
    return [...(found ?? [])];
  };
}
