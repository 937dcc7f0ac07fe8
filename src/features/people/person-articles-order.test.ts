import { describe, expect, it } from 'vitest';
import { oldestPageSpan } from './person-articles-order.ts';

describe('oldestPageSpan', () => {
  it('takes an oldest-first page from the end of the newest-first rows, from one or two files', () => {
    // 45 articles, 20 a page: newest-first files hold rows 0–19, 20–39 and 40–44.
    expect(oldestPageSpan(45, 20, 1)).toEqual({ start: 25, end: 45, files: [2, 3] });
    expect(oldestPageSpan(45, 20, 2)).toEqual({ start: 5, end: 25, files: [1, 2] });
    expect(oldestPageSpan(45, 20, 3)).toEqual({ start: 0, end: 5, files: [1] });
    // A multiple of the page size reads one file a page.
    expect(oldestPageSpan(40, 20, 1)).toEqual({ start: 20, end: 40, files: [2] });
    expect(oldestPageSpan(0, 20, 1)).toEqual({ start: 0, end: 0, files: [] });
  });
});
