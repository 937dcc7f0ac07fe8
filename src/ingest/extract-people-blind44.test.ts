// People seen first in the forty-fourth blind round of held-out articles (South and Southeast Asia, the Korean
// peninsula, Russia and the CIS as their own agencies carry them: summits, state visits, courtesy calls, phone
// calls), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('names', () => {
  it('reads a nickname quoted inside a name as an alias, and the words after it as the rest of the name', () => {
    const a = article(
      'Ministers sign rice deal',
      [
        'The deal was signed by Agriculture Secretary Ramon "Monching" Dela Rosa and President Wiryo “Wiwi” Hartanto.',
        'Dela Rosa said prices would stay stable. Wiwi thanked the farmers.',
      ],
      { source: 'PNA', dateline: { place: 'MANILA', date: null } },
    );
    expect(names(a)).toEqual(['Ramon Dela Rosa', 'Wiryo Hartanto']);
    expect(person(a, 'Ramon Dela Rosa')?.aliases).toContain('Monching');
    expect(person(a, 'Wiryo Hartanto')?.aliases).toContain('Wiwi');
  });
});

describe('countries of the hosts a visitor meets', () => {
  it('places bare-titled hosts met later in a story filed abroad in the dateline country', () => {
    const a = article(
      'President Orlov holds talks in Hanoi',
      [
        'Russian President Pavel Orlov held talks with Vietnamese President Dao Van Tu in Hanoi on Thursday.',
        'Orlov said Moscow valued the partnership.',
        'The Russian president was also due to meet Prime Minister Le Van Hai and the Chairman of the National Assembly, Tran Duc Lanh, before leaving for Moscow in the evening.',
      ],
      { source: 'TASS', dateline: { place: 'HANOI', date: 'June 20' } },
    );
    expect(person(a, 'Le Van Hai')?.country).toBe('Vietnam');
    expect(person(a, 'Tran Duc Lanh')?.country).toBe('Vietnam');
  });

  it("gives a bare-titled host met by a described visitor the host's country, not the visitor's nationality", () => {
    const a = article(
      'PM Aziz, Saudi FM discuss investment package',
      [
        'Prime Minister Kamran Aziz on Tuesday received Saudi Foreign Minister Prince Nayef bin Saad Al Saud.',
        'Earlier, the Saudi foreign minister co-chaired a session at the Foreign Office, and he later met Chief of Army Staff General Tariq Mehmood at the army headquarters.',
      ],
      { source: 'APP', dateline: { place: 'ISLAMABAD', date: 'Apr 16' } },
    );
    expect(person(a, 'Tariq Mehmood')?.country).toBe('Pakistan');
  });

  it('reads "the situation in X" after the name as what was discussed, not where the speaker is from', () => {
    const a = article(
      'PM Mehra meets President Volkov on sidelines of summit',
      [
        'Prime Minister Arun Mehra held talks with Russian President Ilya Volkov on the sidelines of the summit here on Friday.',
        'Briefing reporters, Foreign Secretary Rohan Tandon said the talks covered trade, energy and the situation in Afghanistan.',
      ],
      { source: 'PTI', dateline: { place: 'Samarkand', date: 'Sep 16' } },
    );
    expect(person(a, 'Rohan Tandon')?.country).toBe('India');
  });
});
