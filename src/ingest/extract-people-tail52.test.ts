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
