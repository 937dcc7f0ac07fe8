// Which word lists a lower-cased word belongs to, as bit flags, looked up once per distinct word and
// remembered: the name and place rules ask a dozen lists about every capitalised token, and one cached
// lookup costs less than a dozen Set lookups.
import {
  cityNames,
  countryNames,
  demonymCountry,
  firstNames,
  isCommonWord,
  isFunctionWord,
  knownOrganizations,
  months,
  orgHeads,
  placeHeads,
  regionNames,
  weekdays,
} from './lexicon.ts';
import { honorifics, titleHeads } from './roles.ts';
import type { Token } from './tokenize.ts';

export const TITLE_HEAD = 1 << 0;
export const HONORIFIC = 1 << 1;
export const MONTH = 1 << 2;
export const WEEKDAY = 1 << 3;
export const ORG_HEAD = 1 << 4;
export const PLACE_HEAD = 1 << 5;
export const DEMONYM = 1 << 6;
/** A key of countryNames (including ambiguous names such as "korea", whose value is ''). */
export const COUNTRY = 1 << 7;
export const FUNCTION_WORD = 1 << 8;
export const COMMON_WORD = 1 << 9;
export const CITY = 1 << 10;
export const REGION = 1 << 11;
/**
 * Two large lists kept on the token beside the flags but read only through tokenLists and wordLists: tokenFlags and
 * wordFlags leave them out, as some rules ask whether a word is on any list of theirs (`tokenFlags(t) !== 0`).
 */
export const FIRST_NAME = 1 << 12;
export const KNOWN_ORG = 1 << 13;
const FLAGS = FIRST_NAME - 1;

function computeFlags(lower: string): number {
  let f = 0;
  if (titleHeads.has(lower)) f |= TITLE_HEAD;
  if (honorifics.has(lower)) f |= HONORIFIC;
  if (months.has(lower)) f |= MONTH;
  if (weekdays.has(lower)) f |= WEEKDAY;
  if (orgHeads.has(lower)) f |= ORG_HEAD;
  if (placeHeads.has(lower)) f |= PLACE_HEAD;
  if (demonymCountry.has(lower)) f |= DEMONYM;
  if (countryNames.has(lower)) f |= COUNTRY;
  if (isFunctionWord(lower)) f |= FUNCTION_WORD;
  if (isCommonWord(lower)) f |= COMMON_WORD;
  if (cityNames.has(lower)) f |= CITY;
  if (regionNames.has(lower)) f |= REGION;
  if (firstNames.has(lower)) f |= FIRST_NAME;
  if (knownOrganizations.has(lower)) f |= KNOWN_ORG;
  return f;
}

/** Words longer than the table's slots hold (and ''): a Map, as few are asked. */
const longCache = new Map<string, number>();
// Vocabularies of real archives grow without end; past this many distinct words start over.
const MAX_CACHED = 200_000;

// Words of up to ten characters, most of those asked, are remembered in an open-addressing table of typed
// slots that hold the word's characters: one lookup reads one slot (32 bytes), where a Map of ~30,000 strings
// (a realistic archive's capitalised words) reads its bucket, its entry and the key string, each a cache miss
// once the rest of the article has gone through the cache. Slot: hash, flags, length, five ints of two characters.
const SLOT = 8;
const INLINE_CHARS = 10;
const MIN_BITS = 10;
/** 2^18 slots (8 MB) at most: past half of that, start over. */
const MAX_BITS = 18;
let bits = MIN_BITS;
let mask = (1 << bits) - 1;
let slots = new Int32Array(SLOT << bits);
let filled = 0;

function hashOf(lower: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), 0x01000193);
  return h ^ (h >>> 15);
}

/** The two characters of `lower` from `k` in one int, the second 0 past the end. */
function charPair(lower: string, k: number): number {
  return lower.charCodeAt(k) | (k + 1 < lower.length ? lower.charCodeAt(k + 1) << 16 : 0);
}

/** Index of the slot of `lower` (length 1–10, hash `h`), or of the empty slot where it would go. */
function slotOf(lower: string, h: number): number {
  const n = lower.length;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const b = i * SLOT;
    const len = slots[b + 2] as number;
    if (len === 0) return b;
    if (len !== n || slots[b] !== h) continue;
    let k = 0;
    while (k < n && slots[b + 3 + (k >> 1)] === charPair(lower, k)) k += 2;
    if (k >= n) return b;
  }
}

function insert(b: number, lower: string, h: number, f: number): void {
  slots[b] = h;
  slots[b + 1] = f;
  slots[b + 2] = lower.length;
  for (let k = 0; k < lower.length; k += 2) slots[b + 3 + (k >> 1)] = charPair(lower, k);
}

/** Doubles the table, or empties it at its largest. */
function grow(): void {
  const old = slots;
  if (bits >= MAX_BITS) {
    old.fill(0);
    filled = 0;
    return;
  }
  bits++;
  mask = (1 << bits) - 1;
  slots = new Int32Array(SLOT << bits);
  for (let b = 0; b < old.length; b += SLOT) {
    if (old[b + 2] === 0) continue;
    let i = (old[b] as number) & mask;
    while (slots[i * SLOT + 2] !== 0) i = (i + 1) & mask;
    slots.set(old.subarray(b, b + SLOT), i * SLOT);
  }
}

/** The lists `lower` (a lower-cased word or phrase) belongs to. */
export function wordFlags(lower: string): number {
  return wordLists(lower) & FLAGS;
}

/** wordFlags with FIRST_NAME and KNOWN_ORG. */
export function wordLists(lower: string): number {
  const n = lower.length;
  if (n === 0 || n > INLINE_CHARS) {
    let f = longCache.get(lower);
    if (f === undefined) {
      f = computeFlags(lower);
      if (longCache.size >= MAX_CACHED) longCache.clear();
      longCache.set(lower, f);
    }
    return f;
  }
  const h = hashOf(lower);
  let b = slotOf(lower, h);
  if (slots[b + 2] !== 0) return slots[b + 1] as number;
  const f = computeFlags(lower);
  if (2 * (filled + 1) > mask + 1) {
    grow();
    b = slotOf(lower, h);
  }
  insert(b, lower, h, f);
  filled++;
  return f;
}

/** wordFlags of a token's lower case, kept on the token: the rules ask about the same capitalised token many times. */
export function tokenFlags(t: Token): number {
  return tokenLists(t) & FLAGS;
}

/** tokenFlags with FIRST_NAME and KNOWN_ORG. */
export function tokenLists(t: Token): number {
  let f = t.flags;
  if (f < 0) f = t.flags = wordLists(t.lower);
  return f;
}
