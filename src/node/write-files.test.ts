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

it('a file sink writes every file by the time it closes, creating folders, and counts files and bytes', async () => {
  const sink = createFileSink(dir);
  sink.write('data/a/1.json', '{"a":1}');
  sink.write('data/a/2.json', 'é');
  sink.write('top.txt', '123456789');
  expect(() => sink.write('../escape.json', 'x')).toThrow(/Refusing/);
  expect(() => sink.write('top.txt', 'again')).toThrow(/twice/);
  expect(sink.files).toEqual(['data/a/1.json', 'data/a/2.json', 'top.txt']);
  expect(await sink.close()).toEqual({ bytes: 7 + 2 + 9, largest: { file: 'top.txt', bytes: 9 } });
  expect(await fs.readFile(path.join(dir, 'data/a/1.json'), 'utf8')).toBe('{"a":1}');
  expect(await fs.readFile(path.join(dir, 'data/a/2.json'), 'utf8')).toBe('é');
  expect(await fs.readFile(path.join(dir, 'top.txt'), 'utf8')).toBe('123456789');
  expect(await fs.readdir(path.dirname(dir))).not.toContain('escape.json');
});

it('a file sink whose writer falls behind writes files itself, and every file arrives', async () => {
  // A queue of at most 50 characters in batches of 10: most batches find the writer thread behind.
  const sink = createFileSink(dir, { maxQueuedChars: 50, batchChars: 10 });
  const texts = Array.from({ length: 300 }, (_, i) => `{"n":${i},"pad":"${'x'.repeat(i % 40)}"}`);
  texts.forEach((text, i) => sink.write(`p/${i % 9}/f${i}.json`, text));
  const totals = await sink.close();
  expect(totals.bytes).toBe(texts.reduce((sum, text) => sum + text.length, 0));
  for (const i of [0, 1, 150, 299])
    expect(await fs.readFile(path.join(dir, `p/${i % 9}/f${i}.json`), 'utf8')).toBe(texts[i]);
  expect((await fs.readdir(path.join(dir, 'p/4'))).length).toBe(texts.filter((_, i) => i % 9 === 4).length);
});

it('a file sink reports a write that failed when it closes', async () => {
  const sink = createFileSink(dir);
  sink.write('a', 'a file where a folder is needed next');
  sink.write('a/b.json', '{}');
  await expect(sink.close()).rejects.toThrow(/Could not write a\/b\.json/);
});

it("a file sink's digest follows every file's path and text, whichever thread wrote it", async () => {
  const files = Array.from({ length: 200 }, (_, i): [string, string] => [
    `p/${i % 7}/f${i}.json`,
    `{"n":${i},"t":"é${i}"}`,
  ]);
  const digestOf = async (entries: [string, string][], opts?: Parameters<typeof createFileSink>[1]) => {
    const out = await fs.mkdtemp(path.join(dir, 'd-'));
    const sink = createFileSink(out, opts);
    for (const [file, text] of entries) sink.write(file, text);
    const digest = sink.digest();
    await sink.close();
    return digest;
  };
  const digest = await digestOf(files);
  expect(digest).toMatch(/^[0-9a-f]{14}$/);
  // The same files in the same batches, most of them written by the calling thread: the same digest.
  expect(await digestOf(files, { maxQueuedChars: 50, batchChars: 10 })).toBe(
    await digestOf(files, { batchChars: 10 }),
  );
  expect(await digestOf(files)).toBe(digest);
  const changed = files.map(([file, text], i): [string, string] => [
    file,
    i === 120 ? text.replace('é', 'è') : text,
  ]);
  expect(await digestOf(changed)).not.toBe(digest);
  const moved = files.map(([file, text], i): [string, string] => [i === 5 ? 'p/5/other.json' : file, text]);
  expect(await digestOf(moved)).not.toBe(digest);
});
