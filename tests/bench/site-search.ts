// Readout's side of the browser measurements: home page bytes, first search per query (fresh browser context,
// so nothing is cached), later keystrokes while typing, and which one-typo words are found.
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { QUERIES, TYPED, TYPOS } from './queries.ts';
import { percentiles, recordTransfers, type Transfer } from './transfer.ts';

export interface SearchMeasure {
  label: string;
  q: string;
  /** Everything fetched from just before typing until the network is quiet (search code, index, doc store). */
  transfer: Transfer;
  /**
   * From the keydown of Enter, or the input event of the filled-in query when that comes first (the box starts
   * searching on input), or of the letter when typing, to the results for this query painted.
   */
  ms: number | null;
  /**
   * From the keydown of Enter alone (the search may have started on input a few milliseconds before); null when the
   * results were on screen before Enter arrived (the debounce had shown them).
   */
  msFromKey?: number | null;
  /** Number of results shown ("12 articles match …"), 0 for "No articles match", null on timeout. */
  hits: number | null;
  /**
   * When measured several times (`--repeat`, each a fresh browser context): `ms` is the median of `msRuns` (null
   * when any run timed out), `transfer` the run with the median bytes, and each run's ms, gz bytes and the 1-minute
   * load average when it ended, in run order.
   */
  msRuns?: (number | null)[];
  msMin?: number | null;
  msMax?: number | null;
  gzRuns?: number[];
  loadRuns?: number[];
}

/**
 * One measurement from several runs of the same query: the median ms (a single run moved by up to 2× between runs
 * minutes apart on the shared machine), the spread, and the bytes of the run with the median bytes.
 */
export function combineRuns(runs: readonly SearchMeasure[]): SearchMeasure {
  const first = runs[0]!;
  if (runs.length === 1) return first;
  const msRuns = runs.map((r) => r.ms);
  const timed = msRuns.filter((ms): ms is number => ms !== null);
  const byGz = [...runs].sort((a, b) => a.transfer.gzBytes - b.transfer.gzBytes);
  const medianRun = byGz[Math.ceil(byGz.length / 2) - 1]!;
  return {
    ...first,
    transfer: medianRun.transfer,
    ms: timed.length === runs.length ? percentiles(timed).median : null,
    msFromKey: first.msFromKey,
    hits: runs.some((r) => r.hits === null) ? null : first.hits,
    msRuns,
    msMin: timed.length ? Math.min(...timed) : null,
    msMax: timed.length ? Math.max(...timed) : null,
    gzRuns: runs.map((r) => r.transfer.gzBytes),
    loadRuns: runs.flatMap((r) => r.loadRuns ?? []),
  };
}

export interface KeystrokeStats {
  /** Per keystroke after the first of each typed word, over every repeat. */
  later: { n: number; gzMedian: number; gzP95: number; msMedian: number; msP95: number };
  /** In typing order; `run` numbers the repeat (from 0) when the words were typed more than once. */
  keystrokes: { q: string; gzBytes: number; ms: number | null; hits: number | null; run?: number }[];
}

export interface TypoStats {
  found: number;
  total: number;
  words: { typo: string; word: string; hits: number | null }[];
}

const resultTimeoutMs = 15_000;

// In-page code is passed as strings: functions compiled by tsx carry helper calls that do not exist in the page.
const armWatcher = (q: string, key: string) => `(() => {
  const want = ${JSON.stringify(`“${q}”`)};
  let t0 = null;
  let tKey = null;
  const onKey = (e) => {
    if (e.key !== ${JSON.stringify(key)}) return;
    if (tKey === null) tKey = e.timeStamp;
    if (t0 === null) t0 = e.timeStamp;
  };
  // The search box starts a search on input, before Enter: a query filled in at once starts the clock there.
  const onInput = (e) => { if (t0 === null) t0 = e.timeStamp; };
  document.addEventListener('keydown', onKey, { capture: true });
  document.addEventListener('input', onInput, { capture: true });
  window.__benchResult = new Promise((resolve) => {
    const check = () => {
      const el = document.querySelector('.search-count');
      const section = document.querySelector('.search-results');
      // Not waiting for the key: on a loaded machine Enter can arrive after the debounce has shown the results
      // (then it changes nothing on the page, so no mutation would come after it and the run would time out).
      // After a typo correction the count names the corrected words, so the address's query (search state lives
      // in the URL) also tells that these are the typed query's results.
      const answers = el && (el.textContent.includes(want) || new URLSearchParams(location.search).get('q') === ${JSON.stringify(q)});
      if (t0 === null || !answers || !section || section.getAttribute('aria-busy') === 'true') return;
      observer.disconnect();
      document.removeEventListener('keydown', onKey, { capture: true });
      document.removeEventListener('input', onInput, { capture: true });
      const text = el.textContent;
      // Results are on screen once the next frame is painted.
      requestAnimationFrame(() => {
        const now = performance.now();
        resolve({ ms: now - t0, msFromKey: tKey === null ? null : now - tKey, text });
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
})()`;

const readResult = `Promise.race([window.__benchResult, new Promise((r) => setTimeout(() => r(null), ${resultTimeoutMs}))])`;

/** "1,234 articles match …" -> 1234; "No articles match …" -> 0. */
function hitsFromText(text: string): number {
  const match = /([\d,]+) articles? match/.exec(text);
  return match ? Number(match[1]!.replace(/,/g, '')) : 0;
}

async function waitResult(
  page: Page,
): Promise<{ ms: number | null; msFromKey: number | null; hits: number | null }> {
  const result = (await page.evaluate(readResult)) as {
    ms: number;
    msFromKey: number | null;
    text: string;
  } | null;
  return result
    ? { ms: result.ms, msFromKey: result.msFromKey, hits: hitsFromText(result.text) }
    : { ms: null, msFromKey: null, hits: null };
}

/** Loads a page and waits for the app, which starts after the first paint (src/main.tsx), to be live. */
async function gotoLive(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search articles' });

/** Home page bytes (fresh context), as a phone's first visit would fetch them. */
async function measureHome(browser: Browser, url: string): Promise<Transfer> {
  const context = await browser.newContext();
  const recorder = recordTransfers(context);
  const page = await context.newPage();
  const from = recorder.mark();
  await gotoLive(page, url);
  const transfer = await recorder.since(from, 500);
  await context.close();
  return transfer;
}

/**
 * How long a user's focus rests on the search box before the first keystroke in the "focused" measurements.
 * Focusing the box starts loading the search code and meta.json; half a second is less than it takes most
 * people to start typing after clicking a box (the cold measurements type with no pause at all).
 */
export const FOCUS_PAUSE_MS = 500;

/**
 * One query typed into the box and submitted with Enter, on a freshly loaded home page. `pauseMs` is the time
 * between focusing the box and typing: FOCUS_PAUSE_MS as a user would, or 0 for the cold case (focus and type at
 * once, so the search code and index load after the keystroke). Bytes count from just before the focus.
 */
async function measureFirstSearch(
  browser: Browser,
  url: string,
  query: { label: string; q: string },
  pauseMs = FOCUS_PAUSE_MS,
): Promise<SearchMeasure> {
  const context = await browser.newContext();
  const recorder = recordTransfers(context);
  const page = await context.newPage();
  await gotoLive(page, url);
  await recorder.since(0, 500);
  const from = recorder.mark();
  await page.evaluate(armWatcher(query.q, 'Enter'));
  const box = searchBox(page);
  await box.focus();
  if (pauseMs > 0) await page.waitForTimeout(pauseMs);
  await box.fill(query.q);
  await box.press('Enter');
  const result = await waitResult(page);
  const transfer = await recorder.since(from);
  await context.close();
  return { ...query, transfer, ...result, loadRuns: [loadavg()[0]!] };
}

/**
 * Types each word of TYPED letter by letter, waiting for each keystroke's results (debounce included); `repeat`
 * times over, each word in a fresh browser context.
 */
async function measureTyping(
  browser: Browser,
  url: string,
  words: readonly string[] = TYPED,
  repeat = 1,
): Promise<KeystrokeStats> {
  const keystrokes: KeystrokeStats['keystrokes'] = [];
  const later: { gz: number; ms: number }[] = [];
  for (let run = 0; run < repeat; run++)
    for (const word of words) {
      const context = await browser.newContext();
      const recorder = recordTransfers(context);
      const page = await context.newPage();
      await gotoLive(page, url);
      await recorder.since(0, 500);
      const box = searchBox(page);
      await box.focus();
      await page.waitForTimeout(FOCUS_PAUSE_MS);
      for (let i = 1; i <= word.length; i++) {
        const q = word.slice(0, i);
        const key = word[i - 1]!;
        const from = recorder.mark();
        await page.evaluate(armWatcher(q, key));
        await page.keyboard.press(key);
        const result = await waitResult(page);
        const transfer = await recorder.since(from);
        keystrokes.push({ q, gzBytes: transfer.gzBytes, ...result, ...(repeat > 1 ? { run } : {}) });
        if (i > 1 && result.ms !== null) later.push({ gz: transfer.gzBytes, ms: result.ms });
      }
      await context.close();
    }
  const gz = percentiles(later.map((k) => k.gz));
  const ms = percentiles(later.map((k) => k.ms));
  return {
    later: { n: later.length, gzMedian: gz.median, gzP95: gz.p95, msMedian: ms.median, msP95: ms.p95 },
    keystrokes,
  };
}

async function measureTypos(browser: Browser, url: string): Promise<TypoStats> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await gotoLive(page, url);
  const words: TypoStats['words'] = [];
  for (const { typo, word } of TYPOS) {
    await page.evaluate(armWatcher(typo, 'Enter'));
    const box = searchBox(page);
    await box.fill(typo);
    await box.press('Enter');
    words.push({ typo, word, hits: (await waitResult(page)).hits });
  }
  await context.close();
  return { found: words.filter((w) => (w.hits ?? 0) > 0).length, total: words.length, words };
}

export interface OursBrowserResult {
  home: Transfer;
  /** Box focused FOCUS_PAUSE_MS before typing, as a user would. */
  queries: SearchMeasure[];
  /** Typed the moment the box is focused (the code and index load after the keystroke). */
  queriesCold?: SearchMeasure[];
  typing: KeystrokeStats;
  typos: TypoStats;
}

/**
 * `quick` (the smoke run) types one word instead of all of TYPED. Each first search runs `repeat` times (the
 * query set in turn, so a query's runs are minutes apart rather than back to back) and the typing too.
 */
export async function measureOurs(
  browser: Browser,
  url: string,
  quick = false,
  repeat = 1,
): Promise<OursBrowserResult> {
  const home = await measureHome(browser, url);
  const focused: SearchMeasure[][] = QUERIES.map(() => []);
  const cold: SearchMeasure[][] = QUERIES.map(() => []);
  for (let run = 0; run < repeat; run++) {
    for (const [k, query] of QUERIES.entries())
      focused[k]!.push(await measureFirstSearch(browser, url, query));
    for (const [k, query] of QUERIES.entries())
      cold[k]!.push(await measureFirstSearch(browser, url, query, 0));
  }
  const typing = await measureTyping(browser, url, quick ? TYPED.slice(0, 1) : TYPED, repeat);
  const typos = await measureTypos(browser, url);
  return { home, queries: focused.map(combineRuns), queriesCold: cold.map(combineRuns), typing, typos };
}
