// People seen first in the eighty-fourth blind round of held-out articles (minilateral meetings and "two-plus-two"
// talks): leaders who adopt a joint statement (and a separate one), counterparts paired by nationality without a
// comma, founders of a format on a dated day of an earlier year, one who "had then" joined at an earlier time and one
// speaking to reporters in another city, on invented sentences with invented people: none of them are in the held-out
// files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const wire = { source: 'AFP', dateline: { place: 'LYON', date: null } };

describe('leaders who adopt a joint statement', () => {
  it.each([
    'adopted a joint statement after their talks in the old town.',
    'adopted a joint statement on a river pact and a separate statement on fisheries.',
  ])('reads "A, B and C %s" as the three at the talks', (rest) => {
    const a = article(
      'Three leaders agree to meet every year',
      [
        'The leaders of three river states agreed on Saturday to meet every year.',
        `President Armand Vellacourt, Prime Minister Ottilie Brandvik and Chancellor Roderik Maelstaf ${rest}`,
      ],
      { source: null, dateline: null },
    );
    for (const name of ['Armand Vellacourt', 'Ottilie Brandvik', 'Roderik Maelstaf'])
      expect(person(a, name)?.participant).toBe(true);
  });

  it('still reads "In a separate statement, X said" as a reaction from elsewhere', () => {
    const a = article(
      'Three leaders agree to meet every year',
      [
        'President Armand Vellacourt and Prime Minister Ottilie Brandvik held talks in the old town on Saturday.',
        'In a separate statement, opposition leader Hedda Sorvaag said the talks were a waste of time.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Armand Vellacourt')?.participant).toBe(true);
    expect(person(a, 'Hedda Sorvaag')?.participant).toBe(false);
  });
});

describe('counterparts paired by nationality', () => {
  it.each([
    'his German and Polish counterparts, Greta Lindqvarn and Tomasz Wrobelski,',
    'his German and Polish counterparts Greta Lindqvarn and Tomasz Wrobelski',
  ])('reads "hosted %s" name by name', (pair) => {
    const a = article(
      'Foreign ministers meet near Lyon',
      [
        `French Foreign Minister Jules Marchetou hosted ${pair} near Lyon on Monday.`,
        'Wrobelski said the talks were useful.',
      ],
      wire,
    );
    expect(person(a, 'Greta Lindqvarn')?.country).toBe('Germany');
    expect(person(a, 'Tomasz Wrobelski')?.country).toBe('Poland');
  });
});

describe('founders on a dated day of an earlier year', () => {
  it.each(['on 15 February 1991', 'on February 15, 1991'])(
    'reads "was founded %s in the town of X, when A and B signed" as no part of the anniversary',
    (date) => {
      const a = article(
        'Alpine Group leaders mark 30th anniversary in Graz',
        [
          'The prime ministers of the Alpine Group met in Graz on Wednesday to mark the 30th anniversary of the alliance.',
          "Austria's Karl Brenwald hosted Luca Ferrante of Italy for the summit.",
          `The group was founded ${date} in the lakeside town of Bled, when Slovenian President Marko Zupanek and Austrian Chancellor Franz Hubermann signed a declaration of cooperation.`,
        ],
        { source: null, dateline: null, date: '2021-02-17' },
      );
      expect(person(a, 'Karl Brenwald')?.participant).toBe(true);
      expect(person(a, 'Marko Zupanek')?.participant).toBe(false);
      expect(person(a, 'Franz Hubermann')?.participant).toBe(false);
      expect(person(a, 'Franz Hubermann')?.country).toBe('Austria');
    },
  );
});

describe('one at another time or place than the talks', () => {
  it('reads "X had then joined them by video" after a sentence of an earlier month as no part of the summit', () => {
    const a = article(
      'River states hold first summit by video',
      [
        'Prime Minister Ottilie Brandvik on Thursday took part in the first summit of the river states, held by video with President Armand Vellacourt.',
        'The group was launched at a meeting of the four foreign ministers in October last year. Foreign Minister Hedda Sorvaag had then joined her counterparts by video.',
      ],
      { source: null, dateline: null, date: '2022-07-14' },
    );
    expect(person(a, 'Ottilie Brandvik')?.participant).toBe(true);
    expect(person(a, 'Hedda Sorvaag')?.participant).toBe(false);
  });

  it('reads "X, speaking to reporters in Osaka that morning, said" under another city\'s dateline as elsewhere', () => {
    const a = article(
      'Ministers agree on base plan',
      [
        'Foreign Minister Kenjiro Hatanawa and Secretary of State Alma Drewitt agreed on a base plan at talks on Saturday.',
        'Prime Minister Isao Kurobane, speaking to reporters in Osaka that morning, said his cabinet would ask the towns for consent.',
      ],
      { source: 'Kyodo', dateline: { place: 'WASHINGTON', date: 'Oct. 29' }, date: '2005-10-29' },
    );
    expect(person(a, 'Kenjiro Hatanawa')?.participant).toBe(true);
    expect(person(a, 'Isao Kurobane')?.participant).toBe(false);
  });
});
