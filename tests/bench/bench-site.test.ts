// Smoke run of the site bench (1,000 articles, no Pagefind, no Lighthouse): it must still produce a complete
// table, and the byte budgets hold. No timing assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSiteBench } from './bench-site.ts';
import { QUERIES, TYPOS } from './queries.ts';

describe('site bench (quick)', () => {
  const jsonDir = mkdtempSync(path.join(tmpdir(), 'bench-site-'));
  afterAll(() => rmSync(jsonDir, { recursive: true, force: true }));

  it('builds 1,000 articles and measures the home page and every query in Chromium', async () => {
    const json = path.join(jsonDir, 'bench-site.json');
    const report = await runSiteBench({
      sizes: [1000],
      outDir: 'bench-out',
      quick: true,
      json,
      log: () => {},
    });

    expect(report.sizes).toHaveLength(1);
    const [size] = report.sizes;
    expect(size!.build.exitCode).toBe(0);
    expect(size!.build.dist.files).toBeGreaterThan(1000);
    expect(size!.ours.home.gzBytes).toBeGreaterThan(0);
    expect(size!.ours.queries.map((q) => q.label)).toEqual(QUERIES.map((q) => q.label));
    for (const query of size!.ours.queries) {
      expect(query.ms, query.label).toEqual(expect.any(Number));
      expect(query.hits, query.label).toEqual(expect.any(Number));
      expect(query.transfer.gzBytes, query.label).toBeGreaterThan(0);
    }
    expect(size!.ours.typing.keystrokes.every((k) => typeof k.ms === 'number')).toBe(true);
    expect(size!.ours.typos.words).toHaveLength(TYPOS.length);
    for (const query of QUERIES) expect(report.table).toContain(`“${query.q}”`);
    expect(report.table).not.toContain('timeout');

    // The byte budgets of issue 4 (sizes, not times, so they belong in a test): the home page with its
    // JavaScript, and everything a first search downloads, search code included. The JS does not grow with the
    // corpus, so a 1,000-article site catches a bundle that outgrows its budget.
    expect(size!.ours.home.gzBytes).toBeLessThanOrEqual(150_000);
    expect(size!.ours.home.gzByType.script ?? 0).toBeLessThanOrEqual(120_000);
    for (const query of size!.ours.queries)
      expect(query.transfer.gzBytes, query.label).toBeLessThanOrEqual(100_000);
  }, 240_000);
});
