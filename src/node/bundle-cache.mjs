// @ts-check
// TypeScript modules of this project bundled into one CommonJS script each, with the esbuild that tsx brings, and
// kept on disk: a later process (`npm run ingest`, a worker of the next build) loads the script as it is, without
// tsx and without bundling again. Plain JavaScript, so that cli.mjs can use it before any loader is registered.
//
// A bundle is kept beside a manifest of every file it was made from and the hash of the bytes esbuild read; it is
// used only while each of those files still hashes the same (a hundred files, a few ms) and the tsconfig.json and
// package.json files up the entry's tree are the same ones, so an edited rule, a new esbuild, an edited, added or
// removed tsconfig.json or package.json or a changed import is bundled again. The cache folder is per user, under the
// system's temporary folder (READOUT_BUNDLE_CACHE names another); when it cannot be written the bundle is made in
// memory, as before.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileFunction } from 'node:vm';

/** Part of every cache key: raise it when the bundle's options or the manifest's shape change. */
const FORMAT = 3;

/** @param {string | Uint8Array} data */
const hash = (data) => createHash('sha1').update(data).digest('hex');

/** The cache folder; null when it cannot be made, or is not this user's alone. */
function cacheFolder() {
  const uid = process.getuid?.() ?? 'user';
  const dir = process.env.READOUT_BUNDLE_CACHE || path.join(tmpdir(), `readout-bundles-${uid}`);
  try {
    // Not `recursive`, which retries for ever where the kernel answers ENOENT though the parent exists (/proc/x):
    // the folder's parent must exist.
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') return null;
  }
  try {
    const info = statSync(dir);
    // Another user's folder, or one others may write into, could hand us their code: not used.
    if (process.getuid && (info.uid !== process.getuid() || (info.mode & 0o022) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

/** @param {string} dir @param {string} entryFile */
function cacheFiles(dir, entryFile) {
  const base = path.join(
    dir,
    `${path.basename(entryFile).replace(/\.[cm]?[jt]sx?$/, '')}-${hash(`${FORMAT}\0${entryFile}`).slice(0, 16)}`,
  );
  return { code: `${base}.cjs`, manifest: `${base}.json` };
}

/**
 * The file of entryFile's bundle (an absolute path) when the cache holds one made from the files as they are now;
 * otherwise null.
 * @param {string} entryFile
 * @returns {string | null}
 */
export function cachedBundle(entryFile) {
  return currentBundle(entryFile)?.file ?? null;
}

/**
 * The cached bundle with the script as it was checked (read once, so a file replaced after the check is not
 * what runs), or null.
 * @param {string} entryFile
 * @returns {{ code: string, file: string } | null}
 */
function currentBundle(entryFile) {
  const dir = cacheFolder();
  if (!dir) return null;
  const { code: file, manifest } = cacheFiles(dir, entryFile);
  try {
    /** @type {{ code: string, inputs: [string, string][], configs: [string, string][] }} */
    const made = JSON.parse(readFileSync(manifest, 'utf8'));
    for (const [input, sum] of made.inputs) if (hash(readFileSync(input)) !== sum) return null;
    // Walked again rather than read from the list: a config file put up the tree since is not in it.
    if (JSON.stringify(configFiles(entryFile)) !== JSON.stringify(made.configs)) return null;
    const bytes = readFileSync(file);
    return hash(bytes) === made.code ? { code: bytes.toString('utf8'), file } : null;
  } catch {
    return null;
  }
}

/**
 * The part of esbuild's API used here (esbuild is tsx's own dependency, not one of ours).
 * @typedef {{ path: string, namespace: string }} LoadArgs
 * @typedef {{ onLoad(options: { filter: RegExp }, callback: (args: LoadArgs) => { contents: string, loader: string }): void }} PluginBuild
 * @typedef {{
 *   version: string,
 *   build(options: object): Promise<{ outputFiles: { text: string }[] }>,
 * }} Esbuild
 */

/** @returns {{ esbuild: Esbuild, packageJson: string }} */
function loadEsbuild() {
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const fromTsx = createRequire(tsxPackage);
  return { esbuild: fromTsx('esbuild'), packageJson: fromTsx.resolve('esbuild/package.json') };
}

/**
 * The tsconfig.json and package.json files of entryFile's folder and the folders above it, with their hashes:
 * esbuild reads no source through them, but they say how TypeScript compiles (a tsconfig's target or class fields)
 * and how a .js file is read, so an edit to one must make the bundle again.
 * @param {string} entryFile
 * @returns {[string, string][]}
 */
function configFiles(entryFile) {
  /** @type {[string, string][]} */
  const found = [];
  for (let dir = path.dirname(entryFile); ; dir = path.dirname(dir)) {
    for (const name of ['tsconfig.json', 'package.json']) {
      const file = path.join(dir, name);
      try {
        found.push([file, hash(readFileSync(file))]);
      } catch {
        // Not there: nothing to follow.
      }
    }
    if (path.dirname(dir) === dir) return found;
  }
}

/** @param {string} file */
function loaderOf(file) {
  const ext = path.extname(file).slice(1);
  return ext === 'ts' || ext === 'mts' || ext === 'cts' ? 'ts' : ext === 'tsx' || ext === 'json' ? ext : 'js';
}

/**
 * Bundles entryFile (an absolute path) into one CommonJS script and keeps it in the cache. Each module's
 * `import.meta.url` is its own source file's URL, as under tsx (a CommonJS bundle would otherwise leave it
 * undefined), so a module still finds its neighbours (a worker's entry, tsx's esbuild). Resolves to the script and
 * the file it was written to (null when the cache could not take it), or to null when esbuild cannot be found or
 * the bundle fails.
 * @param {string} entryFile
 * @returns {Promise<{ code: string, file: string | null } | null>}
 */
export async function buildBundle(entryFile) {
  /** @type {[string, string][]} */
  const inputs = [];
  const configs = configFiles(entryFile);
  let code;
  try {
    const { esbuild, packageJson } = loadEsbuild();
    inputs.push([packageJson, hash(readFileSync(packageJson))]);
    const result = await esbuild.build({
      entryPoints: [entryFile],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'readout-sources',
          /** @param {PluginBuild} build */
          setup(build) {
            build.onLoad({ filter: /.*/ }, ({ path: file }) => {
              const bytes = readFileSync(file);
              inputs.push([file, hash(bytes)]);
              const loader = loaderOf(file);
              const text = bytes.toString('utf8');
              return {
                contents:
                  loader === 'json'
                    ? text
                    : text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href)),
                loader,
              };
            });
          },
        },
      ],
    });
    code = result.outputFiles[0]?.text;
  } catch {
    return null;
  }
  if (!code) return null;
  return { code, file: store(entryFile, code, inputs, configs) };
}

/**
 * Writes the bundle, then its manifest, each through a file of this process renamed into place, so a reader never
 * sees half a file; returns the bundle's path, or null.
 * @param {string} entryFile @param {string} code @param {[string, string][]} inputs
 * @param {[string, string][]} configs
 */
function store(entryFile, code, inputs, configs) {
  const dir = cacheFolder();
  if (!dir) return null;
  const files = cacheFiles(dir, entryFile);
  const manifest = JSON.stringify({ entry: entryFile, code: hash(code), inputs, configs });
  try {
    for (const [file, text] of /** @type {const} */ ([
      [files.code, code],
      [files.manifest, manifest],
    ])) {
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, text, { mode: 0o600 });
        renameSync(tmp, file);
      } catch (error) {
        rmSync(tmp, { force: true });
        throw error;
      }
    }
    return files.code;
  } catch {
    return null;
  }
}

/**
 * entryFile's bundle: the cached file when it is current, else made now (and cached). null without esbuild.
 * @param {string} entryFile
 * @returns {Promise<{ code: string, file: string | null } | null>}
 */
export async function bundle(entryFile) {
  return currentBundle(entryFile) ?? buildBundle(entryFile);
}

/**
 * Runs a bundle made by `bundle` in this thread and returns its exports. The script runs from memory, as it was
 * checked or made (its cache file, when it has one, names it in stack traces); it needs only Node's own modules,
 * everything else being inside it, so where it was kept does not matter.
 * @param {{ code: string, file: string | null }} made
 * @param {string} entryFile
 * @returns {unknown}
 */
export function runBundle(made, entryFile) {
  const filename = made.file ?? `${entryFile}.bundle.cjs`;
  const module = { exports: {} };
  compileFunction(made.code, ['exports', 'require', 'module', '__filename', '__dirname'], { filename })(
    module.exports,
    createRequire(filename),
    module,
    filename,
    path.dirname(filename),
  );
  return module.exports;
}
