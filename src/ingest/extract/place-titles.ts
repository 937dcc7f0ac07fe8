// "Russia's Permanent Representative to international organizations in Vienna Oleg Markin": a title that runs
// on to a city right before the name. The name is found (the city is cut off it); this finds
// where its title starts.
import type { Token } from './tokenize.ts';
import { cityCountry } from './countries.ts';
import { countryNames, isGazetteerPlace } from './lexicon.ts';
import { titleHeads } from './roles.ts';
import { isStarter, titlePrefixStart, TO_HEADS } from './names.ts';
import {
  COMMON_WORD,
  COUNTRY,
  DEMONYM,
  ORG_HEAD,
  PLACE_HEAD,
  TITLE_HEAD,
  tokenFlags,
} from './word-classes.ts';

/**
 * The first token of a title "<Title> to <lower-case words> <preposition> <City>" ending with the city at `city`,
 * or -1. With a country's possessive before the title ("Russia's"), the title starts there.
 */
export function titleBeforePlace(tokens: readonly Token[], city: number): number {
  const sent = (tokens[city] as Token).sent;
  // The preposition before the city, then up to seven words back to "to" right after the title's head.
  let to = city - 2;
  while (to > city - 10 && to > 0) {
    const t = tokens[to] as Token;
    if (t.sent !== sent || !t.word) return -1;
    if (t.lower === 'to') break;
    to--;
  }
  const head = tokens[to - 1];
  if (tokens[to]?.lower !== 'to' || !head || !head.cap || head.sent !== sent || !titleHeads.has(head.lower))
    return -1;
  let s = to - 1;
  while (s > 0) {
    const t = tokens[s - 1] as Token;
    if (t.sent !== sent || !t.cap || !t.word || isStarter(t)) break;
    s--;
  }
  const owner = tokens[s - 1];
  if ((owner?.text === "'s" || owner?.text === '’s') && countryNames.has(tokens[s - 2]?.lower ?? '')) s -= 2;
  return s;
}

const NOT_NAME_FLAGS = COMMON_WORD | COUNTRY | DEMONYM | ORG_HEAD | PLACE_HEAD | TITLE_HEAD;

/** Whether the lower-cased words name a country, a city or a region the gazetteer or the datelines know. */
const knownPlace = (key: string): boolean =>
  countryNames.has(key) || isGazetteerPlace(key) || cityCountry(key) !== undefined;

/**
 * "Germany's ambassador in Astana Otto Brandt", "the Japanese ambassador to China Kenji Mori", "consul general in
 * Lahore X Y": a lower-case envoy's title, "in" or "to", and the place of the post (a country or a known city of up
 * to three words) right before a name of two words or more, all in the capitalised run from `at` to `end`. The
 * title's start (with a country's possessive before it) and the name's start; null when the run opens no such post.
 */
export function envoyPostBeforeName(
  tokens: readonly Token[],
  at: number,
  end: number,
): { titleStart: number; nameStart: number } | null {
  const prep = tokens[at - 1]?.lower;
  if (prep !== 'in' && prep !== 'to') return null;
  const head = tokens[at - 2];
  if (!head || head.cap || !head.word || head.sent !== (tokens[at] as Token).sent) return null;
  // "consul general in Lahore": the head written in two words.
  const consulGeneral = head.lower === 'general' && tokens[at - 3]?.lower === 'consul';
  if (!TO_HEADS.has(head.lower) && !consulGeneral) return null;
  let key = '';
  let nameStart = -1;
  for (let j = at; j < at + 3 && j <= end - 3; j++) {
    key = j === at ? (tokens[j] as Token).lower : `${key} ${(tokens[j] as Token).lower}`;
    if (knownPlace(key)) nameStart = j + 1;
  }
  if (nameStart < 0) return null;
  // "the ambassador in Paris Hilton Hotel staff": the words after the place must all be name words.
  for (let k = nameStart; k < end; k++) if (tokenFlags(tokens[k] as Token) & NOT_NAME_FLAGS) return null;
  let titleStart = titlePrefixStart(tokens, consulGeneral ? at - 2 : at - 1);
  const owner = tokens[titleStart - 1];
  if ((owner?.text === "'s" || owner?.text === '’s') && countryNames.has(tokens[titleStart - 2]?.lower ?? ''))
    titleStart -= 2;
  return { titleStart, nameStart };
}
