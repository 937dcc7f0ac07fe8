// Leftovers of the forty-sixth and forty-seventh blind rounds of held-out articles and the people quoted on an event
// from outside it (session 29), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { type ParsedArticle, parseArticle } from './parse-article.ts';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

describe('people who comment on the event from outside it', () => {
  /** A summit's leaders, then one more speaker with the role `role`. */
  const summit = (speaker: string) =>
    article(
      'Corran Group leaders agree to double aid to the islands',
      [
        'Leaders of the Corran Group on Friday agreed to double aid to the islands by 2030, ending a two-day summit in Varnholm.',
        'Prime Minister Elsa Marrow, the summit host, read out the closing communique flanked by President Idris Kallan and Chancellor Mira Solvang.',
        `${speaker} called the result "a partial success", while aid groups warned the money would arrive too late.`,
      ],
      { dateline: { place: 'VARNHOLM', date: null } },
    );

  it('leaves out a rock star or a campaigner who only calls the outcome a success', () => {
    expect(
      participantNames(summit('Rock star Tomas Brell, who organised the concerts on the eve of the summit,')),
    ).toEqual(['Elsa Marrow', 'Idris Kallan', 'Mira Solvang']);
    expect(participantNames(summit('Campaigner Harun Vell'))).not.toContain('Harun Vell');
  });

  it('keeps a speaker with an office', () => {
    expect(participantNames(summit('Finance Minister Harun Vell'))).toContain('Harun Vell');
  });

  it('leaves out Japan’s Chief Cabinet Secretary speaking after talks held elsewhere in the story', () => {
    const a = article(
      'Marrow, Tanabe vow to enforce sanctions on Vessia',
      [
        'Norland Foreign Minister Elsa Marrow and Japanese Foreign Minister Ken Tanabe agreed Wednesday to enforce sanctions against Vessia.',
        'Tanabe told a joint news conference that Japan had no plans to change its policy.',
        'Chief Cabinet Secretary Kenji Moriyasu said Japan would consider inspecting cargo bound for Vessia.',
      ],
      { source: 'AP', dateline: { place: 'TOKYO', date: null } },
    );
    expect(participantNames(a)).not.toContain('Kenji Moriyasu');
    expect(person(a, 'Kenji Moriyasu')?.country).toBe('Japan');
  });
});

describe('a later engagement', () => {
  it('leaves out those named where a sentence opens "On Wednesday, X will …", the lede naming no day', () => {
    const a = article(
      'Marrow, Kallan agree to remove trade barriers',
      [
        'President Elsa Marrow and her Vessian counterpart Idris Kallan have agreed to remove barriers to trade between the two countries.',
        'The two leaders held talks at State House on Tuesday, shortly after President Kallan arrived on a two-day state visit.',
        'On Wednesday, President Kallan will speak to a joint sitting of both houses at the invitation of National Assembly Speaker Tomas Brell and Senate Speaker Harun Vell, then attend a business forum.',
      ],
      { source: 'KBC', dateline: null },
    );
    expect(participantNames(a)).toEqual(['Elsa Marrow', 'Idris Kallan']);
  });
});

describe('after the ceremony', () => {
  it('leaves out a cabinet sworn in "After the ceremony," under an oath’s lede', () => {
    const a = article(
      'Marrow sworn in as President of Norland',
      [
        'Elsa Marrow was sworn in on Tuesday as President of Norland, and received the sash from her predecessor, Idris Kallan, in a ceremony at the National Congress.',
        'In her first speech as head of state, Marrow called for a new social contract.',
        'After the ceremony, the new president went to the palace, where she swore in her cabinet, headed by Tomas Brell as Cabinet Chief, with Harun Vell as Economy Minister.',
      ],
      { dateline: null },
    );
    expect(participantNames(a)).toEqual(['Elsa Marrow', 'Idris Kallan']);
  });

  it('leaves out one who "met the delegations … after the ceremony" under a signing', () => {
    const a = article('Founding members sign Corran Bank Articles of Agreement', [
      'Finance ministers of 40 founding members gathered on Monday for the signing of the Corran Bank’s Articles of Agreement.',
      'Finance Minister Elsa Marrow, who presided over the ceremony, signed first.',
      'President Idris Kallan met the heads of delegation at the Great Hall after the ceremony.',
    ]);
    expect(participantNames(a)).toEqual(['Elsa Marrow']);
  });

  it('keeps one who "left shortly after the ceremony"', () => {
    const a = article(
      'Marrow sworn in as President of Norland',
      [
        'Elsa Marrow was sworn in on Tuesday as President of Norland in a ceremony at Eagle Square.',
        'The outgoing president, Idris Kallan, who handed over after eight years in office, left the capital shortly after the ceremony.',
      ],
      { dateline: null },
    );
    expect(participantNames(a)).toContain('Idris Kallan');
  });
});

describe('roles', () => {
  it('ends an office after "as" before "and" and another name with its own "as"', () => {
    const a = article('Cabinet sworn in', [
      'The president swore in his cabinet, with Tomas Brell as Foreign Minister and Martín Vell as Economy Minister.',
    ]);
    expect(person(a, 'Tomas Brell')?.roles).toEqual(['Foreign Minister']);
    expect(person(a, 'Martín Vell')?.roles).toEqual(['Economy Minister']);
  });
});

describe('Kenya’s public broadcaster', () => {
  it('reads "By KBC Reporter" as the source, KBC', () => {
    const a = parseArticle(
      ' date 2021-05-04 Leaders agree to remove trade barriers\nBy KBC Reporter\n\nThe two presidents agreed on Tuesday to remove trade barriers.\n',
    ).article;
    expect(a?.source).toBe('KBC');
  });

  it('places the Speakers of a KBC story with no dateline in Kenya, not the visitor’s country', () => {
    const a = parseArticle(
      [
        ' date 2021-05-04 Marrow, Kallan agree to remove trade barriers',
        'By KBC Reporter',
        '',
        'President Elsa Marrow and her Tanzanian counterpart Idris Kallan have agreed to remove barriers to trade between the two countries.',
        '',
        'On Wednesday, President Kallan will speak to a joint sitting of both houses at the invitation of National Assembly Speaker Tomas Brell and Senate Speaker Harun Vell.',
        '',
      ].join('\n'),
    ).article as ParsedArticle;
    expect(person(a, 'Tomas Brell')?.country).toBe('Kenya');
    expect(person(a, 'Harun Vell')?.country).toBe('Kenya');
  });
});

describe('countries', () => {
  it('does not place the leader of envoys "led by X to Nigeria" in Nigeria, where they were sent', () => {
    const a = article(
      'South Africa, Nigeria agree on early warning mechanism',
      [
        'President Elsa Marrow and President Idris Kallan of Nigeria agreed on Thursday to set up an early warning mechanism.',
        'In September, President Marrow sent special envoys led by former Minister Tomas Brell to Nigeria and other African countries to explain the government’s response.',
      ],
      { source: 'SAnews', dateline: null },
    );
    expect(person(a, 'Tomas Brell')?.country).toBe('South Africa');
  });

  it('places a bare office holder with a Korean-shaped name in the dateline’s country, not the one foreign side', () => {
    const a = article(
      'Norland orchestra plays Pyongyang',
      [
        'The Varnholm Philharmonic performed in the North Korean capital on Tuesday, the largest cultural exchange between the United States and the North in years.',
        'Music director Tomas Brell led the orchestra, and former US ambassador Harun Vell was in the hall.',
        'Leader Pak Song-Chol did not attend, although organizers had invited him.',
      ],
      { source: 'AFP', dateline: { place: 'PYONGYANG', date: null } },
    );
    expect(person(a, 'Pak Song-Chol')?.country).toBe('North Korea');
  });

  it('places the president whose death opened the office the visitor took, not in the country visited', () => {
    const a = article(
      'Marrow, Kallan agree to remove trade barriers',
      [
        'President Elsa Marrow and her Tanzanian counterpart Idris Kallan have agreed to remove barriers to trade between the two countries.',
        'The two leaders held talks at State House, Nairobi, on Tuesday, soon after President Kallan arrived on a two-day state visit, his first to Kenya since he took office in March following the death of President Tomas Brell.',
      ],
      { source: 'KBC', dateline: null },
    );
    expect(person(a, 'Tomas Brell')?.country).toBe('Tanzania');
  });

  it('places one "excused" after the representative standing in for them, in the country represented', () => {
    const a = article(
      'Summit opens in Algiers',
      [
        'Kuwait is represented by Crown Prince Sheikh Harun Vell, Lebanon by caretaker Prime Minister Tomas Brell and Saudi Arabia by Foreign Minister Prince Idris bin Kallan, after Crown Prince Elsa bin Marrow excused herself on the advice of her doctors.',
      ],
      { source: 'APS', dateline: { place: 'ALGIERS', date: null } },
    );
    expect(person(a, 'Elsa bin Marrow')?.country).toBe('Saudi Arabia');
  });
});
