// npm run ingest -- --seeds DIR --out FILE [--strict]
// Thin shell over ingestFolder: arguments, progress, warnings on stderr, the dataset file, exit codes.

import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Dataset } from '../common/dataset.ts';
import { formatCounts, formatFound } from './progress.ts';
import { runIfMain } from './run-main.ts';

const USAGE = `Usage: npm run ingest -- --seeds DIR --out FILE [--strict]

Reads every *.txt file under DIR (recursively; other files are ignored; DIR/people.json holds optional
corrections) and writes the dataset JSON to FILE.

Options:
  --seeds DIR   folder of plain-text articles (required)
  --out FILE    where to write the dataset JSON (required; folders are created)
  --strict      exit with status 1 when there is any warning
  --help        show this help

Warnings go to stderr as "path:line: message", path being DIR as given joined with the file's path.
Exit status: 0 done (warnings allowed), 1 warnings with --strict, 2 usage error, missing folder or unwritable
FILE.`;

/** Below this many files no progress is shown: small folders finish before anyone would read it. */
const PROGRESS_MIN_FILES = 500;

export async function main(argv: string[]): Promise<number> {
  let values: { seeds?: string; out?: string; strict?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string' },
        out: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.seeds) return usageError('missing --seeds DIR (the folder that holds your *.txt articles)');
  if (!values.out)
    return usageError('missing --out FILE (where to write the dataset JSON, e.g. --out dataset.json)');

  const seeds = values.seeds;
  let info;
  try {
    info = statSync(seeds);
  } catch {
    return usageError(
      `seeds folder "${seeds}" does not exist; pass the folder that holds your *.txt articles`,
    );
  }
  if (!info.isDirectory()) {
    return usageError(
      `"${seeds}" is not a folder; pass the folder that holds your *.txt articles, not a file`,
    );
  }

  if (isFolder(values.out)) {
    return usageError(
      `"${values.out}" is a folder; pass a file name for the dataset, e.g. --out ${path.join(values.out, 'dataset.json')}`,
    );
  }

  // Before the ingest, which can take minutes: a folder that cannot be made fails the run now.
  try {
    makeFolders(path.dirname(path.resolve(values.out)));
  } catch (error) {
    process.stderr.write(`error: could not write "${values.out}": ${(error as Error).message}\n`);
    return 2;
  }

  // Loaded only once the arguments hold: the ingest's modules take about a second, which --help and a usage error
  // should not wait for.
  const { ingestFolder } = await import('./load-seeds.ts');
  const started = performance.now();
  const progress = createProgress(process.stderr);
  let dataset: Dataset;
  try {
    dataset = await ingestFolder(seeds, { onProgress: progress.update });
  } catch (error) {
    progress.end();
    process.stderr.write(`error: could not read the seeds folder "${seeds}": ${(error as Error).message}\n`);
    return 2;
  }
  progress.end();

  for (const w of dataset.warnings) {
    process.stderr.write(`${path.join(seeds, w.file)}:${w.line}: ${w.message}\n`);
  }
  if (dataset.articles.length === 0 && dataset.warnings.length === 0) {
    process.stderr.write(`note: no *.txt files found under "${seeds}"; the dataset is empty\n`);
  }

  try {
    writeDataset(values.out, dataset);
  } catch (error) {
    process.stderr.write(`error: could not write "${values.out}": ${(error as Error).message}\n`);
    return 2;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Wrote ${values.out}: ${formatFound(dataset.articles.length, dataset.people.length)}, ` +
      `${dataset.warnings.length} warning${dataset.warnings.length === 1 ? '' : 's'} (${seconds} s)\n`,
  );
  return values.strict && dataset.warnings.length > 0 ? 1 : 0;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function usageError(message: string): number {
  process.stderr.write(`error: ${message}\n\n${USAGE}\n`);
  return 2;
}

/**
 * Makes `dir` and its missing parents, throwing at the first that cannot be made. Not `mkdirSync`'s `recursive`,
 * which retries for ever where the kernel refuses a new folder with ENOENT though its parent exists (`/proc/x`).
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let folder = path.resolve(dir); !existsSync(folder); folder = path.dirname(folder)) {
    missing.push(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made meanwhile by another run is fine.
      if (!isFolder(folder)) throw error;
    }
  }
}

/**
 * Writes the dataset one record per line: compact enough for 100,000 articles, diffable, and never one giant
 * string (V8 caps strings at ~512 MB). Written to a temporary file and renamed, so a failed run leaves no half file.
 */
export function writeDataset(file: string, dataset: Dataset): void {
  makeFolders(path.dirname(path.resolve(file)));
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    let buffer = '';
    const write = (text: string) => {
      buffer += text;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    };
    const list = (key: 'articles' | 'people' | 'warnings', first: boolean) => {
      const items = dataset[key];
      write(`${first ? '{' : ','}${JSON.stringify(key)}:[`);
      items.forEach((item, i) => write(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`));
      write(items.length > 0 ? '\n]' : ']');
    };
    list('articles', true);
    list('people', false);
    list('warnings', false);
    write('}\n');
    writeSync(fd, buffer);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

/** A single updating line on a terminal; otherwise a plain line every 10% (CI logs stay short). */
export function createProgress(
  stream: NodeJS.WriteStream,
  now: () => number = () => performance.now(),
): Progress {
  const start = now();
  let lastDraw = -Infinity;
  let lastDecile = 0;
  let drawn = false;
  const format = (done: number, total: number) => {
    const elapsed = (now() - start) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const pct = Math.floor((done / total) * 100);
    return (
      `Ingesting ${formatCounts(done, total)} files (${pct}%), ` +
      `${Math.round(rate).toLocaleString('en-US')} files/s, ETA ${formatDuration(eta)}`
    );
  };
  return {
    update(done, total) {
      if (total < PROGRESS_MIN_FILES) return;
      if (stream.isTTY) {
        const t = now();
        if (t - lastDraw < 100 && done < total) return;
        lastDraw = t;
        const line = format(done, total).slice(0, Math.max(20, (stream.columns || 80) - 1));
        stream.write(`\r\x1b[2K${line}`);
        drawn = true;
      } else {
        const decile = Math.floor((done / total) * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          stream.write(`${format(done, total)}\n`);
        }
      }
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${String(seconds % 60).padStart(2, '0')}s`;
}

// Usage errors and a missing folder exit 2; so does an unexpected crash.
runIfMain(import.meta.url, main, 2);
