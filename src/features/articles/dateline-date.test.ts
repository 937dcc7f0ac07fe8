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

  it('leaves what it cannot read as written', () => {
    expect(formatDatelineDate('Monday')).toBe('Monday');
    expect(formatDatelineDate('Ma 3')).toBe('Ma 3');
    expect(formatDatelineDate('Oct. 41')).toBe('Oct. 41');
  });
});
