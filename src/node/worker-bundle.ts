// Worker threads that run TypeScript modules of this project, started from one esbuild bundle of each module.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The part of esbuild's API used here (esbuild is tsx's own dependency, not one of ours). */
interface Esbuild {
  build(options: {
    entryPoints: string[];
    bundle: true;
    platform: 'node';
    format: 'cjs';
    write: false;
    logLevel: 'silent';
  }): Promise<{ outputFiles: { text: string }[] }>;
}

const bundles = new Map<string, Promise<string | null>>();

/**
 * A worker's module is TypeScript: it is bundled into one script, once per process, with the esbuild that tsx
 * brings. Started from that script a worker is ready in ~0.15 s instead of ~0.9 s (tsx's loader compiled every
 * module in every worker), and it runs without tsx's keepNames wrappers (a `__name` call for every closure
 * created, ~8% of the ingest's CPU). The same source runs in the main thread, so results are the same. null when
 * esbuild or the module cannot be found: the caller then does the work on the main thread. Works under `tsx`,
 * `node --import tsx`, vitest and Vite's config loader (which keeps the caller's import.meta.url).
 */
export function bundleWorker(entry: URL): Promise<string | null> {
  const file = fileURLToPath(entry);
  let bundle = bundles.get(file);
  if (!bundle) {
    bundle = (async () => {
      const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
      const esbuild = createRequire(tsxPackage)('esbuild') as Esbuild;
      const result = await esbuild.build({
        entryPoints: [file],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        write: false,
        logLevel: 'silent',
      });
      return result.outputFiles[0]?.text ?? null;
    })().catch(() => null);
    bundles.set(file, bundle);
  }
  return bundle;
}

/** Keep flags such as --max-old-space-size; drop the parent's own loaders (tsx, vitest). */
export function workerExecArgv(): string[] {
  return process.execArgv.filter(
    (arg) => arg.startsWith('--max-old-space-size') || arg === '--enable-source-maps',
  );
}
