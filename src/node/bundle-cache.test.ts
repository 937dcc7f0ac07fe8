import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, cachedBundle, runBundle } from './bundle-cache.mjs';

let root: string;
let cache: string;
const before = process.env.READOUT_BUNDLE_CACHE;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'readout-bundle-cache-'));
  cache = path.join(root, 'cache');
  process.env.READOUT_BUNDLE_CACHE = cache;
});
afterAll(() => {
  if (before === undefined) delete process.env.READOUT_BUNDLE_CACHE;
  else process.env.READOUT_BUNDLE_CACHE = before;
  rmSync(root, { recursive: true, force: true });
});

const load = (file: string) => createRequire(import.meta.url)(file) as { where: string; answer: number };

describe('bundle', () => {
  it('is made once, loaded from the cache while its files are unchanged, and made again after an edit to a source or its tsconfig.json', async () => {
    const src = path.join(root, 'src');
    mkdirSync(src);
    const entry = path.join(src, 'entry.ts');
    const part = path.join(src, 'part.ts');
    writeFileSync(
      entry,
      "export { answer } from './part.ts';\nexport const where: string = import.meta.url;\n",
    );
    writeFileSync(part, 'export const answer: number = 41;\n');
    const tsconfig = path.join(src, 'tsconfig.json');
    writeFileSync(tsconfig, '{ "compilerOptions": { "target": "ES2022" } }\n');

    expect(cachedBundle(entry)).toBeNull();
    const first = await bundle(entry);
    expect(first?.file).toBeTruthy();
    expect(cachedBundle(entry)).toBe(first!.file);
    // Each module keeps its own source file's URL, as under tsx.
    expect(load(first!.file!)).toMatchObject({ answer: 41, where: pathToFileURL(entry).href });
    expect((await bundle(entry))?.code).toBe(first!.code);

    writeFileSync(part, 'export const answer: number = 42;\n');
    expect(cachedBundle(entry)).toBeNull();
    const second = await bundle(entry);
    expect(second?.code).toContain('42');
    expect(cachedBundle(entry)).toBe(second!.file);

    // How TypeScript compiles is part of what a bundle was made from.
    writeFileSync(tsconfig, '{ "compilerOptions": { "target": "ES2020" } }\n');
    expect(cachedBundle(entry)).toBeNull();
  });

  it('is made again when a tsconfig.json or package.json appears up the tree after it was made, or goes', async () => {
    const outer = path.join(root, 'outer');
    const inner = path.join(outer, 'inner');
    mkdirSync(inner, { recursive: true });
    const entry = path.join(inner, 'entry.ts');
    writeFileSync(entry, 'export const answer: number = 5;\n');
    const made = await bundle(entry);
    expect(cachedBundle(entry)).toBe(made!.file);

    // A tsconfig.json new in a folder above says how TypeScript compiles from now on.
    const tsconfig = path.join(outer, 'tsconfig.json');
    writeFileSync(tsconfig, '{ "compilerOptions": { "useDefineForClassFields": false } }\n');
    expect(cachedBundle(entry)).toBeNull();
    const again = await bundle(entry);
    expect(cachedBundle(entry)).toBe(again!.file);

    // So does a package.json new beside the entry (its "type" says how a .js file is read).
    writeFileSync(path.join(inner, 'package.json'), '{ "type": "module" }\n');
    expect(cachedBundle(entry)).toBeNull();
    await bundle(entry);
    expect(cachedBundle(entry)).toBeTruthy();

    rmSync(tsconfig);
    expect(cachedBundle(entry)).toBeNull();
  });

  it.skipIf(process.platform !== 'linux')(
    'is made in memory, at once, when the cache folder cannot be made',
    async () => {
      const entry = path.join(root, 'nowhere.ts');
      writeFileSync(entry, 'export const answer: number = 9;\n');
      // The kernel answers ENOENT here though /proc exists: a recursive mkdir would retry for ever.
      process.env.READOUT_BUNDLE_CACHE = '/proc/readout-bundles';
      try {
        const made = await bundle(entry);
        expect(made?.code).toContain('9');
        expect(made?.file).toBeNull();
      } finally {
        process.env.READOUT_BUNDLE_CACHE = cache;
      }
    },
  );

  it('is made in memory when the cache folder is one others may write into', async () => {
    const entry = path.join(root, 'alone.ts');
    writeFileSync(entry, 'export const answer: number = 7;\n');
    const shared = path.join(root, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    process.env.READOUT_BUNDLE_CACHE = shared;
    try {
      const made = await bundle(entry);
      expect(made?.code).toContain('7');
      expect(made?.file).toBeNull();
      expect(cachedBundle(entry)).toBeNull();
    } finally {
      process.env.READOUT_BUNDLE_CACHE = cache;
    }
  });

  it("runs from memory when it has no cache file, with Node's own modules and its own source file's URL", async () => {
    const entry = path.join(root, 'run.ts');
    writeFileSync(
      entry,
      "import path from 'node:path';\nexport const where: string = import.meta.url;\nexport const joined: string = path.posix.join('a', 'b');\n",
    );
    const made = await bundle(entry);
    expect(made?.file).toBeTruthy();
    const exported = { joined: 'a/b', where: pathToFileURL(entry).href };
    expect(runBundle(made!, entry)).toMatchObject(exported);
    expect(runBundle({ code: made!.code, file: null }, entry)).toMatchObject(exported);
  });
});
