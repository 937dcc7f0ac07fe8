// Round 73's leftovers (session 39, tail74): spouses and entourages on state visits. Invented sentences, invented
// people.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a role follows the person it names, not the spouse beside it', () => {
  it('keeps "the French President" off the wife named after "the French President and his spouse"', () => {
    const a = article('Emir and French President hold official talks in Paris', [
      'His Highness the Emir Sheikh Tamim Alvar and HE President of the French Republic Jules Marchet held official talks in Paris on Tuesday.',
      'In the evening, HE the French President and his spouse, Mrs. Odile Marchet, hosted a state banquet in honor of the Emir.',
    ]);
    expect(person(a, 'Odile Marchet')?.roles).toEqual([]);
    expect(person(a, 'Jules Marchet')?.roles).toEqual(['President of the French Republic']);
  });

  it('still gives a described office to the one person of that country the story gave no role', () => {
    const a = article('Nepal, Norway sign hydropower deal', [
      'Norwegian Prime Minister Ola Brekke held talks with Ram Thapa in Oslo on Monday.',
      'The Nepalese Prime Minister will travel to Bergen on Tuesday.',
    ]);
    expect(person(a, 'Ram Thapa')?.roles).toEqual(['Nepalese Prime Minister']);
  });
});
