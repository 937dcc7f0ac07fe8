// Review 40: what the review of the code sessions 35–36 left changes for a reader, on invented sentences with
// invented people (none of them are in the held-out files).
import { describe, expect, it } from 'vitest';
import { monthIndex } from './extract/months.ts';

describe('a month the rules read', () => {
  it('is found by its full name or its short form, any case', () => {
    expect(['January', 'Sept.', 'AUGUST', 'dec'].map(monthIndex)).toEqual([0, 8, 7, 11]);
    expect(monthIndex('Monday')).toBe(-1);
  });
});
