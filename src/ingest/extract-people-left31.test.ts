// Leftovers of round 31 (held-out 514–527), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, testArticle as article } from './test-article.ts';

const roles = (a: ParsedArticle) => Object.fromEntries(run(a).people.map((p) => [p.name, p.roles]));
const taking = (a: ParsedArticle) => Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));

describe('participants: commenters', () => {
  it('counts nobody quoted in a commentary as taking part', () => {
    const a = article(
      'Commentary: Quotas on grain will hurt the farmers they protect',
      [
        'Grain prices have risen by a third since the quotas were announced last month, a reminder that protection harms everyone.',
        'Miriam Olander, managing director of the International Grain Council, warned that the quotas posed a risk to food security.',
        'Agriculture Secretary Tobias Wren told trading partners not to retaliate.',
      ],
      { source: 'Xinhua', dateline: { place: 'BEIJING', date: 'May 4' } },
    );
    expect(taking(a)).toEqual({ 'Miriam Olander': false, 'Tobias Wren': false });
  });

  it('leaves out a leader who spoke at the forum later the same day', () => {
    const a = article(
      'Vice premier calls for open trade at Lakeside forum',
      [
        'Vice Premier Hal Denmore on Tuesday called for open trade as he addressed the Lakeside Economic Forum.',
        'Forum chairman Ottar Vinje chaired the session and said trade remained a driver of growth.',
        'Commission President Greta Solheim, who spoke at the forum later that day, said the bloc would engage constructively.',
      ],
      { source: 'Xinhua', dateline: { place: 'LAKESIDE', date: 'Jan. 21' } },
    );
    expect(taking(a)).toEqual({ 'Hal Denmore': true, 'Ottar Vinje': true, 'Greta Solheim': false });
  });
});

describe('a final and the matches before it', () => {
  const final = article(
    'Tamsin Holt wins first Olympic badminton gold for Ireland',
    [
      "Ireland's Tamsin Holt beat Norway's Ingrid Solvik 21-15, 21-18 in the women's singles final at the Games on Sunday, becoming the first Irish player to win an Olympic gold medal in badminton.",
      'Holt had knocked out world number one Mirela Dascalu of Romania in the semifinals.',
      "Dascalu took the bronze medal earlier on Sunday by defeating Spain's Lucia Ferrer.",
    ],
    { source: 'CGTN', dateline: { place: 'PARIS', date: 'Aug. 4' } },
  );

  it('leaves out the players of the semifinal and of the bronze match played earlier that day', () => {
    expect(taking(final)).toEqual({
      'Tamsin Holt': true,
      'Ingrid Solvik': true,
      'Mirela Dascalu': false,
      'Lucia Ferrer': false,
    });
  });

  it('reads "world number one" as a role', () => {
    expect(roles(final)['Mirela Dascalu']).toEqual(['world number one']);
  });
});

describe('venues named after people', () => {
  it('reads no person in the grounds named after someone that hold a named court', () => {
    const a = article('Doubles pair win title', [
      'Lina Arkwright and Paula Venn won the doubles title on Court Anouk-Verdier at Marcel Daunay on Saturday.',
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual(['Lina Arkwright', 'Paula Venn']);
  });
});

describe('a bare "President" beside an international official', () => {
  it("gives a president of an earlier year, beside the IMF's head, the story's one side", () => {
    const a = article(
      'Export curbs will backfire, economists warn',
      [
        'Global markets fell sharply on Monday after the United States announced curbs on exports of chips.',
        'U.S. President Carl Hagen has described the curbs as necessary.',
        'Miriam Olander, managing director of the International Monetary Fund, said the curbs posed a risk to growth.',
        'The Trade Expansion Act of 1962, signed by President Walter Brisbane, offers a warning.',
      ],
      { source: 'Xinhua', dateline: { place: 'BEIJING', date: 'April 7' } },
    );
    const countries = Object.fromEntries(run(a).people.map((p) => [p.name, p.country]));
    expect(countries['Walter Brisbane']).toBe('United States');
    expect(countries['Miriam Olander']).toBeNull();
  });
});
