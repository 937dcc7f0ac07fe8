// Review 40: what the review of the code sessions 35–36 left changes for a reader, on invented sentences with
// invented people (none of them are in the held-out files).
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';
import { monthIndex } from './extract/months.ts';

describe("a story China's state television or radio credits", () => {
  it("is a Chinese outlet's story, as one CGTN credits: a Chinese speaker is not of the country they speak of", () => {
    for (const source of ['CCTV', 'CRI', 'CGTN']) {
      const a = article(
        'Trade talks go on',
        [
          'Lou Jianwen said the United States would gain from closer cooperation.',
          'Lou Jianwen attended a ceremony in Washington.',
        ],
        { source, dateline: null },
      );
      expect(person(a, 'Lou Jianwen')?.country, source).toBe('China');
    }
  });

  it('writes its own head of state with a bare title', () => {
    const a = article(
      'Leaders mark anniversary by video link',
      [
        'President Pavel Orlov and President Lou Jianwen held talks by video link on Monday to mark the anniversary.',
      ],
      { source: 'CCTV', dateline: null },
    );
    expect(person(a, 'Lou Jianwen')?.country).toBe('China');
  });
});

describe('a month the rules read', () => {
  it('is found by its full name or its short form, any case', () => {
    expect(['January', 'Sept.', 'AUGUST', 'dec'].map(monthIndex)).toEqual([0, 8, 7, 11]);
    expect(monthIndex('Monday')).toBe(-1);
  });
});
