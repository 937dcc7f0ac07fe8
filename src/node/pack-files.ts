// PRERENDER=shell: replaces the packable data files already written to the output folder by their packs
// (src/common/data-packs.ts). It runs after the prerender, which reads data files from disk, and reads one pack's
// members at a time, so memory stays at one pack (the site data at 100,000 articles is ~700 MB of text).
import fs from 'node:fs/promises';
import path from 'node:path';
import { buildPack, groupByPack } from '../common/data-packs.ts';

export interface PackResult {
  /** Data files replaced (and deleted). */
  packed: number;
  /** Pack files written. */
  packs: number;
  /** Bytes written minus bytes deleted. */
  bytesDelta: number;
  largest: { file: string; bytes: number } | null;
}

export async function packWrittenFiles(
  outDir: string,
  files: Iterable<string>,
  opts: { concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<PackResult> {
  // A path written twice (overwritten) is one file.
  const groups = [...groupByPack(new Set(files))];
  const result: PackResult = { packed: 0, packs: 0, bytesDelta: 0, largest: null };
  // Progress counts files, not packs: the work is reading and deleting each file, and the packs come in path order,
  // the articles' first (10 files each at 20,000 articles) and the search docs' last (about one), so a count of
  // packs gave an ETA several times too long. From 0, so the bar's clock starts before the folders are made.
  const fileCount = groups.reduce((sum, [, members]) => sum + members.length, 0);
  opts.onProgress?.(0, fileCount);
  let reported = 0;
  const dirs = new Set<string>();
  for (const [pack] of groups) dirs.add(path.dirname(path.join(outDir, pack)));
  for (const dir of dirs) await fs.mkdir(dir, { recursive: true });
  const emptied = new Set<string>();
  let next = 0;
  const lane = async () => {
    while (next < groups.length) {
      const [pack, members] = groups[next++]!;
      const texts = await Promise.all(members.map((file) => fs.readFile(path.join(outDir, file), 'utf8')));
      const data = Buffer.from(buildPack(members.map((file, i) => [file, texts[i]!] as const)));
      await fs.writeFile(path.join(outDir, pack), data);
      await Promise.all(members.map((file) => fs.unlink(path.join(outDir, file))));
      for (const file of members) emptied.add(path.dirname(file));
      result.packed += members.length;
      result.packs++;
      result.bytesDelta += data.length - texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
      if (!result.largest || data.length > result.largest.bytes)
        result.largest = { file: pack, bytes: data.length };
      if (result.packed - reported >= 500 || result.packs === groups.length) {
        reported = result.packed;
        opts.onProgress?.(result.packed, fileCount);
      }
    }
  };
  const concurrency = Math.min(opts.concurrency ?? 16, groups.length);
  await Promise.all(Array.from({ length: concurrency }, lane));
  // Folders left empty (data/articles, data/people/<slug>, ...), deepest first; a folder still holding other
  // files stays.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let rel = dir; rel !== '.' && rel !== 'data'; rel = path.posix.dirname(rel)) {
      try {
        await fs.rmdir(path.join(outDir, rel));
      } catch {
        break;
      }
    }
  }
  return result;
}
