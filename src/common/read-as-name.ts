// Whether a query's words are read as a person's name: the search engine's name lookup and the index build, which
// records it on a word pair's or full name's first page, share it (a module of its own, so that it sits in the
// engine's chunk, not in one the home page loads).
import { nameTerms } from './people-names.ts';
import { isHan, type ShardEntry } from './search-text.ts';

/** Longest query read as a person's name (a name with particles: "maria de los angeles garcia"). */
export const nameWordsMax = 6;

/**
 * Whether a query's words (as searched: folded, corrected) are read as a person's name, from their terms' shard
 * entries (each word's terms, the last word's completions searched too): at most nameWordsMax words, each Chinese, or
 * starting a word of the name of a person the entries' precomputed facets list, or with an entry too rare for
 * facets (a word in a page of documents or fewer has none). "climate change" is not. Shared by the engine's name
 * lookup and the build, which records it on a word pair's or full name's page (PhrasePage.name).
 */
export function readAsName(words: readonly { word: string; entries: readonly ShardEntry[] }[]): boolean {
  if (!words.length || words.length > nameWordsMax) return false;
  const listed = words.flatMap(({ entries }) =>
    entries.flatMap((e) => e[5]?.p.flatMap(([, name]) => nameTerms(name)) ?? []),
  );
  return words.every(
    ({ word, entries }) =>
      isHan(word) ||
      entries.some((e) => e[3] !== '' && !e[5]) ||
      listed.some((term) => term.startsWith(word)),
  );
}
