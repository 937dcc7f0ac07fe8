import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { assertRelativeInside, createFileSink, writeFiles } from './write-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readout-write-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

it('writes nested files, creating folders', async () => {
  const files = new Map(
    Array.from({ length: 120 }, (_, i) => [`data/p/${i % 7}/f${i}.json`, `{"i":${i}}`] as const),
  );
  await writeFiles(dir, files, { concurrency: 8 });
  expect(await fs.readFile(path.join(dir, 'data/p/3/f10.json'), 'utf8')).toBe('{"i":10}');
  expect((await fs.readdir(path.join(dir, 'data/p'))).length).toBe(7);
});

it('refuses paths that would escape the output folder, before writing anything', async () => {
  for (const bad of ['../x.json', '/etc/x', 'a/../../x', 'a//b', 'a\\b', '']) {
    expect(() => assertRelativeInside(bad)).toThrow(/Refusing/);
  }
  await expect(
    writeFiles(
      dir,
      new Map([
        ['ok.json', '1'],
        ['../escape.json', '2'],
      ]),
    ),
  ).rejects.toThrow(/Refusing/);
  expect(await fs.readdir(dir)).toEqual([]);
});

it('reports the bytes written and the largest file', async () => {
  const result = await writeFiles(
    dir,
    new Map([
      ['a.json', 'é'],
      ['b/c.json', '12345'],
    ]),
  );
  expect(result).toEqual({ bytes: 7, largest: { file: 'b/c.json', bytes: 5 } });
});

it('a file sink writes each file at once, creating folders, and counts files and bytes', async () => {
  const sink = createFileSink(dir);
  sink.write('data/a/1.json', '{"a":1}');
  expect(await fs.readFile(path.join(dir, 'data/a/1.json'), 'utf8')).toBe('{"a":1}');
  sink.write('data/a/2.json', 'é');
  sink.write('top.txt', '123456789');
  expect(sink.files).toEqual(['data/a/1.json', 'data/a/2.json', 'top.txt']);
  expect(sink.bytes).toBe(7 + 2 + 9);
  expect(sink.largest).toEqual({ file: 'top.txt', bytes: 9 });
  expect(() => sink.write('../escape.json', 'x')).toThrow(/Refusing/);
  expect(await fs.readdir(path.dirname(dir))).not.toContain('escape.json');
});
