// Same rules written once (session 23's review): a name after an honorific ends where one after a title does, and
// an adviser's country reaches the one served however many people the story names. Invented sentences: none of
// these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => extractEntities(a, emptyKnowledge).people.map((p) => p.name);

describe('a name after an honorific alone', () => {
  // Arab names long with particles, Spanish ones with particles and two surnames: whole, as after a title.
  it.each([
    [
      'Sheikh Rashid bin Hamdan bin Saeed Al Marzooqi met the delegation.',
      'Rashid bin Hamdan bin Saeed Al Marzooqi',
    ],
    [
      'The talks were attended by Mr. Tomas de la Vega y Ruiz Albornoz of the firm.',
      'Tomas de la Vega y Ruiz Albornoz',
    ],
  ])('keeps the name whole past six words with particles: %s', (sentence, name) => {
    expect(names(article('Firm signs port deal', [sentence]))).toEqual([name]);
  });
});

describe('abbreviated styles', () => {
  it('keeps "HRH" out of a royal’s title, as "HM" and "H.R.H." are', () => {
    const roles = (style: string) =>
      extractEntities(
        article('Gulf talks on shipping', [`Talks were held with ${style} Crown Prince Arvel Dunmore.`]),
        emptyKnowledge,
      ).people.map((p) => [p.name, p.roles]);
    for (const style of ['HRH', 'H.R.H.', 'HM'])
      expect(roles(style), style).toEqual([['Arvel Dunmore', ['Crown Prince']]]);
  });
});

describe('the one an adviser serves, in a long story', () => {
  const sides = [
    ['US', 'United States'],
    ['French', 'France'],
    ['German', 'Germany'],
    ['Brazilian', 'Brazil'],
    ['Kenyan', 'Kenya'],
  ] as const;
  const given = ['Mark', 'Alan', 'Dana', 'Paul', 'Owen', 'Hugh', 'Ross', 'Neil', 'Tom', 'Glen'];
  // Eighty family names, none shared: "Belton", "Corwick", … (a shared one would make two people one).
  const family = (i: number) =>
    `${['Bel', 'Cor', 'Dav', 'Fen', 'Gar', 'Hol', 'Kes', 'Lom'][i % 8]}${['ton', 'wick', 'by', 'stead', 'more', 'ley', 'ford', 'ham', 'wood', 'ridge'][Math.floor(i / 8)]}`;
  // Forty envoys, each a senior adviser to a president of their own side: eighty people.
  const pairs = Array.from({ length: 40 }, (_, i) => {
    const [demonym, country] = sides[i % sides.length] as (typeof sides)[number];
    const envoy = `${given[i % given.length]} ${family(2 * i)}`;
    const served = `${given[(i + 3) % given.length]} ${family(2 * i + 1)}`;
    return { demonym, country, envoy, served };
  });

  it('gives every served president the adviser’s country however many people the story names', () => {
    const a = article(
      'Envoys gather for climate talks',
      pairs.flatMap(({ demonym, envoy, served }) => [
        `${demonym} envoy ${envoy} arrived in Jerusalem on Thursday for the talks.`,
        `${envoy}, a senior adviser to President ${served}, was expected to return home after the talks.`,
      ]),
      { source: 'AFP', dateline: { place: 'JERUSALEM', date: 'May 9' } },
    );
    const countries = new Map(extractEntities(a, emptyKnowledge).people.map((p) => [p.name, p.country]));
    expect(pairs.map(({ served }) => countries.get(served))).toEqual(pairs.map(({ country }) => country));
  });
});
