import { describe, expect, it } from 'vitest';
import { createStepProgress, type StepProgress } from './step-progress.ts';

describe('createStepProgress', () => {
  const costs = [
    ['light', 1],
    ['heavy', 3],
  ] as const;

  it('weights each step by its cost', () => {
    const reports: StepProgress[] = [];
    const progress = createStepProgress(costs, (report) => reports.push(report));
    progress('light', 1, 2);
    progress('heavy', 0, 10);
    progress('heavy', 5, 10);
    progress('heavy', 10, 10);
    expect(reports.map((report) => report.fraction)).toEqual([0.125, 0.25, 0.625, 1]);
    expect(reports[2]).toEqual({ step: 'heavy', done: 5, total: 10, fraction: 0.625 });
  });

  it('never goes back, whatever a step reports', () => {
    const fractions: number[] = [];
    const progress = createStepProgress(costs, (report) => fractions.push(report.fraction));
    progress('heavy', 4, 4);
    progress('light', 0, 1);
    progress('heavy', 12, 4);
    expect(fractions).toEqual([1, 1, 1]);
  });
});
