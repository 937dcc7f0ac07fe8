import { describe, expect, it } from 'vitest';
import { filterPages, matchesPeopleFilter, maxFilterPages, readPeopleFilter } from './people-filter';

const jose = {
  slug: 'jose-ramos-horta',
  name: 'José Ramos-Horta',
  countries: ['Timor-Leste'],
  articleCount: 2,
};

describe('people filter', () => {
  it('reads the filter from the URL', () => {
    expect(readPeopleFilter(new URLSearchParams('name=+wang+&country=China'))).toEqual({
      name: 'wang',
      country: 'China',
    });
  });

  it('matches names ignoring case, accents and word order', () => {
    expect(matchesPeopleFilter(jose, { name: 'jose', country: '' })).toBe(true);
    expect(matchesPeopleFilter(jose, { name: 'horta JOSÉ', country: '' })).toBe(true);
    expect(matchesPeopleFilter(jose, { name: 'wang', country: '' })).toBe(false);
  });

  it('matches the country exactly', () => {
    expect(matchesPeopleFilter(jose, { name: '', country: 'Timor-Leste' })).toBe(true);
    expect(matchesPeopleFilter(jose, { name: 'jose', country: 'China' })).toBe(false);
  });

  it('reads a bounded number of pages', () => {
    expect(filterPages(3)).toEqual([1, 2, 3]);
    expect(filterPages(5000)).toHaveLength(maxFilterPages);
  });
});
