// People seen first in the eighty-third blind round of held-out articles (security and intelligence channels): other
// ministers met in a meeting held earlier in the day, and a meeting on an earlier date whose guests are named in an
// appositive, on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const kyodo = { source: 'Kyodo', dateline: { place: 'SINGAPORE', date: 'June 1' }, date: '2019-06-01' };

describe('a meeting held earlier in the day', () => {
  it('reads "Earlier in the day, X held a meeting with Y and Z" as apart from the talks', () => {
    const a = article(
      'Ruritania, Borduria defense chiefs agree on hotline',
      [
        'Defense Minister Karel Zahradnik and his Bulgarian counterpart Ivo Marjanek agreed Saturday to set up a hotline.',
        'Earlier in the day, Zahradnik held a meeting with Syldavian Defense Minister Otto Kessel and Carpathian Defense Minister Lena Dovic.',
      ],
      kyodo,
    );
    expect(person(a, 'Ivo Marjanek')?.participant).toBe(true);
    expect(person(a, 'Otto Kessel')?.participant).toBe(false);
    expect(person(a, 'Lena Dovic')?.participant).toBe(false);
  });
});

describe('guests named in an appositive, then a dated day', () => {
  const afp = { source: 'AFP', dateline: { place: 'Washington', date: null }, date: '2022-09-27' };
  const lede =
    'National security adviser Jack Marlow hosted senior officials from Ruritania and Borduria at the White House on Tuesday.';

  it('reads "X hosted the foreign ministers, A and B, in New York on September 19, …" as another meeting', () => {
    const a = article(
      'US hosts Ruritanian, Bulgarian officials for talks',
      [
        lede,
        'Secretary of State Alan Pryce hosted both governments’ top diplomats, Tomas Varga and Ivo Lenk, at a hotel in Manhattan on September 19, weeks before the truce.',
      ],
      afp,
    );
    expect(person(a, 'Jack Marlow')?.participant).toBe(true);
    for (const name of ['Alan Pryce', 'Tomas Varga', 'Ivo Lenk'])
      expect(person(a, name)?.participant).toBe(false);
  });

  it('still reads the guests of the talks reported, named the same way, as taking part', () => {
    const a = article(
      'US hosts Ruritanian, Bulgarian officials for talks',
      [
        'National security adviser Jack Marlow hosted the two countries’ security chiefs, Tomas Varga and Ivo Lenk, in Washington on September 27, after weeks of clashes.',
      ],
      afp,
    );
    for (const name of ['Jack Marlow', 'Tomas Varga', 'Ivo Lenk'])
      expect(person(a, name)?.participant).toBe(true);
  });
});

describe('a visit to a state by its formal name', () => {
  it('reads "X had accepted an invitation from Y to visit the People\'s Republic of Z" as no tie to Z', () => {
    const a = article(
      'Aide held secret talks with Bulgarian premier; president will visit Bulgaria',
      [
        'Presidential aide Henry Fallon held secret talks with Premier Ivo Marek in Szohod last week.',
        'President Ross Kinley, speaking on television from Burbank, said he would accept Marek’s invitation to visit the People’s Republic of Bulgaria next year.',
      ],
      { source: 'AP', dateline: { place: 'SAN CLEMENTE, Calif.', date: null }, date: '1971-07-16' },
    );
    expect(person(a, 'Ross Kinley')?.country).toBe('United States');
  });
});

describe('one side of the table, then its names', () => {
  it('reads "On the Bulgarian side, Marshal A and B, a senior diplomat, took part" as Bulgaria\'s', () => {
    const a = article(
      'Aide held secret talks with premier',
      [
        'Presidential aide Henry Fallon held secret talks with the premier last week, the White House disclosed.',
        'On the Bulgarian side, Marshal Ivan Petko and Boris Lenk, a senior diplomat, took part in the sessions.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null }, date: '1971-07-16' },
    );
    expect(person(a, 'Ivan Petko')?.country).toBe('Bulgaria');
  });
});

describe('names set off after a noun, before the verb', () => {
  it('reads "Three members of the staff, A, B and C, were also present at the talks" as taking part', () => {
    const a = article(
      'Aide held secret talks with premier',
      [
        'Presidential aide Henry Fallon held secret talks with Premier Ivo Marek in Sofia last week, the White House disclosed.',
        'Three members of the council staff, Peter Aldane, Conrad Mews and Jon Verrall, were also present at the talks, officials said.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null }, date: '1971-07-16' },
    );
    for (const name of ['Peter Aldane', 'Conrad Mews', 'Jon Verrall'])
      expect(person(a, name)?.participant).toBe(true);
  });
});

describe('the meeting between two sides, in a third country', () => {
  const dawn = { source: 'Dawn', dateline: { place: 'ISLAMABAD', date: null }, date: '2015-12-07' };
  const a = article(
    'Pakistan, India security advisers hold surprise talks in Bangkok',
    [
      'Security advisers from Pakistan and India met in secret on Sunday for talks in Bangkok, diplomats said.',
      'The meeting between retired Lt Gen Omar Khan Durrani and his Indian counterpart Ravi Mehra stayed secret until both foreign offices released a statement.',
      'Foreign Secretary Tariq Saleem of Pakistan was also present.',
    ],
    dawn,
  );

  it('reads "The meeting between A and his Indian counterpart B was kept under wraps" as both taking part', () => {
    expect(person(a, 'Omar Khan Durrani')?.participant).toBe(true);
    expect(person(a, 'Ravi Mehra')?.participant).toBe(true);
  });

  it("gives A the other side's country, not the venue's", () => {
    expect(person(a, 'Omar Khan Durrani')?.country).toBe('Pakistan');
  });
});

describe('a national security adviser by the initials', () => {
  it('reads "NSA X" opening the lede as a title and a person', () => {
    const a = article(
      'India, China hold boundary talks',
      [
        'NSA Ravi Mehra and Chinese Foreign Minister Li Wenhao on Saturday held the boundary talks, officials said.',
      ],
      { source: 'PTI', dateline: { place: 'New Delhi', date: 'Dec 21' }, date: '2019-12-21' },
    );
    expect(person(a, 'Ravi Mehra')?.roles).toEqual(['NSA']);
    expect(person(a, 'Ravi Mehra')?.participant).toBe(true);
  });
});

describe('the first meeting since an earlier agreement', () => {
  it('reads the leaders after "the first such meeting since" as no part of the talks', () => {
    const a = article(
      'Two powers hold strategic stability talks in Geneva',
      [
        'American and Russian negotiators spent the day on arms control in Geneva this week, the first such meeting since U.S. President Hal Brenner and Russian President Oleg Varnov agreed in June to resume the dialogue.',
        'Deputy Secretary Mara Quint led the American delegation.',
      ],
      { source: 'Reuters', dateline: { place: 'GENEVA', date: null }, date: '2021-07-28' },
    );
    expect(person(a, 'Hal Brenner')?.participant).toBe(false);
    expect(person(a, 'Oleg Varnov')?.participant).toBe(false);
    expect(person(a, 'Mara Quint')?.participant).toBe(true);
  });
});
