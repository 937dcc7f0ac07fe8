// Writes a map of relative paths -> contents under a folder, many at once, creating each folder once.
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Rejects paths that could escape the output folder ("../x", "/etc/x", "a/../../x"). */
export function assertRelativeInside(file: string): void {
  const parts = file.split('/');
  if (
    file === '' ||
    path.isAbsolute(file) ||
    file.includes('\\') ||
    parts.some((p) => p === '..' || p === '.' || p === '')
  ) {
    throw new Error(`Refusing to write "${file}": not a plain relative path inside the output folder`);
  }
}

export async function writeFiles(
  outDir: string,
  files: Map<string, string>,
  opts: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ bytes: number; largest: { file: string; bytes: number } | null }> {
  const entries = [...files.keys()];
  let bytes = 0;
  let largest: { file: string; bytes: number } | null = null;
  entries.forEach(assertRelativeInside);
  const dirs = new Set(entries.map((file) => path.dirname(path.join(outDir, file))));
  // Parents before children, so each mkdir is a single call.
  for (const dir of [...dirs].sort((a, b) => a.length - b.length)) await fs.mkdir(dir, { recursive: true });
  const concurrency = opts.concurrency ?? 64;
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < entries.length) {
      const file = entries[next++]!;
      const content = Buffer.from(files.get(file)!);
      bytes += content.length;
      if (!largest || content.length > largest.bytes) largest = { file, bytes: content.length };
      await fs.writeFile(path.join(outDir, file), content);
      done++;
      if (done % 500 === 0 || done === entries.length) opts.onProgress?.(done, entries.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, lane));
  return { bytes, largest };
}

export interface FileSink {
  /** Writes one file now (synchronously), so its text can be collected as soon as the caller lets go of it. */
  write(file: string, content: string): void;
  /** Paths written so far, in order. */
  readonly files: string[];
  readonly bytes: number;
  readonly largest: { file: string; bytes: number } | null;
}

/**
 * A sink for files produced one at a time (the site data at 100,000 articles is ~700 MB of strings): each is
 * written before the next is built, so no more than one is alive. Folders are created once each.
 */
export function createFileSink(outDir: string): FileSink {
  const made = new Set<string>();
  const files: string[] = [];
  let bytes = 0;
  let largest: { file: string; bytes: number } | null = null;
  return {
    write(file, content) {
      assertRelativeInside(file);
      const target = path.join(outDir, file);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        fsSync.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      const data = Buffer.from(content);
      fsSync.writeFileSync(target, data);
      files.push(file);
      bytes += data.length;
      if (!largest || data.length > largest.bytes) largest = { file, bytes: data.length };
    },
    files,
    get bytes() {
      return bytes;
    },
    get largest() {
      return largest;
    },
  };
}
