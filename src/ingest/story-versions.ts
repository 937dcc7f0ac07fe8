// Versions of one story: wire copy an archive holds more than once (crawled from two sites of one agency, a
// corrected or extended version, a cut-down version the next day, with and without a headline, its paragraphs
// split differently, its lede rewritten). Pure: each article's date, title and story paragraphs in, groups of
// article ids out. The ingest runs it over the whole folder (buildDataset), so the dataset says which articles are
// versions and every reader of it can count a story once.
//
// Linear-ish: candidates are only articles that share the opening of one of their first sentences (wherever the
// paragraphs break: a sentence opening is hashed across paragraph ends) and are dated within a day of each other;
// only those are shingled and compared. The openings go into one typed-array hash table, not a sorted list.

import { normCode } from './parse/fingerprint.ts';

export interface VersionInput {
  id: string;
  /** YYYY-MM-DD, YYYY-MM or "" (Article.date). */
  date: string;
  paragraphs: readonly string[];
  /** The headline (Article.title): a wire's "CORRECTED-" or "UPDATE 2-" before it marks the later version. */
  title?: string;
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
/**
 * The same, when neither text holds the other's opening (a rewritten lede): the rest must be nearly all shared,
 * so two stories that only share background paragraphs under their own ledes stay apart.
 */
const REWRITTEN_CONTAINMENT = 0.85;
/** Shingles of the opening (about the first 24 words) that each text's opening is judged by. */
const OPENING = 20;
/** Share of each opening the other text must hold: a follow-up that repeats a story under a new lede is not it. */
const OPENING_SHARED = 0.5;
/**
 * Sentences of each article whose openings (OPENING_CHARS comparison characters from the sentence's start)
 * propose candidates: enough that a version whose first sentences were rewritten still shares some.
 */
const SENTENCES = 8;
/** Openings two articles must share to be compared (fewer when one has fewer). */
const MIN_COMMON = 2;
/**
 * An opening that more pairs of articles dated within a day of each other share than this is boilerplate, not a
 * story's: it proposes no candidates.
 */
const MAX_PAIRS = 256;

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

/**
 * Word hashes of the text being printed: one buffer, grown as needed, so thousands of prints allocate only what
 * they keep (printOf copies it out; nothing of one call is seen by the next).
 */
let scratch = new Int32Array(4096);

/**
 * The story's words as hashes of their comparison form (fingerprint.ts: letters and digits, lowercased), into
 * `scratch`; returns how many.
 */
function wordHashes(paragraphs: readonly string[]): number {
  let n = 0;
  const push = (h: number) => {
    if (n === scratch.length) {
      const grown = new Int32Array(n * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[n++] = h;
  };
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
      if (open) push(h | 0);
      open = false;
      if (c >= 0) push(Math.imul(c, 0x9e3779b1) | 0);
    }
  }
  return n;
}

function printOf(paragraphs: readonly string[]): Print {
  const words = wordHashes(paragraphs);
  const count = Math.max(0, words - SHINGLE + 1);
  // Each shingle overwrites the word it starts at: words i..i+4 are read before shingle i is written.
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE; k++) {
      h = Math.imul(h ^ scratch[i + k]!, 0x5bd1e995);
      h ^= h >>> 15;
    }
    scratch[i] = h;
  }
  const opening = scratch.slice(0, Math.min(OPENING, count));
  const shingles = scratch.subarray(0, count).sort();
  let n = 0;
  for (let i = 0; i < count; i++)
    if (i === 0 || shingles[i] !== shingles[n - 1]) shingles[n++] = shingles[i]!;
  return { set: shingles.slice(0, n), opening, words };
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
  const aHeld = openingHeld(a.opening, b.set);
  const bHeld = openingHeld(b.opening, a.set);
  // One opening held and not the other: one text is the other under a new lede (a follow-up), not a version.
  if (aHeld !== bHeld) return false;
  return shared(a.set, b.set) >= shorter * (aHeld ? CONTAINMENT : REWRITTEN_CONTAINMENT);
}

/**
 * Whether two texts are versions of one story: the longer holds at least 80% of the shorter's five-word shingles,
 * each holds at least half of the other's opening (about 24 words), and the shorter has some 30 words or more.
 * Two texts that each open in their own words (a rewritten lede) are versions when the longer holds 85% of the
 * shorter; one that holds the other's opening while opening in words of its own (a follow-up) is not.
 * Dates are not looked at here (findStoryVersions only compares articles dated within a day). Symmetric.
 */
export function areVersions(a: readonly string[], b: readonly string[]): boolean {
  return printsMatch(printOf(a), printOf(b));
}

/**
 * How late a version its headline says it is: a wire marks a corrected version "CORRECTED-" (or "CORRECTION")
 * and a rewritten one "UPDATE 2-"; a correction of an update ("CORRECTED-UPDATE 1-") is later than the update.
 * 0 for a headline with no mark.
 */
export function revisionOf(title: string): number {
  const m = /^(?:(CORRECTED|CORRECTION)\s*[-:]\s*)?(?:UPDATE(?:\s+(\d{1,2}))?\s*[-:])?/.exec(title)!;
  if (m[0] === '') return 0;
  return (m[1] ? 1 : 0) + (m[0].includes('UPDATE') ? Number(m[2] ?? 1) : 0);
}

const DAY_MS = 86_400_000;
/** Added to a day number so any year from about -700 on is a non-negative code (others are negative). */
const DAY_BASE = 1_000_000;

/** The number written by `count` digits at `at` of `s`, or NaN. */
function digits(s: string, at: number, count: number): number {
  let v = 0;
  for (let k = at; k < at + count; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Each article's date as a code: a full date's day number plus DAY_BASE (two within a day differ by at most 1);
 * any other date (a month, "") a negative code shared only by the same string.
 */
function dateCodes(articles: readonly VersionInput[]): Int32Array {
  const codes = new Int32Array(articles.length);
  const others = new Map<string, number>();
  for (let i = 0; i < articles.length; i++) {
    const date = articles[i]!.date;
    if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
      const day = Date.UTC(digits(date, 0, 4), digits(date, 5, 2) - 1, digits(date, 8, 2)) / DAY_MS;
      if (!Number.isNaN(day)) {
        codes[i] = day + DAY_BASE;
        continue;
      }
    }
    let code = others.get(date);
    if (code === undefined) others.set(date, (code = -1 - others.size));
    codes[i] = code;
  }
  return codes;
}

/**
 * Comparison characters (letters and digits) of a sentence's opening: some 14 words, enough to reach past a stock
 * phrase ("the foreign minister said on Tuesday that") into what is the story's own.
 */
const OPENING_CHARS = 80;

/**
 * Hash of OPENING_CHARS comparison characters from character `i` of paragraph `p`, read on across paragraph ends
 * (so the same text split into other paragraphs gives the same hash); 0 when fewer than OPENING_CHARS are left.
 */
function openingAt(paragraphs: readonly string[], p: number, i: number): number {
  let h = 0x811c9dc5;
  let length = 0;
  for (; p < paragraphs.length && length < OPENING_CHARS; p++, i = 0) {
    const paragraph = paragraphs[p]!;
    for (; i < paragraph.length && length < OPENING_CHARS; i++) {
      const c = normCode(paragraph.charCodeAt(i));
      if (c < 0) continue;
      h = Math.imul(h ^ c, 0x01000193);
      length++;
    }
  }
  if (length < OPENING_CHARS) return 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13) || 1;
}

/**
 * The openings of a story's first SENTENCES sentences (a paragraph's start counts as a sentence's, and so does
 * the text after ". " or "。", so a version that breaks its paragraphs elsewhere has the same ones), distinct,
 * written into `out` from `at`; returns the new end. Stops at an opening with fewer than OPENING_CHARS left.
 */
function sentenceOpenings(paragraphs: readonly string[], out: Int32Array, at: number): number {
  const start = at;
  let sentences = 0;
  for (let p = 0; p < paragraphs.length && sentences < SENTENCES; p++) {
    const paragraph = paragraphs[p]!;
    for (let i = 0; sentences < SENTENCES;) {
      const h = openingAt(paragraphs, p, i);
      if (h === 0) return at;
      sentences++;
      let k = start;
      while (k < at && out[k] !== h) k++;
      if (k === at) out[at++] = h;
      // A sentence ends at a full stop and a space, or a CJK full stop (indexOf: the text's own fast search).
      const stop = paragraph.indexOf('. ', i);
      const cjk = paragraph.indexOf('。', i);
      const end = stop < 0 ? cjk : cjk < 0 ? stop : Math.min(stop, cjk);
      if (end < 0 || end + 2 >= paragraph.length) break;
      i = end + 1;
    }
  }
  return at;
}

/**
 * The stories the archive holds more than once. Two articles are versions when they are dated within a day of
 * each other (a month-only or missing date: the same one) and areVersions says so. Each group is built around
 * its canonical version, the one a reader wants: the fullest text (most words), then the latest (a headline's
 * correction or update mark, then the later date), then the smaller id. Articles taken in that order each become
 * the canonical of those of their versions not yet in a group, so every version of a group is a version of its
 * canonical (a chain of near versions does not join two stories that are not). The same articles in any order
 * give the same groups, sorted by canonical id.
 */
export function findStoryVersions(articles: readonly VersionInput[]): StoryGroup[] {
  const n = articles.length;
  const dates = dateCodes(articles);
  const near = (i: number, j: number) => {
    const a = dates[i]!;
    const b = dates[j]!;
    return a >= 0 && b >= 0 ? Math.abs(a - b) <= 1 : a === b;
  };

  // The openings in an open-addressing table: for each distinct opening, a chain of the entries (articles) that
  // have it, and how many. A table of twice the entries' size keeps the probes short.
  const entryKey = new Int32Array(n * SENTENCES);
  const entryArticle = new Int32Array(n * SENTENCES);
  const openings = new Uint8Array(n);
  let entries = 0;
  for (let i = 0; i < n; i++) {
    const end = sentenceOpenings(articles[i]!.paragraphs, entryKey, entries);
    entryArticle.fill(i, entries, end);
    openings[i] = end - entries;
    entries = end;
  }
  let size = 2;
  while (size < entries * 2) size *= 2;
  const mask = size - 1;
  const slotKey = new Int32Array(size);
  const slotHead = new Int32Array(size).fill(-1);
  const slotCount = new Int32Array(size);
  const next = new Int32Array(entries);
  const multiple: number[] = [];
  for (let e = 0; e < entries; e++) {
    const key = entryKey[e]!;
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    while (slotHead[slot] !== -1 && slotKey[slot] !== key) slot = (slot + 1) & mask;
    slotKey[slot] = key;
    next[e] = slotHead[slot]!;
    slotHead[slot] = e;
    slotCount[slot] = slotCount[slot]! + 1;
    if (slotCount[slot] === 2) multiple.push(slot);
  }

  // Each shared opening's articles by date, so the pairs dated within a day are neighbours: an opening that more
  // than MAX_PAIRS such pairs share is boilerplate and proposes none (a rare one proposes its pairs however many
  // articles of other days have it: a lede with a name that thousands of articles start with).
  let lowest = 0;
  for (let i = 0; i < n; i++) lowest = Math.min(lowest, dates[i]!);
  const members = new Float64Array(entries);
  const pairs: number[] = [];
  for (const slot of multiple) {
    let k = 0;
    for (let e = slotHead[slot]!; e !== -1; e = next[e]!) {
      const i = entryArticle[e]!;
      members[k++] = (dates[i]! - lowest) * n + i;
    }
    const sorted = members.subarray(0, k).sort();
    const mark = pairs.length;
    for (let x = 0; x < k && pairs.length - mark <= MAX_PAIRS; x++) {
      const i = sorted[x]! % n;
      for (let y = x + 1; y < k; y++) {
        const j = sorted[y]! % n;
        if (!near(i, j)) break;
        pairs.push(i < j ? i * n + j : j * n + i);
      }
    }
    if (pairs.length - mark > MAX_PAIRS) pairs.length = mark;
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
  for (let k = 0; k < candidates.length;) {
    const pair = candidates[k]!;
    let end = k + 1;
    while (end < candidates.length && candidates[end] === pair) end++;
    const common = end - k;
    k = end;
    const i = Math.floor(pair / n);
    const j = pair % n;
    // One shared opening is chance (a stock sentence) unless one of the two has no other.
    if (common < Math.min(MIN_COMMON, openings[i]!, openings[j]!)) continue;
    if (printsMatch(printAt(i), printAt(j))) {
      link(i, j);
      link(j, i);
    }
  }

  const byId = (i: number, j: number) => {
    const a = articles[i]!.id;
    const b = articles[j]!.id;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  // Oldest first, undated last.
  const byDate = (i: number, j: number) => {
    const a = articles[i]!.date;
    const b = articles[j]!.date;
    if (a === b) return 0;
    if (a === '' || b === '') return a === '' ? 1 : -1;
    return a < b ? -1 : 1;
  };
  const revisions = new Map<number, number>();
  for (const i of linked.keys()) revisions.set(i, revisionOf(articles[i]!.title ?? ''));
  const preferred = (i: number, j: number) =>
    printAt(j).words - printAt(i).words || revisions.get(j)! - revisions.get(i)! || byDate(j, i);
  const order = [...linked.keys()].sort((i, j) => preferred(i, j) || byId(i, j));
  const grouped = new Set<number>();
  const groups: StoryGroup[] = [];
  for (const i of order) {
    if (grouped.has(i)) continue;
    const members = linked.get(i)!.filter((j) => !grouped.has(j));
    if (members.length === 0) continue;
    grouped.add(i);
    for (const j of members) grouped.add(j);
    groups.push({
      canonical: articles[i]!.id,
      versions: members.sort((x, y) => byDate(x, y) || byId(x, y)).map((j) => articles[j]!.id),
    });
  }
  return groups.sort((a, b) => (a.canonical < b.canonical ? -1 : 1));
}
