import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { StepProgress } from '../site/step-progress.ts';
import { collectAsStepsBegin, collectGarbage } from './collect-garbage.ts';

describe('collectGarbage', () => {
  it('frees what nothing references any more, at once', async () => {
    // Made in a function of its own, so no local of this test holds it.
    const ref = ((): WeakRef<number[]> => new WeakRef(new Array<number>(100_000).fill(1)))();
    // A WeakRef keeps its target for the rest of the turn that made it.
    await nextTurn();
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});

describe('collectAsStepsBegin', () => {
  const at = (step: string, done: number): StepProgress => ({ step, done, total: 2, fraction: 0 });

  it('collects once as each named step begins and passes every report on', () => {
    const events: string[] = [];
    const onProgress = collectAsStepsBegin(
      ['articles', 'people'],
      ({ step, done }) => events.push(`${step} ${done}`),
      () => events.push('collect'),
    );
    for (const progress of [
      at('lists', 0),
      at('articles', 0),
      at('articles', 1),
      at('people', 0),
      at('people', 1),
    ])
      onProgress(progress);
    expect(events).toEqual([
      'lists 0',
      'collect',
      'articles 0',
      'articles 1',
      'collect',
      'people 0',
      'people 1',
    ]);
  });

  it('collects without a callback to pass reports to (a build too small for a progress bar)', () => {
    let collections = 0;
    const onProgress = collectAsStepsBegin(['people'], undefined, () => collections++);
    onProgress(at('people', 0));
    onProgress(at('people', 1));
    expect(collections).toBe(1);
  });
});
