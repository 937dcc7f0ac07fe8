import { describe, expect, it } from 'vitest';
import { distinctRoles } from '../ingest/role-forms.ts';
import { type CountedSpan, mainRole, roleTable, storedSpan } from './role-table.ts';

const span = (role: string, first: string, last: string, articles = 1): CountedSpan => ({
  role,
  first,
  last,
  firstArticle: `a-${first}`,
  lastArticle: `a-${last}`,
  articles,
  at: 0,
});

describe('roleTable', () => {
  it('joins the forms of one office into one row spanning all their dates', () => {
    const table = roleTable([
      span('US Secretary of State', '2023-02-22', '2024-11-01', 3),
      span('U.S. Secretary of State', '2023-04-18', '2024-12-15', 2),
    ]);
    expect(table.map(storedSpan)).toEqual([
      {
        role: 'U.S. Secretary of State',
        first: '2023-02-22',
        last: '2024-12-15',
        firstArticle: 'a-2023-02-22',
        lastArticle: 'a-2024-12-15',
      },
    ]);
    expect(table[0]!.articles).toBe(5);
  });

  it('leaves out a bare title that another row narrows, and keeps other offices', () => {
    const table = roleTable([
      span('General Secretary', '2024-04-12', '2024-04-12'),
      span('general secretary of the Union Party', '2022-12-22', '2024-08-20'),
      span('Ruritanian President', '2019-08-24', '2025-06-09'),
    ]);
    expect(table.map((row) => row.role)).toEqual([
      'general secretary of the Union Party',
      'Ruritanian President',
    ]);
  });

  it('makes one row of an office and its fuller description, with the dates and articles of both', () => {
    const table = roleTable([
      span('chair of the Unity Party', '2021-03-01', '2022-06-01', 4),
      span('chair of the ruling Unity Party', '2023-01-10', '2024-02-01', 2),
    ]);
    expect(table.map((row) => [row.role, row.shortest, row.first, row.last, row.articles])).toEqual([
      ['chair of the ruling Unity Party', 'chair of the Unity Party', '2021-03-01', '2024-02-01', 6],
    ]);
  });

  it('gives the dates and articles of a bare title to the one row narrowing it, and to none when two do', () => {
    const [row] = roleTable([
      span('Prime Minister', '2019-02-01', '2024-02-01', 3),
      span('Prime Minister of Ruritania', '2024-05-01', '2024-05-01'),
    ]);
    expect([row!.role, row!.first, row!.last, row!.articles]).toEqual([
      'Prime Minister of Ruritania',
      '2019-02-01',
      '2024-05-01',
      4,
    ]);
    const two = roleTable([
      span('President', '2010-01-01', '2010-01-01'),
      span('President of the Harbour Board', '2015-01-01', '2015-01-01'),
      span('Ruritanian President', '2020-01-01', '2020-01-01'),
    ]);
    expect(two.map((r) => [r.role, r.first, r.articles])).toEqual([
      ['President of the Harbour Board', '2015-01-01', 1],
      ['Ruritanian President', '2020-01-01', 1],
    ]);
  });

  it('joins the forms distinctRoles reads as one office: the country unsaid, another spelling, a long state name', () => {
    const table = roleTable([
      span('Minister of Foreign Affairs', '2019-03-01', '2020-01-01', 2),
      span('Chilean Foreign Minister', '2021-06-01', '2022-06-01'),
      span('Amir', '2018-01-01', '2023-01-01'),
      span('Emir of Qatar', '2019-01-01', '2019-01-01'),
      span('President of the Republic of Chile', '2024-01-01', '2024-01-01'),
      span('Chilean President', '2023-01-01', '2025-01-01'),
    ]);
    expect(table.map((r) => [r.role, r.first, r.last, r.articles])).toEqual([
      ['Chilean Foreign Minister', '2019-03-01', '2022-06-01', 3],
      ['Emir of Qatar', '2018-01-01', '2023-01-01', 2],
      ['President of the Republic of Chile', '2023-01-01', '2025-01-01', 2],
    ]);
    // The table's rows are the offices the article sidebar lists.
    expect(table.map((r) => r.role)).toEqual(
      distinctRoles([
        'Minister of Foreign Affairs',
        'Chilean Foreign Minister',
        'Amir',
        'Emir of Qatar',
        'President of the Republic of Chile',
        'Chilean President',
      ]),
    );
  });

  it('keeps undated spans undated until a dated form comes', () => {
    const [row] = roleTable([
      span('Prime Minister', '', ''),
      span('prime minister', '2020-01-01', '2021-01-01'),
    ]);
    expect([row!.first, row!.last]).toEqual(['2020-01-01', '2021-01-01']);
  });
});

describe('mainRole', () => {
  const row = (role: string, last: string, articles: number, shortest = role) => ({
    ...span(role, last, last, articles),
    shortest,
  });

  it('is the office most articles give, the latest on ties, and none without roles', () => {
    expect(mainRole([row('Governor', '2005-01-01', 4), row('Senator', '2010-01-01', 2)])).toBe('Governor');
    expect(mainRole([row('Governor', '2005-01-01', 2), row('Senator', '2010-01-01', 2)])).toBe('Senator');
    expect(mainRole([])).toBeUndefined();
  });

  it('is the shortest written form of the office, cut at a word past 80 characters', () => {
    const table = roleTable([
      span('U.S. Secretary of Defense', '2024-01-01', '2024-01-01'),
      span('US Defense Secretary', '2024-02-01', '2024-02-01'),
    ]);
    expect(table.map((r) => r.role)).toEqual(['U.S. Secretary of Defense']);
    expect(mainRole(table)).toBe('US Defense Secretary');
    // An abbreviated title is not its office's shortest form.
    expect(
      mainRole(
        roleTable([span('General', '2024-01-01', '2024-01-01'), span('Gen', '2024-02-01', '2024-02-01')]),
      ),
    ).toBe('General');
    const long =
      'chairman of the Standing Committee of the Assembly of the Federated Harbour Towns of the Southern Coast (FHTSC)';
    const shown = mainRole([row(long, '2024-01-01', 1)])!;
    expect(shown).toBe('chairman of the Standing Committee of the Assembly of the Federated Harbour…');
    expect(shown.length).toBeLessThanOrEqual(80);
  });
});
