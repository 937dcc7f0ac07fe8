// Every data request of the app goes through here, so prerendering can answer from memory
// (setJsonSource) and the browser answers from the static files under the site base.
import { packOf } from './data-packs.ts';
import { BUILD_META_NAME } from './html-document.ts';
import { dataPaths } from './paths.ts';

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

// A deploy replaces data/** under the same names while tabs stay open, so every file fetched is checked against
// the build the page came from (its <meta name="readout-build">; none in dev, tests and the prerender): data of two
// builds read together would be wrong without looking wrong (a search shard read with the other build's meta.json),
// and a page's code split off by the old build is gone. On the first sign of a new build the app loads the page
// the reader was going to afresh (onNewBuild), once per build: a host that still serves the old page after that
// gets the error page instead of a reload loop.
const pageBuild =
  typeof document === 'undefined'
    ? null
    : document.querySelector(`meta[name="${BUILD_META_NAME}"]`)?.getAttribute('content');

let reloadPage = () => window.location.reload();

/** What to do once the server serves another build (start-client: load the router's destination afresh). */
export function onNewBuild(reload: () => void): void {
  reloadPage = reload;
}

let checking: Promise<void> | null = null;

/**
 * Resolves while the server serves this page's build. The request starts beside the data request it vouches for
 * (no round trip added); requests made while it is in flight share it. `data/build.json` is read past the HTTP
 * cache, and the data requests carry the build id (`?v=`), so no cache hands this page another build's file.
 */
function sameBuild(path: string): Promise<void> {
  checking ??= fetch(siteBase() + dataPaths.build(), { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<{ buildId: string }>) : null))
    // Offline, or a host without the file: nothing is known, so nothing is blocked.
    .catch(() => null)
    .then((served) => {
      checking = null;
      if (!served || served.buildId === pageBuild) return;
      const key = 'readout-reloaded-for';
      if (sessionStorage.getItem(key) === served.buildId) throw new DataLoadError(path, 0);
      sessionStorage.setItem(key, served.buildId);
      reloadPage();
      // The page stays as it is (the loading bar running) until the new one replaces it.
      return new Promise<never>(() => undefined);
    });
  return checking;
}

if (pageBuild)
  // A page's code that failed to load (src/node/preload-helper.ts) is most often a build that replaced it.
  window.addEventListener('vite:preloadError', () => void sameBuild('assets').catch(() => undefined));

async function fetchFromSite(path: string): Promise<Response> {
  const url = siteBase() + path;
  const [response] = await Promise.all([
    fetch(pageBuild ? `${url}?v=${pageBuild}` : url).catch(() => null),
    pageBuild && sameBuild(path),
  ]);
  if (!response) throw new DataLoadError(path, 0);
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
