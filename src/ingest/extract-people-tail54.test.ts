// Leftovers of the blind rounds 54–55 (836–863), on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('countries named in what someone reports', () => {
  it('does not place an official in the country where a project they speak of is to be built', () => {
    const a = article(
      'Leaders end informal summit without a joint statement',
      [
        'Prime Minister Dev Malhotra and President Omar Sallé ended their two-day informal summit on Saturday.',
        'Foreign Secretary Ravi Kandekar told reporters that the leaders had agreed to work on a joint economic project in Chad.',
      ],
      { source: 'PTI', dateline: { place: 'New Delhi', date: 'Apr 29' } },
    );
    expect(person(a, 'Ravi Kandekar')?.country).toBe('India');
  });
});

describe('nationalities of things', () => {
  it("does not place a minister in the country of a ship's charity named beside them", () => {
    const a = article(
      'Minister acquitted in migrant ship trial',
      [
        'A Palermo court on Friday acquitted Deputy Premier Marco Fedeli of kidnapping for blocking 90 migrants from the Spanish NGO rescue ship Sea Haven in 2019.',
      ],
      { source: 'ANSA', dateline: { place: 'PALERMO', date: 'DEC 20' } },
    );
    expect(person(a, 'Marco Fedeli')?.country).toBe('Italy');
  });
});
