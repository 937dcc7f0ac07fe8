// A smaller stand-in for Vite's module preload helper, which every dynamic import goes through and which sits in
// the entry script. Vite's also loads a lazy chunk's CSS (and waits for it), reads CSP nonces and fires
// `vite:preloadError`: this app has one stylesheet, linked by every page, no nonces and no listener, so all the
// helper has to do here is what makes lazy pages fast: start fetching a chunk's imports beside the chunk itself
// (without it they would load one after the other). 0.6 kB gz less on the home page, whose JS is at its budget.
import type { Plugin } from 'vite';

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
  return load();
};
`;
}

export function preloadHelperPlugin(): Plugin {
  let base = '/';
  return {
    name: 'readout:preload-helper',
    // Before Vite's own plugin, which would otherwise answer for the same module.
    enforce: 'pre',
    apply: 'build',
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
      // This helper never loads CSS: a lazy chunk that brings its own stylesheet needs Vite's helper back.
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && !chunk.isEntry && (chunk.viteMetadata?.importedCss.size ?? 0) > 0)
          this.error(`${chunk.fileName} imports CSS, which src/node/preload-helper.ts does not load`);
    },
  };
}
