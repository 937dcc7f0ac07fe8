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
    const a = summit('ECOWAS trade commissioner Tobias Velkard told journalists last week');
    expect(participantNames(a)).not.toContain('Tobias Velkard');
    expect(participantNames(a)).toContain('Edric Corvish');
  });
});

describe('an official of the body whose gathering the lede names', () => {
  const summit = (lede: string) =>
    article(
      'President attends northern security summit in Kovna, meets Ostrian leader on sidelines',
      [
        lede,
        'On the sidelines, Corvish met Ostrian President Ivo Quillon for the second time this year.',
        'The leaders adopted the Kovna Declaration, CNC Executive Director Tobias Velkard told reporters.',
      ],
      { source: 'Anadolu Agency', dateline: { place: 'KOVNA, Dresmeria', date: null } },
    );

  it('takes part when the lede names the summit of the body, its initials in brackets', () => {
    const a = summit(
      'President Edric Corvish on Thursday attended the fourth summit of the Council for Northern Cooperation (CNC) in the Palace of Nations.',
    );
    expect(participantNames(a)).toContain('Tobias Velkard');
  });

  it('takes no part when the lede reports talks on the sidelines of that summit', () => {
    const a = summit(
      'President Edric Corvish on Thursday held talks with Ostrian President Ivo Quillon on the sidelines of the fourth summit of the Council for Northern Cooperation (CNC).',
    );
    expect(participantNames(a)).not.toContain('Tobias Velkard');
    expect(participantNames(a)).toEqual(expect.arrayContaining(['Edric Corvish', 'Ivo Quillon']));
  });

  it("serves at the body's assembly where one person was elected", () => {
    const a = article(
      'Mira Tesh elected President of the Union of Northern Parliaments',
      [
        'Speaker of the National Assembly Mira Tesh has been elected President of the Union of Northern Parliaments, the first from her country to lead it.',
        'Tesh won the vote on Friday at the 52nd UNP Assembly in Kovna, where delegates from 40 parliaments cast their ballots.',
        'UNP Secretary General Tobias Velkard congratulated the new president and said the union would count on her experience.',
      ],
      { source: null, dateline: null },
    );
    expect(participantNames(a)).toContain('Mira Tesh');
    expect(participantNames(a)).toContain('Tobias Velkard');
  });
});

describe('a leader who met others apart at a summit of several days', () => {
  const summit = (day: string) =>
    article(
      'Northern leaders vow to keep trade open',
      [
        'Leaders of the 12 Northern Cooperation Forum economies wrapped up a two-day summit in Kovna on Sunday with a pledge to keep their markets open.',
        'Dresmerian President Edric Corvish, who chaired the meeting, read out the declaration.',
        `Ostrian President Ivo Quillon, on his first NCF trip, met Corvish and Lena Oderwald separately on ${day}.`,
      ],
      { source: 'Kyodo News', dateline: { place: 'KOVNA', date: 'Nov. 20' } },
    );

  it('takes part: "met A and B separately" on a day the summit spans', () => {
    expect(participantNames(summit('Saturday'))).toContain('Ivo Quillon');
  });

  it('takes no part when the day falls outside the summit', () => {
    const a = summit('Thursday');
    expect(participantNames(a)).not.toContain('Ivo Quillon');
    expect(participantNames(a)).toContain('Edric Corvish');
  });
});

describe('ministers named in a cabinet shake-up', () => {
  it('take part: the objects of "named … as <post>", also the next in a list after "and"', () => {
    const a = article(
      'President names new foreign minister in partial Cabinet shake-up',
      [
        'President Edric Corvish on Wednesday nominated his former security adviser Tobias Velkard as foreign minister, replacing Lena Oderwald, who has held the post since 2019.',
        'Corvish also named Rep. Mira Tesh of the ruling party as culture minister and Ivo Quillon, another ruling party lawmaker, as minister of trade, presidential spokesman Oskar Hollin told reporters.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'Jan. 20' } },
    );
    expect(participantNames(a)).toEqual(
      expect.arrayContaining(['Edric Corvish', 'Mira Tesh', 'Ivo Quillon']),
    );
    expect(participantNames(a)).not.toContain('Oskar Hollin');
  });
});
