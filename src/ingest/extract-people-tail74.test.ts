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

describe('those at the table of the talks', () => {
  it('counts those a leader was "accompanied in the talks by", those who "sat on X\'s side of the table" and the interpreter', () => {
    const a = article(
      'Tobin, Marek open talks at White House',
      [
        'WASHINGTON (AP) — President Walt Tobin and Premier Ivo Marek of Ruritania opened talks in the Cabinet Room of the White House on Monday.',
        "Marek was accompanied in the talks by Deputy Premier Ana Kovac and Foreign Minister Petr Halas. Secretary of State Ann Halvorsen and Carl Dunmore, the national security adviser, sat on Tobin's side of the table. Lev Orlik, a Ruritanian Foreign Ministry official, interpreted for the premier.",
        'White House press secretary Dan Pellew told reporters the session lasted two hours.',
      ],
      { date: '1979-01-30', source: 'AP', dateline: { place: 'WASHINGTON', date: '' } },
    );
    for (const name of ['Ana Kovac', 'Petr Halas', 'Ann Halvorsen', 'Carl Dunmore', 'Lev Orlik'])
      expect(person(a, name)?.participant, name).toBe(true);
    expect(person(a, 'Dan Pellew')?.participant).toBe(false);
  });
});
