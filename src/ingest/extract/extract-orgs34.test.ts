// Organisations and places (session 33): classes of the held-out misses — a legislature, a city, a company and a body
// named short after their long forms, titles opened by a participle, venues named with an "of" complement, words that
// name no place (a saint's abbreviation, a creed, honorifics), and bodies joined by "and" after a country.
import { describe, expect, it } from 'vitest';
import { extractionUnder, orgsAndPlacesUnder, personIn } from '../test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const extraction = extractionUnder('Officials review the response');
const orgs = (...paragraphs: string[]) => entities(...paragraphs).organizations;
const places = (...paragraphs: string[]) => entities(...paragraphs).places;

describe('a short form after the long one', () => {
  it('reads "Congress" after "the National Congress" as that legislature', () => {
    const found = orgs(
      'Ilse Varnam was sworn in at the National Congress on Sunday.',
      'The joint session of Congress was opened by Tomas Verhaar.',
    );
    expect(found).toContain('National Congress');
    expect(found).not.toContain('Congress');
  });

  it('names a city by "X City" after "X", but not a country or a state by the city named after it', () => {
    const city = places(
      'Officials met in Velmora on Monday.',
      'Later they toured Velmora City with Ilse Varnam.',
    );
    expect(city).toContain('Velmora City');
    expect(city).not.toContain('Velmora');
    expect(places('Ilse Varnam flew to Mexico.', 'She then spoke in Mexico City.')).toEqual(
      expect.arrayContaining(['Mexico', 'Mexico City']),
    );
    expect(places('New York Gov. Ilse Varnam spoke.', 'New York City Mayor Tomas Verhaar spoke.')).toEqual(
      expect.arrayContaining(['New York', 'New York City']),
    );
  });

  it('reads a company by its first word as the company found with its trade and legal form', () => {
    const found = orgs(
      'Velcor LNG Ltd signed the deal on Monday.',
      'It was signed by Velcor CEO Tomas Verhaar.',
    );
    expect(found).toContain('Velcor LNG Ltd');
    expect(found).not.toContain('Velcor');
  });

  it('reads a body named with its nationality as the body named with its country after "of"', () => {
    const found = orgs(
      'Tomas Verhaar, president of the National Assembly of Laos, arrived on Monday.',
      'He praised the Lao National Assembly.',
    );
    expect(found).toEqual(['National Assembly of Laos']);
  });

  it('reads inner initials before a head as the body found head first', () => {
    const found = orgs(
      "Ilse Varnam is vice chairman of the Central Committee of the Workers' Party of Norland (WPN).",
      'She met Tomas Verhaar, vice chairman of the WPN Central Committee.',
    );
    expect(found).toContain("Central Committee of the Workers' Party of Norland");
    expect(found).not.toContain('WPN Central Committee');
  });
});

describe('a title opened by a participle after a body', () => {
  it('ends the body before "Managing", "Presiding" or "Acting"', () => {
    expect(orgs('International Monetary Fund Managing Director Ilse Varnam spoke on Monday.')).toContain(
      'International Monetary Fund',
    );
    expect(orgs('Velmora Court Presiding Judge Tomas Verhaar spoke.')).toContain('Velmora Court');
    expect(orgs('Velmora Fund Acting Director Ilse Varnam spoke.')).toContain('Velmora Fund');
  });
});

describe('bodies named before a lower-case noun or by their head', () => {
  it('lists a group named by two English words mid-sentence', () => {
    expect(
      orgs('Tomas Verhaar would not say whether action against the Islamic State group came up.'),
    ).toContain('Islamic State');
  });

  it('lists an institution as a body, not a venue', () => {
    const found = entities('Ilse Varnam, a senior fellow at the Velmora Institution in Washington, said so.');
    expect(found.organizations).toContain('Velmora Institution');
    expect(found.places).not.toContain('Velmora Institution');
  });

  it('reads a country opening a name joined by "and" as part of the body', () => {
    const found = entities(
      'The cranes came from the Norway Forestry and Research Center for Cranes on Monday.',
    );
    expect(found.organizations).toContain('Norway Forestry and Research Center for Cranes');
    expect(found.places).not.toContain('Norway Forestry');
  });
});

describe('venues', () => {
  it('lists an esplanade and a canal', () => {
    expect(places('Crowds filled the Esplanada dos Ministérios on Sunday.')).toContain(
      'Esplanada dos Ministérios',
    );
    expect(places('Ilse Varnam rode along the Esplanade of Ministries.')).toContain(
      'Esplanade of Ministries',
    );
    expect(places('Ships queued at the Velmora Canal on Monday.')).toContain('Velmora Canal');
  });

  it('lists a palace or a museum with its "of" complement, a body after it on its own', () => {
    expect(places('Ilse Varnam met Tomas Verhaar at the Palace of Serbia in Belgrade.')).toContain(
      'Palace of Serbia',
    );
    const found = entities('They met at the Museum of Anthropology of the University of Velmora on Monday.');
    expect(found.places).toContain('Museum of Anthropology');
    expect(found.organizations).toContain('University of Velmora');
  });

  it('lists a venue named after a city of two words once, by its own name', () => {
    expect(places('Ilse Varnam died at the Casa Santa Marta in the Vatican.')).not.toContain('Santa Marta');
    expect(places('Ilse Varnam flew to Santa Marta and later spoke at the Casa Santa Marta.')).toEqual(
      expect.arrayContaining(['Santa Marta', 'Casa Santa Marta']),
    );
  });

  it('keeps a city beside a venue named after it and read before it', () => {
    expect(places('Ilse Varnam toured the Nairobi Zoo on Monday.', 'Crowds in Nairobi cheered her.')).toEqual(
      expect.arrayContaining(['Nairobi Zoo', 'Nairobi']),
    );
  });
});

describe('words that name no place or body', () => {
  it("leaves a saint's abbreviation before a saint read as a person", () => {
    const found = extraction('Tomas Verhaar, Patriarch of the See of St Mark, spoke.');
    expect(found.places).not.toContain('St');
    expect(personIn(found, 'Tomas Verhaar')?.roles).toEqual(['Patriarch of the See of St Mark']);
  });

  it('leaves adjectives of creeds', () => {
    expect(places('They greeted each other in the Orthodox style.')).not.toContain('Orthodox');
    expect(places('He was the first to visit the Jewish state.')).not.toContain('Jewish');
    const archbishop = extraction('Roman Catholic Archbishop Tomas Verhaar spoke.');
    expect(archbishop.organizations).not.toContain('Roman Catholic');
    expect(personIn(archbishop, 'Tomas Verhaar')?.roles).toEqual(['Roman Catholic Archbishop']);
  });

  it('leaves honorifics before another honorific', () => {
    const found = extraction('Ilse Varnam took over from Datuk Seri Dr Tomas Verhaar, who stepped down.');
    expect(found.places).not.toContain('Datuk Seri');
    expect(found.people.map((p) => p.name)).toEqual(['Ilse Varnam', 'Tomas Verhaar']);
  });

  it('reads the Lao PDR as Laos', () => {
    expect(
      places("Tomas Verhaar is Minister of Foreign Affairs of the Lao People's Democratic Republic."),
    ).toContain('Laos');
  });
});
