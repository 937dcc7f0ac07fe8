import { describe, expect, it } from 'vitest';
import { monthRanges } from './month-ranges.ts';

describe('monthRanges', () => {
  it('gives each month the range of documents dated in it, an article dated only by its month included', () => {
    // Newest first, as the list and the index number them: "2024-10" sorts after October's days.
    const dates = ['2024-11-02', '2024-10-30', '2024-10-01', '2024-10', '2024-09-15', '2023-12', '', ''];
    expect(monthRanges(dates)).toEqual([
      ['2024-11', 0, 1],
      ['2024-10', 1, 4],
      ['2024-09', 4, 5],
      ['2023-12', 5, 6],
    ]);
  });

  it('refuses documents out of date order, whose month would not be one range', () => {
    expect(() => monthRanges(['2024-10-02', '2024-09-01', '2024-10-01'])).toThrow(/not in date order/);
  });
});
