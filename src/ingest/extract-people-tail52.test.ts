// Rounds 48–53's leftovers (752–835), on invented sentences with invented people: none of them are in the held-out
// files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe("a cleric's see", () => {
  const london = { source: 'Reuters', dateline: { place: 'LONDON', date: 'May 9' } };

  it.each(['Dean of Harrowgate', 'Archbishop of Kellsworth', 'Bishop of Dunmarrow'])(
    'reads "%s", a see the gazetteer does not know, as a place, so the cleric is of the dateline\'s country',
    (office) => {
      const a = article(
        'Memorial service held for former minister',
        [
          `A memorial service was held on Friday. It was conducted by the ${office}, Tobias Lindqvar, before 900 guests.`,
        ],
        london,
      );
      expect(person(a, 'Tobias Lindqvar')?.country).toBe('United Kingdom');
    },
  );

  it("still reads an office in a company as no country's", () => {
    const a = article(
      'Memorial service held for former minister',
      ['A memorial service was held on Friday. The chairman of Kellsworth, Tobias Lindqvar, read a lesson.'],
      london,
    );
    expect(person(a, 'Tobias Lindqvar')?.country).toBeNull();
  });
});

describe("the leaders' spouses in order", () => {
  const summit = (wives: string) =>
    article('Leaders of the two Koreas meet at border village', [
      'South Korean President Baek Min-ho and North Korean leader Ri Chol-san met at the border village on Friday.',
      `In the afternoon the two leaders planted a tree together. ${wives} joined them for a dinner in the evening.`,
    ]);

  it("gives the first spouse the first-named leader's country and the second the other's, whatever their surnames", () => {
    const a = summit('Their wives, Ri Yun-hee and Pak Sol-mi,');
    expect(person(a, 'Ri Yun-hee')?.country).toBe('South Korea');
    expect(person(a, 'Pak Sol-mi')?.country).toBe('North Korea');
  });

  it('reads the order the other way round when the list is', () => {
    const a = summit('Their wives, Pak Sol-mi and Ri Yun-hee,');
    expect(person(a, 'Pak Sol-mi')?.country).toBe('South Korea');
    expect(person(a, 'Ri Yun-hee')?.country).toBe('North Korea');
  });
});
