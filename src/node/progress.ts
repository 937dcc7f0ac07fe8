// A one-line progress bar with counts and ETA on a terminal; a few plain lines when output is a log file.

export interface Progress {
  /** `detail` (say, the step being worked on and its own counts) is shown instead of `done/total`. */
  update(done: number, detail?: string): void;
  /** The phase's work is over: only now does the bar show 100%. */
  finish(detail?: string): void;
}

export const formatDuration = (ms: number): string => {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
};

/** "1,500/20,000": a count of a total, as every progress line writes it. */
export const formatCounts = (done: number, total: number): string =>
  `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;

/** "1 article, 3 people": what an ingest found, as the CLI and the plugin print it. */
export const formatFound = (articles: number, people: number): string =>
  `${articles.toLocaleString('en-US')} ${articles === 1 ? 'article' : 'articles'}, ` +
  `${people.toLocaleString('en-US')} ${people === 1 ? 'person' : 'people'}`;

/**
 * "[#####-----] 500/1,000  50%  ETA 12s" — ETA from the average rate so far. Until `finished`, the bar stops at
 * 99%: a phase's last count can come before its last work (a final merge, a writer draining).
 */
export function progressLine(
  label: string,
  done: number,
  total: number,
  elapsedMs: number,
  width = 24,
  opts: { detail?: string; finished?: boolean } = {},
): string {
  const whole = total === 0 ? 1 : Math.min(1, done / total);
  const fraction = opts.finished ? whole : Math.min(whole, 0.99);
  const filled = Math.round(fraction * width);
  const eta = done > 0 && done < total ? `  ETA ${formatDuration((elapsedMs / done) * (total - done))}` : '';
  const counts = opts.detail ?? formatCounts(done, total);
  return (
    `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ` +
    `${counts}  ${String(Math.floor(fraction * 100)).padStart(3)}%${eta}`
  );
}

interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export function createProgress(
  label: string,
  total: number,
  stream: ProgressStream = process.stderr,
  now: () => number = Date.now,
): Progress {
  const started = now();
  let lastDraw = 0;
  let lastQuarter = 0; // no "0%" line: the first line comes at a quarter done
  let last = 0;
  return {
    update(done, detail) {
      last = done;
      const time = now();
      if (stream.isTTY) {
        // Redraw at most 10 times a second: drawing 100,000 times costs more than the work it reports.
        if (time - lastDraw < 100 && done < total) return;
        lastDraw = time;
        stream.write(`\r${progressLine(label, done, total, time - started, undefined, { detail })}\x1b[K`);
      } else {
        const quarter = total === 0 ? 4 : Math.floor((done / total) * 4);
        if (quarter > lastQuarter && quarter < 4) {
          lastQuarter = quarter;
          stream.write(`${progressLine(label, done, total, time - started, undefined, { detail })}\n`);
        }
      }
    },
    finish(detail) {
      const elapsed = now() - started;
      // Finished is all done, also when the last count came before the phase's last work.
      const done = Math.max(last, total);
      const line = `${progressLine(label, done, total, elapsed, undefined, { detail, finished: true })} in ${formatDuration(elapsed)}`;
      stream.write(stream.isTTY ? `\r${line}\x1b[K\n` : `${line}\n`);
    },
  };
}
