// OR and AND of scored doc lists, and a binary search over one: shared by the browser's search engine and the
// build's precomputed first pages, which must rank every query alike (same scores, same order).

/** Sorted doc numbers with a score each (null for lists that only filter, which add nothing). */
export interface ScoredList {
  docs: ArrayLike<number>;
  scores: Float64Array | null;
}

/** The union of alternatives (a word and its completions): each doc with its best score. */
export function union<L extends ScoredList>(
  lists: readonly L[],
): L | { docs: number[]; scores: Float64Array } {
  if (lists.length === 1) return lists[0]!;
  const best = new Map<number, number>();
  for (const list of lists)
    for (let i = 0; i < list.docs.length; i++) {
      const doc = list.docs[i]!;
      const s = list.scores ? list.scores[i]! : 0;
      if ((best.get(doc) ?? -1) < s) best.set(doc, s);
    }
  const docs = [...best.keys()].sort((a, b) => a - b);
  return { docs, scores: Float64Array.from(docs, (d) => best.get(d)!) };
}

/** The docs in both lists, scored by the sum of their scores. */
export function intersect(a: ScoredList, b: ScoredList): { docs: number[]; scores: Float64Array } {
  const docs: number[] = [];
  const scores = new Float64Array(Math.min(a.docs.length, b.docs.length));
  let i = 0;
  let j = 0;
  while (i < a.docs.length && j < b.docs.length) {
    const x = a.docs[i]!;
    const y = b.docs[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      scores[docs.length] = (a.scores ? a.scores[i]! : 0) + (b.scores ? b.scores[j]! : 0);
      docs.push(x);
      i++;
      j++;
    }
  }
  return { docs, scores: scores.subarray(0, docs.length) };
}

/** Index of the first item >= `value` in a sorted list (doc numbers, or words in code-unit order). */
export function lowerBound<T extends number | string>(items: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
