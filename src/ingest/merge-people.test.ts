import { describe, expect, it } from 'vitest';
import { mergePeople, type MergeArticle } from './merge-people.ts';
import { mentionedPerson as person, type UnidentifiedPerson as P } from './test-people.ts';

const article = (id: string, date: string, people: P[]): MergeArticle => ({ id, date, people });
const none = { people: [], notPeople: [] };

describe('mergePeople', () => {
  it('merges the same full name across articles, ignoring accents and case', () => {
    const { people, personIds } = mergePeople(
      [
        article('a1', '2024-01-02', [person('José Martí', { country: 'Cuba', roles: ['poet'] })]),
        article('a2', '2024-03-01', [
          person('JOSE MARTI', { country: 'Cuba', roles: ['Poet', 'journalist'] }),
        ]),
      ],
      none,
    );
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: 'jose-marti', name: 'José Martí', roles: ['poet', 'journalist'] });
    expect(people[0]!.aliases).toEqual(['JOSE MARTI']);
    expect(personIds).toEqual([['jose-marti'], ['jose-marti']]);
  });

  it('never merges two full names that share a surname alias', () => {
    const { people } = mergePeople(
      [
        article('a1', '2024-01-01', [person('Wang Yi', { aliases: ['Wang'] })]),
        article('a2', '2024-01-02', [person('Wang Wenbin', { aliases: ['Wang'] })]),
        article('a3', '2024-01-03', [person('Wang')]),
      ],
      none,
    );
    expect(people.map((p) => p.id)).toEqual(['wang', 'wang-wenbin', 'wang-yi']);
  });

  it('joins a one-word name to the only full name that uses it as an alias', () => {
    const { people, personIds } = mergePeople(
      [
        article('a1', '2023-04-14', [
          person('Luiz Inacio Lula da Silva', { aliases: ['Lula'], country: 'Brazil', participant: true }),
        ]),
        article('a2', '2023-05-01', [person('Lula', { country: 'Brazil' })]),
        article('a3', '2023-05-02', [person('Lula', { country: 'Brazil' })]),
      ],
      none,
    );
    expect(people).toHaveLength(1);
    expect(personIds[1]).toEqual(['luiz-inacio-lula-da-silva']);
    // The full name stays the name, however often the short form is written.
    expect(people[0]).toMatchObject({ name: 'Luiz Inacio Lula da Silva', aliases: ['Lula'] });
    expect(people[0]!.articleIds).toEqual(['a3', 'a2', 'a1']);
  });

  it('keeps a one-word name apart when its country disagrees', () => {
    const { people } = mergePeople(
      [
        article('a1', '2023-04-14', [
          person('Luiz Inacio Lula da Silva', { aliases: ['Lula'], country: 'Brazil' }),
        ]),
        article('a2', '2023-05-01', [person('Lula', { country: 'Portugal' })]),
      ],
      none,
    );
    expect(people).toHaveLength(2);
  });

  it('merges forms that people.json lists as aliases of one known person', () => {
    const { people } = mergePeople(
      [
        article('a1', '2020-01-01', [person('Kim Jong Un', { country: 'North Korea' })]),
        article('a2', '2021-01-01', [person('Kim Jong-un')]),
        article('a3', '2022-01-01', [person('Chairman Kim Jong Eun')]),
      ],
      { people: [{ name: 'Kim Jong Un', aliases: ['Chairman Kim Jong Eun'] }], notPeople: [] },
    );
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: 'kim-jong-un', name: 'Kim Jong Un', countries: ['North Korea'] });
  });

  it('orders roles by first appearance by date, countries by frequency, articles newest first', () => {
    const { people } = mergePeople(
      [
        article('b', '2024-05-01', [person('Ann Lee', { roles: ['Prime Minister'], country: 'Singapore' })]),
        article('a', '2019-05-01', [person('Ann Lee', { roles: ['Finance Minister'], country: 'Malaysia' })]),
        article('c', '2024-05-01', [
          person('Ann Lee', { roles: ['Finance Minister'], country: 'Singapore' }),
        ]),
        article('d', '', [person('Ann Lee', { roles: ['envoy'] })]),
      ],
      none,
    );
    expect(people[0]).toMatchObject({
      roles: ['Finance Minister', 'Prime Minister', 'envoy'],
      countries: ['Singapore', 'Malaysia'],
      articleIds: ['b', 'c', 'a', 'd'],
    });
  });

  it('gives names with no Latin letters a hash id, and distinct people distinct ids', () => {
    const { people } = mergePeople(
      [
        article('a1', '2024-01-01', [
          person('王毅'),
          person('李强'),
          person("O'Brien Sean"),
          person('OBrien Sean'),
        ]),
      ],
      none,
    );
    const ids = people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /^person-[0-9a-f]{8}$/.test(id))).toHaveLength(2);
  });

  it('gives the same ids whatever the input order', () => {
    const input = [
      article('a1', '2024-01-01', [person('Wang Yi'), person('Takeo Akiba')]),
      article('a2', '2024-02-01', [person('Shigeru Ishiba'), person('Wang Yi')]),
    ];
    const forward = mergePeople(input, none);
    const backward = mergePeople(input.slice().reverse(), none);
    expect(backward.people).toEqual(forward.people);
  });
});
