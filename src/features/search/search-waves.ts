// Test and bench harness: a search whose index files arrive in waves, as over a network, to count its round trips.
import { searchPaths } from '../../common/paths.ts';
import type { SearchParamsState } from './search-params.ts';
import { runSearch, type SearchOptions, type SearchResult } from './search-engine.ts';

/**
 * Runs a search whose files arrive in waves: every file asked for while none of the previous ones has arrived is one
 * round trip (each fetched once, as react-query does). meta.json is at hand (the box loads it on focus, before the
 * keystroke). `read` gives a file's parsed JSON; a file it throws for fails when its wave arrives, as a 404 would.
 */
export async function searchInWaves(
  read: (path: string) => unknown,
  params: SearchParamsState,
  opts?: SearchOptions,
): Promise<{ result: SearchResult; waves: string[][] }> {
  const waves: string[][] = [];
  let asked: string[] = [];
  let answers: (() => void)[] = [];
  const files = new Map<string, Promise<unknown>>();
  const load = (path: string): Promise<unknown> => {
    let file = files.get(path);
    if (!file) {
      const arrive = (resolve: (value: unknown) => void, reject: (error: unknown) => void) => {
        try {
          resolve(read(path));
        } catch (error) {
          reject(error);
        }
      };
      if (path === searchPaths.meta()) file = new Promise(arrive);
      else {
        asked.push(path);
        file = new Promise((resolve, reject) => answers.push(() => arrive(resolve, reject)));
      }
      files.set(path, file);
    }
    return file;
  };
  let result: SearchResult | null = null;
  const running = runSearch(params, load, opts).then((r) => (result = r));
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (result) break;
    if (!answers.length) throw new Error('the search waits for nothing');
    waves.push(asked);
    const arriving = answers;
    asked = [];
    answers = [];
    for (const answer of arriving) answer();
  }
  await running;
  return { result: result!, waves };
}
