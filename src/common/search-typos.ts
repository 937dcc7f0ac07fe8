// One-typo corrections where every indexed word has a first page (a small archive): the index builder writes a
// second Bloom filter of the words (SearchMeta.tops.fix) and the engine tests a query word's one-edit variants
// against it; and the word files' encoding. Kept out of search-text.ts, which more of the app loads: only the
// builder and the engine need this.
import { bloomHasHash, fnv1a, frontCoded, fuzzyWord, wordKeyChars, type WordList } from './search-text.ts';

/** Whether a term is in the word lists (and so can be a completion or a typo's correction). */
export const isListWord = (term: string): boolean =>
  term.length >= 3 && fuzzyWord.test(term) && !/^\d+$/.test(term);

/**
 * A word's key in the second filter. The same hashes over a prefixed key are another family of hashes (FNV-1a
 * carries on from the prefix), so a variant that the first filter wrongly holds is rarely held by this one too.
 */
export const fixKey = (word: string): string => `~${word}`;

/**
 * A word's key in the first near-word filter of a larger archive (SearchMeta.tops.near), where the first filter is
 * not the first pages' (those hold only some words); prefixed so it is a family of hashes apart from fixKey's.
 */
export const nearKey = (word: string): string => `^${word}`;

/**
 * Fix words in the near-word filters of a larger archive, most frequent first: ~2.5 KB of base-64 for the two
 * filters in meta.json, which every first search loads.
 */
export const nearWordsMax = 1_000;

/** The words a typo (of five letters or more) can be corrected to: word-list words of four letters or more. */
export const isFixWord = (term: string): boolean => term.length >= 4 && isListWord(term);

/**
 * The strings one insertion, deletion, substitution (over the word lists' letters, a–z and 0–9) or swap of two
 * neighbouring letters from `word` that are fix words and that both filters hold (`words`: the first pages' keys,
 * or with `wordsPrefix` "^" the near-word filter's nearKey; `fix`: fixKey of the words), without making a string
 * of the hundreds that fail: each variant's two hashes are carried on from its prefix's, so typing a long word
 * costs no garbage.
 */
export function nearWords(word: string, words: string, fix: string, wordsPrefix = ''): string[] {
  if (!words || !fix) return [];
  const n = word.length;
  // FNV-1a states after word[0, i): for the first filter's keys, and for the second's (after the prefix "~").
  const plain = new Int32Array(n + 1);
  const fixed = new Int32Array(n + 1);
  plain[0] = fnv1a(wordsPrefix);
  fixed[0] = fnv1a(fixKey(''));
  for (let i = 0; i < n; i++) {
    plain[i + 1] = fnv1a(word, i, i + 1, plain[i]!);
    fixed[i + 1] = fnv1a(word, i, i + 1, fixed[i]!);
  }
  const found = new Set<string>();
  // A variant is word[0, i) + middle + word[j, n).
  const test = (i: number, middle: string, j: number) => {
    const a = fnv1a(middle, 0, middle.length, plain[i]!);
    const b = fnv1a(middle, 0, middle.length, fixed[i]!);
    if (!bloomHasHash(fix, fnv1a(word, j, n, b)) || !bloomHasHash(words, fnv1a(word, j, n, a))) return;
    const v = word.slice(0, i) + middle + word.slice(j);
    if (v !== word && isFixWord(v)) found.add(v);
  };
  for (let i = 0; i < n; i++) test(i, '', i + 1);
  for (let i = 0; i + 1 < n; i++) test(i, word[i + 1]! + word[i]!, i + 2);
  for (let i = 0; i <= n; i++)
    for (const c of wordKeyChars) {
      if (i < n && c !== word[i]) test(i, c, i + 1);
      test(i, c, i);
    }
  return [...found];
}

/**
 * A fix word's early-edit file key (SearchMeta.tops.edits): its letters 4–7; for a word of four letters, its 4th
 * after its 1st, since the 4th alone put a realistic archive's thousand-odd such words of a letter in one file of
 * ~30 KB gz.
 */
export const editKey = (word: string): string =>
  word.length === 4 ? `${word[0]}/${word[3]}` : word.slice(3, 7);

/**
 * The early-edit keys of a typo: every word one edit from `typo` within its first three letters has one of them (a
 * letter changed, or two swapped before the 4th: its own; one left out: a letter earlier; one added: a letter
 * later; the 3rd and 4th swapped: the 3rd, then from the 5th). An edit after them keeps the first three letters.
 */
export const editKeys = (typo: string): string[] => [
  ...new Set([
    typo.slice(3, 7),
    typo.slice(2, 6),
    // A four-letter word is a five-letter typo with a letter added before the 5th: it starts with the 1st or the 2nd.
    ...(typo.length === 5 ? [`${typo[0]}/${typo[4]}`, `${typo[1]}/${typo[4]}`] : [typo.slice(4, 8)]),
    typo[2]! + typo.slice(4, 7),
  ]),
];

/**
 * The text of a word file (searchPaths.words, as a WordFile): its words in order, front-coded (frontCoded), each
 * followed by its document frequency in base 36 after a dot where it is more than one (most listed words are in one
 * document). So, the lists of a large archive are ~32% smaller gzipped than as JSON pairs: a typo reads eight of them.
 */
export const encodeWordList = (list: WordList): string =>
  frontCoded(
    list.map(([word]) => word),
    list.map(([, df]) => (df > 1 ? `.${df.toString(36)}` : '')),
  );

/** The pairs encodeWordList wrote, in its order. (Short: it is part of the engine every first search loads.) */
export function decodeWordList(text: string): WordList {
  let word = '';
  return Array.from(text.matchAll(/([A-Z])([a-z0-9]*)(?:\.([a-z0-9]+))?/g), ([, shared, rest, df]) => [
    (word = word.slice(0, shared!.charCodeAt(0) - 65) + rest),
    df ? parseInt(df, 36) : 1,
  ]);
}
