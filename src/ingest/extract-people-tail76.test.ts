// The leftovers of the seventy-sixth blind round (the wires of 1945–1979), on invented sentences with invented
// people and invented places: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const reuter = { source: 'Reuter', date: '1958-04-02', dateline: { place: 'PORT ELLIS', date: 'April 2' } };

describe("a colony's crown", () => {
  it("gives a colony's bare-titled queen the colonial power's country", () => {
    const a = article(
      'Arland becomes independent',
      [
        'Tanganyika, until last night a British colony, became an independent state at midnight.',
        'The Governor read a message from Queen Mathilda III welcoming Tanganyika into the family of nations.',
      ],
      { ...reuter, dateline: { place: 'DAR ES SALAAM', date: 'April 2' } },
    );
    expect(person(a, 'Mathilda III')?.country).toBe('United Kingdom');
  });

  it('leaves a visiting king of another throne to his own country', () => {
    const a = article(
      'King visits colony',
      [
        'King Osric II of Norway arrived on Tuesday in the British colony of the Sand Coast for a three-day visit.',
        'The King laid a wreath at the war memorial.',
      ],
      reuter,
    );
    expect(person(a, 'Osric II')?.country).toBe('Norway');
  });
});

describe('a city that sets the scene of its clause', () => {
  const ap = { source: 'AP', date: '1958-04-02', dateline: { place: 'CAIRO', date: 'April 2' } };

  it('places the titled person the clause names first by the city opening the sentence', () => {
    const a = article(
      'Canal seized',
      [
        'President Hamid Sorour announced on Thursday that Egypt had taken over the canal company.',
        'In London, the news reached Prime Minister Sir Giles Hallworth during a dinner for foreign guests.',
      ],
      ap,
    );
    expect(person(a, 'Giles Hallworth')?.country).toBe('United Kingdom');
  });

  it('reads "the government of Title X" after the city as that city\'s', () => {
    const a = article(
      'Recognition announced',
      [
        'Japan and China established diplomatic relations on Friday, Prime Minister Taro Kestrel said.',
        'In Taipei, the Nationalist government of Premier Morvane Lin announced it was severing relations with Japan.',
      ],
      { source: 'Kyodo', date: '1972-09-29', dateline: { place: 'TOKYO', date: 'Sept. 29' } },
    );
    expect(person(a, 'Morvane Lin')?.country).toBe('Taiwan');
  });

  it('leaves a second person of the clause to the other rules', () => {
    const a = article(
      'Talks in London',
      ['In London, Prime Minister Sir Giles Hallworth received French President Paul Morvane on Monday.'],
      ap,
    );
    expect(person(a, 'Paul Morvane')?.country).toBe('France');
  });
});

describe('talks still to come at the next stop', () => {
  it('leaves out one the traveller "will have talks with" where he has left for', () => {
    const a = article(
      'Premiers agree on five principles',
      [
        'Prime Minister Arun Kesari and Premier Tomas Pelham signed a joint statement in New Delhi on Monday.',
        'Mr. Pelham left by air for Colombo, where he will have talks with the Prime Minister, Ranil Okonne, before returning home.',
      ],
      { source: 'PTI', date: '1954-06-28', dateline: { place: 'NEW DELHI', date: 'June 28' } },
    );
    expect(person(a, 'Ranil Okonne')?.participant).toBe(false);
    expect(person(a, 'Tomas Pelham')?.participant).toBe(true);
  });
});
