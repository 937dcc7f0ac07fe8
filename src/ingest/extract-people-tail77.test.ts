// Leftovers of the seventy-fourth blind round (sub-national and city diplomacy), on invented sentences with invented
// people and places: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

describe('an adjective of the Games or of a group of nations', () => {
  it('reads "in the Olympic tradition" as no place', () => {
    const a = article('Governor takes the flag', [
      'Governor Hana Moriwaki took the flag in Velmar on Sunday.',
      'She waved it four times in the Olympic tradition before the crowd.',
    ]);
    expect(extract(a).places).not.toContain('Olympic');
    expect(extract(a).places).toContain('Velmar');
  });

  it('reads "in the Nordic region" as no place, and still finds "the Tigray region"', () => {
    const a = article('Mayors meet', [
      'The mayors met in Dorsk for the first summit held in the Nordic region.',
      'Aid convoys returned to the Tigray region on Monday.',
    ]);
    const found = extract(a);
    expect(found.places).not.toContain('Nordic');
    expect(found.places).toContain('Tigray');
  });
});

describe('bodies a preposition had read as places', () => {
  it('reads "a readout from the Velmar Region Presidency" as a body', () => {
    const a = article('President meets minister', [
      'According to a readout from the Velmar Region Presidency, the two sides discussed trade.',
    ]);
    const found = extract(a);
    expect(found.organizations).toContain('Velmar Region Presidency');
    expect(found.places).not.toContain('Velmar Region Presidency');
  });

  it('reads a name the story sets before "forces" as an armed body, not a place', () => {
    const a = article('Minister visits troops', [
      'The minister thanked Dorsk for its support to the Harvandi in the war.',
      'About 100 soldiers are deployed in the region, where they train Harvandi forces.',
    ]);
    const found = extract(a);
    expect(found.organizations).toContain('Harvandi');
    expect(found.places).not.toContain('Harvandi');
  });

  it('keeps a place after "to the" when no force goes by its name', () => {
    const a = article('Minister travels', [
      'The minister travelled to the Harvandi on Monday to meet farmers.',
    ]);
    expect(extract(a).organizations).not.toContain('Harvandi');
    expect(extract(a).places).toContain('Harvandi');
  });
});

describe('"his <nationality> counterpart" later in a sentence a person opens', () => {
  const a = article('Premier meets president in Moscow', [
    'Moscow (dpa) - Austrian State Premier Hans Velter met Russian President Ivan Morozko in Moscow on Wednesday.',
    'Morozko said ties with Austria mattered.',
    'Foreign Minister Pavel Tregubov had accused Austrian authorities of covering up the case, drawing a sharp ' +
      'rebuke from his Austrian counterpart Klaus Wendt.',
  ]);

  it('places the foreign minister on the other side, not in Austria', () => {
    expect(person(a, 'Pavel Tregubov')?.country).toBe('Russia');
  });

  it('keeps the counterpart named after it Austrian', () => {
    expect(person(a, 'Klaus Wendt')?.country).toBe('Austria');
  });
});

describe('one a leader hands power to', () => {
  it("is of the leader's country, not of a nationality elsewhere in the sentence", () => {
    const a = article('Canada keeps counter-tariffs', [
      'OTTAWA (CP) - Canadian Prime Minister Luc Demarais, who is to hand power on Friday to the new Liberal Party ' +
        'leader, Gordon Whitlake, said Canada would keep its counter-tariffs for as long as the U.S. levies remain.',
    ]);
    expect(person(a, 'Gordon Whitlake')?.country).toBe('Canada');
  });
});
