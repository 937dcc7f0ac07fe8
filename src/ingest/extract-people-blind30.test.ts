// Names, roles and countries seen first in the thirtieth blind round of held-out articles (a day's wire from the
// Caucasus, Africa, the Nordics, the Andes, Southeast Asia and Oceania), on invented sentences: none of these
// people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('names and roles', () => {
  it('joins two Portuguese surnames through "e"', () => {
    const a = article('Island marks independence day', [
      'Prime Minister Rui Tavares e Lima laid a wreath at the monument on Friday.',
    ]);
    expect(names(a)).toEqual(['Rui Tavares e Lima']);
  });

  it('reads a regional director "for <Region>" as one title before the name', () => {
    const a = article('Measles cases fall', [
      'In a statement, WHO Regional Director for Europe Hanna Kowalczyk said cases had fallen by half.',
    ]);
    expect(person(a, 'Hanna Kowalczyk')?.roles).toEqual(['WHO Regional Director for Europe']);
  });

  it('reads "weightlifter", "sprinter" and "Treasurer" as titles before unknown names', () => {
    const a = article('Team returns home', [
      'The team was welcomed home by weightlifter Marivic Dalisay and sprinter Tomasz Wrzesniak.',
      'Treasurer Brenna Okafor said the budget would fund the new stadium.',
    ]);
    expect(names(a)).toEqual(['Marivic Dalisay', 'Tomasz Wrzesniak', 'Brenna Okafor']);
    expect(person(a, 'Brenna Okafor')?.roles).toEqual(['Treasurer']);
  });

  it('keeps "External Relations" inside the minister’s title, not as a name', () => {
    const a = article('Ministers meet in Luanda', [
      'The Minister of External Relations, John Mabeko, opened the meeting on Tuesday.',
    ]);
    expect(names(a)).toEqual(['John Mabeko']);
  });
});

describe('countries', () => {
  it('gives a bare title the home country of the national outlet that files from abroad', () => {
    const ntb = article(
      'Prime minister opens fair in Hanover',
      [
        'Prime Minister Arne Solvik and German Chancellor Frieda Hausmann opened the fair on Sunday.',
        'Solvik said the partnership with Germany would grow.',
      ],
      { source: 'NTB', dateline: { place: 'HANNOVER', date: null } },
    );
    expect(person(ntb, 'Arne Solvik')?.country).toBe('Norway');
  });

  it('places a story datelined in an African capital in its country, not in the agency’s', () => {
    const a = article(
      'Cabo Verde certified free of disease',
      [
        'The WHO on Friday certified Cabo Verde as free of the disease.',
        'Health Minister Marta Fonseca told Lusa that surveillance would continue.',
      ],
      { source: 'Lusa', dateline: { place: 'Praia', date: 'Jan 12' } },
    );
    expect(person(a, 'Marta Fonseca')?.country).toBe('Cape Verde');
  });
});

describe('countries of envoys', () => {
  it('does not give an ambassador "to the <Country>" the country they are sent to', () => {
    const a = article(
      'Prime minister speaks with president-elect',
      [
        'Prime Minister Tom Hale has spoken with US president-elect Dan Kirby.',
        'Hale said Ambassador to the United States Ken Rowe had his full confidence.',
      ],
      { source: 'AAP', dateline: null },
    );
    expect(person(a, 'Ken Rowe')?.country).toBe('Australia');
  });
});

describe('participants', () => {
  it('leaves out the people of an earlier event the talks "followed" or "come weeks after"', () => {
    const a = article('Foreign ministers begin border talks in Tashkent', [
      'Foreign Minister Aram Velyan and Foreign Minister Rustam Qasimov began talks in Tashkent on Friday.',
      'That round followed a meeting between President Ilya Markov and President Davud Rahimli, hosted by Chancellor Greta Lind.',
      'The talks come less than a month after the border commissions, led by Deputy Prime Minister Karen Oganov and Deputy Prime Minister Elshan Nabiyev, agreed on a first section.',
    ]);
    expect(person(a, 'Aram Velyan')?.participant).toBe(true);
    for (const name of ['Ilya Markov', 'Davud Rahimli', 'Greta Lind', 'Karen Oganov', 'Elshan Nabiyev'])
      expect(person(a, name)?.participant, name).toBe(false);
  });

  it('under a headline of a medal won, the other medallists took part', () => {
    const a = article(
      'Maria Solano wins Olympic gold in women’s vault',
      [
        'Maria Solano on Sunday won the gold medal in the women’s vault at the Paris Olympics.',
        'She edged Japan’s Aiko Tanabe, who took silver. Canada’s Rhea Moss won the bronze medal.',
      ],
      { source: 'AP', dateline: { place: 'PARIS', date: null } },
    );
    expect(person(a, 'Aiko Tanabe')?.participant).toBe(true);
    expect(person(a, 'Rhea Moss')?.participant).toBe(true);
  });
});

describe('Caribbean states written with "St"', () => {
  it('reads "St Vincent and the Grenadines" and "St Lucia" as countries', () => {
    const a = article(
      'Hurricane slams into islands',
      [
        'Hurricane Zeta made landfall on Monday.',
        'In neighbouring St Vincent and the Grenadines, Prime Minister Colin Baptiste said most homes were damaged.',
        'St Lucia Prime Minister Mark Joseph said the island had been spared.',
      ],
      { source: 'CMC', dateline: null },
    );
    expect(person(a, 'Colin Baptiste')?.country).toBe('Saint Vincent and the Grenadines');
    expect(person(a, 'Mark Joseph')?.country).toBe('Saint Lucia');
  });
});
