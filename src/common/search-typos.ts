// One-typo corrections where every indexed word has a first page (a small archive): the index builder writes a
// second Bloom filter of the words (SearchMeta.tops.fix) and the engine tests a query word's one-edit variants
// against it. Kept out of search-text.ts, which the home page loads: only the builder and the engine need this.
import { b64Decode, fuzzyWord } from './search-text.ts';

/**
 * The letters of the word lists' words (fuzzyWord; search-text's wordKeyChars, spelled out again here so the home
 * page's copy of search-text exports nothing more for this chunk).
 */
export const variantLetters = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Whether a term is in the word lists (and so can be a completion or a typo's correction). */
export const isListWord = (term: string): boolean =>
  term.length >= 3 && fuzzyWord.test(term) && !/^\d+$/.test(term);

/**
 * A word's key in the second filter. The same hashes over a prefixed key are another family of hashes (FNV-1a
 * carries on from the prefix), so a variant that the first filter wrongly holds is rarely held by this one too.
 */
export const fixKey = (word: string): string => `~${word}`;

/** The words a typo (of five letters or more) can be corrected to: word-list words of four letters or more. */
export const isFixWord = (term: string): boolean => term.length >= 4 && isListWord(term);

/**
 * Every string one insertion, deletion, substitution or swap of two neighbouring letters from `word`, over the
 * letters of the word lists (a–z, 0–9): a few hundred for a word of 5–10 letters.
 */
export function oneEditVariants(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++)
    out.add(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2));
  for (let i = 0; i <= word.length; i++)
    for (const c of variantLetters) {
      if (i < word.length && c !== word[i]) out.add(word.slice(0, i) + c + word.slice(i + 1));
      out.add(word.slice(0, i) + c + word.slice(i));
    }
  out.delete(word);
  return out;
}

/** FNV-1a (as search-text's Bloom filters hash a key) carried on from state `h` over s[from, to). */
function fnv(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** bloomHas(bloom, key) for the key whose FNV-1a hash is h (search-text's bloomBits, spelled out on a hash). */
function bloomHasHash(bloom: string, h: number): boolean {
  const m = bloom.length * 6;
  const h1 = h >>> 0;
  const h2 = (Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) | 1) >>> 0;
  for (let i = 0; i < 4; i++) {
    const bit = (h1 + i * h2) % m;
    if (!((b64Decode(bloom, Math.floor(bit / 6)) >> (bit % 6)) & 1)) return false;
  }
  return true;
}

/**
 * The one-edit variants of `word` that both filters hold (`words`: the first pages' keys; `fix`: fixKey of the
 * words), i.e. [...oneEditVariants(word)].filter((v) => isFixWord(v) && bloomHas(fix, fixKey(v)) && bloomHas(words,
 * v)), without making a string of the hundreds that fail: each variant's two hashes are carried on from its
 * prefix's, so typing a long word costs no garbage.
 */
export function nearWords(word: string, words: string, fix: string): string[] {
  if (!words || !fix) return [];
  const n = word.length;
  // FNV-1a states after word[0, i): for the first filter's keys, and for the second's (after the prefix "~").
  const plain = new Int32Array(n + 1);
  const fixed = new Int32Array(n + 1);
  plain[0] = 0x811c9dc5;
  fixed[0] = fnv(0x811c9dc5, fixKey(''), 0, 1);
  for (let i = 0; i < n; i++) {
    plain[i + 1] = fnv(plain[i]!, word, i, i + 1);
    fixed[i + 1] = fnv(fixed[i]!, word, i, i + 1);
  }
  const found = new Set<string>();
  // A variant is word[0, i) + middle + word[j, n).
  const test = (i: number, middle: string, j: number) => {
    let a = plain[i]!;
    let b = fixed[i]!;
    for (let k = 0; k < middle.length; k++) {
      const c = middle.charCodeAt(k);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193);
    }
    if (!bloomHasHash(fix, fnv(b, word, j, n)) || !bloomHasHash(words, fnv(a, word, j, n))) return;
    const v = word.slice(0, i) + middle + word.slice(j);
    if (v !== word && isFixWord(v)) found.add(v);
  };
  for (let i = 0; i < n; i++) test(i, '', i + 1);
  for (let i = 0; i + 1 < n; i++) test(i, word[i + 1]! + word[i]!, i + 2);
  for (let i = 0; i <= n; i++)
    for (const c of variantLetters) {
      if (i < n && c !== word[i]) test(i, c, i + 1);
      test(i, c, i);
    }
  return [...found];
}
