// Organisations and places (session 36): airlines named by a country or a people and "Air", a state's form alone,
// a body's generic short name inside its long one, a body's name ending at its head before a possessive, initials
// with full stops, Japan's Diet, programmes, bodies known by name alone, palace rooms and venues before a lower-case
// noun, ships' and dynasties' names.
import { describe, expect, it } from 'vitest';
import { extractionUnder, orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const extraction = extractionUnder('Officials review the response');
const orgs = (...paragraphs: string[]) => entities(...paragraphs).organizations;
const places = (...paragraphs: string[]) => entities(...paragraphs).places;

describe('airlines', () => {
  it('reads "Air" and a country, or a people and "Air", as an airline, not the country', () => {
    const found = entities('Ilse Varnam reached Lisbon aboard an Air Canada plane.');
    expect(found.organizations).toContain('Air Canada');
    expect(found.places).not.toContain('Canada');
    expect(orgs('Tomas Verhaar thanked the Polish Air crew in Lisbon.')).toContain('Polish Air');
  });

  it('keeps an air force whole and reads "Airline" as a head', () => {
    const found = orgs('The French Air Force and Air France flew Ilse Varnam home.');
    expect(found).toEqual(expect.arrayContaining(['French Air Force', 'Air France']));
    expect(found).not.toContain('French Air');
    expect(orgs('Ilse Varnam, chief of Velmar Airline, spoke in Lisbon.')).toContain('Velmar Airline');
  });
});

describe("a state's form alone", () => {
  it('names no place: "the Kingdom\'s role", "the Islamic Republic\'s envoy"', () => {
    const found = places(
      'Ilse Varnam arrived in the Kingdom of Norway on Monday.',
      "She thanked the Kingdom's leaders, and the Islamic Republic's envoy Tomas Verhaar agreed.",
    );
    expect(found).toContain('Norway');
    expect(found).not.toContain('Kingdom');
    expect(found).not.toContain('Islamic Republic');
  });
});

describe('a generic short name inside a long one', () => {
  it('reads "the Central Committee" after a body whose name holds it as that body', () => {
    const found = orgs(
      'Tomas Verhaar sits on the Standing Bureau of the Velmar Party Central Committee.',
      'The Central Committee will meet in May, he said.',
    );
    expect(found).toContain('Standing Bureau of the Velmar Party Central Committee');
    expect(found).not.toContain('Central Committee');
  });

  it('reads "the National Committee" after "the National Committee on X" as that body, in either order', () => {
    expect(
      orgs(
        'Ilse Varnam heads the National Committee on Velmar-Dorsk Relations.',
        'The National Committee was founded in 1966.',
      ),
    ).toEqual(['National Committee on Velmar-Dorsk Relations']);
    expect(orgs('The Supreme Council met.', 'Ilse Varnam spoke of the Velmar Supreme Council.')).toEqual([
      'Velmar Supreme Council',
    ]);
  });

  it('keeps a one-word legislature beside its committee', () => {
    expect(orgs('Ilse Varnam told the Senate Finance Committee that the Senate would vote.')).toEqual(
      expect.arrayContaining(['Senate Finance Committee', 'Senate']),
    );
  });
});

describe('venues', () => {
  it("reads a palace's room named after its possessive as a venue", () => {
    expect(places("Tomas Verhaar took the oath in the palace's Velmar Hall.")).toContain('Velmar Hall');
    expect(places("Ilse Varnam spoke in the castle's Dorsk Room.")).toContain('Dorsk Room');
  });

  it('reads a name before "river", "tower" or "residence" as a place', () => {
    expect(places('Ilse Varnam walked along the Velmar river.')).toContain('Velmar');
    expect(places('The storm damaged the old Dorsk tower.')).toContain('Dorsk');
    expect(places('Tomas Verhaar hosted Ilse Varnam at his Velmar Dorsk residence.')).toContain(
      'Velmar Dorsk',
    );
  });

  it("keeps a person's residence no place", () => {
    const found = extraction('Police searched the Verhaar residence, Tomas Verhaar said.');
    expect(found.places).not.toContain('Verhaar');
    expect(found.people.map((p) => p.name)).toEqual(['Tomas Verhaar']);
  });
});

describe('a town before its state', () => {
  it('reads a name set off by commas before a state or province as a town', () => {
    expect(places('Tomas Verhaar toured Velmar, Ohio, on Monday.')).toEqual(
      expect.arrayContaining(['Velmar', 'Ohio']),
    );
    expect(places("Tomas Verhaar met Ilse Varnam, Georgia's envoy.")).not.toContain('Ilse Varnam');
  });
});

describe('bodies named short or with a field after them', () => {
  it("ends a body's name at its head before a possessive and a place or a field", () => {
    const found = entities("Tomas Verhaar once ran the Velmar Monetary Fund's Asia desk.");
    expect(found.organizations).toEqual(['Velmar Monetary Fund']);
    expect(found.places).toContain('Asia');
    expect(orgs("Tomas Verhaar left the Velmar Bank's Monetary Policy Committee.")).toEqual(
      expect.arrayContaining(['Velmar Bank', 'Monetary Policy Committee']),
    );
  });

  it("reads an international body's initials with full stops alone, as without them", () => {
    expect(orgs('Tomas Verhaar said Velmar broke U.N. rules.')).toEqual(['U.N.']);
    expect(orgs('Tomas Verhaar said Velmar broke U.N. rules.', 'The United Nations met.')).toEqual([
      'United Nations',
    ]);
  });

  it('reads "Diet" capitalised mid-sentence as the legislature, not at a sentence\'s start', () => {
    expect(orgs('Tomas Verhaar expects a vote when the Diet reconvenes in May.')).toEqual(['Diet']);
    expect(orgs("The bill was passed by Japan's Diet, Tomas Verhaar said.")).toEqual(['Diet']);
    expect(orgs('Diet and exercise matter, Tomas Verhaar said.')).toEqual([]);
  });

  it('reads "Programme" and "Program" as heads of a body', () => {
    expect(orgs('Tomas Verhaar praised the Velmar Food Programme for its work.')).toContain(
      'Velmar Food Programme',
    );
    expect(orgs('Ilse Varnam joined the Dorsk Cooperation Program in 2009.')).toContain(
      'Dorsk Cooperation Program',
    );
    expect(orgs('The Apollo program ended, Tomas Verhaar said.')).toEqual([]);
  });
});

describe('bodies known by name alone', () => {
  it('reads agencies and armed groups the news names with no head or cue', () => {
    expect(orgs('Tomas Verhaar is a former KGB agent.')).toEqual(['KGB']);
    expect(orgs('Tomas Verhaar said funds were cut from USAID.')).toEqual(['USAID']);
    expect(orgs('Talks with the FARC resumed, Tomas Verhaar said.')).toEqual(['FARC']);
    expect(orgs('The army fights Boko Haram, Tomas Verhaar said.')).toEqual(['Boko Haram']);
    expect(orgs('Tomas Verhaar said fighters of Islamic State had fled.')).toEqual(['Islamic State']);
  });
});

describe('names that are no place', () => {
  it('reads a university known by one name as a body, not the town of that name', () => {
    const found = entities('Tomas Verhaar holds a degree from Harvard.');
    expect(found.organizations).toEqual(['Harvard']);
    expect(found.places).not.toContain('Harvard');
  });

  it("reads a ship's name after its navy's prefix as no place", () => {
    const battleship = extraction('Tomas Verhaar toured the USS Missouri on Monday.');
    expect(battleship.places).not.toContain('Missouri');
    expect(battleship.people.map((p) => p.name)).toEqual(['Tomas Verhaar']);
    const carrier = extraction('Ilse Varnam flew out to the USS Velmar City.');
    expect(carrier.places).not.toContain('Velmar City');
    expect(carrier.organizations).toEqual([]);
    expect(carrier.people.map((p) => p.name)).toEqual(['Ilse Varnam']);
  });

  it('reads a scripture or the Treasury as no place', () => {
    expect(places('Tomas Verhaar read a lesson from the Bible.')).toEqual(['Beijing']);
    expect(places('Ilse Varnam will serve at Treasury, Tomas Verhaar said.')).toEqual(['Beijing']);
  });

  it("reads a dynasty's name as no place", () => {
    const found = extraction('The vase dates from the Ming dynasty, Tomas Verhaar said.');
    expect(found.places).not.toContain('Ming');
    expect(found.people.map((p) => p.name)).toEqual(['Tomas Verhaar']);
  });
});
