import { describe, expect, it } from 'vitest';
import { impossibleDate, parseHeader } from './header.ts';

describe('parseHeader', () => {
  it('splits the date from the rest of line 1', () => {
    expect(parseHeader(' date 2024-10-22 Wang Yi holds phone talk')).toEqual({
      date: '2024-10-22',
      rest: ' Wang Yi holds phone talk',
      warning: null,
    });
    expect(parseHeader(' date 2024-10')).toEqual({ date: '2024-10', rest: '', warning: null });
  });

  it('keeps chrome written where the date should be as the rest, with a warning', () => {
    const h = parseHeader(' date Home>>');
    expect(h).toMatchObject({ date: '', rest: 'Home>>' });
    expect(h.warning).toMatch(/"Home>>" is not in the form YYYY-MM-DD/);
  });

  it('treats a line without the date keyword as content', () => {
    expect(parseHeader('Headline only')).toMatchObject({ date: '', rest: 'Headline only' });
    expect(parseHeader('').warning).toMatch(/line 1 is empty/);
  });
});

describe('impossibleDate', () => {
  it.each([
    [2023, 2, 29, 'the day does not exist in that month'],
    [2023, 4, 31, 'the day does not exist in that month'],
    [2023, 0, 1, 'month 00 does not exist'],
    [2023, 13, null, 'month 13 does not exist'],
    [2023, 1, 0, 'the day does not exist in that month'],
    [1900, 2, 29, 'the day does not exist in that month'],
    [2100, 2, 29, 'the day does not exist in that month'],
    [2024, 11, 31, 'the day does not exist in that month'],
  ])('%i-%i-%s is impossible', (y, m, d, why) => {
    expect(impossibleDate(y, m, d)).toBe(why);
  });

  it('accepts real dates, leap days included', () => {
    expect(impossibleDate(2024, 2, 29)).toBeNull();
    expect(impossibleDate(2000, 2, 29)).toBeNull();
    expect(impossibleDate(2023, 12, null)).toBeNull();
  });

  it('knows the length of every month of four centuries, as the calendar does', () => {
    for (let y = 1900; y < 2300; y++)
      for (let m = 1; m <= 12; m++) {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(impossibleDate(y, m, last)).toBeNull();
        expect(impossibleDate(y, m, last + 1)).not.toBeNull();
      }
  });
});
