// Which word lists a lower-cased word belongs to, as bit flags, looked up once per distinct word and
// remembered: the name and place rules ask a dozen lists about every capitalised token, and one cached
// lookup costs less than a dozen Set lookups.
import {
  cityNames,
  countryNames,
  demonymCountry,
  isCommonWord,
  isFunctionWord,
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

const cache = new Map<string, number>();
// Vocabularies of real archives grow without end; past this many distinct words start over.
const MAX_CACHED = 200_000;

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
  return f;
}

/** The lists `lower` (a lower-cased word or phrase) belongs to. */
export function wordFlags(lower: string): number {
  let f = cache.get(lower);
  if (f === undefined) {
    f = computeFlags(lower);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(lower, f);
  }
  return f;
}

/** wordFlags of a token's lower case, kept on the token: the rules ask about the same capitalised token many times. */
export function tokenFlags(t: Token): number {
  let f = t.flags;
  if (f < 0) f = t.flags = wordFlags(t.lower);
  return f;
}
