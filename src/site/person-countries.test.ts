import { describe, expect, it } from 'vitest';
import { personCountries } from './person-countries.ts';

describe('personCountries', () => {
  it('gives a person the country most of their articles give, and lists a stray one apart with its count', () => {
    expect(
      personCountries(
        ['Veloria', 'Ostland'],
        new Map([
          ['Veloria', 40],
          ['Ostland', 1],
        ]),
      ),
    ).toEqual({ countries: ['Veloria'], otherCountries: [['Ostland', 1]] });
  });

  it('keeps every country on a tie, and lists the others most first', () => {
    expect(
      personCountries(
        ['Veloria', 'Ostland', 'Marenia', 'Tarsis'],
        new Map([
          ['Veloria', 2],
          ['Ostland', 2],
          ['Marenia', 1],
          ['Tarsis', 1],
        ]),
      ),
    ).toEqual({
      countries: ['Veloria', 'Ostland'],
      otherCountries: [
        ['Marenia', 1],
        ['Tarsis', 1],
      ],
    });
  });

  it('says nothing more for a person of one country, or of none', () => {
    expect(personCountries(['Veloria'], new Map([['Veloria', 3]]))).toEqual({ countries: ['Veloria'] });
    expect(personCountries([], new Map())).toEqual({ countries: [] });
  });

  it('keeps the ingest’s countries when none of the articles counted gives one', () => {
    expect(personCountries(['Veloria'], new Map())).toEqual({ countries: ['Veloria'] });
  });
});
