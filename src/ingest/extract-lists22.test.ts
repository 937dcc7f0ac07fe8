// Long lists of names (a team, a delegation, a family photo) where a given or family name is also an English word,
// on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import { testArticle as article } from './test-article.ts';

/** The people found in one paragraph of a government's release (no outlet, no dateline). */
const peopleIn = (text: string) =>
  extractEntities(article('', [text], { source: null, dateline: null }), emptyKnowledge).people;
const namesIn = (text: string) => peopleIn(text).map((p) => p.name);
const countryOf = (text: string, name: string) => peopleIn(text).find((p) => p.name === name)?.country;

/** A family photo of twenty, the last of another country than the rest. */
const FAMILY_PHOTO =
  'The family photo showed Anna Berg, Lars Holm, Erik Lind, Maria Ek, Jonas Wahl, Karin Falk, Olof Strom, ' +
  'Ingrid Dahl, Nils Aberg, Helga Moen, Sven Rask, Liv Borg, Britt Ulf, Kjell Roos, Ida Lund, Hans Rye, ' +
  "Mona Fosse, Eva Sund, Sigrid Sand and Japan's Aiko Mori.";

describe('names in a list that are also English words', () => {
  it('keeps a listed name whose given name is a common word, and every name after it', () => {
    const names = namesIn(
      "The Norwegian team includes Kari Lunde, Tone Vik, Odd Dahl and Japan's Aiko Mori.",
    );
    expect(names).toEqual(expect.arrayContaining(['Tone Vik', 'Odd Dahl', 'Aiko Mori']));
  });

  it('keeps a listed name whose family name is a common word', () => {
    const names = namesIn('The delegation included Lars Berg, Sigrid Sand, Ola Holm and Eva Strand.');
    expect(names).toContain('Sigrid Sand');
  });
});

describe('a nationality before the last name of a list', () => {
  it('finds everyone in a family photo of twenty, and gives Japan to the last alone', () => {
    const people = peopleIn(FAMILY_PHOTO);
    expect(people).toHaveLength(20);
    expect(people.filter((p) => p.country === 'Japan').map((p) => p.name)).toEqual(['Aiko Mori']);
  });

  it('gives no earlier name the country of "and Japan’s C", even where C is not found', () => {
    const text = "The team includes Kari Lunde, Eva Vik, Per Dahl and Japan's Aiko Mori.";
    expect(countryOf(text, 'Kari Lunde')).toBeNull();
    expect(countryOf(text, 'Eva Vik')).toBeNull();
  });
});

describe("a nationality in one listed guest's title", () => {
  it('is not given to the next items that carry a descriptor of their own', () => {
    const text =
      "Among the guests were Armenian Prime Minister Arman Tovyan, the head of the movement's political bureau " +
      'Omar Falani, Secretary-General of the Islamic Union movement Ziyad al-Karimi and Sheikh Naim Rada.';
    expect(countryOf(text, 'Arman Tovyan')).toBe('Armenia');
    expect(countryOf(text, 'Omar Falani')).not.toBe('Armenia');
    expect(countryOf(text, 'Ziyad al-Karimi')).not.toBe('Armenia');
  });

  it('is still shared by a compatriot listed with a bare title', () => {
    const text = 'Attending were Chinese President Wang Dong, Premier Li Feng and Vice Premier Zhao Ming.';
    expect(countryOf(text, 'Li Feng')).toBe('China');
  });
});
