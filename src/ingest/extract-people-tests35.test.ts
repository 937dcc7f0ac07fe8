// Rules found, while rewording tests copied from held-out articles, to pass only on the copied sentence's exact shape
// (session 35, tests35), made general. Invented sentences, invented people.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

describe("a country's team whose noun has a complement before its leader", () => {
  it('places a first lady who led "the Canadian delegation to the funeral" in Canada', () => {
    const a = article(
      'Leaders mourn former president',
      [
        'Mourners from many countries filled the cathedral on Friday.',
        'The Canadian delegation to the funeral was led by first lady Anne Tremblay, and the Irish team at the service, led by first lady Maeve Dolan, sat behind it.',
      ],
      { dateline: { place: 'MADRID', date: 'June 3' } },
    );
    expect(person(a, 'Anne Tremblay')?.country).toBe('Canada');
    expect(person(a, 'Maeve Dolan')?.country).toBe('Ireland');
  });
});

describe('a lede voiced by an unnamed spokesperson "for" a body', () => {
  it('counts the spokesperson the briefing names, not the leaders whose meeting the lede speaks of', () => {
    const a = article('Valdoria welcomes border accord: spokesperson', [
      'Valdoria welcomes the border accord, a spokesperson for the Valdorian Foreign Ministry said Monday, a day after the presidents of both neighbours met in Corvo.',
      'Spokesperson Lin Haoran told a regular press briefing that the meeting between President Ansel Dray and President Petra Cullen was constructive.',
      'Dray and Cullen signed the accord after four hours of talks.',
    ]);
    expect(participantNames(a)).toEqual(['Lin Haoran']);
  });
});
