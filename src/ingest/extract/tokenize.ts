// One pass over the story text: word and punctuation tokens with character offsets, sentence and
// paragraph numbers. Everything else in the extractor works on these tokens (no re-scanning of text).
import { firstNames, isCommonWord, monthAbbreviations } from './lexicon.ts';

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
  /** The word lists of `lower` (word-classes.ts's tokenFlags fills it on first use); -1 until then. */
  flags: number;
}

export interface TokenizedText {
  text: string;
  tokens: Token[];
  /** sentence index -> [first token, end token) */
  sentences: [number, number][];
  /** Indices of the third-person pronouns (he, him, his, she, her), collected here to spare a later pass. */
  pronouns: number[];
}

const CAP_RE = /^\p{Lu}/u;
const WORD_RE = /^[\p{L}\d]/u;
// "di-" too: Malaysia's "Yang di-Pertuan Agong", a title written with a lower-case particle glued to a capital; and
// French "d'" ("Pierre Lafont d'Aubigny"); the article as older transliteration writes it before a sun letter
// ("Nuri es-Sadr", "Salah ed-Din", "Hajj et-Tayeb").
const PARTICLE_RE = /^(?:(?:al|el|ad|as|ash|an|ar|az|di|es|ed|esh|et|ez|er)-|d['’])\p{Lu}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;
/** Quotes that close a quotation right after its stop ('… equidistant."'). */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);
/** Initials written with two letters for one sound: Icelandic "Einar Th. Gunnarsson" (Þ), "Ch.", "Kh.", "Sh.", and
 * Mongolian "Ts." and "Zh." (Ц, Ж) of a patronymic initial ("Ts.Bold"). */
export const DIGRAPH_INITIALS = new Set(['Th', 'Ch', 'Kh', 'Sh', 'Ts', 'Zh']);
/** The tokens a dash makes: a hyphen, an en dash, an em dash. Each is a token of its own, so a double hyphen ("--")
 * is two hyphens. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;

// ASCII characters are classed by comparing their codes with the ranges, not by a table: the scanner visits every
// character of every story, and a typed array's element costs V8 more instructions to read than two comparisons
// (tokenizing ~25% fewer instructions; PERFORMANCE.md, session 24). `tokenize`'s main loop writes the comparisons
// out: called as these functions there, they were not all inlined in that large function (~9% more instructions).
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
const SPACE = 8;
/** A non-ASCII letter or combining mark (upper or lower case). */
const LETTER = 16;

/** Classes of the non-ASCII characters seen so far (Unicode property tests are slow). */
const nonAsciiClasses = new Map<number, number>();
function nonAsciiClass(c: number): number {
  let v = nonAsciiClasses.get(c);
  if (v === undefined) {
    const ch = String.fromCharCode(c);
    v = LETTER_RE.test(ch) ? LETTER : /\s/.test(ch) ? SPACE : 0;
    nonAsciiClasses.set(c, v);
  }
  return v;
}
// The common non-ASCII characters of news text (Latin-1 and Latin Extended-A letters, no-break space, typographic
// quotes and dashes) are classified at load. This also gives V8 the type feedback it needs before it optimises the
// tokenizer: a lookup it never saw run threw the compiled tokenizer away at the first such character.
for (let c = 0xa0; c < 0x180; c++) nonAsciiClass(c);
for (let c = 0x2000; c < 0x2070; c++) nonAsciiClass(c);
const isNonAsciiLetter = (c: number) => nonAsciiClass(c) === LETTER;
function isLetter(c: number): boolean {
  if (c < 128) return isLowerAscii(c) || isUpperAscii(c);
  if (c !== c) return false; // NaN: past the end of the string
  return isNonAsciiLetter(c);
}
const isUpperAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 128 ? isUpperAscii(c) : UPPER_RE.test(s[i] ?? '');
};

export const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** A chargé d'affaires' second word, which "a.i." may follow. */
export const AFFAIRES: ReadonlySet<string> = new Set(["d'affaires", 'd’affaires']);

/**
 * Whether the token `next` continues the sentence that a period just before it seemed to end: a comma or a
 * lower-case word follows an abbreviation ("James Cole, R-Ky., said", "4:27 a.m. on", "vs. the"), and a weekday
 * follows a time ("at 4:27 a.m. Wednesday").
 */
function continuesAfterPeriod(tokens: readonly Token[], next: string, lowerStart: boolean): boolean {
  const n = tokens.length;
  if (tokens[n - 1]?.text !== '.') return false;
  if (lowerStart || next === ',' || next === ';') return true;
  // "Undersecretary Ma. Lourdes Reyes": the Philippine abbreviation of "María" before a given name.
  if (tokens[n - 2]?.text === 'Ma' && firstNames.has(next.toLowerCase())) return true;
  // "Foreign Secretary Md. Rafiqul Zaheer": the South Asian abbreviation of "Mohammad" before a capitalised name (not
  // "Bethesda, Md. The …", Maryland after its town's comma).
  if (tokens[n - 2]?.text === 'Md' && tokens[n - 3]?.text !== ',' && UPPER_RE.test(next.charAt(0)))
    return true;
  // "Chargé d'Affaires a.i. Jane Roe": the interim mark after the title, then the name.
  if (tokens[n - 2]?.text === 'i' && tokens[n - 4]?.text === 'a' && AFFAIRES.has(tokens[n - 5]?.lower ?? ''))
    return tokens[n - 3]?.text === '.';
  return (
    tokens[n - 2]?.text === 'm' &&
    tokens[n - 3]?.text === '.' &&
    (tokens[n - 4]?.text === 'a' || tokens[n - 4]?.text === 'p') &&
    WEEKDAYS.has(next.toLowerCase())
  );
}

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

/**
 * Set while a token is scanned when it has an upper-case or non-ASCII character; otherwise the token is its
 * own lower case, and the scan spares a second pass over it to find out.
 */
let scannedCased = false;

/** End of a word starting at i: letters/digits, joined by - ' ’ to further letters or abbreviations. */
function wordEnd(s: string, i: number): number {
  let j = i;
  const n = s.length;
  for (;;) {
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c < 128) {
        if (isLowerAscii(c) || isDigit(c)) j++;
        else if (isUpperAscii(c)) {
          scannedCased = true;
          j++;
        } else break;
      } else if (isNonAsciiLetter(c)) {
        scannedCased = true;
        j++;
      } else break;
    }
    const c = s.charCodeAt(j);
    if ((c === 45 || c === 39 || c === 0x2019) && j + 1 < n) {
      const a = c === 45 ? abbreviationEnd(s, j + 1) : -1;
      if (a > 0) {
        scannedCased = true;
        return a;
      }
      if (isLetter(s.charCodeAt(j + 1))) {
        if (c === 0x2019) scannedCased = true;
        j++;
        continue;
      }
    }
    return j;
  }
}

/** Upper-case vowels, which a glottal stop (or an Arabic ʿayn) written as an apostrophe opens a word with. */
const UPPER_VOWELS = new Set([65, 69, 73, 79, 85]);

/**
 * "Minister Fekitamoeloa 'Utoikamanu", "on 'Eua": an ASCII apostrophe typed for the Polynesian ʻokina (or the Arabic
 * ʿayn, "'Abd") opens the word it stands before. Where the apostrophe at i follows a space within the paragraph
 * (ending at `to`) and stands before a capital vowel and a word of three letters or more that is no English word,
 * and no quote the apostrophe might open closes later in the paragraph (an apostrophe after a word and before no
 * letter: "'Ulu Nui' island" is a quoted name), the end of the word; else -1.
 */
function okinaWordEnd(s: string, i: number, from: number, to: number): number {
  const c = s.charCodeAt(i + 1);
  if (i === from || s.charCodeAt(i - 1) !== 32 || !(c < 128 ? UPPER_VOWELS.has(c) : isUpperAt(s, i + 1)))
    return -1;
  const e = wordEnd(s, i + 1);
  if (e - i <= 3 || isCommonWord(s.slice(i + 1, e).toLowerCase())) return -1;
  for (let k = s.indexOf("'", e); k >= 0 && k < to; k = s.indexOf("'", k + 1))
    if (s.charCodeAt(k - 1) !== 32 && !isLetter(s.charCodeAt(k + 1))) return -1;
  scannedCased = true;
  return e;
}

/** End of the token starting at i (a non-space character) of text[..., to); sets scannedCased. */
function tokenEnd(s: string, i: number, c: number): number {
  scannedCased = c >= 128 || isUpperAscii(c);
  if (isLetter(c)) {
    const a = abbreviationEnd(s, i);
    if (a < 0) return wordEnd(s, i);
    let e = a;
    // "U.S.-led"
    while (s.charCodeAt(e) === 45 && isLetter(s.charCodeAt(e + 1))) e = wordEnd(s, e + 1);
    return e;
  }
  if (isDigit(c)) {
    let e = i + 1;
    for (;;) {
      while (isDigit(s.charCodeAt(e))) e++;
      const d = s.charCodeAt(e);
      if ((d === 46 || d === 44 || d === 58) && isDigit(s.charCodeAt(e + 1))) e++;
      else break;
    }
    return e;
  }
  if (c >= 0xd800 && c <= 0xdbff) return i + 2;
  return i + 1;
}

/**
 * he, him, his, she, her, given the token's lower-case text, read from its character codes (comparing the new string
 * with the pronouns' literals cost more).
 */
function isPronoun(lower: string): boolean {
  if (lower.length === 2) return lower.charCodeAt(0) === 104 && lower.charCodeAt(1) === 101; // he
  if (lower.length !== 3) return false;
  const a = lower.charCodeAt(0);
  const b = lower.charCodeAt(1);
  const c = lower.charCodeAt(2);
  // him, his, her; she
  if (a === 104) return (b === 105 && (c === 109 || c === 115)) || (b === 101 && c === 114);
  return a === 115 && b === 104 && c === 101;
}

/** Words after which a period does not end a sentence. */
const NO_BREAK = new Set<string>([
  'st',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  // Honorifics of Indian and West African official styles ("President Smt. X", "Engr. Y").
  'smt',
  'engr',
  // "Hon. Femi Adeyemi": a legislator's or minister's style in Nigerian, Ghanaian and Kenyan official styles.
  'hon',
  // "the Rev. Ola Berg".
  'rev',
  'gen',
  'lt',
  'col',
  'adm',
  'maj',
  'capt',
  'brig',
  'cmdr',
  'sgt',
  'sen',
  'rep',
  // "Reps. A, B and C", "Sens. D and E": the plural styles before a list of legislators.
  'sens',
  'reps',
  'gov',
  // "Gens. A and B", "Cols. C and D", "Govs. E and F": the plural ranks likewise.
  'gens',
  'cols',
  'adms',
  'govs',
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

/** Han, kana or Hangul: the script of a name's own spelling given beside its romanisation. */
function isHanziToken(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * "Peter Chan Ka-wai (陳家偉), chief executive of …": a name's Chinese (Japanese, Korean) spelling in brackets just
 * closed by the last token is dropped, so the name stays next to its title or appositive as in other stories.
 */
function dropHanziGloss(tokens: Token[]): void {
  const close = tokens.length - 1;
  let k = close - 1;
  while (k > close - 5 && k >= 0 && (isHanziToken(tokens[k]!) || tokens[k]!.text === '·')) k--;
  const open = tokens[k];
  if (k === close - 1 || open === undefined || (open.text !== '(' && open.text !== '\uff08')) return;
  if (open.first) return; // a gloss follows a name, never opens a sentence
  tokens.length = k;
}

export function tokenize(paragraphs: readonly string[]): TokenizedText {
  // Scanned with two line breaks after the end, as between paragraphs, so no look-ahead reads past the string:
  // V8's optimised code assumes charCodeAt stays in range and is thrown away and recompiled the first time not.
  // Joined rather than concatenated: `${text}\n\n` is a rope, which every charCodeAt has to look through
  // (tokenizing ~10% slower). A story of several paragraphs is joined once, with the two line breaks, and its text is
  // that string but its last two characters (a slice: no second copy of the story).
  const single = paragraphs.length === 1;
  const scan = single ? [paragraphs[0] ?? '', ''].join('\n\n') : [...paragraphs, ''].join('\n\n');
  const text = single ? (paragraphs[0] ?? '') : scan.slice(0, scan.length - 2);
  const tokens: Token[] = [];
  const sentences: [number, number][] = [];
  const pronouns: number[] = [];
  let offset = 0;
  let sent = 0;
  let sentStart = 0;
  let newSentence: boolean;
  // One loop over the joined text (a flat string, where the paragraphs may be slices of a larger one): each
  // token is found, split and classified as it is met.
  for (let p = 0; p < paragraphs.length; p++) {
    const to = offset + (paragraphs[p] ?? '').length;
    newSentence = true;
    let i = offset;
    while (i < to) {
      const c0 = scan.charCodeAt(i);
      // Spaces, and other white space (vertical tab, form feed, Unicode spaces) between tokens.
      if (c0 === 32 || (c0 <= 13 && c0 >= 9) || (c0 >= 128 && nonAsciiClass(c0) === SPACE)) {
        i++;
        continue;
      }
      let found: number;
      // Most tokens are ASCII words of a lower-case run, capitalised or not, ended by a space or a stop: scanned
      // here, without the calls and checks that abbreviations, hyphens, apostrophes and inner capitals need
      // (tokenEnd).
      const upper = c0 >= 65 && c0 <= 90;
      if (upper || (c0 >= 97 && c0 <= 122)) {
        let e = i + 1;
        let c = scan.charCodeAt(e);
        while ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) c = scan.charCodeAt(++e);
        if (
          c === 45 ||
          c === 39 ||
          c === 0x2019 ||
          c >= 128 ||
          (c >= 65 && c <= 90) ||
          (upper && e === i + 1)
        ) {
          // A single capital may open an abbreviation ("U.S.").
          found = tokenEnd(scan, i, c0);
        } else if (e <= to && !newSentence) {
          // A plain word inside a sentence, most tokens: no possessive to split, no sentence to start; made here
          // without the general path's checks. A word that may start a sentence goes the general way (it may
          // continue one after an abbreviation's full stop).
          const t = text.slice(i, e);
          const lower = upper ? t.toLowerCase() : t;
          if (e - i <= 3 && isPronoun(lower)) pronouns.push(tokens.length);
          tokens.push({
            text: t,
            lower,
            start: i,
            end: e,
            cap: upper,
            word: true,
            sent,
            first: false,
            flags: -1,
          });
          i = e;
          continue;
        } else {
          scannedCased = upper;
          found = e;
        }
      } else if (c0 === 39 && (found = okinaWordEnd(scan, i, offset, to)) > 0) {
        // "'Utoikamanu": the apostrophe is the word's first letter (okinaWordEnd); cap and word are set below.
      } else if (
        c0 < 128 &&
        (c0 < 48 || c0 > 57) &&
        !newSentence &&
        c0 !== 41 &&
        c0 !== 46 &&
        c0 !== 33 &&
        c0 !== 63
      ) {
        // Punctuation inside a sentence (commas, quotes, colons): one character, its own lower case, no word; a
        // closing bracket (a gloss to drop) and the stops that may end a sentence go the general way.
        const t = text.slice(i, i + 1);
        tokens.push({
          text: t,
          lower: t,
          start: i,
          end: i + 1,
          cap: false,
          word: false,
          sent,
          first: false,
          flags: -1,
        });
        i++;
        continue;
      } else found = tokenEnd(scan, i, c0);
      const ms = i;
      const me = found > to ? to : found;
      i = found;
      // Split a possessive "'s" off the word it follows ("Japan's" -> "Japan" + "'s").
      const last = scan.charCodeAt(me - 1);
      const apos = scan.charCodeAt(me - 2);
      const possessive = me - ms > 3 && (last === 115 || last === 83) && (apos === 39 || apos === 0x2019);
      const pieces = possessive ? 2 : 1;
      for (let q = 0; q < pieces; q++) {
        const ts = possessive && q === 1 ? me - 2 : ms;
        const te = possessive && q === 0 ? me - 2 : me;
        const t = text.slice(ts, te);
        const c = q === 0 ? c0 : scan.charCodeAt(ts);
        const ascii = c < 128;
        const lowerStart = isLowerAscii(c);
        // An apostrophe that opens a word of its own length (okinaWordEnd) is a capitalised word's first letter.
        const okina = q === 0 && c === 39 && te - ts > 1;
        const word = ascii ? lowerStart || isUpperAscii(c) || isDigit(c) || okina : WORD_RE.test(t);
        const cap = ascii
          ? isUpperAscii(c) ||
            okina ||
            ((c === 97 || c === 100 || c === 101) && te - ts > 3 && PARTICLE_RE.test(t))
          : CAP_RE.test(t);
        if (newSentence && tokens.length > sentStart && continuesAfterPeriod(tokens, t, lowerStart))
          newSentence = false;
        // 'must "remain equidistant." India's Foreign Minister, X, …': a closing quote right after the stop ends the
        // quoted sentence; the next sentence opens after it.
        const closingQuote =
          newSentence && te - ts === 1 && CLOSING_QUOTES.has(t) && tokens[tokens.length - 1]?.end === ts;
        if (closingQuote) {
          tokens.push({
            text: t,
            lower: t,
            start: ts,
            end: te,
            cap: false,
            word: false,
            sent,
            first: false,
            flags: -1,
          });
          continue;
        }
        if (newSentence && tokens.length > sentStart) {
          sentences.push([sentStart, tokens.length]);
          sent++;
          sentStart = tokens.length;
        }
        const lower = scannedCased ? t.toLowerCase() : t;
        if (isPronoun(lower)) pronouns.push(tokens.length);
        tokens.push({
          text: t,
          lower,
          start: ts,
          end: te,
          cap,
          word,
          sent,
          first: newSentence,
          flags: -1,
        });
        newSentence = false;
        if (te - ts === 1 && (c === 41 || c === 0xff09)) dropHanziGloss(tokens);
        if (te - ts === 1 && (c === 46 || c === 33 || c === 63)) {
          const prev = tokens[tokens.length - 2];
          const abbrev =
            prev !== undefined &&
            prev.end === ts &&
            (NO_BREAK.has(prev.lower) ||
              (prev.end - prev.start <= 2 &&
                (SINGLE_UPPER.test(prev.text) || DIGRAPH_INITIALS.has(prev.text))));
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
    offset = to + 2;
  }
  return { text, tokens, sentences, pronouns };
}
