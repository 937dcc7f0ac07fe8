// A one-line progress bar with counts and ETA on a terminal; a few plain lines when output is a log file.

export interface Progress {
  update(done: number): void;
  finish(): void;
}

export const formatDuration = (ms: number): string => {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
};

/** "[#####-----] 500/1,000  50%  ETA 12s" — ETA from the average rate so far. */
export function progressLine(
  label: string,
  done: number,
  total: number,
  elapsedMs: number,
  width = 24,
): string {
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(fraction * width);
  const eta = done > 0 && done < total ? `  ETA ${formatDuration((elapsedMs / done) * (total - done))}` : '';
  return (
    `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ` +
    `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}  ${String(Math.floor(fraction * 100)).padStart(3)}%${eta}`
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
    update(done) {
      last = done;
      const time = now();
      if (stream.isTTY) {
        // Redraw at most 10 times a second: drawing 100,000 times costs more than the work it reports.
        if (time - lastDraw < 100 && done < total) return;
        lastDraw = time;
        stream.write(`\r${progressLine(label, done, total, time - started)}\x1b[K`);
      } else {
        const quarter = total === 0 ? 4 : Math.floor((done / total) * 4);
        if (quarter > lastQuarter && quarter < 4) {
          lastQuarter = quarter;
          stream.write(`${progressLine(label, done, total, time - started)}\n`);
        }
      }
    },
    finish() {
      const line = `${progressLine(label, last, total, now() - started)} in ${formatDuration(now() - started)}`;
      stream.write(stream.isTTY ? `\r${line}\x1b[K\n` : `${line}\n`);
    },
  };
}
