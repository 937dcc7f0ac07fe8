import { describe, expect, it } from 'vitest';
import { dateRanges } from './date-ranges.ts';

describe('dateRanges', () => {
  // Newest first, as the list and the index number them: "2024-10" sorts after October's days, undated ones last.
  const dates = ['2024-11-02', '2024-10-30', '2024-10-01', '2024-10', '2024-09-15', '2023-12', '', ''];

  it('gives each month the range of documents dated in it, an article dated only by its month included', () => {
    expect(dateRanges(dates, 'month')).toEqual([
      ['2024-11', 0, 1],
      ['2024-10', 1, 4],
      ['2024-09', 4, 5],
      ['2023-12', 5, 6],
    ]);
  });

  it('gives each year the range of documents dated in it, and the undated none', () => {
    expect(dateRanges(dates, 'year')).toEqual([
      ['2024', 0, 5],
      ['2023', 5, 6],
    ]);
  });

  it('gives a month split by another one a run for each stretch, which is why documents are numbered by date', () => {
    expect(dateRanges(['2024-10-02', '2024-09-01', '2024-10-01'], 'month')).toEqual([
      ['2024-10', 0, 1],
      ['2024-09', 1, 2],
      ['2024-10', 2, 3],
    ]);
  });
});
