import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, progressLine } from './progress.ts';

describe('progressLine', () => {
  it('shows counts, percentage and an ETA from the rate so far', () => {
    expect(progressLine('prerender', 250, 1000, 10_000, 10)).toBe(
      'prerender [###-------] 250/1,000   25%  ETA 30s',
    );
  });
  it('drops the ETA when done', () => {
    expect(progressLine('x', 5, 5, 1000, 4, { finished: true })).toBe('x [####] 5/5  100%');
  });
  it('stays below 100% until the phase is finished, though its count is complete', () => {
    expect(progressLine('x', 5, 5, 1000, 10)).toBe('x [##########] 5/5   99%');
  });
  it('shows the step being worked on instead of the bare counts', () => {
    expect(progressLine('data', 500, 1000, 10_000, 10, { detail: 'search index 10/40' })).toBe(
      'data [#####-----] search index 10/40   50%  ETA 10s',
    );
  });
});

it('formatDuration reads well at every scale', () => {
  expect(formatDuration(4_400)).toBe('4s');
  expect(formatDuration(125_000)).toBe('2m05s');
  expect(formatDuration(3_720_000)).toBe('1h02m');
});

describe('createProgress', () => {
  it('redraws one line on a terminal', () => {
    const out: string[] = [];
    let time = 0;
    const progress = createProgress('p', 100, { isTTY: true, write: (s) => out.push(s) }, () => time);
    time = 200;
    progress.update(50);
    time = 250; // too soon to redraw
    progress.update(60);
    time = 400;
    progress.update(100);
    progress.finish();
    expect(out).toHaveLength(3);
    expect(out.every((line) => line.startsWith('\r'))).toBe(true);
    expect(out[2]).toMatch(/100\/100 +100% in 0s/);
  });
  it('shows 100% only when finished, even when the counts ran ahead of the work', () => {
    const out: string[] = [];
    let time = 0;
    const progress = createProgress('p', 120, { isTTY: true, write: (s) => out.push(s) }, () => time);
    time = 200;
    progress.update(100, 'files 100/100, merging');
    progress.finish('100 files');
    expect(out[0]).toMatch(/files 100\/100, merging +83%/);
    expect(out[1]).toMatch(/100 files +100% in 0s/);
  });
  it('writes a few plain lines to a log', () => {
    const out: string[] = [];
    const progress = createProgress('p', 100, { isTTY: false, write: (s) => out.push(s) }, () => 0);
    for (let done = 1; done <= 100; done++) progress.update(done);
    progress.finish();
    expect(out.length).toBeLessThanOrEqual(5);
    expect(out.every((line) => !line.includes('\r'))).toBe(true);
  });
});
