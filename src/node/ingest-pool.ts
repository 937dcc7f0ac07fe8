// Runs ingestSeedFile over many files with worker threads *and* the main thread. The main thread starts at
// once and keeps taking batches, workers join as soon as they have loaded (~0.3 s: bundling, then the lexicon),
// so a folder never waits for workers to start, and if none can start (a bundler moved this file, esbuild
// missing) the main thread simply does all the work. Results come back in input order. Workers outlive the
// ingest that started them and serve the next one in the same process warm (see idleWorkers).

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Knowledge } from '../common/dataset.ts';
import type { FileResult } from '../ingest/ingest.ts';
import type { TermTable } from '../site/search-index/count-terms.ts';
import { ingestSeedFile, type SeedFile } from './ingest-files.ts';
import { packArticleText } from './pack-text.ts';
import type { WorkerReply, WorkerTask } from './ingest-worker.ts';
import { bundleWorker, workerExecArgv } from './worker-bundle.ts';

/** Files per message: large enough to amortise messaging, small enough to balance the load and report progress. */
const BATCH_SIZE = 100;
/**
 * The last files go in small batches, so the threads finish together: at the end one thread otherwise waits
 * for (or redoes) another's batch of 100, ~40 ms of a 4-second ingest of 10,000 files.
 */
const TAIL_FILES = 400;
const TAIL_BATCH_SIZE = 25;
/**
 * Batches queued per worker. The main thread hands out batches only between its own (~40 ms each), so a
 * worker holds one to run and two to go on with until the main thread looks again.
 */
const IN_FLIGHT = 3;

/** Worker threads besides the main thread, which works too: cores - 1. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** ingest-worker.ts as one script (see bundleWorker). */
const bundledWorker = () => bundleWorker(new URL('./ingest-worker.ts', import.meta.url));

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Workers left from earlier ingests of this process, ready for the next one. A fresh worker runs its first
 * ~1,000 files 5-10× slower than a warm one while V8 compiles its code (~1.5 CPU-s at 10,000 files, most of what
 * kept two threads at ~1.25× one), so the dev server's full rebuilds and the bench's repeated runs reuse them.
 * Unref'd while idle, so they never keep the process alive, and ended after IDLE_MS, so a forgotten one does not
 * hold its ~60 MB for long (nor pile up when the dev server reloads this module).
 */
const idleWorkers: Worker[] = [];
const IDLE_MS = 30_000;
const idleTimers = new Map<Worker, NodeJS.Timeout>();

function park(worker: Worker): void {
  worker.unref();
  idleWorkers.push(worker);
  idleTimers.set(worker, setTimeout(() => void worker.terminate(), IDLE_MS).unref());
}

function takeIdle(): Worker | undefined {
  const worker = idleWorkers.shift();
  if (worker) {
    clearTimeout(idleTimers.get(worker));
    idleTimers.delete(worker);
  }
  return worker;
}

/** Ends the idle workers now, for a process that will not ingest again (the build, after its one ingest). */
export function releaseIdleWorkers(): void {
  for (let worker = takeIdle(); worker; worker = takeIdle()) void worker.terminate();
}

/** Numbers each ingest, so a reused worker's late answer to an earlier ingest is ignored. */
let lastRun = 0;
/** Workers prepareWorkers is still bundling for. */
let preparing = 0;

function spawnWorker(code: string): Worker | null {
  let worker: Worker;
  try {
    worker = new Worker(code, { eval: true, execArgv: workerExecArgv() });
  } catch {
    return null;
  }
  // A worker that dies while idle leaves the reserve.
  worker.on('exit', () => {
    const at = idleWorkers.indexOf(worker);
    if (at >= 0) idleWorkers.splice(at, 1);
    clearTimeout(idleTimers.get(worker));
    idleTimers.delete(worker);
  });
  worker.on('error', () => undefined); // reported to the ingest using it through 'exit'
  return worker;
}

/**
 * Starts loading `count` workers (minus those already idle) before their ingest is called, e.g. while the seeds
 * folder is still being listed: bundling and loading take ~0.1-0.5 s that the listing then hides.
 */
export function prepareWorkers(count: number = defaultWorkerCount()): void {
  const missing = count - idleWorkers.length - preparing;
  if (missing <= 0) return;
  preparing += missing;
  void bundledWorker().then((code) => {
    preparing -= missing;
    for (let w = 0; code && w < missing; w++) {
      const worker = spawnWorker(code);
      if (!worker) break;
      park(worker);
    }
  });
}

/** Ingests `files` with `workers` worker threads plus the main thread; same results as the main thread alone. */
export async function ingestInWorkers(
  files: SeedFile[],
  knowledge: Knowledge,
  opts: {
    workers?: number;
    onProgress?: (done: number, total: number) => void;
    /** false: the main thread only waits (tests use it to make the workers do every batch). */
    mainThreadWorks?: boolean;
    /** Filled with who did how many batches (for tests and the bench). */
    stats?: { workerBatches: number; mainBatches: number; reusedWorkers?: number };
    /** Also count every article's search-index terms (each thread while it has the text) into this table. */
    termTable?: TermTable;
  } = {},
): Promise<FileResult[]> {
  const batches: SeedFile[][] = [];
  for (let i = 0; i < files.length;) {
    const size = files.length - i > TAIL_FILES ? BATCH_SIZE : TAIL_BATCH_SIZE;
    batches.push(files.slice(i, i + size));
    i += size;
  }
  const results: (FileResult[] | undefined)[] = new Array(batches.length);
  const pending: number[] = batches.map((_, i) => i).reverse(); // a stack: pop() takes the lowest index
  let filesDone = 0;
  let batchesDone = 0;
  let wake: (() => void) | null = null;

  const complete = (batch: number, batchResults: FileResult[]) => {
    if (results[batch]) return;
    packArticleText(batchResults);
    results[batch] = batchResults;
    batchesDone++;
    filesDone += batchResults.length;
    opts.onProgress?.(filesDone, files.length);
    wake?.();
  };

  const termTable = opts.termTable;
  const mainThreadWorks = opts.mainThreadWorks ?? true;
  const limit = mainThreadWorks ? batches.length - 1 : batches.length;
  const count = Math.max(0, Math.min(opts.workers ?? defaultWorkerCount(), limit));
  const run = ++lastRun;
  let live = 0;
  /** Workers of this ingest, with the listeners to remove when it ends. */
  const pool: { worker: Worker; detach: () => void; gone: () => boolean }[] = [];
  /** Batches sent to a worker and not yet back, newest last. */
  const outstanding = new Set<number>();
  let closed = false;
  const enlist = (worker: Worker) => {
    worker.ref();
    live++;
    const sender = termTable?.newSender() ?? -1;
    const inFlight = new Set<number>();
    worker.postMessage({
      run,
      knowledge,
      countTerms: termTable !== undefined,
      countPairs: termTable?.countsPairs ?? false,
    } satisfies WorkerTask);
    const feed = () => {
      while (inFlight.size < IN_FLIGHT && pending.length > 0) {
        const batch = pending.pop()!;
        inFlight.add(batch);
        outstanding.add(batch);
        worker.postMessage({ run, batch, files: batches[batch]! } satisfies WorkerTask);
      }
    };
    const onMessage = (message: WorkerReply) => {
      if (message.run !== run) return; // a batch an earlier ingest no longer needed
      // Even a batch already done elsewhere: its new terms extend the worker's dictionary for the next ones.
      termTable?.receive(sender, message.results, message.terms);
      inFlight.delete(message.batch);
      outstanding.delete(message.batch);
      if (opts.stats && !results[message.batch]) opts.stats.workerBatches++;
      complete(message.batch, message.results);
      feed();
    };
    // A worker that fails (to start, or later) hands its batches back; the others and the main thread go on.
    const giveBack = () => {
      for (const batch of inFlight) {
        outstanding.delete(batch);
        if (!results[batch]) pending.push(batch);
      }
      inFlight.clear();
      pending.sort((x, y) => y - x);
      wake?.();
    };
    let gone = false;
    const onGone = () => {
      if (!gone) live--;
      gone = true;
      giveBack();
    };
    worker.on('message', onMessage);
    worker.on('error', onGone);
    worker.on('exit', onGone);
    pool.push({
      worker,
      detach: () => {
        worker.off('message', onMessage);
        worker.off('error', onGone);
        worker.off('exit', onGone);
      },
      gone: () => gone,
    });
    // A new worker's first batches wait in its port while it loads, so it starts work the moment it is ready.
    feed();
  };
  // Idle workers start at once; the main thread does not wait for the bundle: it ingests meanwhile, and new
  // workers join when it is ready (taking first any that prepareWorkers started meanwhile).
  let enlisted = 0;
  for (; enlisted < count && idleWorkers.length > 0; enlisted++) enlist(takeIdle()!);
  if (opts.stats) opts.stats.reusedWorkers = enlisted;
  const started =
    enlisted < count
      ? bundledWorker().then((code) => {
          for (; code && !closed && enlisted < count; enlisted++) {
            const worker = takeIdle() ?? spawnWorker(code);
            if (!worker) break;
            enlist(worker);
          }
        })
      : Promise.resolve();
  if (!mainThreadWorks) await started;

  try {
    while (batchesDone < batches.length) {
      if (!mainThreadWorks && live > 0) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      let batch = pending.pop();
      // Nothing left to hand out: rather than idle, redo the last batch a (slower) worker still holds.
      // Whichever finishes first counts; both give the same result.
      if (batch === undefined) {
        const stealable = [...outstanding].filter((b) => !results[b]);
        batch = stealable[stealable.length - 1];
        if (batch !== undefined) outstanding.delete(batch);
      }
      if (batch !== undefined) {
        const done = batches[batch]!.map((file) => ingestSeedFile(file, knowledge));
        termTable?.count(done);
        if (opts.stats && !results[batch]) opts.stats.mainBatches++;
        complete(batch, done);
        await nextTick(); // let worker messages in
      } else {
        // Everything left is in a worker's hands: wait for a result or a batch handed back.
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    }
  } finally {
    closed = true;
    // Live workers wait for the next ingest; a batch they still run for this one is answered and ignored.
    for (const { worker, detach, gone } of pool) {
      detach();
      if (!gone()) park(worker);
    }
  }
  return results.flatMap((r) => r!);
}
