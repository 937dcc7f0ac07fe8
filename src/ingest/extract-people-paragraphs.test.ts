// A paragraph break ends every role and name: a title at the end of one paragraph is not glued to a name that opens
// the next, and a name is spelled as written. Invented text; the cases the robustness property in
// extract-people.test.ts found.
import { describe, expect, it } from 'vitest';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

describe('a title that ends one paragraph is not the title of the name that opens the next', () => {
  it('leaves a body and its acronym with their paragraph ("… the World Health Organization (WHO)")', () => {
    const a = article('Health chief visits clinics', [
      'The statement was issued by the World Health Organization (WHO)',
      'Director-General Anna Berg visited two clinics on Monday.',
    ]);
    expect(person(a, 'Anna Berg')?.roles).toEqual(['Director-General']);
  });

  it('leaves an occupation with its paragraph ("Photo by Xinhua photographer")', () => {
    const a = article('Army chief visits border', [
      'The army said it had sent more troops. Photo by Xinhua photographer',
      'Gen. Tomas Varga, the army chief, visited the border on Monday.',
    ]);
    const roles = person(a, 'Tomas Varga')?.roles ?? [];
    expect(roles).toContain('army chief');
    expect(roles.join(' ')).not.toContain('photographer');
  });

  it('leaves an international body and its field with their paragraph ("… the UN humanitarian")', () => {
    const a = article('Aid talks', [
      'The agency said aid was blocked, according to the UN humanitarian',
      'chief Maria Lund said on Monday the blockade must end.',
    ]);
    expect(person(a, 'Maria Lund')?.roles).toEqual(['chief']);
  });

  it('leaves a country with its paragraph when the next opens with its possessive ("France" / "’s ambassador")', () => {
    const a = article('Talks on Chad', [
      'The talks were hosted by France',
      '’s ambassador to Chad, Paul Morin, said they would resume in June.',
    ]);
    expect(person(a, 'Paul Morin')?.roles.join(' ') ?? '').not.toContain('France');
    expect(person(a, 'Paul Morin')).toBeDefined();
    expect(run(a).places).toEqual(expect.arrayContaining(['France', 'Chad']));
  });

  it('leaves a title head and "of" with their paragraph ("head of" / "marketing X")', () => {
    const a = article('New marketing head', [
      'The federation named its new head of',
      'marketing Lena Ortiz on Monday.',
    ]);
    expect(person(a, 'Lena Ortiz')?.roles).toEqual([]);
  });
});

describe('the first words of a story', () => {
  it('reads an occupation with one word before it at the very start of the text ("longtime goalkeeper X")', () => {
    const a = article('Goalkeeper retires', [
      'longtime goalkeeper Marco Ruiz retired on Monday after 20 seasons.',
    ]);
    expect(person(a, 'Marco Ruiz')?.roles).toEqual(['longtime goalkeeper']);
  });
});

describe('names read from a headline', () => {
  it('spells a headline-only name as the headline writes it ("John F. Kerrigan", not "John F . Kerrigan")', () => {
    const a = article('Gao Jianping meets John F. Kerrigan in Paris', [
      'Chinese President Gao Jianping met the visiting U.S. envoy on Monday.',
    ]);
    expect(run(a).people.map((p) => p.name)).toContain('John F. Kerrigan');
  });
});
