// Names and participants seen first in the twenty-ninth blind round of held-out articles (one day's wire across all
// desks), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('names', () => {
  it('reads a state police "Superintendent" as a title before the name', () => {
    const a = article(
      'Bodies of two workers recovered from river',
      [
        'Vermont State Police Superintendent Harold Quincey told a news conference that the search had ended.',
      ],
      { source: 'AP', dateline: { place: 'BURLINGTON', date: null } },
    );
    expect(person(a, 'Harold Quincey')?.roles).toEqual(['Vermont State Police Superintendent']);
  });

  it('reads the name of the coach someone "took over from" as a person', () => {
    const a = article('Federation sacks national coach', [
      'The federation on Sunday dismissed national coach Karl Brenner after a 4-1 defeat.',
      'Brenner took over from Eberhard Vosskamp after the 2021 tournament.',
    ]);
    expect(names(a)).toContain('Eberhard Vosskamp');
  });

  it('reads three unknown full names listed as "X, Y and Z" before a verb as people', () => {
    const a = article('Visitors win friendly 4-1', [
      'Hosts lost 4-1 on Saturday.',
      'Ryota Okabe, Kenshi Marumo and Wataru Fujisaki completed the win for the visitors.',
    ]);
    expect(names(a)).toEqual(['Ryota Okabe', 'Kenshi Marumo', 'Wataru Fujisaki']);
  });

  it('reads "Sultan" right after a lower-case occupation as a given name, not a title', () => {
    const a = article('Astronaut completes first spacewalk', [
      'Emirati astronaut Sultan Rashidi on Friday completed a spacewalk lasting seven hours.',
      'Rashidi said the view of the Earth was unforgettable.',
    ]);
    const p = person(a, 'Sultan Rashidi');
    expect(p?.aliases).toEqual(['Rashidi']);
    expect(p?.roles).toEqual(['Emirati astronaut']);
    // After a ruler's noun it stays the ruler's title.
    const ruler = article('Ruler opens bridge', [
      'Johor ruler Sultan Idris Halim opened the bridge on Monday.',
    ]);
    expect(names(ruler)).toEqual(['Idris Halim']);
  });

  it('reads the Hausa "Malam" as a form of address, not part of the name', () => {
    const a = article(
      'Abducted pupils regain freedom',
      [
        'The 90 pupils abducted last month have regained their freedom, the governor said on Sunday.',
        'He thanked the National Security Adviser, Malam Bello Garba, for the operation.',
      ],
      { source: 'NAN', dateline: { place: 'Kaduna', date: 'March 24, 2024' } },
    );
    expect(names(a)).toEqual(['Bello Garba']);
  });
});

describe('participants', () => {
  it('counts those who shared the stage at a rally as taking part', () => {
    const a = article(
      'Sharma launches poll campaign from Agra',
      [
        'Prime Minister Rakesh Sharma on Sunday kicked off the party campaign with a rally in Agra.',
        'Sharma shared the stage with state Chief Minister Vikram Joshi and RLD chief Manoj Tyagi, whose party joined the alliance last year.',
      ],
      { source: 'PTI', dateline: { place: 'Agra', date: 'Mar 31' } },
    );
    const part = Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));
    // A relative clause closing the sentence ("whose party joined … last year") dates only itself.
    expect(part).toEqual({ 'Rakesh Sharma': true, 'Vikram Joshi': true, 'Manoj Tyagi': true });
  });

  it('does not count the president who still has to sign a bill the parliament passed', () => {
    const a = article('Parliament approves membership bid', [
      'The parliament on Tuesday approved the membership bid by 287 votes to 55.',
      'The protocol now needs to be signed by President Tomas Varga and published in the Official Gazette.',
    ]);
    expect(person(a, 'Tomas Varga')?.participant).toBe(false);
  });
});

describe('participants: other times', () => {
  it('does not count an official who resigned "in recent weeks" as taking part in the hearing', () => {
    const a = article(
      'City mayor pleads not guilty to bribery charges',
      [
        'Mayor Dan Orwell pleaded not guilty on Friday to charges that he accepted illegal gifts.',
        'A number of senior officials have quit his government in recent weeks, among them Police Commissioner Omar Brandt.',
      ],
      { source: 'AP', dateline: { place: 'NEW YORK', date: null } },
    );
    expect(person(a, 'Omar Brandt')?.participant).toBe(false);
  });
});

describe('participants: disasters', () => {
  it('counts the identified victims whose bodies were recovered, not the officials who comment', () => {
    const a = article(
      'Divers on Wednesday recovered the bodies of two workers from a truck',
      [
        'Divers on Wednesday recovered the bodies of two workers from a truck submerged in the river, two days after a bridge fell in Duxford, police said.',
        'The victims were identified as Mateo Quiroga Salas, 35, and Ramon Ibarra Cuenca, 26.',
        'Governor Lydia Harcourt said the workers had kept the state moving.',
      ],
      { titleDerived: true, source: 'AP', dateline: { place: 'DUXFORD', date: null } },
    );
    const part = Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));
    expect(part).toEqual({
      'Mateo Quiroga Salas': true,
      'Ramon Ibarra Cuenca': true,
      'Lydia Harcourt': false,
    });
  });
});
