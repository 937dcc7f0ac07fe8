// The file-system edge of ingest: walk a seeds folder, read files, hand bytes to the pure core.
// Used by the CLI (ingestFolder) and by the Vite plugin (createSeedIngestor, incremental in `npm run dev`).

import { readFileSync, realpathSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { emptyKnowledge, type Dataset, type IngestWarning, type Knowledge } from '../common/dataset.ts';
import { buildDataset, type FileResult } from '../ingest/ingest.ts';
import { parseKnowledge } from '../ingest/knowledge.ts';
import { TermTable } from '../site/search-index/count-terms.ts';
import { ingestSeedFile, type SeedFile } from './ingest-files.ts';
import { ingestInWorkers, prepareWorkers } from './ingest-pool.ts';

/** The corrections file, read from the top of the seeds folder. */
const KNOWLEDGE_FILE = 'people.json';

/**
 * Below this many files workers do not pay. Measured (2 cores, 10,000 generated articles): one thread spends
 * ~0.6-0.8 ms CPU per article; a worker is ready after ~0.3 s (bundled once per process, see ingest-pool.ts) but
 * starts cold, so its first batches run slowly until its JIT warms up, and the pool costs extra CPU (cloning
 * results, the last batches done twice). At 1,000 files a worker still cost about twice the CPU and more wall time (busy machine, warm main thread).
 */
const WORKER_MIN_FILES = 2000;

export interface IngestOptions {
  onProgress?(done: number, total: number): void;
  /** Worker threads: 'auto' (default) uses them for large folders; 0 forces the main thread. */
  workers?: number | 'auto';
  /** With workers: whether the main thread ingests too (default true; tests turn it off). */
  mainThreadWorks?: boolean;
  /**
   * Also count each article's search-index terms while its text is at hand, in the ingest's threads
   * (Dataset.indexTerms): the site build's search index then skips its own tokenizing pass.
   */
  countIndexTerms?: boolean;
}

export interface SeedListing {
  files: SeedFile[];
  /** Absolute path of people.json when present. */
  knowledgePath: string | null;
  warnings: IngestWarning[];
}

const byString = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
// NFC: macOS writes names decomposed; the same folder must give the same paths, ids and slugs everywhere.
const toRel = (dir: string, abs: string) =>
  path.relative(dir, abs).split(path.sep).join('/').normalize('NFC');
const isTxt = (name: string) => name.toLowerCase().endsWith('.txt');
// Hidden files and folders (.git, .DS_Store) and node_modules are never articles.
const isIgnored = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * Every *.txt file under dir (any case of the extension), sorted by relative path. Symbolic links are followed,
 * but each real folder is walked once, so link loops end. Other files are ignored.
 */
export async function listSeeds(
  dir: string,
  /** Called as files are found, with the count so far (before sorting and the linked folders' files). */
  onFound?: (count: number) => void,
): Promise<SeedListing> {
  const root = path.resolve(dir);
  const files: SeedFile[] = [];
  const warnings: IngestWarning[] = [];
  const visited = new Set<string>([realpathSync(root)]);
  const linkedDirs: string[] = [];

  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    entries.sort((x, y) => byString(x.name, y.name));
    for (const entry of entries) {
      if (isIgnored(entry.name)) continue;
      const abs = path.join(current, entry.name);
      if (entry.isDirectory()) {
        const real = realpathSync(abs);
        if (visited.has(real)) continue;
        visited.add(real);
        await walk(abs);
      } else if (entry.isSymbolicLink()) {
        let target;
        try {
          target = await stat(abs);
        } catch {
          if (isTxt(entry.name)) {
            warnings.push({
              file: toRel(root, abs),
              line: 1,
              message: 'could not be read: a broken symbolic link; file skipped',
            });
          }
          continue;
        }
        // Real folders first, so a file reached both ways keeps its real path.
        if (target.isDirectory()) linkedDirs.push(abs);
        else if (target.isFile() && isTxt(entry.name)) files.push({ abs, rel: toRel(root, abs) });
      } else if (entry.isFile() && isTxt(entry.name)) {
        files.push({ abs, rel: toRel(root, abs) });
      } else {
        continue;
      }
      onFound?.(files.length);
    }
  };

  await walk(root);
  while (linkedDirs.length > 0) {
    const link = linkedDirs.shift()!;
    let real: string;
    try {
      real = realpathSync(link);
    } catch {
      continue;
    }
    if (visited.has(real)) continue;
    visited.add(real);
    await walk(link);
  }
  files.sort((x, y) => byString(x.rel, y.rel));
  const knowledgeAbs = path.join(root, KNOWLEDGE_FILE);
  let knowledgePath: string | null = null;
  try {
    if ((await stat(knowledgeAbs)).isFile()) knowledgePath = knowledgeAbs;
  } catch {
    // No corrections file: the common case.
  }
  return { files, knowledgePath, warnings };
}

/** people.json, parsed; problems become warnings naming it. */
function loadKnowledge(knowledgePath: string | null): {
  knowledge: Knowledge;
  warnings: IngestWarning[];
} {
  if (!knowledgePath) return { knowledge: emptyKnowledge, warnings: [] };
  let text: string;
  try {
    text = readFileSync(knowledgePath, 'utf8');
  } catch (error) {
    return {
      knowledge: emptyKnowledge,
      warnings: [
        {
          file: KNOWLEDGE_FILE,
          line: 1,
          message: `could not be read (${(error as Error).message}); no corrections applied`,
        },
      ],
    };
  }
  return parseKnowledge(text, KNOWLEDGE_FILE);
}

/** Ingests files in order, in the main thread, yielding now and then so a dev server stays responsive. */
async function ingestInThread(
  files: SeedFile[],
  knowledge: Knowledge,
  onProgress?: (done: number, total: number) => void,
  termTable?: TermTable,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  let counted = 0;
  for (let i = 0; i < files.length; i++) {
    results.push(ingestSeedFile(files[i]!, knowledge));
    if ((i + 1) % 250 === 0 || i + 1 === files.length) {
      termTable?.count(results.slice(counted));
      counted = results.length;
      onProgress?.(i + 1, files.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return results;
}

function usesWorkers(files: number, workers: number | 'auto'): boolean {
  return workers === 'auto' ? files >= WORKER_MIN_FILES && availableParallelism() > 1 : workers > 0;
}

/** Ingests files with workers when it pays, else in-thread; the results are the same either way. */
export async function ingestFiles(
  files: SeedFile[],
  knowledge: Knowledge,
  opts: IngestOptions = {},
  termTable?: TermTable,
): Promise<FileResult[]> {
  const workers = opts.workers ?? 'auto';
  if (usesWorkers(files.length, workers)) {
    const count = workers === 'auto' ? undefined : workers;
    try {
      const results = await ingestInWorkers(files, knowledge, {
        workers: count,
        onProgress: opts.onProgress,
        termTable,
      });
      if (results) return results;
    } catch {
      // A worker died mid-way (out of memory, killed): the main thread still gets the job done.
    }
  }
  return ingestInThread(files, knowledge, opts.onProgress, termTable);
}

/** Ingest every article under dir into a dataset. Rejects only when dir itself cannot be read. */
export async function ingestFolder(dir: string, opts: IngestOptions = {}): Promise<Dataset> {
  return createSeedIngestor(dir, opts).full();
}

export interface SeedIngestor {
  /** Walk and ingest everything (again). */
  full(): Promise<Dataset>;
  /**
   * Re-read only the given changed, added or removed files (absolute paths) and rebuild the dataset from the
   * cached results of the others. A change to people.json re-ingests everything.
   */
  update(changedAbsPaths: string[]): Promise<Dataset>;
}

export function createSeedIngestor(dir: string, opts: IngestOptions = {}): SeedIngestor {
  const root = path.resolve(dir);
  const cache = new Map<string, FileResult>();
  let listingWarnings: IngestWarning[] = [];
  let knowledgePath: string | null = null;
  let knowledge: Knowledge = emptyKnowledge;
  let knowledgeWarnings: IngestWarning[] = [];
  let ready = false;
  // Its dictionary only grows, so the counts of files not ingested again stay valid; a full ingest starts anew.
  let termTable: TermTable | undefined;

  const assemble = (): Dataset => {
    const extra: FileResult[] = [];
    if (knowledgeWarnings.length > 0)
      extra.push({ file: KNOWLEDGE_FILE, article: null, warnings: knowledgeWarnings });
    for (const w of listingWarnings) extra.push({ file: w.file, article: null, warnings: [w] });
    const dataset = buildDataset([...cache.values(), ...extra], knowledge);
    // A copy: a later update changes the table while this dataset's deferred search index may still be built.
    if (termTable) dataset.indexTerms = new Map(termTable.byFile);
    return dataset;
  };

  const full = async (): Promise<Dataset> => {
    // Workers load while the rest of the folder is listed, once it is clear that they will be used.
    const workers = opts.workers ?? 'auto';
    const listing = await listSeeds(root, (count) => {
      if (count === WORKER_MIN_FILES && usesWorkers(count, workers))
        prepareWorkers(workers === 'auto' ? undefined : workers);
    });
    listingWarnings = listing.warnings;
    knowledgePath = listing.knowledgePath;
    ({ knowledge, warnings: knowledgeWarnings } = loadKnowledge(knowledgePath));
    termTable = opts.countIndexTerms ? new TermTable() : undefined;
    termTable?.expectFiles(listing.files.length);
    const results = await ingestFiles(listing.files, knowledge, opts, termTable);
    termTable?.completePairs(results);
    cache.clear();
    for (const result of results) cache.set(result.file, result);
    ready = true;
    return assemble();
  };

  const update = async (changedAbsPaths: string[]): Promise<Dataset> => {
    if (!ready) return full();
    const changed: SeedFile[] = [];
    for (const changedPath of changedAbsPaths) {
      const abs = path.resolve(changedPath);
      const rel = toRel(root, abs);
      if (rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) continue;
      if (rel === KNOWLEDGE_FILE) return full();
      if (rel.split('/').some(isIgnored)) continue;
      let kind: 'file' | 'dir' | 'gone';
      try {
        const info = await stat(abs);
        kind = info.isDirectory() ? 'dir' : 'file';
      } catch {
        kind = 'gone';
      }
      if (kind === 'dir') return full(); // a folder appeared or was renamed in: cheaper to walk than to guess
      if (kind === 'gone') {
        // A removed file, or a removed folder: drop everything under it.
        cache.delete(rel);
        const prefix = `${rel}/`;
        for (const key of [...cache.keys()]) if (key.startsWith(prefix)) cache.delete(key);
        listingWarnings = listingWarnings.filter((w) => w.file !== rel && !w.file.startsWith(prefix));
        continue;
      }
      if (isTxt(abs)) changed.push({ abs, rel });
    }
    const results = await ingestFiles(changed, knowledge, { ...opts, onProgress: undefined }, termTable);
    for (const result of results) cache.set(result.file, result);
    return assemble();
  };

  // The dev server may report changes while a rebuild runs: run one at a time, in order, over one cache.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  return { full: () => serial(full), update: (paths) => serial(() => update(paths)) };
}
