// Pagefind side by side: index the same prerendered site with the pagefind npm package (1.6.0, its binary ships in
// @pagefind/linux-x64) and run the same queries through Pagefind's JS API in the same Chromium.
import { existsSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { dirStats, runMeasured, type DirStats, type RunResult } from './measure.ts';
import { QUERIES, TYPED, TYPOS } from './queries.ts';
import { combineRuns, type KeystrokeStats, type SearchMeasure, type TypoStats } from './site-search.ts';
import { percentiles, recordTransfers } from './transfer.ts';

export const PAGEFIND_DIR = 'pagefind-bench';
/** Pagefind's UI shows results a page at a time and loads each shown result's fragment: we load the first 10. */
const shownResults = 10;

export interface PagefindIndex {
  run: RunResult;
  output: DirStats;
}

export async function indexWithPagefind(siteDir: string, logFile: string): Promise<PagefindIndex> {
  const out = path.join(siteDir, PAGEFIND_DIR);
  rmSync(out, { recursive: true, force: true });
  const bin = path.resolve('node_modules/.bin/pagefind');
  if (!existsSync(bin))
    throw new Error('pagefind is not installed (npm install -D --save-exact pagefind@1.6.0)');
  const run = await runMeasured(bin, ['--site', siteDir, '--output-subdir', PAGEFIND_DIR], { logFile });
  if (run.exitCode !== 0) throw new Error(`pagefind failed with exit code ${run.exitCode}, see ${logFile}`);
  return { run, output: dirStats(out) };
}

// In-page: load Pagefind (once), search, load the first results' data; time it all with performance.now().
const searchInPage = (q: string) => `(async () => {
  const t0 = performance.now();
  window.__pf ??= await import('/${PAGEFIND_DIR}/pagefind.js');
  const search = await window.__pf.search(${JSON.stringify(q)});
  await Promise.all(search.results.slice(0, ${shownResults}).map((r) => r.data()));
  return { ms: performance.now() - t0, hits: search.results.length };
})()`;

/**
 * Pagefind compiles WebAssembly in a worker, which the strict CSP of our static server forbids (and Playwright's
 * bypassCSP does not reach workers): Pagefind gets the same files through a proxy that drops the CSP header.
 */
export async function startCspFreeProxy(upstream: string): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(upstream);
  const server = http.createServer((req, res) => {
    const up = http.get(new URL(req.url ?? '/', target.origin), (response) => {
      const headers = { ...response.headers };
      delete headers['content-security-policy'];
      res.writeHead(response.statusCode ?? 502, headers);
      response.pipe(res);
    });
    up.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const open = async (browser: Browser, url: string) => {
  const context = await browser.newContext();
  const recorder = recordTransfers(context);
  const page = await context.newPage();
  // A tiny page of the same origin, so only Pagefind's own files are counted.
  await page.goto(new URL('robots.txt', url).href);
  await recorder.since(0);
  return { context, recorder, page };
};

const run = async (page: Page, q: string) =>
  (await page.evaluate(searchInPage(q))) as { ms: number; hits: number };

export interface PagefindBrowserResult {
  queries: SearchMeasure[];
  typing: KeystrokeStats;
  typos: TypoStats;
}

/**
 * `url`: the site served without a CSP (see startCspFreeProxy). `repeat`: runs of each query (fresh context each,
 * median reported, as for ours) and of the typing.
 */
export async function measurePagefind(
  browser: Browser,
  url: string,
  repeat = 1,
): Promise<PagefindBrowserResult> {
  const runs: SearchMeasure[][] = QUERIES.map(() => []);
  for (let r = 0; r < repeat; r++)
    for (const [k, query] of QUERIES.entries()) {
      const { context, recorder, page } = await open(browser, url);
      const from = recorder.mark();
      const result = await run(page, query.q);
      runs[k]!.push({ ...query, transfer: await recorder.since(from), ms: result.ms, hits: result.hits });
      await context.close();
    }
  const queries = runs.map(combineRuns);

  const keystrokes: KeystrokeStats['keystrokes'] = [];
  const later: { gz: number; ms: number }[] = [];
  for (let r = 0; r < repeat; r++)
    for (const word of TYPED) {
      const { context, recorder, page } = await open(browser, url);
      for (let i = 1; i <= word.length; i++) {
        const q = word.slice(0, i);
        const from = recorder.mark();
        const result = await run(page, q);
        const transfer = await recorder.since(from);
        keystrokes.push({
          q,
          gzBytes: transfer.gzBytes,
          ms: result.ms,
          hits: result.hits,
          ...(repeat > 1 ? { run: r } : {}),
        });
        if (i > 1) later.push({ gz: transfer.gzBytes, ms: result.ms });
      }
      await context.close();
    }
  const gz = percentiles(later.map((k) => k.gz));
  const ms = percentiles(later.map((k) => k.ms));

  const { context, page } = await open(browser, url);
  const words: TypoStats['words'] = [];
  for (const { typo, word } of TYPOS) words.push({ typo, word, hits: (await run(page, typo)).hits });
  await context.close();

  return {
    queries,
    typing: {
      later: { n: later.length, gzMedian: gz.median, gzP95: gz.p95, msMedian: ms.median, msP95: ms.p95 },
      keystrokes,
    },
    typos: { found: words.filter((w) => (w.hits ?? 0) > 0).length, total: words.length, words },
  };
}
