// A plural title shared by the names after it ("Foreign Ministers A and B"), on invented sentences: every name is
// a person holding the singular role, with a country when the title lists one per name.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import { testArticle as article } from './test-article.ts';

const extraction = (...paragraphs: string[]) =>
  extractEntities(article('Talks', [...paragraphs, 'The two sides discussed trade.']), emptyKnowledge);
const people = (...paragraphs: string[]) => extraction(...paragraphs).people;
const summary = (...paragraphs: string[]) =>
  people(...paragraphs).map((p) => ({ name: p.name, roles: p.roles, country: p.country }));

describe('a plural title before several names', () => {
  it('finds both people of "Foreign Ministers A and B", each a Foreign Minister taking part', () => {
    const found = people('Foreign Ministers Wang Yi and Sergei Lavrov held talks in Beijing on Thursday.');
    expect(found.map((p) => [p.name, p.roles, p.participant])).toEqual([
      ['Wang Yi', ['Foreign Minister'], true],
      ['Sergei Lavrov', ['Foreign Minister'], true],
    ]);
  });

  it('finds everyone of "Prime Ministers A and B" and "Presidents A, B and C"', () => {
    const two = people('Prime Ministers Arun Dhoval and Kamran Aziz spoke by phone on Thursday.');
    expect(two.map((p) => [p.name, p.roles, p.participant])).toEqual([
      ['Arun Dhoval', ['Prime Minister'], true],
      ['Kamran Aziz', ['Prime Minister'], true],
    ]);
    const three = people('Presidents Luc Moreau, Dale Horne and Hans Vogel met in Paris on Thursday.');
    expect(three.map((p) => [p.name, p.roles])).toEqual([
      ['Luc Moreau', ['President']],
      ['Dale Horne', ['President']],
      ['Hans Vogel', ['President']],
    ]);
  });

  it('gives each name the country of its demonym, in order, and keeps a single country in the role', () => {
    expect(
      summary('Chinese and Russian Foreign Ministers Wang Yi and Sergei Lavrov held talks on Thursday.'),
    ).toEqual([
      { name: 'Wang Yi', roles: ['Foreign Minister'], country: 'China' },
      { name: 'Sergei Lavrov', roles: ['Foreign Minister'], country: 'Russia' },
    ]);
    expect(summary('U.S. Senators Lindsey Graham and Chris Murphy visited Kyiv on Thursday.')).toEqual([
      { name: 'Lindsey Graham', roles: ['U.S. Senator'], country: 'United States' },
      { name: 'Chris Murphy', roles: ['U.S. Senator'], country: 'United States' },
    ]);
  });

  it('reads compound and departmental titles, ranks and royal titles', () => {
    const roles = (s: string) => people(s).map((p) => `${p.name}: ${p.roles.join(', ')}`);
    expect(roles('Vice Presidents Kamala Harris and Sara Duterte met in Manila on Thursday.')).toEqual([
      'Kamala Harris: Vice President',
      'Sara Duterte: Vice President',
    ]);
    expect(roles('Defence Ministers Richard Marles and Rajnath Singh held talks on Thursday.')).toEqual([
      'Richard Marles: Defence Minister',
      'Rajnath Singh: Defence Minister',
    ]);
    expect(roles('Secretaries of State Mark Deller and Ruth Pell spoke on Thursday.')).toEqual([
      'Mark Deller: Secretary of State',
      'Ruth Pell: Secretary of State',
    ]);
    expect(roles('Generals Mark Milley and Valery Gerasimov spoke by phone on Thursday.')).toEqual([
      'Mark Milley: General',
      'Valery Gerasimov: General',
    ]);
    expect(roles('Congressmen Adam Schiff and Ro Khanna visited Taipei on Thursday.')).toEqual([
      'Adam Schiff: Congressman',
      'Ro Khanna: Congressman',
    ]);
    expect(roles('Kings Charles III and Felipe VI met in London on Thursday.')).toEqual([
      'Charles III: King',
      'Felipe VI: King',
    ]);
  });

  it('finds the people after plural honorifics, with no role', () => {
    expect(summary('Drs. Anthony Fauci and Deborah Birx briefed reporters on Thursday.')).toEqual([
      { name: 'Anthony Fauci', roles: [], country: null },
      { name: 'Deborah Birx', roles: [], country: null },
    ]);
    expect(people('Sheikhs Tamim and Mohammed met in Doha on Thursday.').map((p) => p.name)).toEqual([
      'Tamim',
      'Mohammed',
    ]);
  });

  it('reads a lower-case plural title, with the body it belongs to, and "…, alongside A and B"', () => {
    expect(
      summary('His parents, Yale Law School professors Harold Klein and Miriam Stone, sat behind him.'),
    ).toEqual([
      { name: 'Harold Klein', roles: ['Yale Law School professor'], country: null },
      { name: 'Miriam Stone', roles: ['Yale Law School professor'], country: null },
    ]);
    const named = people(
      'Dewi Lestari was named one of three deputy foreign ministers, alongside Budi Santoso and Arif Wicaksono.',
    );
    expect(named.filter((p) => p.roles.includes('deputy foreign minister')).map((p) => p.name)).toEqual([
      'Budi Santoso',
      'Arif Wicaksono',
    ]);
  });

  it('reads the names set off by commas after a plural title, with "of" countries in order', () => {
    expect(
      summary(
        'The Presidents of Brazil and Argentina, Carlos Mendes and Jorge Ruiz, met in Brasilia on Thursday.',
      ),
    ).toEqual([
      { name: 'Carlos Mendes', roles: ['President'], country: 'Brazil' },
      { name: 'Jorge Ruiz', roles: ['President'], country: 'Argentina' },
    ]);
    const ministers = people(
      'China and Russia held talks on Thursday.',
      "The two countries' foreign ministers, Li Wen and Pavel Orlov, met in Beijing.",
    );
    expect(ministers.map((p) => [p.name, p.roles])).toEqual([
      ['Li Wen', ['foreign minister']],
      ['Pavel Orlov', ['foreign minister']],
    ]);
    expect(
      summary('Brazilian and Argentine leaders Carlos Mendes and Jorge Ruiz met on Thursday.').map((p) => [
        p.roles,
        p.country,
      ]),
    ).toEqual([
      [['leader'], 'Brazil'],
      [['leader'], 'Argentina'],
    ]);
    // Not set off: "said" closes the list, so the names are not the ministers.
    expect(people('He met ministers, Carlos Mendes and Jorge Ruiz said.').flatMap((p) => p.roles)).toEqual(
      [],
    );
  });

  it('finds no one in plurals that name no person', () => {
    const found = extraction(
      'Ministers said the talks went well. Foreign Ministers Council and Ministry of Defence officials met in Brussels.',
      "The Presidents Cup and Masters were played on Thursday. Presidents' Day and Christmas are holidays.",
      'The Ministers of China and Russia met on Thursday. The ministers Paris and London met.',
    );
    expect(found.people).toEqual([]);
    expect(found.organizations).toContain('Ministry of Defence');
    expect(found.places).toEqual(expect.arrayContaining(['Brussels', 'China', 'Russia', 'Paris', 'London']));
  });
});

describe('a title that runs on to a city right before the name', () => {
  it('keeps the whole title, from the country’s possessive to the city', () => {
    expect(
      summary(
        "Norway's Permanent Representative to the United Nations in Geneva Lars Eriksen said the talks were useful.",
      ),
    ).toEqual([
      {
        name: 'Lars Eriksen',
        roles: ["Norway's Permanent Representative to the United Nations in Geneva"],
        country: 'Norway',
      },
    ]);
    expect(summary('He flew to talks in Geneva Lars Eriksen said.')).toEqual([
      { name: 'Lars Eriksen', roles: [], country: null },
    ]);
  });
});
