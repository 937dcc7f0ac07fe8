// A smaller stand-in for Vite's module preload helper, which every dynamic import goes through and which sits in
// the entry script. Vite's also loads a lazy chunk's CSS (and waits for it) and reads CSP nonces: this app has one
// stylesheet, linked by every page, and no nonces, so all the helper has to do here is what makes lazy pages fast:
// start fetching a chunk's imports beside the chunk itself (without it they would load one after the other), and
// fire `vite:preloadError` when a chunk fails to load, as Vite's does. 0.6 kB gz less on the home page.
import type { Plugin } from 'vite';

/**
 * What a lazy chunk's import must preload (Vite's `modulePreload.resolveDependencies`): its imports that its importer
 * has not already loaded. The importer ran, so every chunk it imports statically, directly or not, is in; Vite lists
 * them all the same (the names, ~30 bytes gz each, in the importer's code: the first search's chunks carry several).
 * Where nothing is left but the chunk itself, none: its import fetches it. `imports`: each chunk's static imports.
 */
export function preloadsNeeded(
  imports: ReadonlyMap<string, readonly string[]>,
  file: string,
  deps: readonly string[],
  importer: string,
): string[] {
  const loaded = new Set<string>();
  const pending = [importer];
  for (let chunk = pending.pop(); chunk !== undefined; chunk = pending.pop())
    for (const dep of imports.get(chunk) ?? []) if (!loaded.has(dep)) pending.push((loaded.add(dep), dep));
  const needed = deps.filter((dep) => dep === file || !loaded.has(dep));
  return needed.length === 1 && needed[0] === file ? [] : needed;
}

const helperId = '\0vite/preload-helper.js';

/** The helper's source: `__vitePreload(load, deps)` as Vite calls it, for a site served under `base`. */
export function preloadHelperSource(base: string): string {
  return `const seen = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    const href = ${JSON.stringify(base)} + dep;
    if (seen.has(href)) continue;
    seen.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  // Failed: most often a redeploy that removed the chunk. Vite's event, which the app listens for
  // (src/common/fetch-json.ts); the import still fails, so the route's own error handling runs meanwhile.
  return load().catch((error) => {
    window.dispatchEvent(new Event('vite:preloadError'));
    throw error;
  });
};
`;
}

export function preloadHelperPlugin(): Plugin {
  let base = '/';
  // Each chunk's static imports, from the bundle: Vite asks what to preload after this plugin's generateBundle.
  const imports = new Map<string, readonly string[]>();
  return {
    name: 'readout:preload-helper',
    // Before Vite's own plugin, which would otherwise answer for the same module.
    enforce: 'pre',
    apply: 'build',
    config: () => ({
      build: {
        modulePreload: {
          resolveDependencies: (file, deps, { hostId, hostType }) =>
            hostType === 'js' ? preloadsNeeded(imports, file, deps, hostId) : deps,
        },
      },
    }),
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === helperId ? id : undefined;
    },
    load(id) {
      return id === helperId ? preloadHelperSource(base) : undefined;
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk') imports.set(chunk.fileName, chunk.imports);
      // This helper never loads CSS: a lazy chunk that brings its own stylesheet needs Vite's helper back.
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && !chunk.isEntry && (chunk.viteMetadata?.importedCss.size ?? 0) > 0)
          this.error(`${chunk.fileName} imports CSS, which src/node/preload-helper.ts does not load`);
    },
  };
}
