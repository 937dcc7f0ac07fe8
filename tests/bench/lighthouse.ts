// Lighthouse 12 (default mobile profile: emulated phone, simulated slow 4G and 4x CPU slowdown) on a served
// site, in the same Chromium the other measurements use, launched by chrome-launcher (a Lighthouse dependency).
// On its own, against a site built earlier:
//   npx tsx tests/bench/lighthouse.ts SITE_DIR [--compression br+gzip|gzip|none] [--runs N] [--save DIR]
// serves SITE_DIR with the e2e static server and prints the scores, the metrics and the failing audits of the
// home page, the first article and the first person (median of 3 runs each); --save writes the median reports.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveChromium } from '../e2e/chromium.ts';
import { startStaticServer, type Compression } from '../e2e/static-server.ts';
import { runIfMain } from '../../src/node/run-main.ts';

export interface LighthouseScores {
  url: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Failed audits (score < 1) per category, to say what to fix. */
  failing: string[];
  /** The performance metrics as Lighthouse displays them (FCP, LCP, TBT, CLS, speed index). */
  metrics?: Record<string, string>;
  /** Performance score of every run; the fields above are the median run's (by performance). */
  runs?: (number | null)[];
  error?: string;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

function firstDir(dir: string): string | null {
  if (!existsSync(dir)) return null;
  return (
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()[0] ?? null
  );
}

/** The pages the bench scores: home, the first article and the first person (by folder name). */
export function lighthouseUrls(siteDir: string, siteUrl: string): string[] {
  const article = firstDir(path.join(siteDir, 'articles'));
  const person = firstDir(path.join(siteDir, 'people'));
  const urls = [siteUrl];
  if (article) urls.push(`${siteUrl}articles/${article}/`);
  if (person) urls.push(`${siteUrl}people/${person}/`);
  return urls;
}

/**
 * Lighthouse `runs` times per page (default 3), reporting the median run by performance score, as Lighthouse's
 * own guidance on variability advises: one run swings by several points on a shared machine.
 */
export async function runLighthouse(
  urls: string[],
  opts: { save?: (url: string, report: unknown) => void; runs?: number } = {},
): Promise<LighthouseScores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chromium = await resolveChromium();
  // chrome-launcher adds its own headless and profile flags; keep only the sandbox/GPU ones.
  const chrome = await launch({
    chromePath: chromium.executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results: LighthouseScores[] = [];
  const once = async (url: string): Promise<LighthouseScores & { lhr?: unknown }> => {
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result?.lhr;
      const score = (id: string) => {
        const value = lhr?.categories[id]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      const failing: string[] = [];
      for (const [id, category] of Object.entries(lhr?.categories ?? {})) {
        for (const ref of category.auditRefs) {
          const audit = lhr?.audits[ref.id];
          if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1)
            failing.push(`${id}: ${ref.id} (${audit.displayValue ?? audit.score})`);
        }
      }
      const metrics: Record<string, string> = {};
      for (const id of METRICS) metrics[id] = lhr?.audits[id]?.displayValue ?? '?';
      return {
        lhr,
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        failing,
        metrics,
        ...(lhr?.runtimeError ? { error: lhr.runtimeError.message } : {}),
      };
    } catch (error) {
      return {
        url,
        performance: null,
        accessibility: null,
        bestPractices: null,
        seo: null,
        failing: [],
        error: String(error),
      };
    }
  };
  try {
    for (const url of urls) {
      const runs: (LighthouseScores & { lhr?: unknown })[] = [];
      for (let i = 0; i < Math.max(1, opts.runs ?? 3); i++) runs.push(await once(url));
      const ranked = [...runs].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
      const { lhr, ...median } = ranked[Math.floor((ranked.length - 1) / 2)]!;
      if (lhr) opts.save?.(url, lhr);
      results.push({ ...median, runs: runs.map((run) => run.performance) });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

async function main(argv: string[]): Promise<number> {
  const siteDir = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const compression = (value('--compression') ?? 'br+gzip') as Compression;
  if (
    !siteDir ||
    !existsSync(path.join(siteDir, 'index.html')) ||
    !['br+gzip', 'gzip', 'none'].includes(compression)
  ) {
    process.stderr.write(
      'usage: tests/bench/lighthouse.ts SITE_DIR [--compression br+gzip|gzip|none] [--runs N] [--save DIR]\n',
    );
    return 2;
  }
  const saveDir = value('--save');
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  const server = await startStaticServer({ root: siteDir, compression });
  try {
    const results = await runLighthouse(lighthouseUrls(siteDir, server.url), {
      runs: Number(value('--runs') ?? 3),
      save: saveDir
        ? (url, report) => {
            const page = new URL(url).pathname.split('/')[1] || 'home';
            writeFileSync(path.join(saveDir, `${page}.json`), JSON.stringify(report));
          }
        : undefined,
    });
    for (const r of results) {
      const page = new URL(r.url).pathname;
      process.stdout.write(
        `${page}\n  perf ${r.performance} (runs: ${(r.runs ?? []).join(', ')}) · a11y ${r.accessibility} · best practices ${r.bestPractices} · SEO ${r.seo}` +
          (r.error ? ` · error: ${r.error}` : '') +
          `\n  ${Object.entries(r.metrics ?? {})
            .map(([k, v]) => `${k} ${v}`)
            .join(' · ')}\n` +
          r.failing.map((f) => `  failing ${f}\n`).join(''),
      );
    }
  } finally {
    await server.close();
  }
  return 0;
}

runIfMain(import.meta.url, main);
