import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it('writes full and month-only dates in words', () => {
    expect(formatDate('2024-10-22')).toBe('22 October 2024');
    expect(formatDate('2024-03-05')).toBe('5 March 2024');
    expect(formatDate('2024-10')).toBe('October 2024');
  });

  it('leaves missing or malformed dates as written', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate('yesterday')).toBe('yesterday');
  });
});
