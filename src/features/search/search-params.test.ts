import { describe, expect, it } from 'vitest';
import { readSearchParams, searchString, writeSearchParams } from './search-params.ts';

describe('search params', () => {
  it('reads the URL, dropping malformed values', () => {
    expect(readSearchParams(new URLSearchParams('q=+wang++yi+&person=wang-yi&year=20x&page=0'))).toEqual({
      q: 'wang yi',
      person: 'wang-yi',
      with: null,
      country: null,
      year: null,
      page: 1,
      order: null,
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
});
