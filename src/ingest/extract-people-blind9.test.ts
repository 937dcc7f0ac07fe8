// Names, titles, countries and participation seen first in the ninth blind round of held-out articles, on
// invented sentences (none of these people are in the held-out files): Gulf styles ("His Highness"), other
// names given with "also known as", abbreviated military ranks.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);
const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('a ruler\'s style ("His Highness") before a name', () => {
  const a = article(
    'Emir receives message from Bahraini King',
    [
      'DOHA, May 9 (QNA) -- Emir His Highness Sheikh Hamad bin Khalid Al Mansour received a written message from His Majesty King Salman bin Rashid Al Fadel, King of Bahrain.',
      'His Highness Sheikh Faisal bin Nasser Al Mansour, Deputy Emir, attended the meeting with Sheikh Hamad.',
    ],
    { source: 'QNA', dateline: { place: 'DOHA', date: 'May 9' } },
  );

  it('is neither part of the name nor a role', () => {
    expect(names(a)).toEqual(
      expect.arrayContaining([
        'Hamad bin Khalid Al Mansour',
        'Salman bin Rashid Al Fadel',
        'Faisal bin Nasser Al Mansour',
      ]),
    );
    expect(names(a).some((n) => /highness|majesty/i.test(n))).toBe(false);
    expect(person(a, 'Hamad bin Khalid Al Mansour')?.roles).toEqual(['Emir']);
  });

  it('is not taken for a place', () => {
    const b = article('Cables of condolence', [
      'DOHA, May 9 (QNA) -- Sheikh Rashid bin Saeed Al Mansour sent a cable of condolences to Sheikh Fahad.',
    ]);
    expect(names(b)).toEqual(['Rashid bin Saeed Al Mansour', 'Fahad']);
    expect(run(b).places).not.toContain('Sheikh');
  });
});

describe('"also known as"', () => {
  it('gives another name of the person just named, not another person', () => {
    const a = article('Leaders send condolences', [
      'President Ahmed Salim Farouk, also known as Abu Karim, sent his condolences on Monday.',
      'The first lady, Amina Farouk, better known as Mama Amina, visited the families.',
    ]);
    expect(names(a)).toEqual(['Ahmed Salim Farouk', 'Amina Farouk']);
    expect(person(a, 'Ahmed Salim Farouk')?.aliases).toContain('Abu Karim');
    expect(person(a, 'Amina Farouk')?.aliases).toContain('Mama Amina');
  });
});
