import { describe, expect, it } from 'vitest';
import { readSearchParams, searchString, withoutFilter, writeSearchParams } from './search-params.ts';

describe('search params', () => {
  it('reads the URL, dropping malformed values', () => {
    expect(readSearchParams(new URLSearchParams('q=+wang++yi+&person=wang-yi&year=20x&page=0'))).toEqual({
      q: 'wang yi',
      person: 'wang-yi',
      with: null,
      country: null,
      year: null,
      month: null,
      page: 1,
      order: null,
      tookPart: false,
    });
    // Only the two orders there are: anything else is the default.
    expect(readSearchParams(new URLSearchParams('q=a&order=oldest')).order).toBe('oldest');
    expect(readSearchParams(new URLSearchParams('q=a&order=random')).order).toBeNull();
    // A second person with no first is the person filter.
    expect(readSearchParams(new URLSearchParams('with=b'))).toMatchObject({ person: 'b', with: null });
    // The same person twice is one filter: no view says "naming both A and A".
    expect(readSearchParams(new URLSearchParams('person=a&with=a'))).toMatchObject({
      person: 'a',
      with: null,
    });
    expect(readSearchParams(new URLSearchParams('country=China&year=2023&page=4'))).toMatchObject({
      country: 'China',
      year: '2023',
      page: 4,
    });
  });

  it('reads and writes `took=part`, which needs a person', () => {
    expect(readSearchParams(new URLSearchParams('person=a&took=part')).tookPart).toBe(true);
    expect(readSearchParams(new URLSearchParams('with=b&took=part')).tookPart).toBe(true);
    expect(readSearchParams(new URLSearchParams('person=a&took=yes')).tookPart).toBe(false);
    expect(readSearchParams(new URLSearchParams('q=talks&took=part')).tookPart).toBe(false);
    expect(searchString({ person: 'a', with: 'b', year: '2024', tookPart: true, page: 2 })).toBe(
      '?person=a&with=b&year=2024&took=part&page=2',
    );
    expect(searchString({ q: 'talks', tookPart: true })).toBe('?q=talks');
    // Removing the first of two people leaves the second, still taking part; removing the only one leaves words.
    expect(
      searchString(
        withoutFilter(readSearchParams(new URLSearchParams('person=a&with=b&took=part')), 'person'),
      ),
    ).toBe('?person=b&took=part');
    expect(
      searchString(withoutFilter(readSearchParams(new URLSearchParams('q=x&person=a&took=part')), 'person')),
    ).toBe('?q=x');
  });

  it('writes one canonical URL per search: fixed order, no empty values, no page 1', () => {
    expect(searchString({ page: 1, year: '2023', q: ' wang  yi ', person: null })).toBe(
      '?q=wang+yi&year=2023',
    );
    expect(writeSearchParams({ q: '', page: 2, country: 'United States' }).toString()).toBe(
      'country=United+States&page=2',
    );
    expect(searchString({})).toBe('');
    expect(searchString({ order: 'newest', with: 'b', person: 'a', page: 2 })).toBe(
      '?person=a&with=b&order=newest&page=2',
    );
  });

  it('reads a month as its year narrowed, and writes it alone', () => {
    const october = readSearchParams(new URLSearchParams('q=talks&month=2024-10'));
    expect(october).toMatchObject({ year: '2024', month: '2024-10' });
    expect(searchString(october)).toBe('?q=talks&month=2024-10');
    // The month says the year: a year beside it is left out, whatever it says.
    expect(readSearchParams(new URLSearchParams('year=2023&month=2024-10'))).toMatchObject({
      year: '2024',
      month: '2024-10',
    });
    // A malformed month is no filter; a year beside it still is.
    for (const month of ['2024-13', '2024-1', '2024', 'october'])
      expect(readSearchParams(new URLSearchParams(`year=2023&month=${month}`))).toMatchObject({
        year: '2023',
        month: null,
      });
  });

  it('takes the month away with its year: removing the month leaves the year, another year leaves no month', () => {
    const october = readSearchParams(new URLSearchParams('country=China&month=2024-10'));
    expect(searchString(withoutFilter(october, 'month'))).toBe('?country=China&year=2024');
    expect(searchString(withoutFilter(october, 'year'))).toBe('?country=China');
    expect(searchString({ ...october, year: '2023' })).toBe('?country=China&year=2023');
  });
});
