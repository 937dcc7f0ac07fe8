// A fair A/B of the extraction: `extractEntities` of two trees, each bundled with esbuild as the ingest workers run
// it, each in a worker thread of its own (its own V8 isolate: two bundles in one isolate differ by 1.15–1.66× by load
// order alone, PERFORMANCE.md "Session 34 (perf35)"), over the same held articles. A third worker runs a second copy
// of A's bundle: its ratio to A is the A/A control, the spread any B/A has to beat. Each worker decodes and parses the
// same files' bytes once with its own bundle, runs warm-up passes, then the passes alternate (the three workers' order
// rotated each round, one worker at a time, the others idle). A pass's figure is CPU µs an article (process.cpuUsage
// around the pass: the whole process's CPU, the idle threads add nothing) and wall µs. Prints per round, then medians
// and each ratio's median and range, and whether A and B gave the same output (a hash of every extraction).
//   npx tsx tests/bench/ab-extract.ts A B --corpus DIR [--corpus DIR …] [--files 3000] [--rounds 8] [--warm 2]
// A and B are directories holding a tree of this project (a worktree: its src/ingest is bundled) or git revisions of
// this repository (their src/ is written into a temporary folder with `git archive`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { listSeeds } from '../../src/node/load-seeds.ts';

interface Esbuild {
  build(options: object): Promise<{ outputFiles: { text: string }[] }>;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const corpora = args.flatMap((arg, i) => (args[i - 1] === '--corpus' ? [arg] : []));
const [sideA, sideB] = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const fileCount = option('--files', 3000);
const rounds = option('--rounds', 8);
const warm = option('--warm', 2);
if (!sideA || !sideB || corpora.length === 0) {
  throw new Error(
    'usage: ab-extract.ts A B --corpus DIR [--corpus DIR …] [--files N] [--rounds N] [--warm N]',
  );
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'ab-extract-'));

/** The root of a tree: the directory itself, or a git revision's src/ written out under scratch. */
function treeRoot(side: string, name: string): string {
  if (existsSync(join(side, 'src/ingest/extract-people.ts'))) return resolve(side);
  const root = join(scratch, name);
  execFileSync('sh', ['-c', `mkdir -p "${root}" && git archive "$0" src | tar -x -C "${root}"`, side], {
    cwd: repo,
  });
  return root;
}

/** One CommonJS bundle of a tree's extraction, decoder and parser, as ingest-worker.ts's bundle holds them. */
async function bundle(root: string, out: string): Promise<string> {
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const esbuild = createRequire(tsxPackage)('esbuild') as Esbuild;
  const entry = `${out}.entry.ts`;
  writeFileSync(
    entry,
    `export { extractEntities } from '${root}/src/ingest/extract-people.ts';\n` +
      `export { decodeText } from '${root}/src/ingest/decode-text.ts';\n` +
      `export { parseArticle } from '${root}/src/ingest/parse-article.ts';\n`,
  );
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    nodePaths: [join(repo, 'node_modules')],
  });
  writeFileSync(out, result.outputFiles[0]!.text);
  return out;
}

// The worker: loads one bundle, parses the files' bytes once, answers 'hash' (of one pass's extractions) and 'pass'.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const m = require(workerData.bundle);
const knowledge = { people: [], notPeople: [] };
const articles = [];
for (const bytes of workerData.files) {
  const decoded = m.decodeText(bytes);
  if (decoded.text === null) continue;
  const parsed = m.parseArticle(decoded.text);
  if (parsed.article) articles.push(parsed.article);
}
parentPort.on('message', (message) => {
  if (message === 'hash') {
    const hash = createHash('sha1');
    for (const article of articles) hash.update(JSON.stringify(m.extractEntities(article, knowledge)));
    return parentPort.postMessage({ articles: articles.length, hash: hash.digest('hex') });
  }
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (const article of articles) m.extractEntities(article, knowledge);
  const used = process.cpuUsage(cpu);
  parentPort.postMessage({ cpu: (used.user + used.system) / articles.length, wall: ((performance.now() - wall) * 1000) / articles.length });
});
`;

interface Pass {
  cpu: number;
  wall: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const range = (values: number[]) => `${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)}`;
const load = () => loadavg()[0]!.toFixed(1);

const rootA = treeRoot(sideA, 'A');
const rootB = treeRoot(sideB, 'B');
const bundleA = await bundle(rootA, join(scratch, 'A.cjs'));
const bundleB = await bundle(rootB, join(scratch, 'B.cjs'));
// The control: the same bundle's text under another file name, loaded by a worker of its own.
const bundleA2 = join(scratch, 'A2.cjs');
writeFileSync(bundleA2, readFileSync(bundleA));
const names = ['A', "A'", 'B'];
console.log(`A ${sideA} (${rootA})\nB ${sideB} (${rootB})`);

try {
  for (const corpus of corpora) {
    const { files: listed } = await listSeeds(corpus);
    const files = listed.slice(0, fileCount).map((file) => new Uint8Array(readFileSync(file.abs)));
    const workers = [bundleA, bundleA2, bundleB].map(
      (file) => new Worker(workerSource, { eval: true, workerData: { bundle: file, files } }),
    );
    for (const worker of workers) {
      worker.on('error', (error) => {
        console.error(error);
        process.exit(1);
      });
    }
    const ask = <T>(worker: Worker, message: string) =>
      new Promise<T>((done) => {
        worker.once('message', done);
        worker.postMessage(message);
      });
    try {
      // The hash pass is also the cold pass.
      const hashes: { articles: number; hash: string }[] = [];
      for (const worker of workers) hashes.push(await ask(worker, 'hash'));
      console.log(
        `\n${corpus}: ${hashes[0]!.articles} articles of ${files.length} files; ` +
          `output ${hashes[0]!.hash === hashes[2]!.hash ? 'identical' : 'DIFFERENT'} (A ${hashes[0]!.hash.slice(0, 12)}, B ${hashes[2]!.hash.slice(0, 12)}${hashes[0]!.articles === hashes[2]!.articles ? '' : `, B ${hashes[2]!.articles} articles`})`,
      );
      for (let pass = 0; pass < warm; pass++) for (const worker of workers) await ask(worker, 'pass');
      const passes: Pass[][] = [[], [], []];
      const orders = [
        [0, 1, 2],
        [2, 1, 0],
        [1, 2, 0],
        [0, 2, 1],
        [2, 0, 1],
        [1, 0, 2],
      ];
      for (let round = 0; round < rounds; round++) {
        const order = orders[round % orders.length]!;
        for (const i of order) passes[i]!.push(await ask<Pass>(workers[i]!, 'pass'));
        const [a, a2, b] = passes.map((list) => list[round]!.cpu) as [number, number, number];
        console.log(
          `round ${round + 1} (${order.map((i) => names[i]).join(' ')}): CPU µs an article A ${a.toFixed(1)} A' ${a2.toFixed(1)} ` +
            `B ${b.toFixed(1)}; A'/A ${(a2 / a).toFixed(3)} B/A ${(b / a).toFixed(3)}; load ${load()}`,
        );
      }
      const cpu = passes.map((list) => list.map((pass) => pass.cpu));
      const wall = passes.map((list) => list.map((pass) => pass.wall));
      const ratios = (of: number[][], i: number) => of[i]!.map((value, round) => value / of[0]![round]!);
      console.log(
        `median CPU µs an article: A ${median(cpu[0]!).toFixed(1)} A' ${median(cpu[1]!).toFixed(1)} B ${median(cpu[2]!).toFixed(1)}` +
          ` (wall ${median(wall[0]!).toFixed(1)}, ${median(wall[1]!).toFixed(1)}, ${median(wall[2]!).toFixed(1)})`,
      );
      console.log(
        `A/A control: median A'/A ${median(ratios(cpu, 1)).toFixed(4)} (range ${range(ratios(cpu, 1))}; wall ${median(ratios(wall, 1)).toFixed(4)})`,
      );
      console.log(
        `A/B:         median B/A  ${median(ratios(cpu, 2)).toFixed(4)} (range ${range(ratios(cpu, 2))}; wall ${median(ratios(wall, 2)).toFixed(4)}); load ${load()}`,
      );
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
