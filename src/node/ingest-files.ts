// Reading one seed file, shared by the main thread and the ingest workers.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Knowledge } from '../common/dataset.ts';
import { ingestFile, type FileResult } from '../ingest/ingest.ts';

/**
 * Files above this size are skipped with a warning. A wire article is a few KB; a file of megabytes is almost
 * always a dump or a mistake, and the limit keeps one such file from stalling a build.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface SeedFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the seeds folder, with forward slashes. */
  rel: string;
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * One read buffer for every file of this thread, grown when a file needs more: a fresh buffer per file cost
 * ~0.5% of the ingest in allocation alone, and more in the garbage collections its external memory triggers.
 */
let scratch = new Uint8Array(64 * 1024);

/**
 * The bytes of a seed file, or a warning saying why it cannot be used. Never throws. The bytes live in a buffer
 * that the next call overwrites: use them before reading another file.
 */
function readSeedFile(file: SeedFile): { bytes: Uint8Array } | { warning: FileResult['warnings'][number] } {
  let fd: number | null = null;
  try {
    fd = openSync(file.abs, 'r');
    // Read to the end without asking the size first (a stat per file): only a file that fills the buffer past
    // the limit is measured, for the message.
    let read = 0;
    for (;;) {
      if (read === scratch.length) {
        if (read > MAX_FILE_BYTES) {
          const size = Math.max(fstatSync(fd).size, read);
          return {
            warning: {
              file: file.rel,
              line: 1,
              message:
                `file is ${mb(size)}, over the ${mb(MAX_FILE_BYTES)} limit for one article; skipped ` +
                '(split it into one article per file, or move it out of the seeds folder)',
            },
          };
        }
        const grown = new Uint8Array(Math.min(scratch.length * 2, MAX_FILE_BYTES + 1));
        grown.set(scratch);
        scratch = grown;
      }
      const n = readSync(fd, scratch, read, scratch.length - read, null);
      if (n === 0) break;
      read += n;
    }
    return { bytes: scratch.subarray(0, read) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied; check the file permissions'
        : code === 'ENOENT'
          ? 'not found (a broken link, or removed while reading)'
          : code === 'EISDIR'
            ? 'is a directory'
            : (error as Error).message;
    return { warning: { file: file.rel, line: 1, message: `could not be read: ${reason}; file skipped` } };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Read and ingest one file: the unit of work of both the main thread and the workers. */
export function ingestSeedFile(file: SeedFile, knowledge: Knowledge): FileResult {
  const read = readSeedFile(file);
  if ('warning' in read) return { file: file.rel, article: null, warnings: [read.warning] };
  return ingestFile(file.rel, read.bytes, knowledge);
}
