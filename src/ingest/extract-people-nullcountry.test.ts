// Officials of international bodies have no country (tests/fixtures/corpus/README.md), even where the story names
// the country they come from or the one they deal with. On invented sentences: none of these people are in the
// fixtures.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const country = (a: ParsedArticle, name: string) =>
  extractEntities(a, emptyKnowledge).people.find((p) => p.name === name)?.country;

describe('officials of international bodies have no country', () => {
  it('gives a bare "Director-General" no country in a story that names the body, not that of a former post', () => {
    const a = article(
      'WTO members back director-general for second term',
      [
        'Meeting in Geneva on Friday, the General Council of the World Trade Organisation (WTO) gave Director-General Amara Obiele another term.',
        'Before joining the WTO, Obiele twice headed Ghana’s finance ministry.',
      ],
      { source: 'NAN', dateline: { place: 'Geneva', date: 'Nov. 29' } },
    );
    expect(country(a, 'Amara Obiele')).toBeNull();
    // A national body's bare title where the story names no international body keeps its country.
    const national = article(
      'Fire service chief warns of dry summer',
      ['Director-General Omar Bensaid said the country’s fire service was ready.'],
      { source: 'APS', dateline: { place: 'ALGIERS', date: 'Jun 2' } },
    );
    expect(country(national, 'Omar Bensaid')).toBe('Algeria');
  });

  it('gives the Fund’s bare "Managing Director" no country in a story about a borrowing country', () => {
    const a = article('Kenya signs port deal', [
      'Kenya signed a port deal on Friday.',
      'The inflow comes as Kenya negotiates a loan with the International Monetary Fund, whose Managing Director Lena Varga said this month that the talks were nearly done.',
    ]);
    expect(country(a, 'Lena Varga')).toBeNull();
  });

  it('gives a bare "Secretary-General" no country in a story that names the UN', () => {
    const a = article(
      'US vetoes council call for ceasefire',
      [
        'The United States on Friday blocked a draft resolution, hours after Secretary-General Pedro Almada urged the members to act.',
        'UN relief officials said aid could no longer reach the town.',
      ],
      { source: 'AP', dateline: { place: 'NEW YORK', date: 'Dec. 8' } },
    );
    expect(country(a, 'Pedro Almada')).toBeNull();
  });

  it('gives a secretary general named by the last word of a regional body no country', () => {
    const a = article(
      'Island leaders gather for forum',
      [
        'Leaders of 18 members met at the Pacific Islands Forum on Wednesday.',
        'Forum Secretary General Tavita Lemalu said members would back a policing plan funded by Australia.',
      ],
      { source: 'AAP', dateline: { place: 'NUKU’ALOFA', date: 'Aug 28' } },
    );
    expect(country(a, 'Tavita Lemalu')).toBeNull();
  });

  it('gives the president of a body named "International …" no country, wherever the story is', () => {
    const a = article(
      'Miners freed from collapsed tunnel',
      [
        'All 12 miners trapped in the tunnel were brought out on Tuesday.',
        'Tunnelling expert Greg Hollis, president of the International Mining Safety Association, said he was delighted.',
      ],
      { source: 'IANS', dateline: { place: 'Shimla', date: 'Nov 28' } },
    );
    expect(country(a, 'Greg Hollis')).toBeNull();
    // An envoy sent to such a body keeps the country the sentence gives them.
    const envoy = article('Brazil backs shipping talks', [
      'Paulo Mendes, ambassador to the International Maritime Organization, said Brazilian ports would comply with the new rules.',
    ]);
    expect(country(envoy, 'Paulo Mendes')).toBe('Brazil');
  });

  it('gives a new IOC president no country though the story names her home country', () => {
    const a = article('Swimmer elected IOC president', [
      'On Thursday, Kenya’s Wanjiru Otieno was elected president of the International Olympic Committee (IOC) in Athens.',
    ]);
    expect(country(a, 'Wanjiru Otieno')).toBeNull();
  });

  it('gives a UN envoy "on" a country not that country', () => {
    const a = article('Spokesperson answers questions on Nepal', [
      'Asked about remarks by Karen Holt, the UN Secretary-General’s special envoy on Nepal, who called for dialogue, the spokesperson said China supports the envoy’s work.',
    ]);
    expect(country(a, 'Karen Holt')).toBeNull();
  });

  it('gives a predecessor of the AU Commission’s new chairperson no country, though the dateline’s country would', () => {
    const a = article(
      'African leaders open summit',
      [
        'The summit of the African Union (AU) opened on Saturday in Addis Ababa.',
        'On its second day, the heads of state elected Djiboutian Foreign Minister Hassan Ali Warsame as chairperson of the AU Commission.',
        'Warsame will succeed Ibrahim Mahamat Deby, the outgoing chairperson, who told the assembly that Africa needed unity.',
      ],
      { dateline: { place: 'ADDIS ABABA', date: 'Feb. 15' } },
    );
    expect(country(a, 'Ibrahim Mahamat Deby')).toBeNull();
    expect(country(a, 'Hassan Ali Warsame')).toBe('Djibouti');
  });

  it('gives an international body’s officer named through ", whose" no country', () => {
    const a = article('Kenya signs port deal', [
      'Kenya signed a port deal on Friday.',
      'The inflow comes as Kenya negotiates a loan with the World Bank, whose chief economist Lena Varga said this month that the talks were nearly done.',
    ]);
    expect(country(a, 'Lena Varga')).toBeNull();
  });

  it('gives the officer that "its" gives to an international court named earlier no country', () => {
    const a = article(
      'US sanctions court judges',
      [
        'The United States on Thursday imposed sanctions on two judges of the International Criminal Court.',
        'The move follows an order signed by President Frank Delmont that allowed penalties against the court and put its chief prosecutor, Omar Haddad, on a blacklist.',
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: 'June 5' } },
    );
    expect(country(a, 'Omar Haddad')).toBeNull();
    expect(country(a, 'Frank Delmont')).toBe('United States');
  });

  it('gives a former president who now heads an international bank no country', () => {
    const a = article('Xi meets Brazilian president', [
      'He said Brazil’s former president Ana Ribeiro, who now leads the New Development Bank in Shanghai, had done much for the bank.',
    ]);
    expect(country(a, 'Ana Ribeiro')).toBeNull();
  });
});

describe('roles that name an international body', () => {
  const roles = (a: ParsedArticle, name: string) =>
    extractEntities(a, emptyKnowledge).people.find((p) => p.name === name)?.roles;

  it('keeps "UN" and the field before a lower-case "chief"', () => {
    const a = article(
      'Aid chief warns of collapse',
      [
        'Earlier in the week, UN relief chief Tom Harlow warned that aid operations could no longer function.',
      ],
      { source: 'AP', dateline: { place: 'NEW YORK', date: 'Dec. 8' } },
    );
    expect(roles(a, 'Tom Harlow')).toEqual(['UN relief chief']);
    expect(country(a, 'Tom Harlow')).toBeNull();
  });

  it('keeps a lower-case title before "and" and its body: "WEF founder and Executive Chairman"', () => {
    const a = article('Premier opens forum', [
      'Vietnamese Prime Minister Pham Van Long spoke at the first session too, along with WEF founder and Executive Chairman Karl Brenner.',
    ]);
    expect(roles(a, 'Karl Brenner')).toEqual(['WEF founder', 'Executive Chairman']);
    expect(country(a, 'Karl Brenner')).toBeNull();
    // With no body before it, a lower-case title before "and" is another person's.
    const two = article('Talks held', ['He met the president and Prime Minister Ali Hassan on Monday.']);
    expect(roles(two, 'Ali Hassan')).toEqual(['Prime Minister']);
  });

  it('reads "the newly elected chairperson of …" after a name as a role', () => {
    const a = article('Premier meets new commission chief', [
      'Prime Minister Abebe Tola on Wednesday received Hassan Ali Warsame, the newly elected chairperson of the African Union Commission, in the capital.',
      'Abebe congratulated Warsame, a former foreign minister of Djibouti, on his election.',
    ]);
    expect(roles(a, 'Hassan Ali Warsame')?.[0]).toBe(
      'newly elected chairperson of the African Union Commission',
    );
    expect(country(a, 'Hassan Ali Warsame')).toBeNull();
  });
});

describe('an office of a named body', () => {
  it('takes no country from the dateline for a rebel group’s leader named through ", whose"', () => {
    const a = article(
      'Rwanda, Congo leaders meet in Qatar',
      [
        'The presidents of Congo and Rwanda met in Qatar on Tuesday.',
        'The M23, whose political leader Jean-Pierre Mbala has vowed to march on Kinshasa, pulled out of talks on Monday.',
      ],
      { source: 'AFP', dateline: { place: 'Doha', date: 'March 19' } },
    );
    expect(country(a, 'Jean-Pierre Mbala')).toBeNull();
    // A seat of government's office is its country's.
    const seat = article(
      'Kremlin rejects talks',
      ['The Kremlin, whose spokesman Ivan Petrov spoke on Monday, rejected the talks.'],
      { source: 'AP', dateline: { place: 'MOSCOW', date: 'March 19' } },
    );
    expect(country(seat, 'Ivan Petrov')).toBe('Russia');
  });
});
