// Roles an analyst would call wrong (session 18), on invented sentences: a characterisation read as a role, a
// predicate run into a role, an envoy's title given to the principal, and redundant titles on a person page.
import { describe, expect, it } from 'vitest';
import { mergePeople } from './merge-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, testArticle as article } from './test-article.ts';
import { mentionedPerson as mentioned } from './test-people.ts';

const roles = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name)?.roles;
const agency = { source: 'Xinhua', dateline: { place: 'HANOI', date: 'May 9' } };

describe('characterisations', () => {
  it('does not give the person a label someone else puts on them with "describing X as"', () => {
    const a = article(
      'Ministry rejects remark',
      [
        'Foreign Ministry spokesperson Tran Minh Duc on Thursday called a remark by Senator Paul Brandt describing Ruritanian President Oskar Velden as a dictator deeply dangerous and reckless.',
      ],
      agency,
    );
    expect(roles(a, 'Oskar Velden')).toEqual(['Ruritanian President']);
  });

  it('reads "branded X as", "referred to X as" and "hailed X as" as opinions too', () => {
    const a = article(
      'Opposition attacks minister',
      [
        'The opposition branded Finance Minister Lena Hollis as a traitor on Monday.',
        'Critics have referred to Mayor Tomas Ek as the city’s landlord.',
        'Supporters hailed Governor Ana Ruiz as a reformer.',
      ],
      agency,
    );
    expect(roles(a, 'Lena Hollis')).toEqual(['Finance Minister']);
    expect(roles(a, 'Tomas Ek')).toEqual(['Mayor']);
    expect(roles(a, 'Ana Ruiz')).toEqual(['Governor']);
  });
});

describe('a role phrase stops before a predicate', () => {
  it('ends the role at an adverb that opens what is said of the person', () => {
    const a = article(
      'Court hears case',
      ['The court heard that Mira Lund, a judge highly respected by colleagues, had ruled on the case.'],
      agency,
    );
    expect(roles(a, 'Mira Lund')).toEqual(['judge']);
  });
});

describe('a role phrase stops before a second noun phrase or the sentence’s verb', () => {
  it('ends at "and the frontrunner", "and a …" and "and once again"', () => {
    const a = article(
      'Election',
      [
        'Lena Hollis, the leader of the conservative Civic Union (CU) and the frontrunner to become the next chancellor, accused Tomas Ek of failing.',
        'Mira Lund, founder of the Lund Institute and a UN Messenger of Peace, says she is still hopeful.',
        'Ek congratulated Ana Ruiz on her election as top leader of the Civic Union and once again expressed his condolences.',
      ],
      agency,
    );
    expect(roles(a, 'Lena Hollis')).toEqual(['leader of the conservative Civic Union (CU)']);
    expect(roles(a, 'Mira Lund')).toEqual(['founder of the Lund Institute']);
    expect(roles(a, 'Ana Ruiz')).toEqual(['top leader of the Civic Union']);
  });

  it('gives no role for a distinction ("the first UN chief to attend the forum")', () => {
    const a = article(
      'Forum opens',
      [
        'UN Secretary-General Oskar Velden, the first UN chief to attend the forum since 2018, told the leaders that the region was at risk.',
        'Mira Lund, the fourth senior Ruritanian official to visit Hanoi this summer, said ties were strong.',
      ],
      agency,
    );
    expect(roles(a, 'Oskar Velden')).toEqual(['UN Secretary-General']);
    expect(roles(a, 'Mira Lund')).toEqual([]);
  });
});

describe("an envoy's title", () => {
  it('gives the principal only their own title, not the envoy of them', () => {
    const a = article(
      'Inauguration held',
      [
        'Ruritanian Vice President Ivo Brandt, as special envoy of Ruritanian President Oskar Velden, attended the inauguration on Sunday.',
        'Trade Minister Lia Norr attended the ceremony as the special envoy of Ruritanian President Oskar Velden.',
      ],
      agency,
    );
    expect(roles(a, 'Oskar Velden')).toEqual(['Ruritanian President']);
  });
});

describe('the person page’s roles', () => {
  it('drops a bare title that another of the same person’s roles ends with, but keeps another office, a distinction or a stack of titles', () => {
    const { people } = mergePeople(
      [
        {
          id: 'a',
          date: '2024-01-01',
          people: [
            mentioned('Ana Ruiz', {
              roles: [
                'President',
                'Ruritanian President',
                'former president',
                'Foreign Minister',
                'first female foreign minister',
              ],
            }),
          ],
        },
        {
          id: 'b',
          date: '2024-02-01',
          people: [
            mentioned('Ana Ruiz', {
              roles: [
                'Prince',
                'Crown Prince',
                'Deputy Prime Minister',
                'Prime Minister',
                'Sheikh',
                'Oil Minister Sheikh',
              ],
            }),
          ],
        },
      ],
      { people: [], notPeople: [] },
    );
    expect(people[0]?.roles).toEqual([
      'Ruritanian President',
      'former president',
      'Foreign Minister',
      'first female foreign minister',
      'Crown Prince',
      'Deputy Prime Minister',
      'Prime Minister',
      'Sheikh',
      'Oil Minister Sheikh',
    ]);
  });
});
