// Session 36's leftovers of blind round 67 (held-out 1018–1031), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  orgsAndPlacesUnder,
  participantNames,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

describe('the countries of what others discussed, as a spokesman reports it', () => {
  const title = 'Vantian and Orlesk presidents sign port deal in Vantia City';

  it('gives the spokesman none of the topics\' countries: "X said the leaders discussed … the Palestinian cause"', () => {
    const a = article(title, [
      'VANTIA CITY, March 3 - Russian President Oskar Vellmar and President Tadeo Quiroga on Monday witnessed the signing of a port deal in Vantia City.',
      'Presidential spokesman Idris Halloun said the leaders also discussed the situation in Yemen and Libya and the Palestinian cause.',
    ]);
    expect(person(a, 'Idris Halloun')?.country).not.toBe('Palestine');
    expect(person(a, 'Idris Halloun')?.country).not.toBe('Libya');
    expect(person(a, 'Idris Halloun')?.roles).toEqual(['Presidential spokesman']);
    expect(person(a, 'Oskar Vellmar')?.country).toBe('Russia');
  });

  it('still reads a nationality before the discussion: "X said Mexican officials discussed …"', () => {
    const a = article(title, [
      'Spokesman Idris Halloun said Mexican officials discussed the port deal with the Orlesk side.',
    ]);
    expect(person(a, 'Idris Halloun')?.country).toBe('Mexico');
  });
});

describe('bodies and places', () => {
  const entities = orgsAndPlacesUnder('Minister speaks from the sea');

  it('reads a name after "corporation" as a body: "the state nuclear corporation Velatom"', () => {
    const found = entities(
      'The contracts were signed by Ivo Marchenko, director general of the state nuclear corporation Velatom.',
      'The plant is to be built by Velatom.',
    );
    expect(found.organizations).toContain('Velatom');
  });

  it('reads the shore a position at sea is off as a place: "in the sea off Vantaloa"', () => {
    const found = entities('The minister stood at a lectern placed in the sea off Vantaloa, the capital.');
    expect(found.places).toContain('Vantaloa');
  });

  it('leaves "off" after other words alone: "kicked off Monday"', () => {
    const found = entities('The talks kicked off Monday with a speech by Ivo Marchenko.');
    expect(found.places).not.toContain('Monday');
  });

  it('finds no body in the adjective opening "Presidential spokesman X"', () => {
    const found = entities('Presidential spokesman Idris Halloun said the talks went well.');
    expect(found.organizations).not.toContain('Presidential');
    const a = article('Minister speaks from the sea', [
      'Presidential spokesman Idris Halloun said the talks went well.',
    ]);
    expect(person(a, 'Idris Halloun')?.roles).toEqual(['Presidential spokesman']);
  });
});

describe('who was in the room', () => {
  const title = 'Coral Seas Conference opens in Vantia City';
  const lede =
    'VANTIA CITY, June 27 - The Coral Seas Conference opened on Monday with a warning from Secretary-General Ilse Marwick that reefs were dying.';

  it('takes one "who is attending" as there, though they spoke the day before', () => {
    const a = article(title, [
      lede,
      'Tomas Verhaar, the Secretary-General\'s Special Envoy for Reefs, who is attending, said on Sunday that "the reefs are in decline".',
    ]);
    expect(participantNames(a)).toContain('Tomas Verhaar');
  });

  it('leaves one who spoke the day before without such a clause out', () => {
    const a = article(title, [
      lede,
      'Tomas Verhaar, the Secretary-General\'s Special Envoy for Reefs, said on Sunday that "the reefs are in decline".',
    ]);
    expect(participantNames(a)).not.toContain('Tomas Verhaar');
    expect(participantNames(a)).toContain('Ilse Marwick');
  });

  it("takes one who presented a summary of the working groups' meetings as there", () => {
    const a = article('Ministers meet in Vantia City on reef finance', [
      'Ministers of twenty countries met in Vantia City on Friday to agree on reef finance, chaired by Minister Ilse Marwick.',
      'Secretary of the reef ministry, Tomas Verhaar, presented a summary of the four working group meetings held in Orlesk and Dunmore.',
    ]);
    expect(participantNames(a)).toContain('Tomas Verhaar');
  });
});

describe('a rotating presidency handed over', () => {
  it("gives the one handing it over the country it passed from, not the outlet's home", () => {
    const a = article('Reef conference opens in Vantia City, Norway takes over presidency from Chile', [
      "MOSCOW, May 2. /TASS/. The 12th Reef Conference opened on Monday, with Norway's Minister of Fisheries Tomas Verhaar taking over the presidency of the conference from Chile.",
      'RC11 President Ilse Marwick handed over the presidency to Verhaar at the opening session.',
    ]);
    expect(person(a, 'Ilse Marwick')?.country).toBe('Chile');
  });

  it('takes no country from a "from" that names no office taken over', () => {
    const a = article('Reef conference opens in Vantia City', [
      "MOSCOW, May 2. /TASS/. The 12th Reef Conference opened on Monday, with Norway's Minister of Fisheries Tomas Verhaar taking over the presidency of the conference.",
      'RC11 President Ilse Marwick handed over the presidency to Verhaar at the opening session.',
      'The delegation from Chile asked for more finance.',
    ]);
    expect(person(a, 'Ilse Marwick')?.country).not.toBe('Chile');
    expect(person(a, 'Ilse Marwick')?.roles).toEqual(['RC11 President']);
    expect(person(a, 'Tomas Verhaar')?.country).toBe('Norway');
  });
});
