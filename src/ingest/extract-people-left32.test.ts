// Leftovers of round 32 (held-out 528–541), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, testArticle as article } from './test-article.ts';

const taking = (a: ParsedArticle) => Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));

describe('commenters on an event held elsewhere', () => {
  it('leaves out a national minister who "said in" their own capital about a declaration made at the dateline', () => {
    const a = article(
      'Health agency declares regional emergency over fever outbreak',
      [
        'The regional health agency on Thursday declared the outbreak of river fever an emergency of international concern.',
        '"The spread of the fever is very worrying," Director-General Amara Sefu said after a meeting of the expert committee.',
        'French Health Minister Claire Daubigny said in Paris that the risk for France remained low.',
      ],
      { source: 'dpa', dateline: { place: 'Geneva', date: 'Aug 14' } },
    );
    expect(taking(a)).toEqual({ 'Amara Sefu': true, 'Claire Daubigny': false });
  });
});

describe('the opposition on another party’s vote', () => {
  it('leaves out the leader of the opposition party who comments on the ruling party’s leadership vote', () => {
    const a = article(
      'Varga wins ruling party leadership race',
      [
        'Former Finance Minister Tomas Varga won the ruling National Union’s leadership election on Friday, defeating Interior Minister Elena Brandt in a runoff.',
        '"I will work to regain the trust of the people," Varga said after the vote.',
        'Civic Alliance leader Pavel Rusnak, who was elected to head the largest opposition party last week, said he would seek an early election.',
      ],
      { source: 'TASR', dateline: { place: 'BRATISLAVA', date: 'Sept. 27' } },
    );
    expect(taking(a)).toEqual({ 'Tomas Varga': true, 'Elena Brandt': true, 'Pavel Rusnak': false });
  });
});

describe('a headline that attributes its statement to a body', () => {
  it('leaves out a minister outside the body who comments on what its spokesperson said', () => {
    const a = article(
      'MCG: Foreign vessel blocked patrol boat near Coral Bank',
      [
        'A foreign coast guard vessel blocked a Marean Coast Guard (MCG) patrol boat near Coral Bank on Saturday, an MCG official said.',
        'MCG spokesperson Captain Rui Tavena said the vessel came within 50 metres of the boat.',
        'Defense Secretary Lino Abarca said the incident showed disregard for international law.',
      ],
      { dateline: { place: 'MANILA', date: 'Aug 31' } },
    );
    expect(taking(a)).toEqual({ 'Rui Tavena': true, 'Lino Abarca': false });
  });
});

describe('one body named head first and head last', () => {
  it('lists "Ministry of Water Resources" once when the story also calls it the "Water Resources Ministry"', () => {
    const a = article('Ministers review dam safety', [
      'The two ministers reviewed dam safety on Monday, according to the Ministry of Water Resources.',
      'Joint Secretary in the Water Resources Ministry Arun Deshpal told a briefing that the inspections would continue.',
      'The Department of Fisheries and the Fisheries Department were not consulted, officials said.',
    ]);
    expect(run(a).organizations).toEqual(['Ministry of Water Resources', 'Department of Fisheries']);
  });
});

describe('an embassy’s history', () => {
  it('leaves out a chargé d’affaires named only in the years since the post fell vacant', () => {
    const a = article('President receives credentials from new ambassador Ravel', [
      'President Ilse Marand on Monday received the letters of credence from the new Ambassador of France, Henri Ravel.',
      'Marand and Ravel discussed trade and energy at the ceremony.',
      'The post had been vacant since 2020. Since then, the embassy has been headed by chargés d’affaires, most recently Sophie Lemaire.',
    ]);
    expect(taking(a)).toEqual({ 'Ilse Marand': true, 'Henri Ravel': true, 'Sophie Lemaire': false });
  });
});
