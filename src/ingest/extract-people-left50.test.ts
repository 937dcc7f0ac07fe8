// Session 36's older leftovers, second pass, on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, testArticle as article } from './test-article.ts';

describe('a speaker after the words they report', () => {
  const summit = (attribution: string) =>
    article(
      'Leaders launch free trade zone at summit',
      [
        "Heads of state on Sunday launched a free trade zone at a summit in Belmora, after the region's largest economy signed up to the pact.",
        'President Edric Corvish of Dresmeria called the launch a historic step for the region.',
        `Trade under the agreement is due to begin on March 3 next year, ${attribution}, once customs schedules are agreed.`,
      ],
      { source: 'AFP', dateline: { place: 'Belmora', date: null } },
    );

  it('takes part: a time inside the words reported before ", <lower-case title> X told journalists" dates them', () => {
    expect(participantNames(summit('ECOWAS trade commissioner Tobias Velkard told journalists'))).toContain(
      'Tobias Velkard',
    );
  });

  it('takes no part when the speaker\'s own clause is dated elsewhere ("told journalists last week")', () => {
    expect(
      participantNames(summit('ECOWAS trade commissioner Tobias Velkard told journalists last week')),
    ).not.toContain('Tobias Velkard');
  });
});
