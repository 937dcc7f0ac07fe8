// Worker threads that run TypeScript modules of this project, started from one esbuild bundle of each module.
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle-cache.mjs';

const bundles = new Map<string, Promise<string | null>>();

/**
 * A worker's module is TypeScript: it is bundled into one script with the esbuild that tsx brings, once per
 * process, and kept on disk for the next process (bundle-cache.mjs: ~0.3-0.5 CPU-s of bundling saved when no file
 * changed). Started from that script a worker is ready in ~0.15 s instead of ~0.9 s (tsx's loader compiled every
 * module in every worker), and it runs without tsx's keepNames wrappers (a `__name` call for every closure
 * created, ~8% of the ingest's CPU). The same source runs in the main thread, so results are the same. null when
 * esbuild or the module cannot be found: the caller then does the work on the main thread. Works under `tsx`,
 * `node --import tsx`, cli.mjs's bundle, vitest and Vite's config loader (which keeps the caller's import.meta.url).
 */
export function bundleWorker(entry: URL): Promise<string | null> {
  const file = fileURLToPath(entry);
  let code = bundles.get(file);
  if (!code) {
    code = bundle(file).then(
      (made) => made?.code ?? null,
      () => null,
    );
    bundles.set(file, code);
  }
  return code;
}

/** Keep flags such as --max-old-space-size; drop the parent's own loaders (tsx, vitest). */
export function workerExecArgv(): string[] {
  return process.execArgv.filter(
    (arg) => arg.startsWith('--max-old-space-size') || arg === '--enable-source-maps',
  );
}
