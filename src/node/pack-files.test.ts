import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { packFiles } from '../common/data-packs.ts';
import { dataPaths, searchPaths } from '../common/paths.ts';
import { packWrittenFiles } from './pack-files.ts';
import { writeFiles } from './write-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readout-pack-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function listFiles(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(`${child}/`, ...(await listFiles(root, child)));
    else out.push(child);
  }
  return out.sort();
}

it('replaces the written data files by the same packs the pure packing makes, and leaves no empty folders', async () => {
  const site = new Map<string, string>([
    ['index.html', '<!doctype html>'],
    [dataPaths.manifest(), '{"articleCount":30}'],
    ...[...Array(30).keys()].map((i) => [dataPaths.article(`a${i}`), `{"n":${i}}`] as [string, string]),
    [dataPaths.person('wang-yi'), '{"name":"Wang Yi"}'],
    [dataPaths.personArticles('wang-yi', 1), '{"page":1}'],
    [dataPaths.personArticles('wang-yi', 2), '{"page":2}'],
    [dataPaths.listPage(1), '{"articles":[]}'],
    [searchPaths.docs(0), '[]'],
    [searchPaths.shard(0), '{}'],
  ]);
  await writeFiles(dir, site);
  const result = await packWrittenFiles(dir, site.keys());

  const expected = packFiles(site);
  const files = (await listFiles(dir)).filter((file) => !file.endsWith('/'));
  expect(files).toEqual([...expected.keys()].sort());
  for (const [file, text] of expected) expect(await fs.readFile(path.join(dir, file), 'utf8')).toBe(text);
  const folders = (await listFiles(dir)).filter((file) => file.endsWith('/'));
  // data/articles, data/list, data/people/wang-yi, data/people and data/search/docs are gone.
  expect(folders.filter((folder) => !folder.startsWith('data/packs/'))).toEqual([
    'data/',
    'data/search/',
    'data/search/shards/',
  ]);

  expect(result.packed).toBe(site.size - 3);
  expect(result.packs).toBe(expected.size - 3);
  const bytes = (map: Map<string, string>) =>
    [...map.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  expect(result.bytesDelta).toBe(bytes(expected) - bytes(site));
});

it('reports progress in files packed (what the work is), from before the first pack to the last file', async () => {
  const site = new Map<string, string>([
    ...[...Array(600).keys()].map((i) => [dataPaths.article(`a${i}`), '{}'] as [string, string]),
    ...[...Array(600).keys()].map((i) => [searchPaths.docs(i), '[]'] as [string, string]),
  ]);
  await writeFiles(dir, site);
  const reports: [number, number][] = [];
  await packWrittenFiles(dir, site.keys(), { onProgress: (done, total) => reports.push([done, total]) });
  expect(reports[0]).toEqual([0, 1200]);
  expect(reports.at(-1)).toEqual([1200, 1200]);
  const done = reports.map(([count]) => count);
  expect(done).toEqual([...done].sort((x, y) => x - y));
});
