// npm run ingest -- --seeds DIR --out FILE [--strict]  (node src/node/cli.mjs …)
// Runs cli.ts's main from its bundle (bundle-cache.mjs) with plain Node: no tsx to start, no module transpiled,
// and the ingest's code without tsx's keepNames wrappers. The bundle is made on the first run and again after any
// of its files changes; without esbuild, cli.ts runs under tsx as before. Same arguments, output and exit codes as
// `tsx src/node/cli.ts`.

import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { bundle, runBundle } from './bundle-cache.mjs';

// Every expression compiled to machine code at its first use, not interpreted first and compiled later: the
// ingest's hundreds of expressions run cold over a run's first thousands of articles, and the first 1,000 of them take
// ~13% less CPU (PERFORMANCE.md, "Session 36 (perf38)"); warm passes and the output are the same. Set before the
// bundle is loaded, so every expression of the ingest (and of its worker threads, which share the flags) is compiled
// under it.
setFlagsFromString('--no-regexp-tier-up');

const entry = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** @returns {Promise<{ main(argv: string[]): Promise<number> }>} */
async function loadCli() {
  const made = await bundle(entry);
  // From memory too when the cache folder cannot take it: the bundle is made by then, and starts faster than tsx.
  if (made) return /** @type {{ main(argv: string[]): Promise<number> }} */ (runBundle(made, entry));
  const { register } = await import('tsx/esm/api');
  register();
  return import('./cli.ts');
}

try {
  const { main } = await loadCli();
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // As cli.ts's runIfMain: a crash prints its stack and exits 2.
  process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
