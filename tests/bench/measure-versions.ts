/**
 * CPU of the versions-of-one-story detector alone, for PERFORMANCE.md: `npx tsx --expose-gc
 * tests/bench/measure-versions.ts MODULE[,MODULE…] RUNS DATASET.json…` (datasets written by `npm run ingest`).
 * Several modules (e.g. the detector of two checkouts) run in turn in one process, so load on a shared machine hits
 * them alike; the datasets are parsed once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { findStoryVersions as Detector, VersionInput } from '../../src/ingest/story-versions.ts';

const [modules, runs, ...datasets] = process.argv.slice(2);
if (!modules || !runs || datasets.length === 0) {
  console.error('usage: measure-versions.ts MODULE[,MODULE…] RUNS DATASET.json…');
  process.exit(2);
}
const detectors = await Promise.all(
  modules.split(',').map(async (m) => {
    const mod = (await import(path.resolve(m))) as { findStoryVersions: typeof Detector };
    return [
      path.basename(path.dirname(path.resolve(m))) + '/' + path.basename(m),
      mod.findStoryVersions,
    ] as const;
  }),
);
const input: VersionInput[] = [];
for (const file of datasets) {
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as {
    articles: { id: string; date: string; paragraphs: string[]; title: string }[];
  };
  for (const a of dataset.articles)
    input.push({ id: a.id, date: a.date, paragraphs: a.paragraphs, title: a.title });
}
const gc = (globalThis as { gc?: () => void }).gc;
for (let run = 1; run <= Number(runs); run++) {
  for (const [name, detect] of detectors) {
    gc?.();
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    const groups = detect(input);
    const cpu = process.cpuUsage(cpu0);
    const ms = (cpu.user + cpu.system) / 1000;
    console.log(
      `${name} run ${run}: ${groups.length} groups, cpu ${ms.toFixed(0)} ms, wall ${(performance.now() - wall0).toFixed(0)} ms`,
    );
  }
}
