// The build's data phase split into its parts, each with wall and CPU time (process.cpuUsage, worker threads
// included): the ingest, the static JSON other than the search index, the search index, and (with --write) the
// same files written through the build's file sink into a fresh folder. Times the search index apart through
// buildSiteData's deferSearchIndex hook, so the files are those of a build.
//   npx tsx tests/bench/measure-data-phases.ts CORPUS_DIR [--dataset FILE] [--rounds N] [--write DIR]
//     [--index-thread] [--hashes FILE] [--only index] [--no-index-terms]
// --dataset caches the ingested dataset (v8 serialization) in FILE, so A/B runs of the data phase skip the ingest;
// --hashes writes "sha1 path" of every data file to FILE (to check that a change leaves the output byte-identical).
// The ingest counts the search index's terms as the build's does (Dataset.indexTerms, kept in the --dataset cache);
// --no-index-terms leaves them out, so the index tokenizes every document itself. --index-thread builds and writes
// the search index in its own thread during --write, as the build does (search-index-thread.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Dataset } from '../../src/common/dataset.ts';
import { buildSiteData } from '../../src/site/build-site-data.ts';
import { createSeedIngestor } from '../../src/node/load-seeds.ts';
import { createFileSink } from '../../src/node/write-files.ts';
import { startSearchIndexThread } from '../../src/node/search-index-thread.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const datasetFile = option('--dataset');
const rounds = Number(option('--rounds') ?? 1);
const writeDir = option('--write');
const hashesFile = option('--hashes');
const only = option('--only');
const indexThread = args.includes('--index-thread');
if (indexThread) args.splice(args.indexOf('--index-thread'), 1);
const noIndexTerms = args.includes('--no-index-terms');
if (noIndexTerms) args.splice(args.indexOf('--no-index-terms'), 1);
const corpus = args[0];
if (!corpus)
  throw new Error('usage: measure-data-phases.ts CORPUS_DIR [--dataset FILE] [--rounds N] [--write DIR]');

interface Timing {
  wall: number;
  cpu: number;
}
const time = <T>(run: () => T): [T, Timing] => {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return [result, { wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 }];
};
const show = ({ wall, cpu }: Timing) => `${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU`;
const peak = () => `${(process.resourceUsage().maxRSS / 1e6).toFixed(2)} GB peak RSS`;

let dataset: Dataset;
if (datasetFile && existsSync(datasetFile)) {
  const [loaded, took] = time(() => deserialize(readFileSync(datasetFile)) as Dataset);
  dataset = loaded;
  if (noIndexTerms) delete dataset.indexTerms;
  console.log(`dataset loaded from ${datasetFile}: ${show(took)}`);
} else {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  dataset = await createSeedIngestor(corpus, { countIndexTerms: !noIndexTerms }).full();
  const used = process.cpuUsage(cpu);
  console.log(
    `ingest: ${dataset.articles.length} articles, ${show({ wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 })}`,
  );
  if (datasetFile) writeFileSync(datasetFile, serialize(dataset));
}

for (let round = 1; round <= rounds; round++) {
  let searchBuild: (() => Map<string, string>) | null = null;
  const hashes: string[] = [];
  let otherFiles = 0;
  let otherChars = 0;
  const keep = (path: string, text: string) => {
    if (hashesFile) hashes.push(`${createHash('sha1').update(text).digest('hex')} ${path}`);
  };
  if (only !== 'index') {
    const [, other] = time(() =>
      buildSiteData(dataset, { deferSearchIndex: (build) => (searchBuild = build) }, (path, text) => {
        otherFiles++;
        otherChars += text.length;
        keep(path, text);
      }),
    );
    console.log(
      `round ${round}: other JSON: ${otherFiles} files, ${(otherChars / 1e6).toFixed(1)} M chars, ${show(other)}`,
    );
  } else {
    buildSiteData(dataset, { deferSearchIndex: (build) => (searchBuild = build) }, () => undefined);
  }
  const [searchFiles, search] = time(() => searchBuild!());
  let searchChars = 0;
  for (const [path, text] of searchFiles) {
    searchChars += text.length;
    keep(path, text);
  }
  console.log(
    `round ${round}: search index: ${searchFiles.size} files, ${(searchChars / 1e6).toFixed(1)} M chars, ${show(search)}; ${peak()}`,
  );
  if (hashesFile) writeFileSync(hashesFile, hashes.sort().join('\n') + '\n');
}

if (writeDir) {
  // The build's own path: every file through the sink while it is computed (a fresh folder each time).
  rmSync(writeDir, { recursive: true, force: true });
  mkdirSync(writeDir, { recursive: true });
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const sink = createFileSink(writeDir);
  const searchThread = indexThread ? await startSearchIndexThread(writeDir) : null;
  if (indexThread && !searchThread) throw new Error('the search index thread could not start');
  // The build id hashed by the writer thread, as the build does.
  buildSiteData(
    dataset,
    { searchIndexElsewhere: searchThread?.start, buildIdOfEmitted: () => sink.digest() },
    (path, text) => sink.write(path, text),
  );
  const computed = (performance.now() - wall) / 1000;
  const written = await sink.close();
  const search = await searchThread?.finished();
  const used = process.cpuUsage(cpu);
  console.log(
    `written: ${sink.files.length + (search?.paths.length ?? 0)} files, ${((written.bytes + (search?.bytes ?? 0)) / 1e6).toFixed(1)} MB, ${show({ wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 })} ` +
      `(computing done after ${computed.toFixed(2)} s); ${peak()}`,
  );
}
