// People seen first in the eighty-fifth blind round of held-out articles (Europe's national agencies in their English
// services): the agencies' own officials under a bare title, a nationality that describes a village or a border,
// a country before an adverb the lexicon lacks, and the presidents of Spain's and Italy's regions, on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { findCountries } from './extract/countries.ts';
import { tokenize } from './extract/tokenize.ts';
import { extractTest, personNamed as person, testArticle as article } from './test-article.ts';

describe("a national agency's own officials under a bare title", () => {
  it.each([
    ['MTI', 'BUDAPEST', 'Hungary'],
    ['Agerpres', 'BUCHAREST', 'Romania'],
    ['Tanjug', 'BELGRADE', 'Serbia'],
    ['Hina', 'ZAGREB', 'Croatia'],
    ['TASR', 'BRATISLAVA', 'Slovakia'],
    ['ANA-MPA', 'ATHENS', 'Greece'],
    ['ELTA', 'VILNIUS', 'Lithuania'],
    ['LETA', 'RIGA', 'Latvia'],
    ['STT', 'HELSINKI', 'Finland'],
    ['Belga', 'ANTWERP', 'Belgium'],
  ])('reads an opposition leader in a %s story from %s as of %s', (source, place, country) => {
    const a = article(
      'Prime minister offers help after floods abroad',
      [
        'Prime Minister Aurel Vintemar on Monday spoke by telephone with the Turkish president about the floods.',
        'Opposition leader Dorin Kasparel also expressed his solidarity with the Turkish people on social media.',
      ],
      { source, dateline: { place, date: null } },
    );
    expect(person(a, 'Dorin Kasparel')?.country).toBe(country);
  });
});

describe('a nationality that describes a place', () => {
  it.each(['in the southern Polish village of Wolnica', 'near the Slovak border'])(
    'leaves the agency\'s prime minister at home when he meets a foreign party leader "%s"',
    (where) => {
      const a = article(
        'Prime minister meets party leader',
        [
          `Prime Minister Aurel Vintemar held talks with Jerzy Wronowicz, the leader of a ruling party, ${where} on Wednesday.`,
          'The talks lasted six hours, a spokesman said.',
        ],
        { source: 'MTI', dateline: { place: 'Budapest', date: 'January 6' } },
      );
      expect(person(a, 'Aurel Vintemar')?.country).toBe('Hungary');
    },
  );
});

describe('a country before an adverb the lexicon lacks', () => {
  it.each(['nearly', 'roughly', 'shortly', 'still'])(
    'reads "support for Ukraine %s …" as the noun',
    (adverb) => {
      const { tokens } = tokenize([`They pledged support for Ukraine ${adverb} a year after the war began.`]);
      const [hit] = findCountries(tokens, 0, tokens.length);
      expect(hit?.country).toBe('Ukraine');
      expect(hit?.adjectival).toBe(false);
    },
  );

  it('reads "support for Ukraine nearly a year after" as no nationality of the premier', () => {
    const a = article(
      'Premier in Warsaw for talks',
      [
        'Premier Lucia Ferrandini on Monday met Polish Prime Minister Jan Wolanski in Warsaw, with the two pledging support for Ukraine nearly a year after the invasion.',
        'Wolanski thanked her for the help.',
      ],
      { source: 'ANSA', dateline: { place: 'Warsaw', date: 'February 20' } },
    );
    expect(person(a, 'Lucia Ferrandini')?.country).toBe('Italy');
    expect(person(a, 'Jan Wolanski')?.country).toBe('Poland');
  });
});

describe("the presidents of Spain's and Italy's regions", () => {
  it('places "the president of the regional government of Extremadura, X," in Spain', () => {
    const a = article(
      'Border reopens with ceremony',
      [
        'The President of the Republic and the King marked the reopening of the border on Wednesday.',
        'The delegations crossed the bridge and were greeted at the old fortress by the president of the regional government of Extremadura, Ramon Castellvi Olmedo.',
      ],
      { source: 'Lusa', dateline: { place: 'Elvas, Portugal', date: '01 Jul 2020' } },
    );
    expect(person(a, 'Ramon Castellvi Olmedo')?.country).toBe('Spain');
  });
});

describe('a name written first in the local order', () => {
  it('reads "Szalkai Bertold … Bertold Szalkai" as one person, with the English order as an alias', () => {
    const a = article(
      'Prime minister meets party leader',
      [
        "Prime Minister Aurel Vintemar held talks on Wednesday, the prime minister's press chief, Szalkai Bertold, told the agency.",
        'The meeting at the castle of Wolnica, near the Slovak border, went on for six hours, Bertold Szalkai said, adding that the two had discussed farm policy.',
      ],
      { source: 'MTI', dateline: { place: 'Budapest', date: 'January 6' } },
    );
    const found = extractTest(a).people.filter((p) => p.name.includes('Szalkai'));
    expect(found.map((p) => p.name)).toEqual(['Szalkai Bertold']);
    expect(found[0]?.aliases).toContain('Bertold Szalkai');
  });
});

describe("an aide of the prime minister named in the aide's sentence", () => {
  it('places "the prime minister\'s press chief, X," with the prime minister, not the foreign party leader', () => {
    const a = article(
      'Prime minister meets party leader',
      [
        "Prime Minister Aurel Vintemar held talks with Jerzy Wronowicz, the leader of Poland's ruling party, on Wednesday, the prime minister's press chief, Tibor Kovacs, told the agency.",
      ],
      { source: 'MTI', dateline: { place: 'Budapest', date: 'January 6' } },
    );
    expect(person(a, 'Aurel Vintemar')?.country).toBe('Hungary');
    expect(person(a, 'Tibor Kovacs')?.country).toBe('Hungary');
  });
});

describe("a queen consort beside a king of a country's possessive", () => {
  it('places "Britain\'s King X and Queen Consort Y" in the United Kingdom on a visit abroad', () => {
    const a = article(
      'King begins state visit',
      [
        "Britain's King Edmund IV and Queen Consort Rosalind were welcomed with military honours on Wednesday at the start of a state visit to Germany.",
        'President Hanna Lindqvist received the royal couple at her residence.',
      ],
      { source: 'dpa', dateline: { place: 'Berlin', date: null } },
    );
    expect(person(a, 'Rosalind')?.country).toBe('United Kingdom');
  });
});
