import { describe, expect, it } from 'vitest';
import { mergePeople, type MergeArticle } from './merge-people.ts';
import { mentionedPerson as person, type UnidentifiedPerson as P } from './test-people.ts';

// One person, one page (session 35): invented people only.
const article = (id: string, date: string, people: P[]): MergeArticle => ({ id, date, people });
const none = { people: [], notPeople: [] };
const pages = (articles: MergeArticle[]) =>
  mergePeople(articles, none).people.map((p) => [p.name, ...p.aliases].join(' / '));

describe('one person, one page: given names in two transliterations', () => {
  it('puts the Russian and the Ukrainian form of a given name on one page', () => {
    expect(
      pages([
        article('a1', '2024-01-02', [person('Volodymyr Hordienko', { country: 'Ukraine' })]),
        article('a2', '2024-01-03', [person('Volodymyr Hordienko', { country: 'Ukraine' })]),
        article('a3', '2024-01-04', [person('Vladimir Hordienko', { country: 'Ukraine' })]),
      ]),
    ).toEqual(['Volodymyr Hordienko / Vladimir Hordienko']);
  });

  it('joins Alexander, Aleksandr and Oleksandr of one family name and country', () => {
    expect(
      pages([
        article('a1', '2024-02-01', [person('Alexander Kravets', { country: 'Belarus' })]),
        article('a2', '2024-02-02', [person('Alexander Kravets', { country: 'Belarus' })]),
        article('a3', '2024-02-03', [person('Aleksandr Kravets', { country: 'Belarus' })]),
      ]),
    ).toEqual(['Alexander Kravets / Aleksandr Kravets']);
  });

  it('keeps the two forms apart when one article names both as two people', () => {
    expect(
      pages([
        article('a1', '2024-03-01', [
          person('Alexander Tarasiuk', { country: 'Ukraine' }),
          person('Oleksandr Tarasiuk', { country: 'Ukraine' }),
        ]),
        article('a2', '2024-03-02', [person('Oleksandr Tarasiuk', { country: 'Ukraine' })]),
      ]),
    ).toEqual(['Alexander Tarasiuk', 'Oleksandr Tarasiuk']);
  });

  it('keeps them apart when their countries disagree', () => {
    expect(
      pages([
        article('a1', '2024-04-01', [person('Pavel Kravets', { country: 'Russia' })]),
        article('a2', '2024-04-02', [person('Pavlo Kravets', { country: 'Ukraine' })]),
      ]),
    ).toEqual(['Pavel Kravets', 'Pavlo Kravets']);
  });

  it('folds the given name only, not a family name or patronymic of the same letters', () => {
    expect(
      pages([
        article('a1', '2024-05-01', [person('Ivan Pavel', { country: 'Czech Republic' })]),
        article('a2', '2024-05-02', [person('Ivan Pavlo', { country: 'Czech Republic' })]),
      ]),
    ).toEqual(['Ivan Pavel', 'Ivan Pavlo']);
  });
});

describe('one person, one page: middle initials', () => {
  it('never puts a son written with his middle initial on his father’s page', () => {
    expect(
      pages([
        article('a1', '1990-01-02', [person('Harold T. W. Halloran', { country: 'United States' })]),
        article('a2', '2005-01-02', [person('Harold W. Halloran', { country: 'United States' })]),
        article('a3', '2006-01-02', [person('Harold W. Halloran', { country: 'United States' })]),
      ]),
    ).toEqual(['Harold T. W. Halloran', 'Harold W. Halloran']);
  });

  it('still joins a middle initial to the middle name it stands for', () => {
    expect(
      pages([
        article('a1', '2005-01-02', [person('Harold W. Brannigan', { country: 'United States' })]),
        article('a2', '2006-01-02', [person('Harold W. Brannigan', { country: 'United States' })]),
        article('a3', '2007-01-02', [person('Harold Walker Brannigan', { country: 'United States' })]),
      ]),
    ).toEqual(['Harold W. Brannigan / Harold Walker Brannigan']);
  });

  it('leaves a name without initials on neither page when it could be either', () => {
    expect(
      pages([
        article('a1', '1990-01-02', [person('Harold T. W. Prewitt', { country: 'United States' })]),
        article('a2', '2005-01-02', [person('Harold W. Prewitt', { country: 'United States' })]),
        article('a3', '2006-01-02', [person('Harold Prewitt', { country: 'United States' })]),
      ]),
    ).toEqual(['Harold Prewitt', 'Harold T. W. Prewitt', 'Harold W. Prewitt']);
  });
});

describe('one person, one page: Arabic and Pakistani names', () => {
  it('joins a name cut after the father’s name to the fuller one written with the article joined', () => {
    expect(
      pages([
        article('a1', '2024-06-01', [person('Rashed bin Saif Al-Nuaimi', { country: 'Oman' })]),
        article('a2', '2024-06-02', [person('Rashed bin Saif Alnuaimi', { country: 'Oman' })]),
        article('a3', '2024-06-03', [person('Rashed bin Saif bin Hamood Alnuaimi', { country: 'Oman' })]),
      ]),
    ).toEqual(['Rashed bin Saif bin Hamood Alnuaimi / Rashed bin Saif Al-Nuaimi / Rashed bin Saif Alnuaimi']);
  });

  it('joins a name of three words to the one fuller name that adds only its house ("Al X")', () => {
    expect(
      pages([
        article('a1', '2024-07-01', [person('Salem Al-Nasser Al-Fadhel Al-Mutairi', { country: 'Kuwait' })]),
        article('a2', '2024-07-02', [person('Salem Al-Nasser Al-Fadhel', { country: 'Kuwait' })]),
      ]),
    ).toEqual(['Salem Al-Nasser Al-Fadhel Al-Mutairi / Salem Al-Nasser Al-Fadhel']);
  });

  it('joins neither when two fuller names add different houses', () => {
    expect(
      pages([
        article('a1', '2024-07-01', [person('Salem Al-Nasser Al-Fadhel Al-Mutairi', { country: 'Kuwait' })]),
        article('a2', '2024-07-02', [person('Salem Al-Nasser Al-Fadhel Al-Qassab', { country: 'Kuwait' })]),
        article('a3', '2024-07-03', [person('Salem Al-Nasser Al-Fadhel', { country: 'Kuwait' })]),
      ]),
    ).toHaveLength(3);
  });

  it('leaves out the honorific "Makhdoom" before a Pakistani name', () => {
    expect(
      pages([
        article('a1', '2024-08-01', [person('Zahid Hussain Zardan', { country: 'Pakistan' })]),
        article('a2', '2024-08-02', [person('Zahid Hussain Zardan', { country: 'Pakistan' })]),
        article('a3', '2024-08-03', [person('Makhdoom Zahid Hussain Zardan', { country: 'Pakistan' })]),
      ]),
    ).toEqual(['Zahid Hussain Zardan / Makhdoom Zahid Hussain Zardan']);
  });
});

describe('one person, one page: a surname alone that two people go by', () => {
  it('joins the one whose roles hold the title the article gives it (two pages, not three)', () => {
    expect(
      pages([
        article('a1', '2024-09-01', [
          person('Walter Pemberton', {
            aliases: ['Pemberton'],
            roles: ['U.S. President'],
            country: 'United States',
          }),
        ]),
        article('a2', '2024-09-02', [
          person('Dorothy Pemberton', {
            aliases: ['Pemberton'],
            roles: ['First Lady'],
            country: 'United States',
          }),
        ]),
        article('a3', '2024-09-03', [
          person('Pemberton', { roles: ['President'], country: 'United States' }),
        ]),
      ]),
    ).toEqual(['Dorothy Pemberton / Pemberton', 'Walter Pemberton / Pemberton']);
  });

  it('joins neither when both held that title (a father and a son)', () => {
    expect(
      pages([
        article('a1', '1990-09-01', [
          person('Walter H. Pemberton', {
            aliases: ['Pemberton'],
            roles: ['President'],
            country: 'United States',
          }),
        ]),
        article('a2', '2004-09-02', [
          person('Walter G. Pemberton', {
            aliases: ['Pemberton'],
            roles: ['President'],
            country: 'United States',
          }),
        ]),
        article('a3', '2004-09-03', [
          person('Pemberton', { roles: ['President'], country: 'United States' }),
        ]),
      ]),
    ).toHaveLength(3);
  });
});
