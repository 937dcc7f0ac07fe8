// Every data request of the app goes through here, so prerendering can answer from memory
// (setJsonSource) and the browser answers from the static files under the site base.
import { packOf } from './data-packs.ts';

export class DataLoadError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
  ) {
    super(
      status === 404 ? `Not found: ${path}` : `Could not load ${path} (HTTP ${status || 'network error'})`,
    );
    this.name = 'DataLoadError';
  }
}

export type JsonSource = (path: string) => Promise<unknown>;

const siteBase = (): string => {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
};

async function fetchFromSite(path: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(siteBase() + path);
  } catch {
    throw new DataLoadError(path, 0);
  }
  if (!response.ok) throw new DataLoadError(path, response.status);
  return response;
}

const fileSource: JsonSource = async (path) => (await fetchFromSite(path)).json();

/**
 * Reads data files out of their packs (src/common/data-packs.ts); other paths go straight to `load`. The last `keep`
 * packs stay in memory (their promises, so concurrent reads share one download): paging and previous/next often
 * come back to a pack just read.
 */
export function packedSource(load: JsonSource, keep = 16): JsonSource {
  const packs = new Map<string, Promise<unknown>>();
  return async (path) => {
    const pack = packOf(path);
    if (pack === null) return load(path);
    let entries = packs.get(pack);
    if (entries) {
      packs.delete(pack);
    } else {
      const loading = load(pack);
      entries = loading;
      // A failed download is not kept: a retry fetches again.
      loading.catch(() => {
        if (packs.get(pack) === loading) packs.delete(pack);
      });
    }
    packs.set(pack, entries);
    if (packs.size > keep) packs.delete(packs.keys().next().value!);
    let all: unknown;
    try {
      all = await entries;
    } catch (error) {
      // Named after the file asked for; an empty bucket is not written, so a missing pack is a missing entry.
      if (error instanceof DataLoadError) throw new DataLoadError(path, error.status);
      throw error;
    }
    if (typeof all !== 'object' || all === null || !Object.hasOwn(all, path))
      throw new DataLoadError(path, 404);
    return (all as Record<string, unknown>)[path];
  };
}

// Set by the Vite plugin for PRERENDER=shell builds (see src/env.d.ts); undefined in dev, tests and the prerender.
const packedBuild = typeof __READOUT_PACKED_DATA__ !== 'undefined' && __READOUT_PACKED_DATA__;

const browserSource: JsonSource = packedBuild ? packedSource(fileSource) : fileSource;

let source: JsonSource = browserSource;

/** Replace where JSON comes from (prerender, tests). Returns a function that restores the previous source. */
export function setJsonSource(next: JsonSource): () => void {
  const previous = source;
  source = next;
  return () => {
    source = previous;
  };
}

/** `path` is relative to the site base, e.g. dataPaths.article(slug). */
export function fetchJson<T>(path: string): Promise<T> {
  return source(path) as Promise<T>;
}

export const isNotFound = (error: unknown): boolean => error instanceof DataLoadError && error.status === 404;

/** A text file (e.g. a prerendered page) under the site base, with the same errors as fetchJson. */
export async function fetchText(path: string): Promise<string> {
  return (await fetchFromSite(path)).text();
}
