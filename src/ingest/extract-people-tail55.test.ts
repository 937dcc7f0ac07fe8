// Leftovers of the blind round 56 (864–877), on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('roles read whole', () => {
  it('keeps a two-head title whole at the start of a chain of two offices before a name', () => {
    const a = article('Leaders open railway by video link', [
      "Secretary General of the Ruritanian People's Party Central Committee and President of Chile Dan Morel attended the opening ceremony by video link on December 3.",
    ]);
    expect(person(a, 'Dan Morel')?.roles).toEqual([
      "Secretary General of the Ruritanian People's Party Central Committee",
      'President of Chile',
    ]);
  });

  it('reads "Chief of the Army Staff" before a rank as one office', () => {
    const a = article('President receives visiting leader', [
      'President Omar Sallé received the visiting leader on Monday.',
      'Later, Chief of the Army Staff General Tom Kostel called on the visitor separately.',
    ]);
    expect(person(a, 'Tom Kostel')?.roles).toEqual(['Chief of the Army Staff', 'General']);
  });

  it('reads a staff named by its service after "Chief of" as part of the office', () => {
    const a = article('President receives visiting leader', [
      'President Omar Sallé received the visiting leader on Monday.',
      'Deputy Chief of Presidential Staff Ali Gul attended the talks.',
    ]);
    expect(person(a, 'Ali Gul')?.roles).toEqual(['Deputy Chief of Presidential Staff']);
  });
});

describe('a leader named beside a foreign one', () => {
  it("does not give a bare 'President' the nationality of the prime minister named beside him", () => {
    const a = article(
      'Morel, Kandekar adopt vision for economic partnership',
      [
        'President Dan Morel and Indian Prime Minister Ravi Kandekar yesterday adopted a joint vision document following bilateral talks in New Delhi.',
        "It was the President's first trip to India since he took office in July last year.",
        'The two countries agreed to resume the ferry service between southern India and Sri Lanka.',
        'Foreign Minister Ali Bell was present at the talks.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Dan Morel')?.country).toBe('Sri Lanka');
    expect(person(a, 'Ali Bell')?.country).toBe('Sri Lanka');
    expect(person(a, 'Ravi Kandekar')?.country).toBe('India');
  });
});

describe('a president called on by a visiting one', () => {
  it('does not give the host president the nationality of "the <nationality> President" who calls on him', () => {
    const a = article(
      'Kenya, Peru agree to raise bilateral trade',
      [
        'Prime Minister Dan Morel and President of Peru Erik Lund on Monday agreed to increase bilateral trade.',
        'President Lund said trade between the two countries was well below its potential.',
        'Later in the day, the Peruvian President called on President Ali Gul at the palace.',
      ],
      { source: 'KBC', dateline: { place: 'NAIROBI', date: 'Apr 22' } },
    );
    expect(person(a, 'Ali Gul')?.country).toBe('Kenya');
  });
});

describe('a welcome on the day of arrival', () => {
  it('leaves out the host who met the visitor at the airport the day before the talks', () => {
    const a = article(
      'Nepal, Chile elevate ties to strategic partnership',
      [
        'Prime Minister Dan Morel and Chilean President Erik Lund held bilateral talks at the state palace today, and agreed to upgrade the relations between Nepal and Chile.',
        'President Lund, who arrived in Kathmandu on Saturday afternoon from Lima, was received at the city airport by President Ali Gul. President Gul later held a meeting with the Chilean President at her residence and hosted a state banquet in his honour.',
      ],
      { date: '2019-10-13', source: 'RSS', dateline: { place: 'Kathmandu', date: 'Oct 13' } },
    );
    expect(person(a, 'Ali Gul')?.participant).toBe(false);
    expect(person(a, 'Erik Lund')?.participant).toBe(true);
  });
});
