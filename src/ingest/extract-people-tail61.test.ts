// Session 35's leftovers of the sixty-second blind round (sport, culture and science diplomacy), on invented sentences
// with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a titled Chinese name in a world wire story from abroad', () => {
  const upi = { source: 'UPI', dateline: { place: 'WASHINGTON', date: null }, date: '1972-05-02' };

  it('places "Premier X" in China when their sentence names China', () => {
    const a = article(
      'Zoo welcomes two rare deer',
      [
        'The deer arrived in Washington on Sunday after a long flight.',
        "They were promised to the President by Premier Wang Lin-po during the President's visit to China in March.",
      ],
      upi,
    );
    expect(person(a, 'Wang Lin-po')?.country).toBe('China');
  });

  it('leaves the domestic default when nothing in the sentence names China', () => {
    const a = article(
      'Zoo welcomes two rare deer',
      [
        'The deer arrived in Washington on Sunday after a long flight.',
        'Premier Wang Lin-po sent a message of greeting, the zoo said.',
      ],
      upi,
    );
    expect(person(a, 'Wang Lin-po')?.country).not.toBe('China');
    expect(person(a, 'Wang Lin-po')?.roles).toEqual(['Premier']);
  });
});

describe('"great" after a field or a nationality', () => {
  it('is the title of "judo great X" and of "the Brazilian sprint great Y"', () => {
    const a = article('Games open in the rain', [
      'Portugal’s judo great Duarte Valverde and the Brazilian sprint great Otávio Bragança lit the cauldron together.',
    ]);
    expect(person(a, 'Duarte Valverde')?.roles).toEqual(['judo great']);
    expect(person(a, 'Otávio Bragança')?.roles).toEqual(['Brazilian sprint great']);
  });

  it('finds a single name after it ("Argentine great Belgrano")', () => {
    const a = article('Games open in the rain', ['Argentine great Belgrano watched from the stands.']);
    expect(person(a, 'Belgrano')?.roles).toEqual(['Argentine great']);
  });

  it('gives "the great X" no role: it only praises', () => {
    const a = article('Concert review', ['The great Lionel Fairweather sang for two hours.']);
    expect(person(a, 'Lionel Fairweather')?.roles).toEqual([]);
  });
});

describe('a body named with an "-ing" word in a role', () => {
  it('keeps "organising committee" in "president of the Lyon 2030 organising committee"', () => {
    const a = article('Games open in the rain', [
      'Bertrand Lacombe, president of the Lyon 2030 organising committee and a former skier, thanked the volunteers.',
    ]);
    expect(person(a, 'Bertrand Lacombe')?.roles).toEqual([
      'president of the Lyon 2030 organising committee',
      'former skier',
    ]);
  });

  it('keeps "steering committee" after a possessive', () => {
    const a = article('Party meets', [
      "Odile Marchetti, chairwoman of the party's steering committee, opened the meeting.",
    ]);
    expect(person(a, 'Odile Marchetti')?.roles).toEqual(["chairwoman of the party's steering committee"]);
  });
});

describe('"Lady" before a singer\'s one-word name', () => {
  it("is the first word of a pop star's stage name", () => {
    const a = article('Gala night in Brussels', ['Lady Zuzu, the Belgian pop star, performed on the steps.']);
    expect(person(a, 'Lady Zuzu')?.roles).toEqual(['Belgian pop star']);
    expect(person(a, 'Zuzu')).toBeUndefined();
  });

  it("stays the title of a peer's widow", () => {
    const a = article('Memorial service held', [
      'Lady Pemberton, the widow of the former premier, laid a wreath.',
    ]);
    expect(person(a, 'Pemberton')?.roles).toContain('Lady');
  });
});

describe('a clause after a list of titled names', () => {
  it('is no role of the last name ("…, congratulated coach A and captain B")', () => {
    const a = article('King receives champions', [
      'The king, accompanied by Queen Ines, Princess Blanca and Infanta Rosalía, congratulated coach Tomás de la Serna and captain Íñigo Albizu, who handed him the trophy.',
    ]);
    expect(person(a, 'Rosalía')?.roles).toEqual(['Infanta']);
    expect(person(a, 'Tomás de la Serna')?.roles).toEqual(['coach']);
  });
});

describe('a title word after "scheduled to"', () => {
  it('is the verb of "is scheduled to host X for lunch", not X\'s role', () => {
    const a = article('Leaders to meet', [
      'President Oh Min-seok is scheduled to host Ryu Ha-neul for lunch on Saturday.',
    ]);
    expect(person(a, 'Ryu Ha-neul')?.roles).toEqual([]);
  });

  it('stays a title after "spoke to"', () => {
    const a = article('Club news', ['The minister spoke to coach Tobias Lindqvist on Friday.']);
    expect(person(a, 'Tobias Lindqvist')?.roles).toEqual(['coach']);
  });
});
