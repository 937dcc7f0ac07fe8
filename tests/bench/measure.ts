// Process and file measurements for the site bench: run a command while recording wall time and peak memory,
// describe a built folder (size, file count, largest file), and read its files as a cold browser would.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DataLoadError } from '../../src/common/fetch-json.ts';

export interface RunResult {
  seconds: number;
  /** Peak resident memory in MB, see `peakRssSource`. */
  peakRssMB: number | null;
  /**
   * Where peak memory came from: "time -v" is GNU time's maximum RSS of the largest single process in the
   * tree (worker threads count, they share the process); "proc" is the polled sum of the whole process tree.
   */
  peakRssSource: 'time -v' | 'proc';
  /** Polled sum of RSS over the process tree (every 200 ms), in MB: catches child processes time -v misses. */
  treePeakRssMB: number;
  exitCode: number;
}

const hasGnuTime = existsSync('/usr/bin/time');
const pageSize = 4096;

/** Pid -> parent pid for every process, read from /proc. */
function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

function treeRssBytes(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[21]) * pageSize;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * The environment for a measured command: ours without the test runner's variables, so a build started from the
 * smoke test (vitest sets NODE_ENV=test and VITEST*) is the same production build as from a terminal.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Runs `cmd args` with env, output to logFile; wall time, peak memory (GNU time when present, else /proc). */
export async function runMeasured(
  cmd: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; logFile: string; cwd?: string },
): Promise<RunResult> {
  const argv = hasGnuTime ? ['/usr/bin/time', '-v', cmd, ...args] : [cmd, ...args];
  const start = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: opts.cwd ?? process.cwd(),
    env: { ...childEnv(), ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Streamed to the log file, so a long build's progress can be followed with tail -f.
  const log = createWriteStream(opts.logFile);
  let tail = '';
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let treePeak = 0;
  const poll = setInterval(() => {
    if (child.pid) treePeak = Math.max(treePeak, treeRssBytes(child.pid));
  }, 200);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(poll);
  const seconds = (performance.now() - start) / 1000;
  await new Promise((resolve) => log.end(resolve));
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(tail);
  const treePeakRssMB = Math.round(treePeak / 2 ** 20);
  return {
    seconds,
    peakRssMB: maxRss ? Math.round(Number(maxRss[1]) / 1024) : treePeakRssMB,
    peakRssSource: maxRss ? 'time -v' : 'proc',
    treePeakRssMB,
    exitCode,
  };
}

export interface DirStats {
  files: number;
  bytes: number;
  largestFile: string;
  largestBytes: number;
  htmlFiles: number;
  jsonFiles: number;
}

/** Size of a folder, skipping subfolders named in `skip` (e.g. Pagefind's output inside the site). */
export function dirStats(root: string, skip: string[] = []): DirStats {
  const stats: DirStats = {
    files: 0,
    bytes: 0,
    largestFile: '',
    largestBytes: 0,
    htmlFiles: 0,
    jsonFiles: 0,
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.includes(path.relative(root, abs))) walk(abs);
        continue;
      }
      const size = statSync(abs).size;
      stats.files++;
      stats.bytes += size;
      if (entry.name.endsWith('.html')) stats.htmlFiles++;
      if (entry.name.endsWith('.json')) stats.jsonFiles++;
      if (size > stats.largestBytes) {
        stats.largestBytes = size;
        stats.largestFile = path.relative(root, abs);
      }
    }
  };
  walk(root);
  return stats;
}

/**
 * Reads a built site's file as the app would fetch it (a missing one is the app's 404) and records its bytes, as
 * `size` counts them, the first time each path is read: what a cold browser downloads.
 */
export function builtFileReader(
  root: string,
  downloaded: Map<string, number>,
  size: (data: Buffer) => number,
) {
  return async (file: string): Promise<unknown> => {
    let data: Buffer;
    try {
      data = readFileSync(`${root}/${file}`);
    } catch {
      throw new DataLoadError(file, 404);
    }
    if (!downloaded.has(file)) downloaded.set(file, size(data));
    return JSON.parse(data.toString('utf8')) as unknown;
  };
}
