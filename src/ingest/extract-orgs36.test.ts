// Organisations and places (session 36): airlines named by a country or a people and "Air", a state's form alone,
// and a body's generic short name inside its long one.
import { describe, expect, it } from 'vitest';
import { orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const orgs = (...paragraphs: string[]) => entities(...paragraphs).organizations;
const places = (...paragraphs: string[]) => entities(...paragraphs).places;

describe('airlines', () => {
  it('reads "Air" and a country, or a people and "Air", as an airline, not the country', () => {
    const found = entities('Ilse Varnam flew to Lisbon on an Air India flight.');
    expect(found.organizations).toContain('Air India');
    expect(found.places).not.toContain('India');
    expect(orgs('Tomas Verhaar said a Korean Air jet landed in Lisbon.')).toContain('Korean Air');
  });

  it('keeps an air force whole and reads "Airline" as a head', () => {
    const found = orgs('The French Air Force and Air France flew Ilse Varnam home.');
    expect(found).toEqual(expect.arrayContaining(['French Air Force', 'Air France']));
    expect(found).not.toContain('French Air');
    expect(orgs('Ilse Varnam, chief of Velmar Airline, spoke in Lisbon.')).toContain('Velmar Airline');
  });
});

describe("a state's form alone", () => {
  it('names no place: "the Kingdom\'s efforts", "the Islamic Republic\'s envoy"', () => {
    const found = places(
      'Ilse Varnam is on a visit to the Kingdom of Bahrain.',
      "She praised the Kingdom's efforts, and the Islamic Republic's envoy Tomas Verhaar agreed.",
    );
    expect(found).toContain('Bahrain');
    expect(found).not.toContain('Kingdom');
    expect(found).not.toContain('Islamic Republic');
  });
});

describe('a generic short name inside a long one', () => {
  it('reads "the Central Committee" after a body whose name holds it as that body', () => {
    const found = orgs(
      'Tomas Verhaar, a member of the Political Bureau of the VWP Central Committee and secretary of the Central ' +
        'Committee, spoke.',
    );
    expect(found).toContain('Political Bureau of the VWP Central Committee');
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
    expect(places('Ilse Varnam sat on the banks of the Velmar river.')).toContain('Velmar');
    expect(places('The quake toppled the historic Dorsk tower.')).toContain('Dorsk');
    expect(places('Tomas Verhaar hosted Ilse Varnam at his Velmar Dorsk residence.')).toContain(
      'Velmar Dorsk',
    );
  });

  it("keeps a person's residence no place", () => {
    expect(places('Police searched the Verhaar residence, Tomas Verhaar said.')).not.toContain('Verhaar');
  });
});

describe('bodies named short or with a field after them', () => {
  it("ends a body's name at its head before a possessive and a place or a field", () => {
    const found = entities(
      "Tomas Verhaar, former head of the Velmar Monetary Fund's Asia department, spoke.",
    );
    expect(found.organizations).toEqual(['Velmar Monetary Fund']);
    expect(found.places).toContain('Asia');
    expect(orgs("Tomas Verhaar left the Velmar Bank's Monetary Policy Committee.")).toEqual(
      expect.arrayContaining(['Velmar Bank', 'Monetary Policy Committee']),
    );
  });

  it("reads an international body's initials with full stops alone, as without them", () => {
    expect(orgs('Tomas Verhaar coordinated U.N. sanctions on Velmar.')).toEqual(['U.N.']);
    expect(orgs('Tomas Verhaar praised U.N. sanctions.', 'The United Nations met.')).toEqual([
      'United Nations',
    ]);
  });

  it('reads "Diet" capitalised mid-sentence as the legislature, not at a sentence\'s start', () => {
    expect(orgs('Tomas Verhaar is set to be elected at an extraordinary Diet session on Monday.')).toEqual([
      'Diet',
    ]);
    expect(orgs("The pact must be ratified by Japan's Diet, Tomas Verhaar said.")).toEqual(['Diet']);
    expect(orgs('Diet and exercise matter, Tomas Verhaar said.')).toEqual([]);
  });

  it('reads "Programme" and "Program" as heads of a body', () => {
    expect(orgs('Tomas Verhaar visited a centre run by the Velmar Food Programme.')).toContain(
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
    expect(orgs('Tomas Verhaar served as a KGB officer in Lisbon.')).toEqual(['KGB']);
    expect(orgs('"I have directed USAID to help," Tomas Verhaar said.')).toEqual(['USAID']);
    expect(orgs('Tomas Verhaar signed a peace deal with the FARC in Havana.')).toEqual(['FARC']);
    expect(orgs('The army fights Boko Haram, Tomas Verhaar said.')).toEqual(['Boko Haram']);
    expect(orgs('A man linked to a group that supports Islamic State attacked Tomas Verhaar.')).toEqual([
      'Islamic State',
    ]);
  });
});

describe('names that are no place', () => {
  it('reads a university known by one name as a body, not the town of that name', () => {
    const found = entities('Tomas Verhaar taught at Harvard before he joined the cabinet.');
    expect(found.organizations).toEqual(['Harvard']);
    expect(found.places).not.toContain('Harvard');
  });

  it("reads a ship's name after its navy's prefix as no place", () => {
    expect(places('Tomas Verhaar stood on deck with the USS Missouri behind him.')).not.toContain('Missouri');
    const carrier = entities('Ilse Varnam flew to the carrier USS George Washington.');
    expect(carrier.places).not.toContain('Washington');
    expect(carrier.organizations).toEqual([]);
  });

  it("reads a dynasty's name as no place", () => {
    expect(places('The haul spans the years up to the Ming dynasty, Tomas Verhaar said.')).not.toContain(
      'Ming',
    );
  });
});
