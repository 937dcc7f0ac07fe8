// People seen first in the sixty-fourth blind round of held-out articles (inaugurations, elections and transfers of
// power: a king's style, a palace's comptroller, a chief of cabinet, a candidate's rivals, a party's signed
// statement), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const kl = { dateline: { place: 'KUALA LUMPUR', date: 'Nov 24' }, source: 'Bernama' };

describe("a monarch's and a palace's titles before the name", () => {
  const a = article(
    'New prime minister sworn in',
    [
      'Datuk Seri Harun Kassim was sworn in as Prime Minister before the Yang di-Pertuan Agong Al-Sultan Idris Shah Rinaldi at Istana Negara this evening.',
      'In a statement, Comptroller of the Royal Household Datuk Razak Tembe said the King had consented to the appointment.',
    ],
    kl,
  );

  it('reads "Al-Sultan" as the title it is, not the first word of the name', () => {
    const p = person(a, 'Idris Shah Rinaldi');
    expect(p?.roles).toEqual(['Yang di-Pertuan Agong Al-Sultan']);
    expect(person(a, 'Al-Sultan Idris Shah Rinaldi')).toBeUndefined();
  });

  it('finds the comptroller of a household by his title, past the Malaysian honour', () => {
    expect(person(a, 'Razak Tembe')?.roles).toEqual(['Comptroller of the Royal Household']);
  });
});

describe('a chief of a one-word office', () => {
  it('reads "Chief of Cabinet X" and "Deputy Chief of Mission Y" as titles before the names', () => {
    const a = article('President receives successor', [
      'The president was joined by Chief of Cabinet Lucas Pereyra, the spokeswoman said.',
      'Deputy Chief of Mission Elena Ostrava will lead the embassy in the interim.',
    ]);
    expect(person(a, 'Lucas Pereyra')?.roles).toEqual(['Chief of Cabinet']);
    expect(person(a, 'Elena Ostrava')?.roles).toEqual(['Deputy Chief of Mission']);
  });
});

describe("a candidate's rivals", () => {
  it('finds both names after a possessive and "rivals," whatever their words', () => {
    const a = article('Court to rule on election challenge', [
      'Okonta won the vote in February.',
      "Okonta's rivals, Anton Veraldi and Mira Castellan, have asked the court to annul the result.",
    ]);
    expect(person(a, 'Anton Veraldi')).toBeDefined();
    expect(person(a, 'Mira Castellan')).toBeDefined();
  });

  it("leaves a firm's one-word rivals to the organisations", () => {
    const a = article('Phone maker gains', ["Quilty's rivals, Belmonte and Farrow, lost ground."]);
    expect(person(a, 'Belmonte')).toBeUndefined();
  });
});

describe("the signature of a party's statement", () => {
  it('reads the name after "Issued by:" as a person', () => {
    const a = article(
      'Party welcomes election of new president',
      [
        'The party welcomes the election of its deputy president as head of state.',
        'Issued by: Sipho Dlamuka',
        'Secretary General',
      ],
      { dateline: null, source: null },
    );
    expect(person(a, 'Sipho Dlamuka')).toBeDefined();
  });
});
