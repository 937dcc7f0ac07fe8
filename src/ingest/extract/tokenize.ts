// One pass over the story text: word and punctuation tokens with character offsets, sentence and
// paragraph numbers. Everything else in the extractor works on these tokens (no re-scanning of text).
import { monthAbbreviations } from './lexicon';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is an "al-"/"el-" particle glued to a capitalised name). */
  cap: boolean;
  word: boolean;
  sent: number;
  /** First token of its sentence. */
  first: boolean;
}

export interface TokenizedText {
  text: string;
  tokens: Token[];
  /** sentence index -> [first token, end token) */
  sentences: [number, number][];
  /** Indices of the third-person pronouns (he, him, his, she, her), collected here to spare a later pass. */
  pronouns: number[];
}

const PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her']);

const CAP_RE = /^\p{Lu}/u;
const WORD_RE = /^[\p{L}\d]/u;
const PARTICLE_RE = /^(?:al|el|ad|as|ash|an|ar|az)-\p{Lu}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;
const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;
const letterCache = new Map<number, boolean>();

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c !== c) return false;
  let v = letterCache.get(c);
  if (v === undefined) {
    v = LETTER_RE.test(String.fromCharCode(c));
    letterCache.set(c, v);
  }
  return v;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpperAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(s[i] ?? '');
};

/** End of an "U.S."-style abbreviation starting at i, or -1. */
function abbreviationEnd(s: string, i: number): number {
  let j = i;
  let n = 0;
  while (isUpperAt(s, j) && s.charCodeAt(j + 1) === 46) {
    j += 2;
    n++;
  }
  return n >= 2 ? j : -1;
}

/** End of a word starting at i: letters/digits, joined by - ' ’ to further letters or abbreviations. */
function wordEnd(s: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (isDigit(c) || isLetter(c)) j++;
      else break;
    }
    const c = s.charCodeAt(j);
    if ((c === 45 || c === 39 || c === 0x2019) && j + 1 < s.length) {
      const a = c === 45 ? abbreviationEnd(s, j + 1) : -1;
      if (a > 0) return a;
      if (isLetter(s.charCodeAt(j + 1))) {
        j++;
        continue;
      }
    }
    return j;
  }
}

/** Pushes [start, end) of each token of text[from, to) (one paragraph of the joined text). */
function scan(s: string, from: number, to: number, out: number[]): void {
  out.length = 0;
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0) {
      i++;
      continue;
    }
    let e: number;
    if (isLetter(c)) {
      const a = abbreviationEnd(s, i);
      if (a > 0) {
        e = a;
        // "U.S.-led"
        while (s.charCodeAt(e) === 45 && isLetter(s.charCodeAt(e + 1))) e = wordEnd(s, e + 1);
      } else e = wordEnd(s, i);
    } else if (isDigit(c)) {
      e = i + 1;
      for (;;) {
        while (isDigit(s.charCodeAt(e))) e++;
        const d = s.charCodeAt(e);
        if ((d === 46 || d === 44 || d === 58) && isDigit(s.charCodeAt(e + 1))) e++;
        else break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff) e = i + 2;
    else if ((c > 127 || c === 11 || c === 12) && /\s/.test(s[i] ?? '')) {
      i++;
      continue;
    } else e = i + 1;
    out.push(i, e > to ? to : e);
    i = e;
  }
}

/** Most tokens are already lower-case ASCII: skip toLowerCase (slow on two-byte strings) for them. */
function needsLower(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** Words after which a period does not end a sentence. */
const NO_BREAK = new Set<string>([
  'st',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  ...monthAbbreviations,
  'no',
  'vs',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'mt',
  'ft',
]);

export function tokenize(paragraphs: readonly string[]): TokenizedText {
  const text = paragraphs.length === 1 ? (paragraphs[0] ?? '') : paragraphs.join('\n\n');
  const tokens: Token[] = [];
  const sentences: [number, number][] = [];
  const bounds: number[] = [];
  const pronouns: number[] = [];
  let offset = 0;
  let sent = 0;
  let sentStart = 0;
  let newSentence: boolean;
  // Token texts are slices of the joined text; one loop, no per-token closure.
  for (let p = 0; p < paragraphs.length; p++) {
    const ptext = paragraphs[p] ?? '';
    // Scanned in the joined text (a flat string, where the paragraphs may be slices of a larger one).
    scan(text, offset, offset + ptext.length, bounds);
    newSentence = true;
    for (let b = 0; b < bounds.length; b += 2) {
      const ms = bounds[b] as number;
      const me = bounds[b + 1] as number;
      // Split a possessive "'s" off the word it follows ("Japan's" -> "Japan" + "'s").
      const last = text.charCodeAt(me - 1);
      const apos = text.charCodeAt(me - 2);
      const possessive = me - ms > 3 && (last === 115 || last === 83) && (apos === 39 || apos === 0x2019);
      const pieces = possessive ? 2 : 1;
      for (let q = 0; q < pieces; q++) {
        const ts = possessive && q === 1 ? me - 2 : ms;
        const te = possessive && q === 0 ? me - 2 : me;
        const t = text.slice(ts, te);
        const c = t.charCodeAt(0);
        const ascii = c < 128;
        const word = ascii
          ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
          : WORD_RE.test(t);
        const cap = ascii
          ? (c >= 65 && c <= 90) || (c === 97 || c === 101 ? PARTICLE_RE.test(t) : false)
          : CAP_RE.test(t);
        if (newSentence && tokens.length > sentStart) {
          sentences.push([sentStart, tokens.length]);
          sent++;
          sentStart = tokens.length;
        }
        const lower = needsLower(t) ? t.toLowerCase() : t;
        if (te - ts <= 3 && te - ts >= 2 && PRONOUNS.has(lower)) pronouns.push(tokens.length);
        tokens.push({
          text: t,
          lower,
          start: ts,
          end: te,
          cap,
          word,
          sent,
          first: newSentence,
        });
        newSentence = false;
        if (te - ts === 1 && (c === 46 || c === 33 || c === 63)) {
          const prev = tokens[tokens.length - 2];
          const abbrev =
            prev !== undefined &&
            prev.end === ts &&
            (NO_BREAK.has(prev.lower) || SINGLE_UPPER.test(prev.text));
          if (!abbrev) newSentence = true;
        }
      }
    }
    // A paragraph always ends a sentence.
    if (tokens.length > sentStart) {
      sentences.push([sentStart, tokens.length]);
      sent++;
      sentStart = tokens.length;
    }
    offset += ptext.length + 2;
  }
  return { text, tokens, sentences, pronouns };
}
