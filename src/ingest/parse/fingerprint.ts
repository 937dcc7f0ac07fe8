// Duplicate detection without building normalised copies of every paragraph. Texts are compared by their
// comparison form (letters and digits, lowercased), so "Leaders met." and "leaders met!" match. Only the head of
// that form is hashed (HEAD characters): two paragraphs of one story almost never share one, so a whole
// paragraph is only walked to confirm a real repeat.

/**
 * Characters of the comparison form that headPrint hashes: enough to tell a story's paragraphs apart. It is also
 * the length from which the parser compares a paragraph with the previous one as a near-duplicate.
 */
export const HEAD = 40;

export interface HeadPrint {
  /** Hash of the first HEAD characters of the comparison form. */
  key: number;
  /** Length of the comparison form, up to HEAD (0: nothing to compare, e.g. only punctuation). */
  length: number;
}

/** normCode of the ASCII codes, looked up: every paragraph of every file goes through these loops. */
const ASCII_NORM = new Int16Array(128).fill(-1);
for (let c = 97; c <= 122; c++) ASCII_NORM[c] = c;
for (let c = 48; c <= 57; c++) ASCII_NORM[c] = c;
for (let c = 65; c <= 90; c++) ASCII_NORM[c] = c + 32;

/** The char code as it counts for comparison, or -1 for punctuation, spaces and symbols. */
export function normCode(c: number): number {
  if (c < 128) return ASCII_NORM[c] as number;
  if (
    c <= 0xbf ||
    (c >= 0x2000 && c <= 0x206f) || // general punctuation: dashes, curly quotes, ellipsis, zero-width space
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation, 【】
    (c >= 0xff01 && c <= 0xff0f) ||
    c === 0xfeff
  ) {
    return -1;
  }
  return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c; // Latin-1 capitals
}

export function headPrint(s: string): HeadPrint {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let length = 0;
  for (let i = 0; i < s.length && length < HEAD; i++) {
    const c = normCode(s.charCodeAt(i));
    if (c < 0) continue;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
    length++;
  }
  return { key: (h1 >>> 0) * 0x200000 + (h2 >>> 11), length };
}

/** Length of the whole comparison form of `s`. */
export function normLength(s: string): number {
  let length = 0;
  for (let i = 0; i < s.length; i++) if (normCode(s.charCodeAt(i)) >= 0) length++;
  return length;
}

/**
 * Compares the comparison forms of `a` and `b`: true when the form of `a` starts with that of `b` (`whole`:
 * when the two are equal).
 */
function normCompare(a: string, b: string, whole: boolean): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    let cb = -1;
    while (j < b.length && (cb = normCode(b.charCodeAt(j))) < 0) j++;
    let ca = -1;
    while (i < a.length && (ca = normCode(a.charCodeAt(i))) < 0) i++;
    if (j >= b.length) return !whole || i >= a.length;
    if (i >= a.length || ca !== cb) return false;
    i++;
    j++;
  }
}

/** True when the comparison form of `a` starts with that of `b`. */
export function normStartsWith(a: string, b: string): boolean {
  return normCompare(a, b, false);
}

/** True when `a` and `b` have the same comparison form. */
export function normEquals(a: string, b: string): boolean {
  return normCompare(a, b, true);
}

/** Texts, as a set of comparison forms: exact (a shared head is confirmed character by character). */
export class FormSet {
  private readonly byHead = new Map<number, string[]>();

  /** Whether a text with the comparison form of `text` is in the set (`print` is headPrint(text)). */
  has(text: string, print: HeadPrint = headPrint(text)): boolean {
    const texts = this.byHead.get(print.key);
    if (texts === undefined) return false;
    for (const t of texts) if (normEquals(t, text)) return true;
    return false;
  }

  add(text: string, print: HeadPrint = headPrint(text)): void {
    const texts = this.byHead.get(print.key);
    if (texts === undefined) this.byHead.set(print.key, [text]);
    else if (!this.has(text, print)) texts.push(text);
  }
}
