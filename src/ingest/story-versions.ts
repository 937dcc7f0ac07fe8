// Versions of one story: wire copy an archive holds more than once (crawled from two sites of one agency, a
// corrected or extended version, a cut-down version the next day, with and without a headline). Pure: each
// article's date and story paragraphs in, groups of article ids out. The ingest runs it over the whole folder
// (buildDataset), so the dataset says which articles are versions and every reader of it can count a story once.
//
// Linear-ish: candidates are only articles that share a paragraph opening (parse/fingerprint.ts's headPrint, the
// parser's own repeat check) and are dated within a day of each other; only those are shingled and compared.

import { HEAD, headPrint, normCode } from './parse/fingerprint.ts';

export interface VersionInput {
  id: string;
  /** YYYY-MM-DD, YYYY-MM or "" (Article.date). */
  date: string;
  paragraphs: readonly string[];
}

/** One story held more than once: the version lists and counts show, and the others (sorted by date, then id). */
export interface StoryGroup {
  canonical: string;
  versions: string[];
}

/** Words a shingle spans: long enough that two reports of one event in their own words share few of them. */
const SHINGLE = 5;
/** Below this many shingles (about 30 words) a text is too short to tell a version from boilerplate. */
const MIN_SHINGLES = 25;
/** Share of the shorter text's shingles the longer must hold. */
const CONTAINMENT = 0.8;
/** Shingles of the opening (about the first 24 words) that each text's opening is judged by. */
const OPENING = 20;
/** Share of each opening the other text must hold: a follow-up that repeats a story under a new lede is not it. */
const OPENING_SHARED = 0.5;
/** A paragraph opening more articles share than this is boilerplate, not a story's: it proposes no candidates. */
const MAX_SHARING = 64;

interface Print {
  /** Shingle hashes, sorted, distinct. */
  set: Int32Array;
  /** The first OPENING shingles in text order. */
  opening: Int32Array;
  /** Words (a CJK character counts as one): the canonical version is the longest. */
  words: number;
}

// CJK text has no spaces between words: each ideograph or kana is a token of its own.
const isCjk = (c: number) => (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** The story's words as hashes of their comparison form (fingerprint.ts: letters and digits, lowercased). */
function wordHashes(paragraphs: readonly string[]): number[] {
  const words: number[] = [];
  for (const paragraph of paragraphs) {
    let h = 0;
    let open = false;
    for (let i = 0; i <= paragraph.length; i++) {
      const c = i < paragraph.length ? normCode(paragraph.charCodeAt(i)) : -1;
      if (c >= 0 && !isCjk(c)) {
        if (!open) h = 0x811c9dc5;
        h = Math.imul(h ^ c, 0x01000193);
        open = true;
        continue;
      }
      if (open) words.push(h | 0);
      open = false;
      if (c >= 0) words.push(Math.imul(c, 0x9e3779b1) | 0);
    }
  }
  return words;
}

function printOf(paragraphs: readonly string[]): Print {
  const words = wordHashes(paragraphs);
  const shingles = new Int32Array(Math.max(0, words.length - SHINGLE + 1));
  for (let i = 0; i < shingles.length; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE; k++) {
      h = Math.imul(h ^ words[i + k]!, 0x5bd1e995);
      h ^= h >>> 15;
    }
    shingles[i] = h;
  }
  const opening = shingles.slice(0, OPENING);
  shingles.sort();
  let n = 0;
  for (let i = 0; i < shingles.length; i++)
    if (i === 0 || shingles[i] !== shingles[n - 1]) shingles[n++] = shingles[i]!;
  return { set: shingles.slice(0, n), opening, words: words.length };
}

function has(set: Int32Array, h: number): boolean {
  let lo = 0;
  let hi = set.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = set[mid]!;
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function shared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

function openingHeld(opening: Int32Array, set: Int32Array): boolean {
  let n = 0;
  for (const h of opening) if (has(set, h)) n++;
  return n >= opening.length * OPENING_SHARED;
}

function printsMatch(a: Print, b: Print): boolean {
  const shorter = Math.min(a.set.length, b.set.length);
  if (shorter < MIN_SHINGLES) return false;
  if (shared(a.set, b.set) < shorter * CONTAINMENT) return false;
  return openingHeld(a.opening, b.set) && openingHeld(b.opening, a.set);
}

/**
 * Whether two texts are versions of one story: the longer holds at least 80% of the shorter's five-word shingles,
 * each holds at least half of the other's opening (about 24 words), and the shorter has some 30 words or more.
 * Dates are not looked at here (findStoryVersions only compares articles dated within a day). Symmetric.
 */
export function areVersions(a: readonly string[], b: readonly string[]): boolean {
  return printsMatch(printOf(a), printOf(b));
}

const DAY_MS = 86_400_000;

function dayOf(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : NaN;
}

/**
 * The stories the archive holds more than once. Two articles are versions when they are dated within a day of
 * each other (a month-only or missing date: the same one) and areVersions says so. Each group is built around
 * its canonical version: the longest (most words), then the earlier date, then the smaller id. Articles taken in
 * that order each become the canonical of those of their versions not yet in a group, so every version of a group
 * is a version of its canonical (a chain of near versions does not join two stories that are not). The same
 * articles in any order give the same groups, sorted by canonical id.
 */
export function findStoryVersions(input: readonly VersionInput[]): StoryGroup[] {
  const articles = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = articles.length;
  const days = articles.map((a) => dayOf(a.date));
  const near = (i: number, j: number) =>
    Number.isNaN(days[i]!) || Number.isNaN(days[j]!)
      ? articles[i]!.date === articles[j]!.date
      : Math.abs(days[i]! - days[j]!) <= 1;

  // Each article's paragraph openings as (opening hash, article index) in one number, sorted: runs of one
  // opening. 53 bits hold both for up to 2^21 articles; past that the hash gives up bits (more candidates, no
  // fewer: every candidate is checked on the text).
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const hashBits = Math.min(32, 53 - indexBits);
  const indexScale = 2 ** indexBits;
  const entries: number[] = [];
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    for (const paragraph of articles[i]!.paragraphs) {
      const print = headPrint(paragraph);
      if (print.length < HEAD) continue;
      const hash = Math.floor(print.key / 0x200000) >>> (32 - hashBits);
      if (seen.has(hash)) continue;
      seen.add(hash);
      entries.push(hash * indexScale + i);
    }
  }
  const sorted = Float64Array.from(entries).sort();

  const pairs: number[] = [];
  for (let start = 0; start < sorted.length;) {
    const hash = Math.floor(sorted[start]! / indexScale);
    let end = start + 1;
    while (end < sorted.length && Math.floor(sorted[end]! / indexScale) === hash) end++;
    if (end - start > 1 && end - start <= MAX_SHARING) {
      for (let x = start; x < end; x++)
        for (let y = x + 1; y < end; y++) {
          const i = sorted[x]! % indexScale;
          const j = sorted[y]! % indexScale;
          if (near(i, j)) pairs.push(i * n + j); // i < j: entries of one hash sort by index
        }
    }
    start = end;
  }
  if (pairs.length === 0) return [];

  const prints = new Map<number, Print>();
  const printAt = (i: number) => {
    let print = prints.get(i);
    if (!print) prints.set(i, (print = printOf(articles[i]!.paragraphs)));
    return print;
  };
  const linked = new Map<number, number[]>();
  const link = (i: number, j: number) => {
    const list = linked.get(i);
    if (list) list.push(j);
    else linked.set(i, [j]);
  };
  const candidates = Float64Array.from(pairs).sort();
  for (let k = 0; k < candidates.length; k++) {
    if (k > 0 && candidates[k] === candidates[k - 1]) continue;
    const i = Math.floor(candidates[k]! / n);
    const j = candidates[k]! % n;
    if (printsMatch(printAt(i), printAt(j))) {
      link(i, j);
      link(j, i);
    }
  }

  const byDate = (i: number, j: number) => {
    const a = articles[i]!.date;
    const b = articles[j]!.date;
    if (a === b) return i - j;
    if (a === '' || b === '') return a === '' ? 1 : -1;
    return a < b ? -1 : 1;
  };
  const order = [...linked.keys()].sort((i, j) => printAt(j).words - printAt(i).words || byDate(i, j));
  const grouped = new Set<number>();
  const groups: StoryGroup[] = [];
  for (const i of order) {
    if (grouped.has(i)) continue;
    const members = linked.get(i)!.filter((j) => !grouped.has(j));
    if (members.length === 0) continue;
    grouped.add(i);
    for (const j of members) grouped.add(j);
    groups.push({ canonical: articles[i]!.id, versions: members.sort(byDate).map((j) => articles[j]!.id) });
  }
  return groups.sort((a, b) => (a.canonical < b.canonical ? -1 : 1));
}
