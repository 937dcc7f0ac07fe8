// Worker thread for large folders: reads and ingests batches of files, posts the FileResults back.
// Started by ingest-pool.ts (from one esbuild bundle of this file); runs the same ingestSeedFile as the main
// thread, so results are identical.

import { parentPort, workerData } from 'node:worker_threads';
import type { Knowledge } from '../common/dataset.ts';
import { ingestSeedFile, type SeedFile } from './ingest-files.ts';

export interface WorkerTask {
  batch: number;
  files: SeedFile[];
}

const knowledge = (workerData as { knowledge: Knowledge }).knowledge;

parentPort?.on('message', (task: WorkerTask) => {
  const results = task.files.map((file) => ingestSeedFile(file, knowledge));
  parentPort!.postMessage({ batch: task.batch, results });
});
