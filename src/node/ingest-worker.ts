// Worker thread for large folders: reads and ingests batches of files, posts the FileResults back.
// Started by ingest-pool.ts (from one esbuild bundle of this file); runs the same ingestSeedFile as the main
// thread, so results are identical.

import { parentPort } from 'node:worker_threads';
import { emptyKnowledge, type Knowledge } from '../common/dataset.ts';
import type { FileResult } from '../ingest/ingest.ts';
import { BatchCounter, type PackedCounts } from '../site/search-index/count-terms.ts';
import { ingestSeedFile, type SeedFile } from './ingest-files.ts';

/**
 * Each ingest first sends its corrections (and whether to count index terms, and their pairs), then its batches; `run` tells one
 * ingest's answers from another's.
 */
export type WorkerTask =
  | { run: number; knowledge: Knowledge; countTerms: boolean; countPairs: boolean }
  | { run: number; batch: number; files: SeedFile[] };

/** A batch's answer: its results, and their index terms when this ingest counts them. */
export interface WorkerReply {
  run: number;
  batch: number;
  results: FileResult[];
  terms: PackedCounts | null;
}

let knowledge: Knowledge = emptyKnowledge;
// The articles' search-index terms, counted against a dictionary of this thread's, new for each ingest (its
// receiving table is; see count-terms.ts).
let counter: BatchCounter | null = null;

parentPort?.on('message', (task: WorkerTask) => {
  if ('knowledge' in task) {
    knowledge = task.knowledge;
    counter = task.countTerms ? new BatchCounter(undefined, task.countPairs) : null;
    return;
  }
  const results = task.files.map((file) => ingestSeedFile(file, knowledge));
  const terms = counter?.countBatch(results.map((result) => result.article)) ?? null;
  parentPort!.postMessage(
    { run: task.run, batch: task.batch, results, terms } satisfies WorkerReply,
    terms ? [terms.counts.buffer, terms.words.buffer, ...(terms.pairs ? [terms.pairs.buffer] : [])] : [],
  );
});
