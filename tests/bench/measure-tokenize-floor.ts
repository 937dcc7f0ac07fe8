// The tokenize floor of issue 4: read every seed of a corpus, then cut each into lower-case words once with a plain
// word tokenizer (no stop words, no accents, no Han bigrams). The build's ingest and search-index part is measured
// against this. Prints MB, seconds and MB/s, wall and CPU (process.cpuUsage), per round.
//   npx tsx tests/bench/measure-tokenize-floor.ts CORPUS_DIR [ROUNDS]
import { readFileSync } from 'node:fs';
import { listSeeds } from '../../src/node/load-seeds.ts';

const dir = process.argv[2];
const rounds = Number(process.argv[3] ?? 3);
if (!dir) throw new Error('usage: measure-tokenize-floor.ts CORPUS_DIR [ROUNDS]');

const word = /[\p{L}\p{N}]+/gu;

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const { files } = await listSeeds(dir);
const readWall = performance.now();
const readCpu = process.cpuUsage();
const texts = files.map((file) => readFileSync(file.abs, 'utf8'));
const readSeconds = (performance.now() - readWall) / 1000;
const readCpuSeconds = cpuSeconds(readCpu);
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
console.log(
  `${files.length.toLocaleString('en-US')} files, ${megabytes.toFixed(1)} MB; read ${readSeconds.toFixed(2)} s (CPU ${readCpuSeconds.toFixed(2)} s)`,
);

for (let round = 1; round <= rounds; round++) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  let tokens = 0;
  for (const text of texts) tokens += text.toLowerCase().match(word)?.length ?? 0;
  const seconds = (performance.now() - wall) / 1000;
  const cpuUsed = cpuSeconds(cpu);
  console.log(
    `round ${round}: ${tokens.toLocaleString('en-US')} tokens in ${seconds.toFixed(2)} s (CPU ${cpuUsed.toFixed(2)} s): ` +
      `${(megabytes / seconds).toFixed(1)} MB/s, ${(megabytes / cpuUsed).toFixed(1)} MB/CPU-s`,
  );
}
