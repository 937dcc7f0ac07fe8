import { describe, expect, it } from 'vitest';
import { mergePeople, type MergeArticle } from './merge-people.ts';
import { mentionedPerson as person, type UnidentifiedPerson as P } from './test-people.ts';

// One person across articles, by the times the articles give them (session 36): invented people only.
const article = (id: string, date: string, people: P[]): MergeArticle => ({ id, date, people });
const none = { people: [], notPeople: [] };
const pages = (articles: MergeArticle[]) =>
  mergePeople(articles, none).people.map((p) => [p.name, ...p.aliases].join(' / '));

const us = { country: 'United States' };

describe('a shorter form and a fuller name an article calls "late"', () => {
  it('keeps apart one who takes part in events after an article called the fuller name "late"', () => {
    expect(
      pages([
        article('a1', '2013-11-19', [person('Walter P. Hensley', { ...us, roles: ['late President'] })]),
        article('a2', '2023-10-09', [person('Walter Hensley', { ...us, participant: true })]),
      ]),
    ).toEqual(['Walter Hensley', 'Walter P. Hensley']);
  });

  it('still joins a shorter form named in passing after the fuller name was called "late"', () => {
    expect(
      pages([
        article('a1', '2013-11-19', [person('Walter P. Hensley', { ...us, roles: ['late President'] })]),
        article('a2', '2023-10-09', [person('Walter Hensley', us)]),
      ]),
    ).toEqual(['Walter P. Hensley / Walter Hensley']);
  });

  it('still joins one who took part in events before the article that called them "late"', () => {
    expect(
      pages([
        article('a1', '1961-06-05', [person('Walter Hensley', { ...us, participant: true })]),
        article('a2', '2013-11-19', [person('Walter P. Hensley', { ...us, roles: ['late President'] })]),
      ]),
    ).toEqual(['Walter P. Hensley / Walter Hensley']);
  });
});

describe("a one-word name by a one-holder office and the owner's years in it", () => {
  const son = (id: string, date: string) =>
    article(id, date, [
      person('Carl T. Brannock', {
        ...us,
        aliases: ['Brannock'],
        roles: ['U.S. President'],
        participant: true,
      }),
    ]);

  it('keeps "President Brannock" of 1989 off the page of the one who was president only in 2003–2008', () => {
    const lone = article('a9', '1989-06-30', [
      person('Brannock', { ...us, roles: ['President'], participant: true }),
    ]);
    expect(pages([son('a1', '2003-02-06'), son('a2', '2008-08-08'), lone])).toEqual([
      'Brannock',
      'Carl T. Brannock / Brannock',
    ]);
  });

  it('joins "President Brannock" of a year within his time in office', () => {
    const lone = article('a9', '2005-06-30', [
      person('Brannock', { ...us, roles: ['President'], participant: true }),
    ]);
    expect(pages([son('a1', '2003-02-06'), son('a2', '2008-08-08'), lone])).toEqual([
      'Carl T. Brannock / Brannock',
    ]);
  });

  it('joins a one-word name given no office', () => {
    const lone = article('a9', '1989-06-30', [person('Brannock', { ...us, participant: true })]);
    expect(pages([son('a1', '2003-02-06'), lone])).toEqual(['Carl T. Brannock / Brannock']);
  });
});
