import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { preloadHelperPlugin } from './src/node/preload-helper.ts';
import { resolveSiteOptions } from './src/node/site-config.ts';
import { routerTreeShakingPlugin } from './src/node/router-tree-shaking.ts';
import { readoutPlugin } from './src/node/vite-plugin.ts';

// The libraries and small modules every page loads, in one chunk (app-core). Vite's preload helper goes with them: a
// lazy chunk that imports one of its own (the search engine's facet counting) would otherwise import it from the
// entry chunk, and so list the entry and its CSS as its dependencies.
const sharedByEveryPage =
  /vite[\\/]preload-helper|node_modules[\\/](react|react-router|@tanstack)[\\/]|src[\\/](components[\\/]ui[\\/](pagination|page-jump|counted|format-date)|common[\\/](fetch-json|paths|manifest-query|person-query))\b/;
// Small modules that several lazy pages share, but not the home page: one chunk rather than one each, since the
// home page's bundle lists every chunk it may load (a name and hash, ~30 bytes gz each) and is at its budget.
const sharedByLazyPages = /src[\\/](components[\\/]ui[\\/](order-links|step-pager)|app[\\/]summarize)\b/;
// The tokenizer and the people name index's reader (which uses it) in one chunk: the /people filter and the search
// engine's person facet both read names, and a chunk of its own would add its name to the home page's bundle.
const textAndNames = /src[\\/]common[\\/](search-text|people-names)\b/;

// Settings come from the environment (or .env files): BASE_PATH, SEEDS_DIR, SITE_URL, PRERENDER. See README.
export default defineConfig(({ mode }) => {
  const site = resolveSiteOptions({ ...loadEnv(mode, process.cwd(), ''), ...process.env }, process.cwd());
  return {
    base: site.base,
    plugins: [
      react(),
      preloadHelperPlugin(),
      routerTreeShakingPlugin(),
      // Unit tests call the ingest core and the plugin's hooks directly; they must not ingest seeds/ on start-up.
      ...(process.env.VITEST
        ? []
        : [readoutPlugin({ seedsDir: site.seedsDir, siteUrl: site.siteUrl, prerender: site.prerender })]),
    ],
    build: {
      // Every browser that runs the app supports modulepreload; the polyfill would only add bytes.
      modulePreload: { polyfill: false },
      // Never inline assets as data: URLs in CSS or JS (keeps the CSP img-src/font-src strict and files cacheable).
      assetsInlineLimit: 0,
      // Prerendering runs inside the plugin's writeBundle hook on purpose; Rolldown's "slow plugin" note is noise.
      rolldownOptions: {
        checks: { bundlerTimings: false },
        output: {
          // Every page needs the libraries and the few small shared modules; left to itself the bundler cuts the
          // latter into chunks of a few hundred bytes each, and every chunk costs its own request and header.
          codeSplitting: {
            groups: [
              { name: 'app-core', test: sharedByEveryPage },
              { name: 'page-parts', test: sharedByLazyPages },
              { name: 'search-text', test: textAndNames },
            ],
          },
        },
      },
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
      // Component tests opt into jsdom with a `// @vitest-environment jsdom` first line.
      environment: 'node',
      setupFiles: ['tests/setup-dom.ts'],
      testTimeout: 30_000,
    },
  };
});
