// A full garbage collection on demand, for the build's threads at the points where they let large data go.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { OnStepProgress } from '../site/step-progress.ts';

/**
 * V8 collects as a thread allocates: memory let go by a thread that then mostly waits, or that allocates little
 * afterwards, stays in its heap (or, for typed arrays, outside it) until a collection that may come minutes later.
 * `gc` is given to a new context only, so the flag changes nothing else.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * A phase's progress callback that also collects once as each of `steps` begins (its first report), then passes
 * every report on. For the data phase's main thread, which is busy with synchronous work from start to end, so V8's
 * idle-time collections never run: what an earlier step let go is freed before the next step allocates, which then
 * reuses that space instead of growing the heap.
 */
export function collectAsStepsBegin(
  steps: readonly string[],
  report?: OnStepProgress,
  collect: () => void = collectGarbage,
): OnStepProgress {
  const due = new Set(steps);
  return (progress) => {
    if (due.delete(progress.step)) collect();
    report?.(progress);
  };
}
