// "Russia's Permanent Representative to international organizations in Vienna Oleg Markin": a title that runs
// on to a city right before the name. The name is found (the city is cut off it); this finds
// where its title starts.
import type { Token } from './tokenize.ts';
import { countryNames } from './lexicon.ts';
import { titleHeads } from './roles.ts';
import { isStarter } from './names.ts';

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
