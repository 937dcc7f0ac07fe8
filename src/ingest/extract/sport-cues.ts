// Sport in a story: an opponent, a score, a distinction won rather than an office held.
import type { Token } from './tokenize.ts';

/** Words a contest's opponent follows: "beat India's X Y", "against Japan's X Y" ("lost to" below). */
const OPPONENT_BEFORE = new Set([
  'beat',
  'beats',
  'beating',
  'defeated',
  'defeating',
  'edged',
  'against',
  'versus',
  'vs',
]);
const LOST = new Set(['lost', 'loses', 'losing', 'fell']);

/** Whether the words before `at` (a country's possessive opening at `at`) introduce an opponent. */
export function opponentBefore(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at - 1]?.lower ?? '';
  return OPPONENT_BEFORE.has(w) || (w === 'to' && LOST.has(tokens[at - 2]?.lower ?? ''));
}

/** Heads of roles won in sport rather than held in a country: "defending champion", "Olympic medallist". */
export const SPORTING_DISTINCTIONS = new Set([
  'champion',
  'titleholder',
  'medallist',
  'medalist',
  'winner',
  'runner-up',
  'finalist',
  'record-holder',
]);

/** Words before the side a team plays or beats: "against England", "beat Nigeria 2-1". */
export const OPPONENT_CUES = new Set(['against', 'beat', 'beating', 'defeated', 'defeating', 'versus', 'vs']);

/** Whether tokens `from`..`to` hold a score ("1-0", "2 - 1"). */
export function hasScore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 2; k < to; k++)
    if (
      tokens[k - 1]?.text === '-' &&
      /^\d{1,2}$/.test(tokens[k - 2]?.text ?? '') &&
      /^\d{1,2}$/.test(tokens[k]?.text ?? '')
    )
      return true;
  return false;
}
