import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBench } from './bench.ts';

// The 1,000-article smoke run of `npm run bench`: it must keep working; its timings are not asserted.
describe('npm run bench -- --quick', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'readout-bench-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('ingests 1,000 generated articles and writes the table and JSON', async () => {
    const lines: string[] = [];
    // The site section has its own smoke test (bench-site.test.ts); this one keeps the ingest table honest.
    await runBench({ quick: true, only: 'ingest', outDir, log: (line) => lines.push(line) });
    const ingest = JSON.parse(readFileSync(path.join(outDir, 'bench-ingest.json'), 'utf8'));
    expect(ingest.rows).toHaveLength(1);
    expect(ingest.rows[0].articles).toBe(1000);
    expect(ingest.rows[0].singlePerSecond).toBeGreaterThan(0);
    expect(ingest.rows[0].freshPerSecond).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/\| 1,000 \|/);
    const report = JSON.parse(readFileSync(path.join(outDir, 'bench.json'), 'utf8'));
    expect(report.machine.cores).toBeGreaterThan(0);
  }, 120_000);
});
