// Types of bundle-cache.mjs (plain JavaScript, so that cli.mjs can run it before any TypeScript loader).

/** A module's bundle: the script, and the cache file holding it (null when the cache could not take it). */
export interface Bundle {
  code: string;
  file: string | null;
}

/** The cached bundle's file when it was made from the files as they are now; otherwise null. */
export function cachedBundle(entryFile: string): string | null;

/** Bundles entryFile (an absolute path) and caches it; null when esbuild cannot be found or the bundle fails. */
export function buildBundle(entryFile: string): Promise<Bundle | null>;

/** The cached bundle when current, else one made now (and cached); null without esbuild. */
export function bundle(entryFile: string): Promise<Bundle | null>;

/** Runs a bundle in this thread and returns its exports: from its cache file, or from memory when it has none. */
export function runBundle(made: Bundle, entryFile: string): unknown;
