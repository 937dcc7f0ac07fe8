// Writes a map of relative paths -> contents under a folder, many at once, creating each folder once.
import { createHash, type Hash } from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

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

export interface WrittenTotals {
  bytes: number;
  largest: { file: string; bytes: number } | null;
}

export interface FileSink {
  /**
   * Hands one file to the writer thread and returns at once; the path is checked here, so a bad one throws to the
   * caller. When the writer is behind, the calling thread writes the file itself instead of waiting.
   */
  write(file: string, content: string): void;
  /**
   * A digest of every file handed over so far (path and UTF-8 bytes, in the order given), 14 hex digits: the
   * files are hashed by node:crypto where they are written, mostly the writer thread, so the caller's thread does
   * not read their text again. Waits for the writer to have hashed what it was given.
   */
  digest(): string;
  /** Resolves once every file is on disk, with the totals; rejects with the first write that failed. */
  close(): Promise<WrittenTotals>;
  /** Paths written so far, in order. */
  readonly files: string[];
}

/** Characters per message to the writer: few enough messages that their cost does not matter. */
const BATCH_CHARS = 1 << 20;
/** Characters handed to the writer and not yet written, at most: bounds the memory of the queue (~16 MB). */
const MAX_QUEUED_CHARS = 1 << 24;

/** A batch of files: `paths[i]` gets `texts[i]`; `first` is the first one's number in the order written. */
export interface FileBatch {
  first: number;
  paths: string[];
  texts: string[];
}

export interface BatchTotals {
  bytes: number;
  largest: { file: string; bytes: number; order: number } | null;
  error: string | null;
}

/**
 * The writer thread (plain CommonJS, so it runs under tsx, vitest and Vite's config loader alike). It writes each
 * batch, creating each folder once, hashes it (see hashFile), sends the batch's digest on its digest port, then
 * lowers the shared count of queued characters and wakes a caller waiting for it (FileSink.digest). Each text is
 * encoded to UTF-8 once, for the hash and the file. The same steps as writeBatch below, which cannot be shared as
 * code with a thread started from source.
 */
const writerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const queued = new Int32Array(workerData.queued);
const digests = workerData.digests;
const made = new Set();
const totals = { bytes: 0, largest: null, error: null };
parentPort.on('message', (batch) => {
  if (batch === null) {
    parentPort.postMessage(totals);
    return;
  }
  let chars = 0;
  const hash = createHash('sha256');
  for (let i = 0; i < batch.paths.length; i++) {
    const file = batch.paths[i];
    const text = batch.texts[i];
    chars += text.length;
    const bytes = Buffer.from(text);
    hash.update(file + '\\0' + bytes.length + '\\0');
    hash.update(bytes);
    if (totals.error) continue;
    try {
      const target = path.join(workerData.outDir, file);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      fs.writeFileSync(target, bytes);
      totals.bytes += bytes.length;
      if (!totals.largest || bytes.length > totals.largest.bytes)
        totals.largest = { file, bytes: bytes.length, order: batch.first + i };
    } catch (e) {
      totals.error = 'Could not write ' + file + ': ' + (e && e.message ? e.message : String(e));
      Atomics.store(queued, 1, 1);
    }
  }
  digests.postMessage({ first: batch.first, digest: hash.digest('hex') });
  Atomics.sub(queued, 0, chars);
  Atomics.notify(queued, 0);
});
`;

/** What a file adds to its batch's digest: its path and length, then its UTF-8 bytes (as the writer thread does). */
function hashFile(hash: Hash, file: string, bytes: Buffer): void {
  hash.update(`${file}\0${bytes.length}\0`);
  hash.update(bytes);
}

/**
 * The writer thread's steps (see writerSource), for the batches the calling thread writes itself, hashed into
 * `hash` (and the search index's thread, for its own files, not hashed).
 */
export function writeBatch(
  outDir: string,
  batch: FileBatch,
  made: Set<string>,
  totals: BatchTotals,
  hash?: Hash,
): void {
  for (let i = 0; i < batch.paths.length; i++) {
    const file = batch.paths[i]!;
    const text = batch.texts[i]!;
    // Encoded once when hashed, for the hash and the file; else Node's native UTF-8 path writes the string.
    const encoded = hash ? Buffer.from(text) : null;
    if (hash) hashFile(hash, file, encoded!);
    if (totals.error) continue;
    try {
      const target = path.join(outDir, file);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        fsSync.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      fsSync.writeFileSync(target, encoded ?? text);
      const bytes = encoded ? encoded.length : Buffer.byteLength(text);
      totals.bytes += bytes;
      if (!totals.largest || bytes > totals.largest.bytes)
        totals.largest = { file, bytes, order: batch.first + i };
    } catch (error) {
      totals.error = `Could not write ${file}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

/**
 * A sink for files produced one at a time by a synchronous builder (the site data at 100,000 articles: ~150,000
 * files, ~700 MB of strings). A worker thread writes them while the builder goes on, so the file creations
 * (open() alone took a fifth of the data phase on the main thread) overlap the computing; the strings die young
 * (a batch is copied to the writer when handed over), and the queue is bounded, so the texts never all sit in
 * memory at once. When the writer is that far behind, the caller writes the batch itself rather than wait, so
 * files may be written out of order: a path given twice is refused.
 */
export function createFileSink(
  outDir: string,
  opts: { maxQueuedChars?: number; batchChars?: number } = {},
): FileSink {
  const maxQueued = opts.maxQueuedChars ?? MAX_QUEUED_CHARS;
  const batchChars = opts.batchChars ?? BATCH_CHARS;
  // [0]: characters handed to the writer and not yet written; [1]: 1 once one of its writes failed.
  const queued = new Int32Array(new SharedArrayBuffer(8));
  // The writer sends each batch's digest here; digest() reads them synchronously.
  const digestChannel = new MessageChannel();
  const worker = new Worker(writerSource, {
    eval: true,
    workerData: { outDir, queued: queued.buffer, digests: digestChannel.port2 },
    transferList: [digestChannel.port2],
    // Not the parent's loaders (tsx, vitest): the writer is plain JavaScript.
    execArgv: [],
  });
  // A build that throws before close() must still be able to exit.
  worker.unref();
  let crashed: Error | null = null;
  worker.on('error', (error) => (crashed = error));
  const own: BatchTotals = { bytes: 0, largest: null, error: null };
  const made = new Set<string>();
  const files: string[] = [];
  const seen = new Set<string>();
  let batch: FileBatch = { first: 0, paths: [], texts: [] };
  let batchSize = 0;
  // Each batch's digest by its first file's number, whichever thread hashed it; the order given is the order read.
  const batchDigests = new Map<number, string>();
  const flush = () => {
    if (batch.paths.length === 0) return;
    if (Atomics.load(queued, 0) + batchSize > maxQueued || crashed) {
      const hash = createHash('sha256');
      writeBatch(outDir, batch, made, own, hash);
      batchDigests.set(batch.first, hash.digest('hex'));
    } else {
      Atomics.add(queued, 0, batchSize);
      worker.postMessage(batch);
    }
    batch = { first: files.length, paths: [], texts: [] };
    batchSize = 0;
  };
  let closing: Promise<WrittenTotals> | null = null;
  const digest = (): string => {
    flush();
    // The writer lowers the count after sending a batch's digest. A thread blocked here gets no events, so a
    // writer that died would never be noticed: give up when the count has not moved for five minutes.
    let waited = 0;
    for (let left = Atomics.load(queued, 0); left > 0; left = Atomics.load(queued, 0)) {
      if (Atomics.wait(queued, 0, left, 1000) === 'timed-out' && ++waited >= 300)
        throw new Error('The writer thread stopped before hashing the files');
      if (Atomics.load(queued, 0) !== left) waited = 0;
    }
    for (
      let m = receiveMessageOnPort(digestChannel.port1);
      m;
      m = receiveMessageOnPort(digestChannel.port1)
    ) {
      const { first, digest: batchDigest } = m.message as { first: number; digest: string };
      batchDigests.set(first, batchDigest);
    }
    const all = createHash('sha256');
    for (const first of [...batchDigests.keys()].sort((a, b) => a - b)) all.update(batchDigests.get(first)!);
    return all.digest('hex').slice(0, 14);
  };
  return {
    write(file, content) {
      if (closing) throw new Error(`Cannot write "${file}": the sink is closed`);
      assertRelativeInside(file);
      // Two threads write, so a path given twice could end with either text: refuse it.
      if (seen.has(file)) throw new Error(`Refusing to write "${file}" twice`);
      seen.add(file);
      files.push(file);
      // After a failed write nothing more is written (close() reports why).
      if (own.error || Atomics.load(queued, 1) !== 0) return;
      batch.paths.push(file);
      batch.texts.push(content);
      batchSize += content.length;
      if (batchSize >= batchChars) flush();
    },
    close() {
      closing ??= new Promise<WrittenTotals>((resolve, reject) => {
        flush();
        worker.ref();
        const finish = (theirs: BatchTotals) => {
          void worker.terminate();
          digestChannel.port1.close();
          const error = own.error ?? theirs.error;
          if (error) return reject(new Error(error));
          // The first of the largest files in the order written, whichever thread wrote it.
          const [a, b] = [own.largest, theirs.largest];
          const largest =
            a && b ? (a.bytes > b.bytes || (a.bytes === b.bytes && a.order < b.order) ? a : b) : (a ?? b);
          resolve({
            bytes: own.bytes + theirs.bytes,
            largest: largest && { file: largest.file, bytes: largest.bytes },
          });
        };
        worker.once('message', finish);
        worker.once('error', (error) => {
          void worker.terminate();
          digestChannel.port1.close();
          reject(error);
        });
        if (crashed) reject(crashed);
        else worker.postMessage(null);
      });
      return closing;
    },
    digest,
    files,
  };
}
