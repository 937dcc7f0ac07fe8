// Organisations and places (session 38): a hospital or a church where someone is, or goes, is a venue.
import { describe, expect, it } from 'vitest';
import { orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');

describe('a hospital or a church someone is in or visits', () => {
  it('lists the building as a place, not a body', () => {
    const found = entities(
      "Ilse Varnam spent five days in Lisbon's Ostrin Hospital last month.",
      'Tomas Verhaar later visited the Holy Light Church in Karvelia.',
    );
    expect(found.places).toEqual(expect.arrayContaining(['Ostrin Hospital', 'Holy Light Church']));
    expect(found.organizations).not.toContain('Ostrin Hospital');
    expect(found.organizations).not.toContain('Holy Light Church');
  });

  it('keeps a hospital that speaks, a creed’s church and one someone works at as bodies', () => {
    const found = entities(
      'The Tamsin Hospital said on Monday it had treated 40 people, Ilse Varnam said.',
      'Tomas Verhaar met bishops at the Orthodox Church.',
      'Rosil Kade, a pastor at the Dorsk Grace Church, was freed.',
    );
    expect(found.organizations).toEqual(
      expect.arrayContaining(['Tamsin Hospital', 'Orthodox Church', 'Dorsk Grace Church']),
    );
    expect(found.places).not.toContain('Tamsin Hospital');
  });
});

describe('the country a government of it governs', () => {
  it('lists the country beside the government', () => {
    const found = entities('Ilse Varnam thanked the Government of Norway for its help with the talks.');
    expect(found.organizations).toContain('Government of Norway');
    expect(found.places).toContain('Norway');
  });

  it('lists no place for a government named by its purpose', () => {
    const found = entities('Ilse Varnam said the Government of National Unity would meet.');
    expect(found.places).toEqual(['Beijing']);
  });
});
