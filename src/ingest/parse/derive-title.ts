// The title of a file without a headline, built from the story's first sentence so that it reads as a headline:
// whole when it fits, otherwise cut at a phrase boundary, never inside a name and never on "the" or "with".
// Pure and cheap (one pass over the first ~110 characters): the parser calls it on issue 2's hot path.
import { firstSentence } from './sentences.ts';

/** A title up to this long keeps its sentence whole; a longer sentence is cut at or before it. */
export const MAX_TITLE = 90;
/**
 * A run of capitalised words (a name, an office, a body) that the 90-character mark falls inside is kept whole when
 * it ends within this many characters more: about one long surname, so "…with Spanish Defense Minister Ana Vidal…"
 * keeps her surname rather than backing off to "…held a video call…"; longer runs are left out whole.
 */
const RUN_TOLERANCE = 12;
/** Backing off to before a run may leave a title this short ("Spanish Vice President Ana Vidal met…"). */
const MIN_TITLE = 30;
/** A phrase boundary (comma, "said", "on", "in", a clause) this far in wins over a later arbitrary word. */
const MIN_PHRASE = 60;

const TRAILING_PUNCT_RE = /[\s,;:.!?—–-]+$/;
/** "U.S.", "U.N.": an abbreviation keeps its last period before the ellipsis. */
const ABBREVIATION_END_RE = /(?:^|[^\p{L}])\p{L}\.\p{L}\.$/u;
const OPENING = '"“‘\'([';
const CLOSING = '.,;:!?)]"”’\'…';
const PHRASE_MARKS = ',;:)]';

/** Lower-case words that sit inside a capitalised run: "Minister of Foreign Affairs", "Ana de la Cruz". */
const RUN_JOINERS = new Set(
  'of the for de del della da di do dos das du la le van von der den ter bin bint ibn al el y'.split(' '),
);
/** Words a cut title must not end on: they leave the phrase dangling ("…met with Chinese Speaker of…"). */
const DANGLING = new Set(
  (
    'the a an of and or but nor with to in on at by for from into onto over under about as than that this these ' +
    'those its his her their our your my which who whom whose when while where after before amid during between ' +
    'among against via per upon toward towards through since if because is are was were be been being has have had ' +
    'will would can could should may might must not also both either each such very more most'
  ).split(' '),
);
const DETERMINERS = new Set('the a an its his her their our this these those'.split(' '));
/** Words that open a new phrase or clause: cutting just before one leaves a whole phrase ("…met on Tuesday"). */
const PHRASE_OPENERS = new Set(
  (
    'said says told on in at after before while when where amid during following ahead who which that because ' +
    'since despite but according'
  ).split(' '),
);

interface Word {
  start: number;
  end: number;
  /** Lower-cased, without the punctuation around it. */
  bare: string;
  cap: boolean;
  /** Ends with a comma, a semicolon, a colon or a closing bracket. */
  phraseEnd: boolean;
  /** Starts with a digit: "56th", "3", "2024". */
  digit: boolean;
  /** Part of a run of capitalised words (capitalised, or a joiner between two capitalised words). */
  inRun: boolean;
}

function scanWords(s: string, limit: number): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && s.charCodeAt(i) <= 32) i++;
    if (i >= s.length || i > limit) break;
    const start = i;
    while (i < s.length && s.charCodeAt(i) > 32) i++;
    let a = start;
    while (a < i && OPENING.includes(s[a]!)) a++;
    let b = i;
    while (b > a && CLOSING.includes(s[b - 1]!)) b--;
    const first = s[a] ?? '';
    const cap = first !== first.toLowerCase();
    const digit = first >= '0' && first <= '9';
    // "Beijing,", "(AP)", "agreed;" and "said,”": the closing marks after the word hold a comma, colon or bracket.
    let phraseEnd = false;
    for (let c = b; c < i && !phraseEnd; c++) phraseEnd = PHRASE_MARKS.includes(s[c]!);
    words.push({
      start,
      end: i,
      bare: cap ? '' : s.slice(a, b).toLowerCase(),
      cap,
      phraseEnd,
      inRun: cap,
      digit,
    });
  }
  // A number next to a capitalised word belongs to the run: "the 56th ASEAN Summit", "on Oct. 3".
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!w.digit) continue;
    const prev = words[k - 1];
    w.inRun =
      (prev !== undefined && prev.inRun && !prev.phraseEnd) || (!w.phraseEnd && words[k + 1]?.cap === true);
  }
  // Joiners between capitalised words belong to the run: "Speaker of the National Assembly".
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k]!;
    if (w.cap || !RUN_JOINERS.has(w.bare) || !words[k - 1]!.inRun || words[k - 1]!.phraseEnd) continue;
    let j = k + 1;
    while (j < words.length && !words[j]!.cap && RUN_JOINERS.has(words[j]!.bare)) j++;
    if (j < words.length && words[j]!.cap) for (let m = k; m < j; m++) words[m]!.inRun = true;
  }
  return words;
}

/** The title cut after word k: trailing punctuation dropped (an abbreviation's period kept), then "…". */
function cutAfter(s: string, w: Word): string {
  const stem = s.slice(0, w.end);
  return (ABBREVIATION_END_RE.test(stem) ? stem : stem.replace(TRAILING_PUNCT_RE, '')) + '…';
}

/**
 * A headline shortened from the lede: the first sentence whole when it fits in 90 characters; otherwise cut, with
 * "…", after the last word that neither splits a run of capitalised words nor leaves a dangling "the", "of" or
 * "with", preferring a phrase boundary (a comma, or before "said", "on", "in", "who", "that") from 60 characters on.
 * A run the 90-character mark falls inside is kept whole when it ends within 12 characters more, else left out.
 */
export function deriveTitle(lede: string): string {
  const sentence = firstSentence(lede.length > 2000 ? lede.slice(0, 2000) : lede).trim();
  if (sentence.length <= MAX_TITLE) return sentence.replace(TRAILING_PUNCT_RE, '');
  const words = scanWords(sentence, MAX_TITLE + RUN_TOLERANCE + 1);
  const splitsRun = (k: number) => words[k]!.inRun && words[k + 1]!.inRun && !words[k]!.phraseEnd;
  // "…met with the visiting…": a word between "the" and the name it qualifies dangles too.
  const dangles = (k: number) =>
    !words[k]!.cap &&
    (DANGLING.has(words[k]!.bare) || (k > 0 && DETERMINERS.has(words[k - 1]!.bare) && words[k + 1]!.inRun));
  let last = -1; // the last word ending within 90 characters, followed by another
  while (last + 2 < words.length && words[last + 1]!.end <= MAX_TITLE) last++;
  if (last >= 0 && splitsRun(last)) {
    // The 90-character mark falls inside a run: keep it whole when it ends within the tolerance.
    let end = last;
    while (end + 1 < words.length - 1 && splitsRun(end)) end++;
    const whole = sentence.replace(TRAILING_PUNCT_RE, '');
    const endsSentence = words[words.length - 1]!.end === sentence.length;
    // The run ends the sentence: keep it whole, without an ellipsis.
    if (
      splitsRun(end) &&
      end + 2 === words.length &&
      endsSentence &&
      whole.length <= MAX_TITLE + RUN_TOLERANCE
    )
      return whole;
    if (!splitsRun(end) && words[end]!.end <= MAX_TITLE + RUN_TOLERANCE)
      return cutAfter(sentence, words[end]!);
  }
  let best = -1;
  let phrase = -1;
  let fallback = -1;
  for (let k = 0; k <= last; k++) {
    if (words[k]!.end < MIN_TITLE || dangles(k)) continue;
    if (words[k]!.end >= MAX_TITLE / 2) fallback = k;
    if (splitsRun(k)) continue;
    best = k;
    const next = words[k + 1]!;
    if (
      words[k]!.end >= MIN_PHRASE &&
      (words[k]!.phraseEnd || PHRASE_OPENERS.has(next.bare) || (!next.cap && next.bare === ''))
    )
      phrase = k;
  }
  const k = phrase >= 0 ? phrase : best >= 0 ? best : fallback;
  if (k >= 0) return cutAfter(sentence, words[k]!);
  const cut = sentence.lastIndexOf(' ', MAX_TITLE);
  return sentence.slice(0, cut < MAX_TITLE / 2 ? MAX_TITLE : cut).replace(TRAILING_PUNCT_RE, '') + '…';
}
