import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyKnowledge, type Knowledge } from '../common/dataset.ts';
import { generateCorpus } from './gen-corpus.ts';
import { ingestInWorkers, releaseIdleWorkers } from './ingest-pool.ts';
import { ingestFiles, listSeeds } from './load-seeds.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'readout-ingest-pool-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ingestInWorkers, run twice in one process', () => {
  it('reuses the warm workers of the first run, with the second run’s corrections, until released', async () => {
    const dir = path.join(root, 'twice');
    generateCorpus(150, dir, 11);
    const { files } = await listSeeds(dir);
    const plain = await ingestFiles(files, emptyKnowledge, { workers: 0 });
    // Corrections that change the output: the first person found is declared not a person.
    const name = plain.flatMap((r) => r.article?.people ?? [])[0]!.name;
    const corrected: Knowledge = { people: [], notPeople: [name] };
    const withCorrections = await ingestFiles(files, corrected, { workers: 0 });
    expect(withCorrections).not.toEqual(plain);

    const first = { workerBatches: 0, mainBatches: 0, reusedWorkers: -1 };
    expect(
      await ingestInWorkers(files, emptyKnowledge, { workers: 1, mainThreadWorks: false, stats: first }),
    ).toEqual(plain);
    const second = { workerBatches: 0, mainBatches: 0, reusedWorkers: -1 };
    expect(
      await ingestInWorkers(files, corrected, { workers: 1, mainThreadWorks: false, stats: second }),
    ).toEqual(withCorrections);
    expect(first.reusedWorkers).toBe(0);
    expect(second).toEqual({ workerBatches: first.workerBatches, mainBatches: 0, reusedWorkers: 1 });

    // Released (as the build does after its one ingest), the next run starts a new worker.
    releaseIdleWorkers();
    const third = { workerBatches: 0, mainBatches: 0, reusedWorkers: -1 };
    expect(
      await ingestInWorkers(files, corrected, { workers: 1, mainThreadWorks: false, stats: third }),
    ).toEqual(withCorrections);
    expect(third.reusedWorkers).toBe(0);
  }, 60_000); // several ingests; slow on a busy machine

  it('lets the process exit while its workers wait for another run', () => {
    const dir = path.join(root, 'exit');
    generateCorpus(60, dir, 12);
    const script = path.join(root, 'exit.mts');
    const pool = fileURLToPath(new URL('./ingest-pool.ts', import.meta.url));
    const seeds = fileURLToPath(new URL('./load-seeds.ts', import.meta.url));
    writeFileSync(
      script,
      `import { ingestInWorkers } from ${JSON.stringify(pool)};\n` +
        `import { listSeeds } from ${JSON.stringify(seeds)};\n` +
        `const { files } = await listSeeds(${JSON.stringify(dir)});\n` +
        `const results = await ingestInWorkers(files, { people: [], notPeople: [] }, { workers: 1, mainThreadWorks: false });\n` +
        `console.log(results.length);\n`,
    );
    // Hangs (and fails on the timeout) if an idle worker kept the event loop alive.
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(out.trim()).toBe('60');
  }, 60_000);
});
