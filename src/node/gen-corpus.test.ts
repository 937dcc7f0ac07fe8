import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateArticle, generateCorpus } from './gen-corpus.ts';
import { ingestFolder } from './load-seeds.ts';

const root = mkdtempSync(path.join(tmpdir(), 'readout-gen-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('gen-corpus', () => {
  const texts = Array.from({ length: 400 }, (_, i) => generateArticle(i).text);
  const share = (re: RegExp) => texts.filter((t) => re.test(t)).length / texts.length;

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateArticle(17, 1)).toEqual(generateArticle(17, 1));
    expect(generateArticle(17, 2).text).not.toBe(generateArticle(17, 1).text);
  });

  it('writes wire-sized articles in the format and its messy variants', () => {
    const average = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / texts.length;
    expect(average).toBeGreaterThan(2800);
    expect(average).toBeLessThan(4500);
    expect(texts.every((t) => /^ date \d{4}-\d{2}(-\d{2})? /.test(t))).toBe(true);
    expect(share(/^ date \d{4}-\d{2} /)).toBeGreaterThan(0); // month-only dates
    expect(share(/\n(Xinhua|TASS|APP)\) \d\d:\d\d, /)).toBeGreaterThan(0.2); // source/time lines
    expect(share(/^ date [\d-]+ (Home>>|News \/ World|Latest News|Skip to Content|12)\n/)).toBeGreaterThan(
      0.05,
    );
    expect(share(/\(Xinhua\) -- /)).toBeGreaterThan(0.3);
    expect(share(/\((Xinhua|TASS|APP)\/[A-Z][a-z]+ [A-Z][a-z]+\)\n/)).toBeGreaterThan(0.1); // captions with credits
    expect(share(/\nEditor: /)).toBeGreaterThan(0.1);
    expect(share(/[“”’]/)).toBeGreaterThan(0.05);
    expect(share(/\p{Script=Han}/u)).toBeGreaterThan(0.02);
    expect(share(/\.\n[A-Z"“]/)).toBeGreaterThan(0.1); // single-newline paragraphs
    expect(new Set(texts.map((t) => t.slice(6, 10))).size).toBeGreaterThan(5); // several years
  });

  it('nests files by year and month, and every file ingests to an article', async () => {
    const dir = path.join(root, 'corpus');
    generateCorpus(120, dir);
    const years = readdirSync(dir);
    expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
    const dataset = await ingestFolder(dir, { workers: 0 });
    expect(dataset.articles).toHaveLength(120);
    expect(dataset.people.length).toBeGreaterThan(50);
    const sample = dataset.articles[0]!;
    expect(readFileSync(path.join(dir, sample.file), 'utf8')).toContain(sample.paragraphs[0]!.slice(0, 40));
  });
});
