// npm run bench [-- --quick] [--only SECTION]
// Runs each benchmark section in turn — ingest (articles/s against the read-and-split floor), then the site
// (build, page and search bytes and latency in Chromium, Pagefind side by side, Lighthouse) — and writes
// bench-out/bench.json with the machine it ran on.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { benchIngest, type BenchContext } from './bench-ingest.ts';
import { runSiteBench } from './bench-site.ts';
import { runIfMain } from '../../src/node/run-main.ts';

export interface BenchSection {
  name: string;
  run(ctx: BenchContext): Promise<unknown>;
}

const SECTIONS: BenchSection[] = [
  { name: 'ingest', run: benchIngest },
  {
    name: 'site',
    run: ({ outDir, quick, log }) =>
      runSiteBench({ sizes: quick ? [1000] : [1000, 10000, 100000], outDir, quick, log }),
  },
];

export function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

export async function runBench(opts: {
  quick: boolean;
  only?: string;
  outDir: string;
  log(line: string): void;
}) {
  const results: Record<string, unknown> = {};
  for (const section of SECTIONS) {
    if (opts.only && section.name !== opts.only) continue;
    opts.log(`\n## ${section.name}${opts.quick ? ' (quick)' : ''}`);
    results[section.name] = await section.run({ outDir: opts.outDir, quick: opts.quick, log: opts.log });
  }
  const report = { date: new Date().toISOString(), quick: opts.quick, machine: machine(), results };
  mkdirSync(opts.outDir, { recursive: true });
  writeFileSync(path.join(opts.outDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;
  if (only && !SECTIONS.some((s) => s.name === only)) {
    process.stderr.write(
      `error: unknown section "${only}"; sections: ${SECTIONS.map((s) => s.name).join(', ')}\n`,
    );
    return 2;
  }
  const m = machine();
  process.stdout.write(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}\n`);
  await runBench({ quick, only, outDir: 'bench-out', log: (line) => process.stdout.write(`${line}\n`) });
  return 0;
}

runIfMain(import.meta.url, main);
