// Worker thread for large folders: reads and ingests batches of files, posts the FileResults back.
// Started by ingest-pool.ts (from one esbuild bundle of this file); runs the same ingestSeedFile as the main
// thread, so results are identical.

import { parentPort } from 'node:worker_threads';
import { emptyKnowledge, type Knowledge } from '../common/dataset.ts';
import { ingestSeedFile, type SeedFile } from './ingest-files.ts';

/** Each ingest first sends its corrections, then its batches; `run` tells one ingest's answers from another's. */
export type WorkerTask =
  { run: number; knowledge: Knowledge } | { run: number; batch: number; files: SeedFile[] };

let knowledge: Knowledge = emptyKnowledge;

parentPort?.on('message', (task: WorkerTask) => {
  if ('knowledge' in task) {
    knowledge = task.knowledge;
    return;
  }
  const results = task.files.map((file) => ingestSeedFile(file, knowledge));
  parentPort!.postMessage({ run: task.run, batch: task.batch, results });
});
