// The people name index, shared by its builder (src/site/people-names) and the /people filter
// (src/features/people): both must cut names into the same terms and find the same files.
//
// A person is filed under every term of their name and aliases. A term is filed by its first two characters (one
// for Chinese: a single character already narrows a lot); a key holding more than a leaf's worth of people is split
// by the next character, recursively, and also keeps a paged list of all its people for a query that is exactly
// that key. A query word therefore reads one directory file (by its first character) and then one bounded file.
import { foldText, hanRun, isHan, wordPattern } from './search-text.ts';

/** Folded words of a name or a query: "O'Brien" -> "obrien", Han runs kept whole ("石破茂"). */
export function nameWords(text: string): string[] {
  const words: string[] = [];
  for (const match of foldText(text).matchAll(wordPattern)) {
    const word = match[0].replace(/'/g, '');
    if (!isHan(word)) words.push(word);
    else for (const part of word.matchAll(hanRun)) words.push(part[0]);
  }
  return words;
}

/**
 * Terms a name is found by (a query word matches a term it is a prefix of): each word, the parts of an
 * apostrophe word ("O'Brien" is found as "brien" too), and every suffix of a Chinese run, since Chinese names have
 * no spaces (石破茂 is found by 石破 and by 破茂).
 */
export function nameTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const match of foldText(text).matchAll(wordPattern)) {
    const raw = match[0];
    if (raw.includes("'")) for (const part of raw.split("'")) if (part.length > 1) terms.add(part);
    for (const word of nameWords(raw)) {
      if (!isHan(word.charAt(0))) {
        terms.add(word);
        continue;
      }
      const chars = Array.from(word);
      for (let i = 0; i < chars.length; i++) terms.add(chars.slice(i).join(''));
    }
  }
  return [...terms];
}

/** Every query word is the start of one of the person's terms (so "ishiba shi" finds Ishiba Shigeru). */
export function termsMatch(terms: readonly string[], words: readonly string[]): boolean {
  return words.every((word) => terms.some((term) => term.startsWith(word)));
}

/** Characters of the first key of a term: one for Chinese, else two. */
const rootLength = (term: string) => (isHan(term.charAt(0)) ? 1 : 2);

/** The first (unsplit) key of a term or query word. */
export function rootKey(term: string): string {
  return Array.from(term).slice(0, rootLength(term)).join('');
}

/** A query word can pick a file only when it is as long as a root key; a single Latin letter filters locally. */
export const isSelectiveWord = (word: string): boolean =>
  Array.from(word).length >= rootLength(word) && word !== '';

/** The key one character longer than `key` towards `term`, or null when the term ends there. */
export function childKey(key: string, term: string): string | null {
  const keyChars = Array.from(key).length;
  const chars = Array.from(term);
  return chars.length > keyChars ? chars.slice(0, keyChars + 1).join('') : null;
}

/** The key a query word reads: its root key, lengthened while that key is split and the word goes on. */
export function resolveKey(word: string, isSplit: (key: string) => boolean): string {
  let key = rootKey(word);
  for (let next = childKey(key, word); next !== null && isSplit(key); next = childKey(key, word)) key = next;
  return key;
}

const directoryChars = 'abcdefghijklmnopqrstuvwxyz0123456789';
const otherBuckets = 64;

/** The directory file of a key: one per Latin letter or digit, else one of 64 buckets by character code. */
export function nameBucket(key: string): string {
  const first = String.fromCodePoint(key.codePointAt(0) ?? 0);
  return directoryChars.includes(first) ? first : `u${(first.codePointAt(0) ?? 0) % otherBuckets}`;
}

/** Every directory file, written even when empty so the filter never asks for a file that does not exist. */
export const nameBuckets: readonly string[] = [
  ...directoryChars,
  ...Array.from({ length: otherBuckets }, (_, i) => `u${i}`),
];

/** A key as a file name: a-z and 0-9 as they are, any other character as _hex_ (safe on every host). */
export const nameFileKey = (key: string): string =>
  Array.from(key, (char) =>
    /[a-z0-9]/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}_`,
  ).join('');
