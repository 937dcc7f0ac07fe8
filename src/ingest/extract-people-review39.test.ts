// Review 39: what the review of session 36's code fixes, on invented sentences with invented people (none of them
// are in the held-out files).
import { describe, expect, it } from 'vitest';
import { extractTest, personNamed as person, testArticle as article } from './test-article.ts';

describe('a Korean-shaped name in a Yonhap story from abroad', () => {
  const yonhap = { source: 'Yonhap', dateline: { place: 'MACAO', date: 'June 5' }, date: '2024-06-05' };

  it('stays of Macao (China) there: Cantonese names share the shape', () => {
    const a = article(
      'Korean tourists flock to Macao',
      [
        'Korean tourists are flocking to Macao this summer, officials said on Wednesday.',
        'Casino operator Lee Kam-wing said in Macao that visitor numbers from Korea had doubled.',
      ],
      yonhap,
    );
    expect(person(a, 'Lee Kam-wing')?.country).toBe('China');
  });
});

describe("a dateline city's particles among the places", () => {
  it('are the ones the page writes the dateline with ("Santa Cruz de la Sierra", "Frankfurt am Main")', () => {
    for (const [place, name] of [
      ['SANTA CRUZ DE LA SIERRA', 'Santa Cruz de la Sierra'],
      ['FRANKFURT AM MAIN', 'Frankfurt am Main'],
    ] as const) {
      const { places } = extractTest(
        article('Forum opens', ['The forum opened on Monday, an organiser said.'], {
          dateline: { place, date: 'May 2' },
        }),
      );
      expect(places).toContain(name);
    }
  });
});

describe("a negotiations bulletin's delegate, their country in brackets", () => {
  it('is found when the country\'s name has "and" in it, as when it has none', () => {
    const { people } = extractTest(
      article('Talks go on', [
        'Proposals came from Walton Webson (Antigua and Barbuda) and Tui Lagi (Marshall Islands).',
      ]),
    );
    expect(people.map((p) => p.name)).toEqual(['Walton Webson', 'Tui Lagi']);
  });
});
