// People the text ties to no country must get none: a wrong country in the sidebar is worse than none. Invented
// sentences; none of these people are in the annotated files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const countryOf = (a: ParsedArticle, name: string) =>
  extractEntities(a, emptyKnowledge).people.find((p) => p.name === name)?.country;

describe('shared names', () => {
  it('takes no country from someone who shares only a common given name', () => {
    const a = article(
      'Chemistry prize goes to protein designers',
      [
        'The chemistry prize goes this year to American chemist Peter Lind and British physicist Mark Osei, the academy announced.',
        'A day earlier the physics prize went to Peter Vantongeren for work on neural networks.',
      ],
      { source: 'Reuters', dateline: null },
    );
    expect(countryOf(a, 'Peter Lind')).toBe('United States');
    expect(countryOf(a, 'Peter Vantongeren')).toBe(null);
  });

  it('still reads a father named like his son as of the son’s country', () => {
    const a = article('Spokesman urges Manila to stop provocations', [
      'Responding to a question on Philippine President Ramon Dizon Jr.’s recent remarks, the spokesman urged Manila to stop provocations.',
      'He added that Dizon’s father, former president Ramon Dizon, had established relations with Panama and China in 1975.',
    ]);
    expect(countryOf(a, 'Ramon Dizon')).toBe('Philippines');
  });
});

describe('executives of foreign firms', () => {
  it('gives no country to the executive of a firm a national outlet calls another country’s', () => {
    const a = article(
      'President asks Orchard CEO to build factory',
      [
        'President Budi Santoso received Orchard CEO Jim Harlan at the palace on Wednesday and asked the US technology giant to build a factory in Indonesia.',
        'Harlan said the company would look into it, Industry Minister Agus Rahman and Trade Minister Rini Wulandari told reporters.',
      ],
      { source: 'ANTARA', dateline: { place: 'Jakarta', date: null } },
    );
    expect(countryOf(a, 'Budi Santoso')).toBe('Indonesia');
    expect(countryOf(a, 'Agus Rahman')).toBe('Indonesia');
    expect(countryOf(a, 'Jim Harlan')).toBe(null);
  });
});

describe('credits of a work', () => {
  it('does not give the cast the nationality of the director before them', () => {
    const a = article(
      'Director wins festival award',
      [
        'French director Paul Morel won best director for the drama "Salt Fields", starring Anna Kovic and Julien Marchand.',
      ],
      { source: 'AFP', dateline: null },
    );
    expect(countryOf(a, 'Paul Morel')).toBe('France');
    expect(countryOf(a, 'Anna Kovic')).toBe(null);
    expect(countryOf(a, 'Julien Marchand')).toBe(null);
  });
});
