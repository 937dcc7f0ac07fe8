import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage.ts';

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
