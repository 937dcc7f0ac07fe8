// Organisations and places (session 34): classes of the held-out misses — regions and venues read as bodies or
// missed, parties named by one word or joined by "and" or "-led", short and translated names of a body found,
// titles around legislatures, datelines inside a digest, platforms and storms that name no body or place.
import { describe, expect, it } from 'vitest';
import { extractionUnder, orgsAndPlacesUnder, personIn } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const extraction = extractionUnder('Officials review the response');
const orgs = (...paragraphs: string[]) => entities(...paragraphs).organizations;
const places = (...paragraphs: string[]) => entities(...paragraphs).places;

describe('regions and venues', () => {
  it('reads the West Bank as a place, though "Bank" heads bodies, also opening a sentence', () => {
    const found = entities(
      'Troops raided two villages in the West Bank on Monday.',
      'West Bank towns were calm.',
    );
    expect(found.places).toContain('West Bank');
    expect(found.organizations).not.toContain('West Bank');
  });

  it('reads a name before "island", "prison" or "jail" as a place, but not an island describing a country', () => {
    const found = places('The leaders met on Velmora island.', 'Ilse Varnam was moved to Kessling prison.');
    expect(found).toEqual(expect.arrayContaining(['Velmora', 'Kessling']));
    expect(places('Tomas Verhaar leads a Pacific island nation.')).not.toContain('Pacific');
  });

  it('knows Nagorno-Karabakh, Donetsk, Luhansk and the Australian states named by a compass point', () => {
    expect(places('A truce in Nagorno-Karabakh began on Monday.')).toContain('Nagorno-Karabakh');
    expect(places('Fighting spread from Donetsk to Luhansk.')).toEqual(
      expect.arrayContaining(['Donetsk', 'Luhansk']),
    );
    const state = places('South Australia Premier Tomas Verhaar welcomed the visit.');
    expect(state).toContain('South Australia');
    expect(state).not.toContain('Australia');
  });

  it('reads a city in capitals opening a paragraph before a dash or an agency as a digest dateline', () => {
    const found = places(
      'MANILA - Ilse Varnam said on Friday the talks would go on.',
      'MADRID (Reuters) - Tomas Verhaar said the ship could dock.',
    );
    expect(found).toEqual(expect.arrayContaining(['Manila', 'Madrid']));
  });

  it('names the Kyrgyz Republic and the Irish Republic by their countries, as the README normalises countries', () => {
    expect(places('Tomas Verhaar, President of the Kyrgyz Republic, spoke.')).toContain('Kyrgyzstan');
    expect(places('It was her first visit to the Irish Republic.')).toContain('Ireland');
  });

  it('ends a place at a two-word honorific before a person', () => {
    const found = places('Present was the Malaysian Ambassador to Indonesia Datuk Seri Tomas Verhaar.');
    expect(found).toContain('Indonesia');
    expect(found).not.toContain('Indonesia Datuk Seri');
  });

  it('reads a language after "in" as no place', () => {
    const found = extraction('Tomas Verhaar, who spoke in Arabic, thanked the hosts.');
    expect(found.places).not.toContain('Arabic');
    expect(found.people.map((p) => p.name)).toEqual(['Tomas Verhaar']);
  });

  it('reads a storm named as an event, no place', () => {
    const found = extraction('Tomas Verhaar surveyed the damage from Hurricane Velma on Monday.');
    expect(found.places).not.toContain('Hurricane Velma');
    expect(found.people.map((p) => p.name)).toEqual(['Tomas Verhaar']);
  });
});

describe('parties', () => {
  it('reads Labour before its government or an office as the party, not Labour Day or a ministry', () => {
    expect(orgs("Tomas Verhaar's Labour government cut taxes.")).toContain('Labour');
    expect(orgs('Labour Day fell on a Monday, the Ministry of Labour said.')).not.toContain('Labour');
  });

  it('reads "the Social Democratic and Labour Party" as one party', () => {
    const found = orgs('Ilse Varnam, leader of the Social Democratic and Labour Party, spoke.');
    expect(found).toEqual(['Social Democratic and Labour Party']);
  });

  it('reads "the X-led Y" as the body that leads and the body it leads', () => {
    expect(orgs('Tomas Verhaar of the Velmor Party-led Unity Front conceded.')).toEqual([
      'Velmor Party',
      'Unity Front',
    ]);
  });
});

describe('the same body by another name', () => {
  it('reads "the ROK National Assembly" as the National Assembly of the Republic of Korea (ROK)', () => {
    const found = orgs(
      'Tomas Verhaar, who chairs the National Assembly of the Republic of Korea (ROK), met Ilse Varnam.',
      'She praised the ROK National Assembly.',
    );
    expect(found).toEqual(['National Assembly of the Republic of Korea']);
  });

  it("reads a translation in brackets after a body's name as the same body", () => {
    expect(orgs("Ilse Varnam chairs the Velmor Assembly (People's Council) of Norland.")).toEqual([
      'Velmor Assembly',
    ]);
  });

  it('reads a name set off after ", or" as the short name of the body just named', () => {
    const found = orgs(
      'A tally by the Velmor Trade Union Confederation, or Renkai, showed raises.',
      'Renkai President Ilse Varnam welcomed it.',
    );
    expect(found).toEqual(['Velmor Trade Union Confederation']);
  });

  it('reads a legislature named by its last word after a committee of it as the legislature, by its full name', () => {
    const found = orgs(
      'Ilse Varnam, who chairs the Budget Committee of the State Duma, told reporters the Duma would take up the bill.',
    );
    expect(found).toEqual(['Budget Committee of the State Duma', 'State Duma']);
    expect(orgs('The House Oversight Committee met. Committee Chairman Tomas Verhaar spoke.')).toEqual([
      'House Oversight Committee',
    ]);
  });

  it('reads a club named without its kind as the club', () => {
    const found = orgs(
      'Velmor Club signed a striker on Monday.',
      'He hopes to win titles with Velmor, he said.',
    );
    expect(found).toEqual(['Velmor Club']);
  });
});

describe('titles and bodies', () => {
  it('ends a body at "and" before a title', () => {
    const found = orgs(
      'Ilse Varnam, a minister in the Council of Ministers and Chief Economic Adviser, spoke.',
    );
    expect(found).toEqual(['Council of Ministers']);
  });

  it('reads the legislature after a presiding title written before it', () => {
    const found = orgs('Chairman Senate Tomas Verhaar and Speaker National Assembly Ilse Varnam attended.');
    expect(found).toEqual(expect.arrayContaining(['Senate', 'National Assembly']));
    expect(found).not.toContain('Chairman Senate');
    expect(orgs('The General Assembly voted on Monday.')).toContain('General Assembly');
  });

  it('reads no body in "Secretary to the Government" or a degree after a name', () => {
    const secretary = extraction('Deputy Secretary to the Government Datuk Ilse Varnam read the oath.');
    expect(secretary.organizations).not.toContain('Government');
    expect(personIn(secretary, 'Ilse Varnam')?.roles).toEqual(['Deputy Secretary to the Government']);
    const doctor = extraction('Prime Minister Tomas Verhaar (PhD) signed the memorandum.');
    expect(doctor.organizations).not.toContain('PhD');
    expect(personIn(doctor, 'Tomas Verhaar')?.roles).toEqual(['Prime Minister']);
  });

  it("reads a country's forces stationed in another as one command", () => {
    const found = entities('Gen. Tomas Verhaar, commander of U.S. Forces Korea, attended.');
    expect(found.organizations).toEqual(['U.S. Forces Korea']);
    expect(found.places).toContain('United States');
  });

  it('ends a body known whole before "for" and a country', () => {
    const found = entities('Ilse Varnam became the envoy of the Arab League for Syria.');
    expect(found.organizations).toEqual(['Arab League']);
    expect(found.places).toContain('Syria');
  });

  it('reads the OSCE named by its initials alone as a body, as the other international bodies are', () => {
    expect(orgs('The two ministers asked the OSCE to send observers.')).toEqual(['OSCE']);
  });

  it('reads a social platform after "on" as where a message went, but the company when it acts', () => {
    expect(orgs('Ilse Varnam congratulated the team on Facebook.')).not.toContain('Facebook');
    expect(orgs('Facebook said it would appeal the fine.')).toContain('Facebook');
  });
});
