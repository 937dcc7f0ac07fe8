import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteInBackground, leftoverTrash, moveOutDirAside } from './out-dir.ts';
import { clearOutDirInBackground } from './vite-plugin.ts';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-out-dir-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const previousBuild = (outDir: string) => {
  fs.mkdirSync(path.join(outDir, 'data', 'articles'), { recursive: true });
  fs.mkdirSync(path.join(outDir, '.git'), { recursive: true });
  fs.writeFileSync(path.join(outDir, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
  fs.writeFileSync(path.join(outDir, 'index.html'), '<html></html>');
  fs.writeFileSync(path.join(outDir, 'data', 'articles', 'a.json'), '{}');
};

const config = (build: Partial<ResolvedConfig['build']>) =>
  ({
    root,
    build: { outDir: 'dist', write: true, emptyOutDir: null, ...build },
  }) as unknown as ResolvedConfig;

describe('moving the previous build aside', () => {
  it('leaves only .git in the output folder and the old files in one hidden sibling', () => {
    const outDir = path.join(root, 'dist');
    previousBuild(outDir);
    const trash = moveOutDirAside(outDir, 'test');
    expect(trash).toBe(path.join(root, '.dist-deleting-test'));
    expect(fs.readdirSync(outDir)).toEqual(['.git']);
    expect(fs.readdirSync(trash!).sort()).toEqual(['data', 'index.html']);
    expect(fs.readFileSync(path.join(trash!, 'data', 'articles', 'a.json'), 'utf8')).toBe('{}');
    expect(leftoverTrash(outDir)).toEqual([trash]);
  });

  it('does nothing for a missing or empty output folder', () => {
    expect(moveOutDirAside(path.join(root, 'missing'))).toBeNull();
    fs.mkdirSync(path.join(root, 'empty'));
    expect(moveOutDirAside(path.join(root, 'empty'))).toBeNull();
    expect(fs.readdirSync(root)).toEqual(['empty']);
  });

  it('deletes the moved files in another process', async () => {
    const outDir = path.join(root, 'dist');
    previousBuild(outDir);
    moveOutDirAside(outDir, 'a');
    previousBuild(outDir);
    moveOutDirAside(outDir, 'b');
    deleteInBackground(leftoverTrash(outDir));
    await vi.waitFor(() => expect(fs.readdirSync(root)).toEqual(['dist']), { timeout: 10_000, interval: 50 });
    expect(fs.readdirSync(path.join(root, 'dist'))).toEqual(['.git']);
  });
});

describe('the build plugin clears the output folder only where Vite would empty it', () => {
  it('moves the old build of an outDir inside the project', async () => {
    previousBuild(path.join(root, 'dist'));
    clearOutDirInBackground(config({}));
    expect(fs.readdirSync(path.join(root, 'dist'))).toEqual(['.git']);
    await vi.waitFor(() => expect(leftoverTrash(path.join(root, 'dist'))).toEqual([]), {
      timeout: 10_000,
      interval: 50,
    });
  });

  it('keeps everything when emptyOutDir is false, or the outDir is outside the project and not set to be emptied', () => {
    previousBuild(path.join(root, 'dist'));
    clearOutDirInBackground(config({ emptyOutDir: false }));
    expect(fs.readdirSync(path.join(root, 'dist')).sort()).toEqual(['.git', 'data', 'index.html']);
    const project = path.join(root, 'project');
    fs.mkdirSync(project);
    clearOutDirInBackground({ ...config({ outDir: '../dist' }), root: project } as ResolvedConfig);
    expect(fs.readdirSync(path.join(root, 'dist')).sort()).toEqual(['.git', 'data', 'index.html']);
  });

  it('never touches the project folder itself, even when told to empty it', () => {
    previousBuild(root);
    clearOutDirInBackground(config({ outDir: '.', emptyOutDir: true }));
    expect(fs.readdirSync(root).sort()).toEqual(['.git', 'data', 'index.html']);
  });
});
