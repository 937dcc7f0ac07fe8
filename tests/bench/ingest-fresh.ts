// One ingest in a process of its own, as `npm run ingest` and the build run it: every thread starts cold.
// Run by bench-ingest.ts (`node --import tsx tests/bench/ingest-fresh.ts DIR`); prints one JSON line.

import { ingestFolder } from '../../src/node/load-seeds.ts';

const start = performance.now();
const cpu = process.cpuUsage();
const dataset = await ingestFolder(process.argv[2]!);
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({
    articles: dataset.articles.length,
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
  })}\n`,
);
