// People seen first in the fifty-seventh blind round of held-out articles (conflict and crisis diplomacy: mediators,
// ceasefire and hostage talks, prisoner exchanges, peace signings), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';
import { parseArticle } from './parse-article.ts';

const wire = (place: string, source: string) => ({ dateline: { place, date: null }, source });

describe('who took part in talks and signings', () => {
  it('counts the host who opened the talks and the members a team included', () => {
    const a = article(
      'Norland, Estmark agree prisoner exchange in first direct talks in two years',
      [
        'Norland and Estmark agreed on Friday to exchange 500 prisoners each in their first direct talks in two years, but the meeting in Lisbon ended without a truce.',
        'The Norland delegation was led by presidential aide Oleg Varin. The Estmark delegation was headed by Defence Minister Ruslan Tkach.',
        'Portuguese Foreign Minister Rui Matos opened the talks at the Ajuda Palace.',
        'The Estmark team included army intelligence chief Piet Vosloo and Deputy Foreign Minister Anna Kerel.',
      ],
      { dateline: { place: 'LISBON', date: 'May 16' }, source: 'Reuters' },
    );
    expect(taking(a)).toEqual(expect.arrayContaining(['Rui Matos', 'Piet Vosloo', 'Anna Kerel']));
  });

  it('does not count a president whom another will meet only "until" some later day', () => {
    const file = [
      ' date 2025-05-16 Norland, Estmark settle on detainee release at first face-to-face round in years, no truce yet',
      'By Reuters',
      'May 16, 2025 6:41 PM GMT+3 Updated',
      '',
      'LISBON, May 16 (Reuters) - Norland and Estmark said on Friday they would each free 500 detained soldiers after a first round of face-to-face talks, though the session in Lisbon broke up within two hours with no truce agreed.',
      '',
      'Presidential aide Oleg Varin led the Norland side and called the result a good start. Defence Minister Ruslan Tkach headed the Estmark side.',
      '',
      'Portuguese Foreign Minister Rui Matos opened the session at the Ajuda Palace and urged both sides to choose peace.',
      '',
      'Tkach said the release would happen soon and that the leaders themselves should meet next. Estmark had also asked for a full truce, he said.',
      '',
      'Army intelligence chief Piet Vosloo and Deputy Foreign Minister Anna Kerel were in the Estmark team.',
      '',
      'An Estmark official said Norland had asked for land the army still holds, which Estmark would not accept.',
      '',
      'Norland President Ivo Marek, who had called for the round, stayed away, and Estmark President Petro Lysenko, at a regional summit in Riga, said any format of talks would suit him.',
      '',
      'Westland President Dale Horne had said on Thursday that nothing would move on the conflict until he met Marek.',
      '',
      '(Reporting by the Lisbon bureau; Editing by Desk)',
    ].join('\n');
    const a = parseArticle(file).article!;
    expect(person(a, 'Ivo Marek')?.participant).toBe(false);
  });

  it('counts leaders who negotiated face to face with the parties, or were in the room for the announcement', () => {
    const a = article(
      'Island parties reach peace agreement',
      [
        'The parties of Norland reached a peace agreement on Friday after talks that ran through the night.',
        'Prime Minister Tom Arden and Prime Minister Liam Coyle negotiated face to face with the parties at the castle.',
        'Home Secretary Ruth Pell was in the room when the chairman made the announcement.',
      ],
      wire('LISBON', 'AP'),
    );
    expect(taking(a)).toEqual(['Tom Arden', 'Liam Coyle', 'Ruth Pell']);
  });

  it('counts leaders secluded with their delegations at a summit, and a member of one of their delegations', () => {
    const a = article(
      'Mountain summit ends without agreement',
      [
        'The summit at the mountain lodge ended on Tuesday without agreement, the hosts said.',
        'President Ivo Marek and Prime Minister Dan Oriel had been secluded with their delegations in the lodge since July 11.',
        "Trade Minister Lev Adler, a member of Oriel's delegation, said the gaps had narrowed.",
      ],
      wire('LISBON', 'Reuters'),
    );
    expect(taking(a)).toEqual(['Ivo Marek', 'Dan Oriel', 'Lev Adler']);
  });
});

describe('the host of talks between two sides', () => {
  it('counts one who "said at the closing meeting" as there', () => {
    const a = article(
      'Norland, Estmark agree to resume diplomatic ties after talks in Lisbon',
      [
        'Norland and Estmark have agreed to resume diplomatic relations within two months, according to a joint statement issued in Lisbon on Friday.',
        'The agreement was reached after talks between a Norland delegation headed by Oleg Varin and an Estmark delegation headed by Ruslan Tkach.',
        'Rui Matos, a member of the host government, said at the closing meeting that the talks were a victory for dialogue.',
      ],
      { dateline: { place: 'LISBON', date: 'March 10' }, source: 'Reuters' },
    );
    expect(taking(a)).toEqual(['Oleg Varin', 'Ruslan Tkach', 'Rui Matos']);
  });
});

describe('council sessions', () => {
  it('reads "as Security Council meets" as a session where the ambassadors who speak take part', () => {
    const a = article(
      "'Stop the shelling', Ostrava tells Norland as Security Council meets again this week",
      [
        'At a late-night emergency session of the Security Council on Wednesday, Secretary-General Jan Ostrava appealed to both sides to stop the shelling.',
        'Norland Ambassador Piet Vosloo said his country had acted in self-defence.',
        'Estmark Ambassador Anna Kerel said her government would not give up any territory.',
      ],
      { dateline: null, source: 'UN News' },
    );
    expect(taking(a)).toEqual(['Jan Ostrava', 'Piet Vosloo', 'Anna Kerel']);
  });
});

describe('hostages and prisoners freed', () => {
  it('counts one among those freed, not the leaders who comment from elsewhere', () => {
    const a = article(
      'Rebels free 12 hostages as government releases 30 prisoners',
      [
        'Rebels freed 12 hostages on Friday, and the government released 30 prisoners under a truce.',
        'President Tomas Arriaga said Nela Sorin, a caregiver who had worked at a farm near the border, was among those freed.',
        'Foreign Minister Jan Keller, speaking in Lisbon, said the release was only a start.',
      ],
      wire('VALDORA', 'AP'),
    );
    expect(taking(a)).toEqual(['Nela Sorin']);
    expect(person(a, 'Nela Sorin')?.roles).toEqual(['caregiver']);
  });
});

describe('counterparts named in pairs', () => {
  it('finds both counterparts named after "counterparts," and gives each the nationality in the same order', () => {
    const a = article(
      'Foreign ministers agree truce after talks',
      [
        'Foreign Minister Aldo Ferrante hosted his Azerbaijani and Armenian counterparts, Farid Nasirli and Hovik Sargsian, for talks on Friday.',
      ],
      wire('ROME', 'ANSA'),
    );
    expect(person(a, 'Farid Nasirli')?.country).toBe('Azerbaijan');
    expect(person(a, 'Hovik Sargsian')?.country).toBe('Armenia');
  });
});

describe('countries of a liberation movement and of Northern Ireland', () => {
  it('places the PLO chairman in Palestine', () => {
    const a = article(
      'Leaders sign accord',
      ['PLO chairman Fadi Nassar signed the accord in Lisbon on Monday.'],
      {
        ...wire('LISBON', 'Reuters'),
      },
    );
    expect(person(a, 'Fadi Nassar')?.country).toBe('Palestine');
  });

  it('reads Northern Ireland as the United Kingdom for a person, and keeps it as written as a place', () => {
    const a = article(
      'Parties reach agreement',
      ['Northern Ireland Secretary Ruth Pell welcomed the agreement reached in Belfast on Friday.'],
      wire('LONDON', 'AP'),
    );
    expect(person(a, 'Ruth Pell')?.country).toBe('United Kingdom');
    expect(extract(a).places).toContain('Northern Ireland');
  });
});
