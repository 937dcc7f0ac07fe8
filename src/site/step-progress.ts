// One progress figure for a phase made of several steps, each weighted by its measured cost, so a bar and its
// ETA cover the whole phase and not only its first step's count.

/** Where a phase is: the step being worked on, its own counts, and the whole phase's share done (0 to 1). */
export interface StepProgress {
  step: string;
  done: number;
  total: number;
  fraction: number;
}

export type OnStepProgress = (progress: StepProgress) => void;

/**
 * `costs` lists the steps in the order they run, each with its cost (any unit, e.g. CPU seconds). The returned
 * function reports `done` of `total` within a step; starting a step counts every step before it as done. The
 * fraction never goes back, and it reaches 1 only when the last step reports itself complete.
 */
export function createStepProgress<Step extends string>(
  costs: readonly (readonly [Step, number])[],
  report: OnStepProgress | undefined,
): (step: Step, done: number, total: number) => void {
  if (!report) return () => undefined;
  const sum = costs.reduce((total, [, cost]) => total + cost, 0) || 1;
  const before = new Map<Step, { start: number; cost: number }>();
  let start = 0;
  for (const [step, cost] of costs) {
    before.set(step, { start, cost });
    start += cost;
  }
  let last = 0;
  return (step, done, total) => {
    const at = before.get(step);
    if (!at) return;
    const within = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
    last = Math.max(last, (at.start + at.cost * within) / sum);
    report({ step, done, total, fraction: last });
  };
}
