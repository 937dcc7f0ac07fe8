// Duplicate detection without building normalised copies of every paragraph: a paragraph's fingerprint is a
// hash of its comparison form (letters and digits, lowercased), so "Leaders met." and "leaders met!" match.

export interface Fingerprint {
  /** 53-bit hash of the comparison form; equal forms give equal keys. */
  key: number;
  /** Length of the comparison form (0: nothing to compare, e.g. only punctuation). */
  length: number;
}

/** normCode of the ASCII codes, looked up: every paragraph of every file goes through this loop. */
const ASCII_NORM = new Int16Array(128).fill(-1);
for (let c = 97; c <= 122; c++) ASCII_NORM[c] = c;
for (let c = 48; c <= 57; c++) ASCII_NORM[c] = c;
for (let c = 65; c <= 90; c++) ASCII_NORM[c] = c + 32;

/** The char code as it counts for comparison, or -1 for punctuation, spaces and symbols. */
function normCode(c: number): number {
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

export function fingerprint(s: string): Fingerprint {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const c = normCode(s.charCodeAt(i));
    if (c < 0) continue;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
    length++;
  }
  return { key: (h1 >>> 0) * 0x200000 + (h2 >>> 11), length };
}

/** True when the comparison form of `a` starts with that of `b`. */
export function normStartsWith(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    let cb = -1;
    while (j < b.length && (cb = normCode(b.charCodeAt(j))) < 0) j++;
    if (j >= b.length) return true;
    let ca = -1;
    while (i < a.length && (ca = normCode(a.charCodeAt(i))) < 0) i++;
    if (i >= a.length || ca !== cb) return false;
    i++;
    j++;
  }
}
