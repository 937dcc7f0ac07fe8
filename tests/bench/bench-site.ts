// npx tsx tests/bench/bench-site.ts [--sizes 1000,10000,100000] [--quick] [--no-pagefind] [--no-lighthouse]
//   [--repeat N (default 3, --quick 1)] [--json FILE] [--merge] [--reuse-build] [--out-dir DIR (default bench-out)]
//   | --render a.json,b.json
// The site benchmark of issue 4: for each corpus size, generate (cached) and build the site, then in headless
// Chromium measure the home page and search (first search per query, later keystrokes, one-typo words), the same
// for Pagefind over the same prerendered pages, and Lighthouse on the 10,000-article site. Prints one Markdown
// table and writes bench-out/bench-site.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ensureCorpus } from './bench-ingest.ts';
import { machine } from './bench.ts';
import { resolveChromium } from '../e2e/chromium.ts';
import { startStaticServer } from '../e2e/static-server.ts';
import { lighthouseUrls, runLighthouse, type LighthouseScores } from './lighthouse.ts';
import { dirStats, runMeasured, type DirStats, type RunResult } from './measure.ts';
import {
  PAGEFIND_DIR,
  indexWithPagefind,
  measurePagefind,
  startCspFreeProxy,
  type PagefindBrowserResult,
  type PagefindIndex,
} from './pagefind.ts';
import { measureOurs, type OursBrowserResult, type SearchMeasure } from './site-search.ts';
import { runIfMain } from '../../src/node/run-main.ts';

/** Above this size Pagefind is not run unless asked: issue 4 measured it running out of memory at 100,000. */
const PAGEFIND_DEFAULT_MAX = 20_000;
/** The search box waits this long after a keystroke before searching (src/features/search/search-box.tsx). */
const SEARCH_DEBOUNCE_MS = 150;
/** Runs of each first search and of the typing (median reported); the smoke run (--quick) makes one. */
const DEFAULT_REPEAT = 3;

export interface SizeResult {
  articles: number;
  corpusMB: number;
  build: RunResult & { dist: DirStats };
  ours: OursBrowserResult;
  pagefind: { index: PagefindIndex; browser: PagefindBrowserResult } | { skipped: string };
  lighthouse?: LighthouseScores[] | { skipped: string };
  /** Runs of each first search and of the typing (each a fresh browser context); the median is reported. */
  repeat?: number;
  /** The 1, 5 and 15-minute load averages before and after the browser measurements (the machine is shared). */
  load?: { before: number[]; after: number[] };
}

export interface SiteBenchReport {
  date: string;
  quick: boolean;
  machine: ReturnType<typeof machine>;
  chromium: string;
  notes: string[];
  sizes: SizeResult[];
  table: string;
}

export interface SiteBenchOptions {
  sizes: number[];
  outDir: string;
  quick: boolean;
  pagefind?: boolean | 'auto';
  lighthouse?: boolean;
  /** Skip the build when bench-out/site-N exists with its recorded build figures (browser measurements only). */
  reuseBuild?: boolean;
  /** Runs of each first search and of the typing (DEFAULT_REPEAT, or 1 for --quick). */
  repeat?: number;
  log?: (line: string) => void;
}

const NOTES = [
  'gz KB: each fetched file (its decoded body) gzipped with zlib level 6 (files gzip does not shrink, like Pagefind’s pre-compressed index, count as served), whatever encoding the static server sent. 1 KB = 1,000 bytes.',
  'Home page: a fresh browser context loading / until the network is quiet (HTML, JS, CSS, data, favicon).',
  'First search (ours): fresh context, home page loaded, the search box focused (which starts loading the search code and meta.json), a 500 ms pause as a user’s before the first keystroke (FOCUS_PAUSE_MS), then the query typed and submitted with Enter; bytes = everything fetched from the focus until the network is quiet (search code and the person/country counts included); ms = from the query’s input event (the box starts searching on input, before Enter) to the results count and rows for that query painted (next animation frame). Person and country counts that need facet lists arrive after the rows (not in ms).',
  'First search, cold: the same with no pause (focus and type at once, so the code and index load after the keystroke).',
  'First search (Pagefind): fresh context on a same-origin page, `import("/pagefind-bench/pagefind.js")`, `search(q)` and `data()` of the first 10 results; bytes and ms cover all of it (pagefind.js, worker, WASM, meta, index chunks, fragments).',
  `Later keystrokes: two words (agriculture, Sitharaman) typed letter by letter into the box focused 500 ms before, every keystroke after the first; ours waits for each keystroke’s results on screen and includes the search box’s ${SEARCH_DEBOUNCE_MS} ms debounce; Pagefind calls search() per prefix directly (no debounce).`,
  'hits: results reported (ours: articles; Pagefind: pages, including person and list pages).',
  'Repeats: each first search runs `repeat` times (the query set in turn, a fresh browser context each time) and ms is the median, with the spread (min–max) in parentheses; bytes are the run with the median bytes; the later keystrokes’ median and p95 are over every repeat of the typing. `load` in the JSON holds the load averages before and after the browser runs, and each run’s 1-minute load average is in `loadRuns`.',
  'Build: `vite build` (ingest, static JSON, search index, prerender) with SEEDS_DIR; peak RSS = GNU time -v maximum resident set size (largest single process; worker threads included).',
  'Lighthouse 12 default mobile profile (emulated phone, simulated throttling) on the 10,000-article site, served with brotli/gzip per Accept-Encoding as Netlify or Cloudflare Pages would (GitHub Pages: gzip); the median of 3 runs per page (`npx tsx tests/bench/lighthouse.ts SITE_DIR` re-runs it on a built site).',
];

const args = (argv: string[]) => {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    sizes: value('--sizes')
      ?.split(',')
      .map((s) => Number(s.replace(/_/g, ''))),
    quick: argv.includes('--quick'),
    pagefind: argv.includes('--no-pagefind') ? false : argv.includes('--pagefind') ? true : undefined,
    lighthouse: !argv.includes('--no-lighthouse'),
    json: value('--json'),
    merge: argv.includes('--merge'),
    render: value('--render'),
    reuseBuild: argv.includes('--reuse-build'),
    outDir: value('--out-dir'),
    repeat: value('--repeat') === undefined ? undefined : Number(value('--repeat')),
  };
};

async function launchBrowser(): Promise<{ browser: Browser; source: string }> {
  const launch = await resolveChromium();
  const browser = await chromium.launch({
    executablePath: launch.executablePath,
    args: launch.args,
    headless: true,
  });
  return { browser, source: `${launch.source} ${browser.version()}` };
}

async function benchSize(
  n: number,
  opts: Required<Omit<SiteBenchOptions, 'sizes' | 'log'>> & { log(line: string): void; browser: Browser },
): Promise<SizeResult> {
  const { outDir, log } = opts;
  const corpus = ensureCorpus(outDir, n, log);
  const corpusMB = dirStats(corpus).bytes / 1e6;
  const siteDir = path.join(outDir, `site-${n}`);
  const buildFile = path.join(outDir, `site-${n}.build.json`);
  let build: SizeResult['build'];
  if (opts.reuseBuild && existsSync(buildFile) && existsSync(path.join(siteDir, 'index.html'))) {
    // Re-measure the browser side only, with the build figures recorded when this site was built.
    build = JSON.parse(readFileSync(buildFile, 'utf8')) as SizeResult['build'];
    log(`reusing ${siteDir} (built ${build.seconds.toFixed(1)} s, see ${buildFile})`);
  } else {
    log(`building ${n} articles -> ${siteDir}`);
    const run = await runMeasured(
      process.execPath,
      // Started as `npm run build` starts it: node with --no-regexp-tier-up (package.json), the config loaded by the
      // runner (see tests/e2e/global-setup.ts).
      [
        '--no-regexp-tier-up',
        path.resolve('node_modules/vite/bin/vite.js'),
        'build',
        '--configLoader',
        'runner',
        '--outDir',
        siteDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { env: { SEEDS_DIR: corpus }, logFile: path.join(outDir, `site-${n}.build.log`) },
    );
    if (run.exitCode !== 0)
      throw new Error(`build of ${n} articles failed, see ${outDir}/site-${n}.build.log`);
    build = { ...run, dist: dirStats(siteDir, [PAGEFIND_DIR]) };
    writeFileSync(buildFile, `${JSON.stringify(build, null, 2)}\n`);
  }
  log(`  built in ${build.seconds.toFixed(1)} s, peak ${build.peakRssMB} MB, ${build.dist.files} files`);

  const server = await startStaticServer({ root: siteDir });
  const before = loadavg();
  try {
    log(
      `  measuring Readout in Chromium (${opts.repeat} runs a query; load average ${before.map((l) => l.toFixed(1)).join(' ')})`,
    );
    const ours = await measureOurs(opts.browser, server.url, opts.quick, opts.repeat);

    let pagefind: SizeResult['pagefind'];
    const runPagefind = opts.pagefind === 'auto' ? n <= PAGEFIND_DEFAULT_MAX : opts.pagefind;
    if (!runPagefind) {
      pagefind = {
        skipped:
          opts.pagefind === false
            ? 'not run (--no-pagefind)'
            : `not run above ${PAGEFIND_DEFAULT_MAX} articles (issue 4: Pagefind 1.6 ran out of memory at 100,000 in one run); --pagefind forces it`,
      };
    } else {
      log('  indexing with Pagefind');
      const index = await indexWithPagefind(siteDir, path.join(outDir, `site-${n}.pagefind.log`));
      log(`  Pagefind indexed in ${index.run.seconds.toFixed(1)} s, peak ${index.run.peakRssMB} MB`);
      const proxy = await startCspFreeProxy(server.url);
      try {
        pagefind = { index, browser: await measurePagefind(opts.browser, proxy.url, opts.repeat) };
      } finally {
        await proxy.close();
      }
    }

    let lighthouse: SizeResult['lighthouse'];
    if (n === 10_000) {
      if (!opts.lighthouse) lighthouse = { skipped: 'not run (--no-lighthouse or --quick)' };
      else {
        log('  Lighthouse on home, an article and a person page');
        lighthouse = await runLighthouse(lighthouseUrls(siteDir, server.url));
      }
    }
    const load = { before, after: loadavg() };
    log(`  load average after: ${load.after.map((l) => l.toFixed(1)).join(' ')}`);
    return {
      articles: n,
      corpusMB,
      build,
      ours,
      pagefind,
      ...(lighthouse ? { lighthouse } : {}),
      repeat: opts.repeat,
      load,
    };
  } finally {
    await server.close();
  }
}

// ---- The table ----

const kb = (bytes: number) => (bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0);
const ms = (value: number | null) => (value === null || Number.isNaN(value) ? 'timeout' : value.toFixed(0));
/** A first search's ms: the median, and over several runs their spread. */
const msSpread = (q: SearchMeasure) =>
  q.msRuns && q.msRuns.length > 1 && q.ms !== null
    ? `${ms(q.ms)} (${ms(q.msMin ?? null)}–${ms(q.msMax ?? null)})`
    : ms(q.ms);
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0
    ? '–'
    : `${(a / b).toFixed(2)}×`;

type Cell = { ours: string; pf: string; ratio: string };

function renderTable(sizes: SizeResult[]): string {
  const rows = new Map<string, Cell[]>();
  const put = (label: string, i: number, cell: Cell) => {
    if (!rows.has(label))
      rows.set(
        label,
        sizes.map(() => ({ ours: '', pf: '', ratio: '' })),
      );
    rows.get(label)![i] = cell;
  };
  sizes.forEach((s, i) => {
    const pf = 'index' in s.pagefind ? s.pagefind : null;
    const b = s.build;
    put('build / index time (s)', i, {
      ours: b.seconds.toFixed(1),
      pf: pf ? pf.index.run.seconds.toFixed(1) : 'skipped',
      ratio: ratio(b.seconds, pf?.index.run.seconds ?? null),
    });
    put('build / index peak RSS (MB)', i, {
      ours: String(b.peakRssMB),
      pf: pf ? String(pf.index.run.peakRssMB) : '',
      ratio: ratio(b.peakRssMB, pf?.index.run.peakRssMB ?? null),
    });
    put('files written (dist / pagefind dir)', i, {
      ours: b.dist.files.toLocaleString('en'),
      pf: pf ? pf.index.output.files.toLocaleString('en') : '',
      ratio: '',
    });
    put('size written (MB)', i, {
      ours: (b.dist.bytes / 1e6).toFixed(1),
      pf: pf ? (pf.index.output.bytes / 1e6).toFixed(1) : '',
      ratio: '',
    });
    put('largest file (KB)', i, {
      ours: `${kb(b.dist.largestBytes)} (${b.dist.largestFile})`,
      pf: pf ? `${kb(pf.index.output.largestBytes)} (${pf.index.output.largestFile})` : '',
      ratio: '',
    });
    put('home page, gz KB (requests)', i, {
      ours: `${kb(s.ours.home.gzBytes)} (${s.ours.home.requests})`,
      pf: '',
      ratio: '',
    });
    const byType = s.ours.home.gzByType;
    put('home page gz KB by type: document / script / stylesheet / fetch / other', i, {
      ours: ['document', 'script', 'stylesheet', 'fetch']
        .map((t) => kb(byType[t] ?? 0))
        .concat(
          kb(
            Object.entries(byType)
              .filter(([t]) => !['document', 'script', 'stylesheet', 'fetch'].includes(t))
              .reduce((sum, [, v]) => sum + v, 0),
          ),
        )
        .join(' / '),
      pf: '',
      ratio: '',
    });
    s.ours.queries.forEach((q, k) => {
      const p = pf?.browser.queries[k];
      put(`first search: ${q.label} “${q.q}” — gz KB · ms · hits`, i, {
        ours: `${kb(q.transfer.gzBytes)} · ${msSpread(q)} · ${q.hits ?? '–'}`,
        pf: p ? `${kb(p.transfer.gzBytes)} · ${msSpread(p)} · ${p.hits ?? '–'}` : '',
        ratio: p ? `${ratio(q.transfer.gzBytes, p.transfer.gzBytes)} · ${ratio(q.ms, p.ms)}` : '',
      });
    });
    s.ours.queriesCold?.forEach((q) => {
      put(`first search, cold (typed at once): ${q.label} “${q.q}” — gz KB · ms · hits`, i, {
        ours: `${kb(q.transfer.gzBytes)} · ${msSpread(q)} · ${q.hits ?? '–'}`,
        pf: '',
        ratio: '',
      });
    });
    const gzFirst = s.ours.queries.map((q) => q.transfer.gzBytes);
    const pfFirst = pf?.browser.queries.map((q) => q.transfer.gzBytes);
    put('first search, max gz KB over the queries', i, {
      ours: kb(Math.max(...gzFirst)),
      pf: pfFirst ? kb(Math.max(...pfFirst)) : '',
      ratio: pfFirst ? ratio(Math.max(...gzFirst), Math.max(...pfFirst)) : '',
    });
    const msFirst = s.ours.queries.map((q) => q.ms ?? Infinity);
    const pfMs = pf?.browser.queries.map((q) => q.ms ?? Infinity);
    put('first search, max ms over the queries', i, {
      ours: ms(Math.max(...msFirst)),
      pf: pfMs ? ms(Math.max(...pfMs)) : '',
      ratio: pfMs ? ratio(Math.max(...msFirst), Math.max(...pfMs)) : '',
    });
    if (s.ours.queriesCold)
      put('first search, cold: max ms over the queries', i, {
        ours: ms(Math.max(...s.ours.queriesCold.map((q) => q.ms ?? Infinity))),
        pf: '',
        ratio: '',
      });
    const ot = s.ours.typing.later;
    const pt = pf?.browser.typing.later;
    put('later keystrokes, gz KB median / p95', i, {
      ours: `${kb(ot.gzMedian)} / ${kb(ot.gzP95)}`,
      pf: pt ? `${kb(pt.gzMedian)} / ${kb(pt.gzP95)}` : '',
      ratio: pt ? `${ratio(ot.gzMedian, pt.gzMedian)} / ${ratio(ot.gzP95, pt.gzP95)}` : '',
    });
    put(`later keystrokes, ms median / p95 (ours incl. ${SEARCH_DEBOUNCE_MS} ms debounce)`, i, {
      ours: `${ms(ot.msMedian)} / ${ms(ot.msP95)}`,
      pf: pt ? `${ms(pt.msMedian)} / ${ms(pt.msP95)}` : '',
      ratio: pt ? `${ratio(ot.msMedian, pt.msMedian)} / ${ratio(ot.msP95, pt.msP95)}` : '',
    });
    put(`later keystrokes, ms median / p95 minus the debounce`, i, {
      ours: `${ms(ot.msMedian - SEARCH_DEBOUNCE_MS)} / ${ms(ot.msP95 - SEARCH_DEBOUNCE_MS)}`,
      pf: pt ? `${ms(pt.msMedian)} / ${ms(pt.msP95)}` : '',
      ratio: pt
        ? `${ratio(ot.msMedian - SEARCH_DEBOUNCE_MS, pt.msMedian)} / ${ratio(ot.msP95 - SEARCH_DEBOUNCE_MS, pt.msP95)}`
        : '',
    });
    put('one-typo words found', i, {
      ours: `${s.ours.typos.found} / ${s.ours.typos.total}`,
      pf: pf ? `${pf.browser.typos.found} / ${pf.browser.typos.total}` : '',
      ratio: '',
    });
    if (s.load)
      put('load average (1 / 5 / 15 min) before → after the browser runs', i, {
        ours: `${s.load.before.map((l) => l.toFixed(1)).join(' / ')} → ${s.load.after.map((l) => l.toFixed(1)).join(' / ')}`,
        pf: '',
        ratio: '',
      });
    if (s.repeat !== undefined)
      put('runs per first search and of the typing (ms: median, min–max)', i, {
        ours: String(s.repeat),
        pf: '',
        ratio: '',
      });
    if (Array.isArray(s.lighthouse)) {
      for (const lh of s.lighthouse) {
        const page = new URL(lh.url).pathname.split('/')[1] || 'home';
        put(`Lighthouse ${page}: perf / a11y / best practices / SEO`, i, {
          ours: lh.error
            ? `error: ${lh.error.slice(0, 60)}`
            : `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}`,
          pf: '',
          ratio: '',
        });
      }
    }
  });
  const header = [
    'measurement',
    ...sizes.flatMap((s) => [`${s.articles.toLocaleString('en')}: ours`, 'Pagefind', 'ratio']),
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const [label, cells] of rows)
    lines.push(`| ${[label, ...cells.flatMap((c) => [c.ours, c.pf, c.ratio])].join(' | ')} |`);
  return lines.join('\n');
}

// ---- Running it ----

export async function runSiteBench(
  opts: SiteBenchOptions & { json?: string; merge?: boolean },
): Promise<SiteBenchReport> {
  const log = opts.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  mkdirSync(opts.outDir, { recursive: true });
  const { browser, source } = await launchBrowser();
  const sizes: SizeResult[] = [];
  try {
    for (const n of opts.sizes) {
      log(`\n## site bench: ${n.toLocaleString('en')} articles${opts.quick ? ' (quick)' : ''}`);
      sizes.push(
        await benchSize(n, {
          outDir: opts.outDir,
          quick: opts.quick,
          // The smoke run skips Pagefind (about 30 s at 1,000 articles) unless asked for.
          pagefind: opts.pagefind ?? (opts.quick ? false : 'auto'),
          lighthouse: !opts.quick && (opts.lighthouse ?? true),
          reuseBuild: opts.reuseBuild ?? false,
          repeat: opts.repeat ?? (opts.quick ? 1 : DEFAULT_REPEAT),
          log,
          browser,
        }),
      );
    }
  } finally {
    await browser.close();
  }
  const jsonFile = opts.json ?? path.join(opts.outDir, 'bench-site.json');
  if (opts.merge && existsSync(jsonFile)) {
    const previous = JSON.parse(readFileSync(jsonFile, 'utf8')) as SiteBenchReport;
    for (const old of previous.sizes) if (!sizes.some((s) => s.articles === old.articles)) sizes.push(old);
    sizes.sort((a, b) => a.articles - b.articles);
  }
  const table = renderTable(sizes);
  const report: SiteBenchReport = {
    date: new Date().toISOString(),
    quick: opts.quick,
    machine: machine(),
    chromium: source,
    notes: NOTES,
    sizes,
    table,
  };
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** `--render a.json,b.json`: one table over the sizes of earlier runs (e.g. a separate 100,000 run). */
function render(files: string[]): string {
  const bySize = new Map<number, SizeResult>();
  for (const file of files)
    for (const size of (JSON.parse(readFileSync(file, 'utf8')) as SiteBenchReport).sizes)
      bySize.set(size.articles, size);
  return renderTable([...bySize.values()].sort((a, b) => a.articles - b.articles));
}

async function main(argv: string[]): Promise<number> {
  const a = args(argv);
  if (a.render) {
    process.stdout.write(`${render(a.render.split(','))}\n`);
    return 0;
  }
  const sizes = a.quick ? [1000] : (a.sizes ?? [1000, 10_000]);
  if (
    sizes.some((n) => !Number.isInteger(n) || n <= 0) ||
    (a.repeat !== undefined && (!Number.isInteger(a.repeat) || a.repeat < 1))
  ) {
    process.stderr.write(
      'usage: tests/bench/bench-site.ts [--sizes 1000,10000,100000] [--quick] [--repeat N]\n',
    );
    return 2;
  }
  const report = await runSiteBench({
    sizes,
    outDir: a.outDir ?? 'bench-out',
    quick: a.quick,
    pagefind: a.pagefind,
    lighthouse: a.lighthouse,
    json: a.json,
    merge: a.merge,
    reuseBuild: a.reuseBuild,
    repeat: a.repeat,
  });
  const m = report.machine;
  process.stdout.write(
    `\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${report.chromium}\n\n${report.table}\n\n` +
      report.notes.map((n) => `- ${n}`).join('\n') +
      '\n',
  );
  return 0;
}

runIfMain(import.meta.url, main);
