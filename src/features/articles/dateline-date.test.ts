import { describe, expect, it } from 'vitest';
import { formatDatelineDate } from './dateline-date.ts';

describe('formatDatelineDate', () => {
  it('writes a dateline date the way the reader writes dates', () => {
    expect(formatDatelineDate('Oct. 21')).toBe('21 October');
    expect(formatDatelineDate('Sept. 3')).toBe('3 September');
    expect(formatDatelineDate('March 05')).toBe('5 March');
    expect(formatDatelineDate('21 October')).toBe('21 October');
    expect(formatDatelineDate('May 1')).toBe('1 May');
  });

  // One dateline in ten carries its year or an ordinal day; they were shown as written ("Riyadh, October 20, 2023").
  it('keeps a year the dateline gives, and reads ordinal days', () => {
    expect(formatDatelineDate('October 20, 2023')).toBe('20 October 2023');
    expect(formatDatelineDate('Nov. 12, 2024')).toBe('12 November 2024');
    expect(formatDatelineDate('Jan 12 2024')).toBe('12 January 2024');
    expect(formatDatelineDate('May 20/2025')).toBe('20 May 2025');
    expect(formatDatelineDate('11th Mar, 2024')).toBe('11 March 2024');
    expect(formatDatelineDate('13th February, 2024')).toBe('13 February 2024');
    expect(formatDatelineDate('27 May 2024')).toBe('27 May 2024');
    expect(formatDatelineDate('2nd June')).toBe('2 June');
    expect(formatDatelineDate('SEP 4')).toBe('4 September');
  });

  it('leaves out a year that is the article’s own', () => {
    expect(formatDatelineDate('October 20, 2023', '2023')).toBe('20 October');
    expect(formatDatelineDate('Dec. 31, 2023', '2024')).toBe('31 December 2023');
  });

  it('leaves what it cannot read as written', () => {
    expect(formatDatelineDate('Monday')).toBe('Monday');
    expect(formatDatelineDate('Ma 3')).toBe('Ma 3');
    expect(formatDatelineDate('Oct. 41')).toBe('Oct. 41');
    expect(formatDatelineDate('Oct. 21, 24')).toBe('Oct. 21, 24');
    expect(formatDatelineDate('Monday 3')).toBe('Monday 3');
  });
});
