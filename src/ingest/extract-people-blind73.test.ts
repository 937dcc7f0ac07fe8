// People seen first in the seventy-third blind round of held-out articles (spouses, families and entourages on
// visits: "his wife Jill" and later "Jill X", "his partner, X", a weekday before a monarch's given name, Malaysia's
// king and queen beside a visiting one, a games federation's president), on invented sentences with invented people:
// none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

const afp = { source: 'AFP', dateline: { place: 'PORT ELLIS, Arland', date: null } };

describe('a spouse named first by the given name alone', () => {
  it('is one person with the full name the story gives her later, the given name an alias', () => {
    const a = article(
      'Leaders gather for summit',
      [
        'President Ivo Marden and his wife Greta arrived on Friday for the summit.',
        'Greta Marden had spent the morning at a primary school.',
      ],
      afp,
    );
    const names = extract(a).people.map((p) => p.name);
    expect(names).toEqual(['Ivo Marden', 'Greta Marden']);
    expect(person(a, 'Greta Marden')?.aliases).toEqual(['Greta']);
  });

  it('keeps a namesake who is no spouse apart', () => {
    const a = article(
      'Leaders gather for summit',
      [
        'President Ivo Marden and his daughter Greta arrived on Friday.',
        'Greta Marden, his niece, stayed home.',
      ],
      afp,
    );
    const names = extract(a).people.map((p) => p.name);
    expect(names).toContain('Greta');
    expect(names).toContain('Greta Marden');
  });
});

describe('a companion in life', () => {
  it('holds no role "partner" after "his partner,"', () => {
    const a = article(
      'President hosts banquet',
      ['President Walter Kessing hosted the dinner together with his partner, Anna Roswith, at the palace.'],
      afp,
    );
    expect(person(a, 'Anna Roswith')?.roles).toEqual([]);
  });
});

describe('a weekday before a given name', () => {
  it('is no part of the name: "Earlier on Wednesday Charles became …"', () => {
    const a = article(
      'King addresses parliament',
      [
        'President Oskar Lind hosted King Charles IV of Belmark at a banquet on Wednesday.',
        'Earlier on Wednesday Charles became the first Belmark monarch to address the parliament.',
      ],
      afp,
    );
    const names = extract(a).people.map((p) => p.name);
    expect(names).not.toContain('Wednesday Charles');
    expect(person(a, 'Charles IV')?.aliases).toContain('Charles');
  });

  it('keeps "the Sunday Times" whole', () => {
    const { organizations } = extract(
      article('Paper reports', ['The minister spoke to the Sunday Times on Friday.'], afp),
    );
    expect(organizations.join('|')).not.toMatch(/^Times$|\|Times\|/);
  });
});

describe("Malaysia's king and queen beside a visiting queen", () => {
  it('are Malaysia\'s by "Yang di-Pertuan Agong" and "Raja Permaisuri Agong"', () => {
    const a = article(
      'Games close',
      [
        "Arland's Queen Mirela and her husband tonight joined the Yang di-Pertuan Agong Tuanku Zulfadli and the Raja Permaisuri Agong Tuanku Rozita at the closing ceremony.",
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'Sept 21' } },
    );
    expect(person(a, 'Zulfadli')?.country).toBe('Malaysia');
    expect(person(a, 'Rozita')?.country).toBe('Malaysia');
  });

  it("gives the games federation's president no country", () => {
    const a = article(
      'Games close',
      [
        'The Yang di-Pertuan Agong Tuanku Zulfadli attended the ceremony.',
        'Commonwealth Games Federation president Pieter Vanloo declared the Games closed.',
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'Sept 21' } },
    );
    expect(person(a, 'Pieter Vanloo')?.country).toBeNull();
  });
});

describe('a city whose name opens with "The"', () => {
  it('is a place with its article: "talks in The Hague"', () => {
    const { places } = extract(
      article(
        'Talks set',
        ['The president will hold talks with the prime minister in The Hague on Thursday.'],
        afp,
      ),
    );
    expect(places).toContain('The Hague');
    expect(places).not.toContain('Hague');
  });
});
