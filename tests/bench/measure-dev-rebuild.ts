// A one-file change in `npm run dev` at 10,000 articles (README, "Data at build time"): the time from writing a
// seed to the Vite plugin sending the page reload with the new data in memory (the watcher event, the plugin's
// 50 ms debounce, the re-ingest of that file and the rebuilt site data), through the plugin's own hooks
// (configResolved, configureServer, its middleware) with a stand-in dev server: no Vite, no browser. Prints the
// start-up time, the wall and CPU medians of 5 edits, and the time of the first search file after a change (the
// dev server builds the search index only when a search asks for it).
//   npx tsx tests/bench/measure-dev-rebuild.ts [SEEDS_DIR]
// The seeds (default bench-out/corpus-10000, generated first if missing) are copied into a temporary folder under
// the OS's temp dir, which is removed at the end: the edits never touch the original.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedConfig, ViteDevServer } from 'vite';
import { readoutPlugin } from '../../src/node/vite-plugin.ts';
import type { ListPage } from '../../src/common/site-data.ts';
import { dataPaths } from '../../src/common/paths.ts';
import { ensureCorpus } from './bench-ingest.ts';

// A short article of the generated corpus; any other seed does if a different corpus lacks it.
const EDITED = '2019/03/000292_7746cde4.txt';
const RUNS = 5;

type Res = { statusCode: number; body: string; setHeader(): void; end(b?: string): void };
type Middleware = (req: { url: string }, res: Res, next: () => void) => void;

function firstSeed(dir: string): string {
  for (const entry of fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = firstSeed(abs);
      if (found) return found;
    } else if (entry.name.endsWith('.txt')) return abs;
  }
  return '';
}

async function measure(seedsDir: string): Promise<void> {
  const file = fs.existsSync(path.join(seedsDir, EDITED)) ? path.join(seedsDir, EDITED) : firstSeed(seedsDir);
  const original = fs.readFileSync(file, 'utf8');
  const middlewares: Middleware[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
  let onSend: ((p: { type: string }) => void) | null = null;
  const logger = { info: () => undefined, warn: () => undefined, error: (m: string) => console.error(m) };
  const server = {
    config: { base: '/', logger },
    middlewares: { use: (m: Middleware) => middlewares.push(m) },
    watcher,
    ws: { send: (p: { type: string }) => onSend?.(p), on: () => undefined },
  };
  const request = (url: string) =>
    new Promise<string>((resolve, reject) => {
      const res: Res = {
        statusCode: 200,
        body: '',
        setHeader() {},
        end(b = '') {
          this.body = b;
          if (this.statusCode === 200) resolve(b);
          else reject(new Error(`${url}: ${this.statusCode} ${b}`));
        },
      };
      middlewares[0]!({ url }, res, () => reject(new Error(`${url}: not served by the plugin`)));
    });
  const nextReload = () =>
    new Promise<void>((resolve) => (onSend = (p) => p.type === 'full-reload' && resolve()));
  // The served article that holds `marker` (found through the list pages, outside the timed part).
  const servedArticleHas = async (marker: string) => {
    for (let page = 1; ; page++) {
      const list = JSON.parse(await request(`/${dataPaths.listPage(page)}`)) as ListPage;
      for (const row of list.articles) {
        if (!original.includes(row.title)) continue;
        if ((await request(`/${dataPaths.article(row.slug)}`)).includes(marker)) return true;
      }
      if (page >= list.pageCount) return false;
    }
  };

  const plugin = readoutPlugin({ seedsDir });
  (plugin.configResolved as (c: ResolvedConfig) => void)({ base: '/', command: 'serve' } as ResolvedConfig);
  let t = performance.now();
  (plugin.configureServer as (s: ViteDevServer) => void)(server as unknown as ViteDevServer);
  const manifest = await request(`/${dataPaths.manifest()}`);
  const { articleCount } = JSON.parse(manifest) as { articleCount: number };
  console.log(
    `start: ${((performance.now() - t) / 1000).toFixed(1)} s to the first manifest (${articleCount} articles)`,
  );
  console.log(`editing ${path.relative(seedsDir, file)} (a paragraph added after its title)`);
  const times: number[] = [];
  const cpus: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const marker = `Edit ${run}: a new opening sentence about trade talks.`;
      const reloaded = nextReload();
      const cpu = process.cpuUsage();
      t = performance.now();
      fs.writeFileSync(file, original.replace(/\n\n/, `\n\n${marker}\n\n`));
      watcher.emit('all', 'change', file);
      await reloaded;
      const ms = performance.now() - t;
      const used = process.cpuUsage(cpu);
      times.push(ms);
      cpus.push((used.user + used.system) / 1000);
      if (!(await servedArticleHas(marker))) throw new Error(`edit ${run} is not in the served data`);
    }
    // The first search after a change: the dev server builds the search index then.
    const reloaded = nextReload();
    fs.writeFileSync(file, original.replace(/\n\n/, '\n\nOne more edit.\n\n'));
    watcher.emit('all', 'change', file);
    await reloaded;
    t = performance.now();
    const meta = await request('/data/search/meta.json');
    console.log(
      `then the first search file: ${(performance.now() - t).toFixed(0)} ms (${meta.length} bytes)`,
    );
  } finally {
    fs.writeFileSync(file, original);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `one-file change, ${RUNS} runs: wall median ${median(times).toFixed(0)} ms ` +
      `(${times.map((x) => x.toFixed(0)).join(', ')}; includes the 50 ms debounce), ` +
      `CPU median ${median(cpus).toFixed(0)} ms (${cpus.map((x) => x.toFixed(0)).join(', ')})`,
  );
}

async function main(argv: string[]): Promise<void> {
  const source = argv[0]
    ? path.resolve(argv[0])
    : path.resolve(ensureCorpus('bench-out', 10_000, (line) => console.log(line)));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-dev-rebuild-'));
  const cleanUp = () => fs.rmSync(tmp, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    const seedsDir = path.join(tmp, 'seeds');
    fs.cpSync(source, seedsDir, { recursive: true });
    console.log(`seeds: ${source}, copied to ${seedsDir}`);
    await measure(seedsDir);
  } finally {
    cleanUp();
  }
}

// Exits explicitly: the plugin's ingest workers and timers would keep the process alive.
main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
