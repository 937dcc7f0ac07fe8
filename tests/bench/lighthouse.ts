// Lighthouse 12 (default mobile profile: emulated phone, simulated slow 4G and 4x CPU slowdown) on a served
// site, in the same Chromium the other measurements use, launched by chrome-launcher (a Lighthouse dependency).
import { resolveChromium } from '../e2e/chromium';

export interface LighthouseScores {
  url: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Failed audits (score < 1) per category, to say what to fix. */
  failing: string[];
  error?: string;
}

export async function runLighthouse(urls: string[]): Promise<LighthouseScores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chromium = await resolveChromium();
  // chrome-launcher adds its own headless and profile flags; keep only the sandbox/GPU ones.
  const chrome = await launch({
    chromePath: chromium.executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results: LighthouseScores[] = [];
  try {
    for (const url of urls) {
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
        results.push({
          url,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          failing,
          ...(lhr?.runtimeError ? { error: lhr.runtimeError.message } : {}),
        });
      } catch (error) {
        results.push({
          url,
          performance: null,
          accessibility: null,
          bestPractices: null,
          seo: null,
          failing: [],
          error: String(error),
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
