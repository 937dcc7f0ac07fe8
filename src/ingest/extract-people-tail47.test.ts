// Leftovers of the fifty-first blind round of held-out articles (794–807), on invented sentences with invented
// people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const wire = (place: string | null, source: string, date = '2022-05-17') => ({
  date,
  source,
  dateline: place ? { place, date: null } : null,
});

describe('a US party before a capitalised congressional title', () => {
  it('places a "Republican Senator" abroad in the United States, not the dateline country', () => {
    const a = article(
      'Foreign minister meets US lawmakers',
      [
        'WARSAW (PAP) - Polish Foreign Minister Tomasz Lewicki met a group of American lawmakers in Warsaw on Monday.',
        'A vote on the aid bill had been delayed by Republican Senator Dale Hummock, who objected to its cost.',
      ],
      wire('WARSAW', 'PAP'),
    );
    expect(person(a, 'Dale Hummock')?.country).toBe('United States');
  });

  it('does the same for "Democratic Congresswoman"', () => {
    const a = article(
      'Minister criticises US lawmaker',
      [
        'ANKARA (AA) - Turkish Trade Minister Kemal Ozbay on Tuesday criticised Democratic Congresswoman Lia Farrand over her remarks on tariffs.',
      ],
      wire('ANKARA', 'Anadolu Agency'),
    );
    expect(person(a, 'Lia Farrand')?.country).toBe('United States');
  });

  it('does not make the story about the senator’s country', () => {
    const a = article(
      'New president sworn in',
      [
        'Rosa Medel was sworn in on Tuesday as president before Congress.',
        'Democratic Senator Owen Lisle has called for a review of trade with the country.',
        'Social Democrat leader Ramiro Sosa, who lost the election, attended the ceremony.',
      ],
      wire('MEXICO CITY', 'AP'),
    );
    expect(person(a, 'Owen Lisle')?.country).toBe('United States');
    expect(person(a, 'Ramiro Sosa')?.country).toBe('Mexico');
  });

  it('leaves a party whose name holds the word to the story', () => {
    const a = article(
      'Turkish opposition lawmaker questions minister',
      [
        "ANKARA (AA) - Republican People's Party Deputy Chairman Orhan Telli questioned the trade minister on Tuesday.",
      ],
      wire('ANKARA', 'Anadolu Agency'),
    );
    expect(person(a, 'Orhan Telli')?.country).toBe('Turkey');
  });
});
