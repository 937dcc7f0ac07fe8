// Names, roles, countries and participants seen first in the twenty-seventh blind round of held-out articles
// (sub-national and local politics: governors, mayors, provincial and state officials), on invented sentences:
// none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);
const indian = { source: 'PTI', dateline: { place: 'New Delhi', date: 'Sep 21' } };
const brazilian = { source: 'EFE', dateline: { place: 'Sao Paulo', date: 'Oct 27' } };
const japanese = { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'July 7' } };

describe('names', () => {
  it('reads a first V before another initial or a name word as an initial, not a numeral', () => {
    const a = article(
      'New minister sworn in',
      [
        'Lieutenant Governor V R Mehta administered the oath of office to the new minister on Saturday.',
        'Minister V Arul Kannan attended the ceremony. Mehta congratulated him.',
      ],
      indian,
    );
    expect(person(a, 'V R Mehta')?.roles).toEqual(['Lieutenant Governor']);
    expect(person(a, 'V R Mehta')?.aliases).toEqual(['Mehta']);
    expect(person(a, 'V Arul Kannan')?.roles).toEqual(['Minister']);
  });

  it('reads a name set off by commas after a role when a party’s initials in brackets close it', () => {
    const a = article(
      'Mayor re-elected',
      [
        'In his speech the mayor thanked the governor of the state, Otávio Brandão (PSB), who had campaigned for him.',
      ],
      brazilian,
    );
    expect(person(a, 'Otávio Brandão')?.roles).toEqual(['governor of the state']);
  });

  it('reads a one-word name whose appositive role holds a body’s name with "of"', () => {
    const a = article(
      'Governor wins third term',
      [
        'Governor Aiko Mori won a third term on Sunday.',
        'Hanae, a former House of Representatives member backed by the opposition, came second.',
      ],
      japanese,
    );
    expect(person(a, 'Hanae')?.roles).toEqual(['former House of Representatives member']);
  });

  it('leaves the age out of a role set off after a name', () => {
    const a = article(
      'Governor wins third term',
      [
        'The governor won easily, far ahead of Kenta Morimoto, the 44-year-old former mayor of Hamasaka, who ran on social media.',
      ],
      japanese,
    );
    expect(person(a, 'Kenta Morimoto')?.roles).toEqual(['former mayor of Hamasaka']);
  });
});
