// "President X, who watched the speech on television at the White House, said …": a clause set off right after a
// name that has its person follow the event on a broadcast. Read by the participants (one who watched it on
// television was not there) and by the countries (the seat or capital they watched from is their government's).
import type { Token } from './tokenize.ts';

/** Verbs of following a broadcast ("watched", "listening"), before "on television", "on TV", "on the radio". */
const FOLLOWING = new Set(['watched', 'watching', 'followed', 'following', 'heard', 'listened', 'listening']);
/** The media followed ("on television", "on TV", "on the radio"); also a medium before "channel" or "station". */
export const BROADCAST: ReadonlySet<string> = new Set(['television', 'tv', 'radio']);

/**
 * The tokens [from, to) of the rest of a clause ", (who (had)) watched/followed/listened (to) … on (the)
 * television/TV/radio …" that opens right after a name ending at token `end` — from the broadcast's word to the
 * clause's closing comma or the sentence's end — or null. At most four words between the verb and "on".
 */
export function broadcastClause(tokens: readonly Token[], end: number): [number, number] | null {
  if (tokens[end]?.text !== ',') return null;
  const sent = (tokens[end] as Token).sent;
  let k = end + 1;
  if (tokens[k]?.lower === 'who') k++;
  if (tokens[k]?.lower === 'had') k++;
  if (!FOLLOWING.has(tokens[k]?.lower ?? '')) return null;
  for (let on = k + 1; on <= k + 5; on++) {
    const t = tokens[on];
    if (!t || t.sent !== sent || !t.word) return null;
    if (t.lower !== 'on') continue;
    const b = tokens[on + 1]?.lower === 'the' ? on + 2 : on + 1;
    if (!BROADCAST.has(tokens[b]?.lower ?? '')) return null;
    let to = b + 1;
    while (tokens[to] && (tokens[to] as Token).sent === sent && (tokens[to] as Token).text !== ',') to++;
    return [b, to];
  }
  return null;
}

/**
 * "Tehran radio quoted X, speaker of parliament, as saying …", "Baghdad Television quoted Y": the capital (of one
 * or two words) whose broadcaster quotes the name starting at token `start`, lower case; '' for none. A city's radio
 * is its state's own voice, and the one it quotes that state's official.
 */
export function quotingBroadcasterCity(tokens: readonly Token[], start: number): string {
  if (tokens[start - 1]?.lower !== 'quoted' || !BROADCAST.has(tokens[start - 2]?.lower ?? '')) return '';
  const one = tokens[start - 3];
  if (!one?.cap || !one.word) return '';
  const two = tokens[start - 4];
  return two?.cap && two.word && two.sent === one.sent ? `${two.lower} ${one.lower}` : one.lower;
}
