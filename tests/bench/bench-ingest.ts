// Ingest section of `npm run bench`: articles per second against the floor of merely reading and splitting
// the same files, single-thread and with worker threads, at 1,000 and 10,000 generated articles.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultWorkerCount } from '../../src/node/ingest-pool.ts';
import { ingestFolder, listSeeds } from '../../src/node/load-seeds.ts';
import { generateCorpus } from '../../src/node/gen-corpus.ts';

export interface IngestBenchRow {
  articles: number;
  megabytes: number;
  floorPerSecond: number;
  floorPerCpuSecond: number;
  singlePerSecond: number;
  /** Articles per CPU-second on one thread: what one core does when nothing else competes for it. */
  singlePerCpuSecond: number;
  singleRatio: number;
  /** Single-thread ingest CPU time over the floor's CPU time: the ratio a busy machine does not distort. */
  singleCpuRatio: number;
  /** Threads that ingest: the workers plus the main thread. */
  threads: number;
  /** Best of the runs in this process, whose workers are warm from its earlier runs. */
  workersPerSecond: number;
  workersRatio: number;
  /** One ingest in a fresh process (default options), as `npm run ingest` and the build see it: all threads cold. */
  freshPerSecond: number;
  freshRatio: number;
}

export interface BenchContext {
  /** Where corpora are cached and results written (bench-out/). */
  outDir: string;
  quick: boolean;
  log(line: string): void;
}

const CORPUS_SEED = 1;
// Bump when gen-corpus changes, so cached corpora are regenerated.
const CORPUS_VERSION = 2;

const isStamped = (dir: string, want: string) => {
  const stamp = path.join(dir, '.complete');
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === want;
};

/**
 * A cached generated corpus of n articles under outDir. Generated into a private folder and renamed into
 * place, so two benchmarks started at once never see (or delete) each other's half-written corpus.
 */
export function ensureCorpus(outDir: string, n: number, log: (line: string) => void): string {
  const dir = path.join(outDir, `corpus-${n}`);
  const want = JSON.stringify({ n, seed: CORPUS_SEED, version: CORPUS_VERSION });
  if (isStamped(dir, want)) return dir;
  const scratch = `${dir}.tmp-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  const start = performance.now();
  generateCorpus(n, scratch, CORPUS_SEED);
  writeFileSync(path.join(scratch, '.complete'), want);
  if (isStamped(dir, want)) {
    rmSync(scratch, { recursive: true, force: true }); // another run finished first: same files
  } else {
    rmSync(dir, { recursive: true, force: true });
    renameSync(scratch, dir);
  }
  log(`generated ${n} articles in ${((performance.now() - start) / 1000).toFixed(1)} s -> ${dir}`);
  return dir;
}

/** The floor: list the files, read and decode each, split into lines and paragraphs. Nothing else. */
async function floor(dir: string): Promise<{ files: number; bytes: number; pieces: number }> {
  const { files } = await listSeeds(dir);
  const decoder = new TextDecoder();
  let bytes = 0;
  let pieces = 0;
  for (const file of files) {
    const raw = readFileSync(file.abs);
    bytes += raw.length;
    const text = decoder.decode(raw);
    pieces += text.split('\n').length + text.split(/\n[ \t]*\n/).length;
  }
  return { files: files.length, bytes, pieces };
}

/** Best wall time of `runs`, and the CPU time (all threads) of that run: CPU time stays honest on a busy machine. */
async function timeIt<T>(
  fn: () => Promise<T>,
  runs: number,
): Promise<{ seconds: number; cpuSeconds: number; value: T }> {
  let best = Infinity;
  let cpuSeconds = 0;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    value = await fn();
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    if (seconds < best) {
      best = seconds;
      cpuSeconds = (used.user + used.system) / 1e6;
    }
  }
  return { seconds: best, cpuSeconds, value };
}

/** Wall seconds of one ingest of dir in a new Node process (tsx loaded before the clock starts). */
function freshIngest(dir: string): { articles: number; seconds: number } {
  const script = fileURLToPath(new URL('./ingest-fresh.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, dir], { encoding: 'utf8' });
  return JSON.parse(out) as { articles: number; seconds: number };
}

export async function benchIngest(ctx: BenchContext): Promise<IngestBenchRow[]> {
  const sizes = ctx.quick ? [1000] : [1000, 10000];
  // Worker threads besides the main thread, which ingests too: the same split `npm run ingest` uses.
  const workers = defaultWorkerCount();
  const rows: IngestBenchRow[] = [];
  for (const n of sizes) {
    const dir = ensureCorpus(ctx.outDir, n, ctx.log);
    const runs = ctx.quick ? 1 : n <= 1000 ? 3 : 2;
    await floor(dir); // warm the page cache so every measurement reads from memory
    const floorRun = await timeIt(() => floor(dir), runs);
    const single = await timeIt(() => ingestFolder(dir, { workers: 0 }), runs);
    const parallel = await timeIt(() => ingestFolder(dir, { workers }), runs);
    if (JSON.stringify(single.value) !== JSON.stringify(parallel.value)) {
      throw new Error(`worker and single-thread datasets differ at ${n} articles`);
    }
    const fresh = freshIngest(dir);
    const articles = single.value.articles.length;
    if (fresh.articles !== articles)
      throw new Error(`a fresh process ingested ${fresh.articles} of ${articles}`);
    const perSecond = (seconds: number) => Math.round(n / seconds);
    rows.push({
      articles,
      megabytes: Number((floorRun.value.bytes / 1e6).toFixed(1)),
      floorPerSecond: perSecond(floorRun.seconds),
      floorPerCpuSecond: perSecond(floorRun.cpuSeconds),
      singlePerSecond: perSecond(single.seconds),
      singlePerCpuSecond: perSecond(single.cpuSeconds),
      singleRatio: Number((single.seconds / floorRun.seconds).toFixed(2)),
      singleCpuRatio: Number((single.cpuSeconds / floorRun.cpuSeconds).toFixed(2)),
      threads: workers + 1,
      workersPerSecond: perSecond(parallel.seconds),
      workersRatio: Number((parallel.seconds / floorRun.seconds).toFixed(2)),
      freshPerSecond: perSecond(fresh.seconds),
      freshRatio: Number((fresh.seconds / floorRun.seconds).toFixed(2)),
    });
  }

  const table = [
    '| articles | MB | floor (read+split) art/s | art/CPU-s | ingest 1 thread art/s | art/CPU-s | × floor | × floor (CPU) | threads | ingest with workers art/s | × floor | fresh process art/s | × floor |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.articles.toLocaleString('en-US')} | ${r.megabytes} | ${r.floorPerSecond.toLocaleString('en-US')} | ` +
        `${r.floorPerCpuSecond.toLocaleString('en-US')} | ` +
        `${r.singlePerSecond.toLocaleString('en-US')} | ${r.singlePerCpuSecond.toLocaleString('en-US')} | ${r.singleRatio} | ${r.singleCpuRatio} | ${r.threads} | ` +
        `${r.workersPerSecond.toLocaleString('en-US')} | ${r.workersRatio} | ` +
        `${r.freshPerSecond.toLocaleString('en-US')} | ${r.freshRatio} |`,
    ),
  ];
  for (const line of table) ctx.log(line);
  mkdirSync(ctx.outDir, { recursive: true });
  writeFileSync(
    path.join(ctx.outDir, 'bench-ingest.json'),
    `${JSON.stringify({ section: 'ingest', quick: ctx.quick, rows, table: table.join('\n') }, null, 2)}\n`,
  );
  return rows;
}
