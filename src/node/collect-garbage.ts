// A full garbage collection on demand, for the build's threads at the points where they let large data go.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 collects as a thread allocates: memory let go by a thread that then mostly waits, or that allocates little
 * afterwards, stays in its heap (or, for typed arrays, outside it) until a collection that may come minutes later.
 * `gc` is given to a new context only, so the flag changes nothing else.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
