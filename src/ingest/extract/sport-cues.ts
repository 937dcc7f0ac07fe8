// Sport in a story: an opponent, a score, a distinction won rather than an office held.
import type { Token } from './tokenize.ts';

/** Words before the side a team plays or beats: "against England", "beat Nigeria 2-1". */
export const OPPONENT_CUES = new Set(['against', 'beat', 'beating', 'defeated', 'defeating', 'versus', 'vs']);
/** Words a contest's opponent follows: "beat India's X Y", "against Japan's X Y" ("lost to" below). */
const OPPONENT_BEFORE = new Set([...OPPONENT_CUES, 'beats', 'edged']);
const LOST = new Set(['lost', 'loses', 'losing', 'fell']);

/** Whether the words before `at` (a country's possessive opening at `at`) introduce an opponent. */
export function opponentBefore(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at - 1]?.lower ?? '';
  return OPPONENT_BEFORE.has(w) || (w === 'to' && LOST.has(tokens[at - 2]?.lower ?? ''));
}

/** Verbs of a contest the lexicon's verb list lacks: "China's X Y beat Croatia's Z", "Japan's X Y lost to …". */
export const CONTEST_VERBS = new Set(['beat', 'beats', 'lost', 'loses']);

/** Rounds of a contest: "X Y of Poland in the semifinals" names a player by their country. */
const CONTEST_ROUNDS = new Set([
  'final',
  'finals',
  'semifinal',
  'semifinals',
  'semi-final',
  'semi-finals',
  'quarterfinal',
  'quarterfinals',
  'quarter-final',
  'quarter-finals',
]);

/** Whether "in the <round>" opens at `at`: "… of Poland in the semifinals". */
export function contestRoundAt(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]?.lower === 'in' &&
    tokens[at + 1]?.lower === 'the' &&
    CONTEST_ROUNDS.has(tokens[at + 2]?.lower ?? '')
  );
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

/** A player's position in a team ("goalkeeper X", "Chelsea midfielder Y"): a club's or a side's, no country's office. */
export const TEAM_POSITIONS: ReadonlySet<string> = new Set([
  'midfielder',
  'striker',
  'defender',
  'goalkeeper',
  'winger',
  'footballer',
]);

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

const PAIR_WORDS = new Set(['pair', 'pairs', 'doubles', 'duo']);
const PAIR_NAME = /^(\p{Lu}[\p{L}'’]*)-(\p{Lu}[\p{L}'’]*)$/u;

/**
 * "men's doubles pair Ali Tan-Lim Wei Jie", "beating Denmark's Ole Berg-Jens Lund Hansen": in a sentence about a
 * doubles pair, two full names joined by a hyphen are the pair's two players ("Ali Tan" and "Lim Wei Jie"), not one
 * double-barrelled name; each side keeps at least two words, so "Karen Smith-Jones" stays one person.
 */
export function doublesPair(
  name: readonly string[],
  tokens: readonly Token[],
  sentence: readonly [number, number],
): [string, string] | null {
  let at = -1;
  for (let k = 1; k < name.length - 1; k++)
    if (PAIR_NAME.test(name[k] as string)) {
      if (at >= 0) return null;
      at = k;
    }
  if (at < 0) return null;
  let cue = false;
  for (let k = sentence[0]; k < sentence[1] && !cue; k++) cue = PAIR_WORDS.has((tokens[k] as Token).lower);
  if (!cue) return null;
  const [, left, right] = PAIR_NAME.exec(name[at] as string) as RegExpExecArray;
  return [[...name.slice(0, at), left].join(' '), [right, ...name.slice(at + 1)].join(' ')];
}
