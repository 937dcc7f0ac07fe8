// Organisations (session 30, second pass): classes of the misses of rounds 50–51 — a chamber's side or a verb's
// participle before a title, a nationality before "Chief Cabinet Secretary", a slogan of partnership, a country's
// formal name with "Union of".
import { describe, expect, it } from 'vitest';
import { extractionUnder, orgsAndPlacesUnder, personIn } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const extraction = extractionUnder('Officials review the response');
const orgs = (...paragraphs: string[]) => entities(...paragraphs).organizations;

describe('a word before a title that names no employer', () => {
  it('reads "Minority Leader" and "Majority Leader" as titles, the chamber named elsewhere', () => {
    expect(
      orgs('Ilse Varnam met five members of the U.S. Senate led by Minority Leader Tomas Verhaar.'),
    ).toEqual(['U.S. Senate']);
    expect(orgs('Ilse Varnam later met Majority Leader Tomas Verhaar.')).toEqual([]);
  });

  it('reads a participle before a title as a description of its holder', () => {
    const ousted = extraction('Ousted President Tomas Verhaar fled the capital.');
    expect(ousted.organizations).toEqual([]);
    expect(personIn(ousted, 'Tomas Verhaar')?.roles).toEqual(['Ousted President']);
    const embattled = extraction('Officials said Embattled Governor Tomas Verhaar would stay.');
    expect(embattled.organizations).toEqual([]);
    expect(personIn(embattled, 'Tomas Verhaar')?.roles).toEqual(['Embattled Governor']);
  });

  it('still names a company before its chief', () => {
    expect(orgs('Qualcomm CEO Tomas Verhaar spoke.')).toEqual(['Qualcomm']);
  });
});

describe('a nationality before a rank and a body that make one title', () => {
  it('lists nothing for "Japanese Chief Cabinet Secretary X"', () => {
    const found = extraction('Japanese Chief Cabinet Secretary Tomas Verhaar said Japan hoped for calm.');
    expect(found.organizations).toEqual([]);
    expect(personIn(found, 'Tomas Verhaar')).toMatchObject({
      roles: ['Japanese Chief Cabinet Secretary'],
      country: 'Japan',
    });
  });

  it('still lists a nationality before a body with no rank', () => {
    expect(orgs('The Japanese Cabinet Office said so.')).toEqual(['Japanese Cabinet Office']);
  });
});

describe('a community with a shared future', () => {
  it('is a slogan of partnership, not a body', () => {
    expect(orgs('Both sides pledged to build a Norland-Vesta Community with a Shared Future.')).toEqual([]);
    // A community of the same states named by a body's words is one.
    expect(orgs('Both sides joined the Norland-Vesta Economic Community.')).toEqual([
      'Norland-Vesta Economic Community',
    ]);
  });

  it('leaves a community named as a body', () => {
    expect(orgs('The East African Community met in Arusha.')).toEqual(['East African Community']);
  });
});

describe('"Union of" and a country', () => {
  it('is the country, a place, in "the Republic of the Union of Myanmar"', () => {
    const found = entities(
      'Tomas Verhaar, Union Minister for Foreign Affairs of the Republic of the Union of Myanmar, spoke.',
    );
    expect(found.organizations).toEqual([]);
    expect(found.places).toContain('Myanmar');
  });

  it('leaves a union of countries named by a region', () => {
    expect(orgs('Ilse Varnam addressed the Union of South American Nations.')).toEqual([
      'Union of South American Nations',
    ]);
  });
});

describe('a body whose name ends in an "of" complement, before a title and a person', () => {
  it('names the house of a legislature without the title', () => {
    expect(orgs('The group was led by former House of Representatives Speaker Tomas Verhaar.')).toEqual([
      'House of Representatives',
    ]);
    expect(orgs('The group was led by House of Commons Speaker Tomas Verhaar.')).toEqual([
      'House of Commons',
    ]);
    expect(orgs('The group was led by Chamber of Deputies President Tomas Verhaar.')).toEqual([
      'Chamber of Deputies',
    ]);
  });

  it('names a bank without its governor', () => {
    expect(orgs('Ilse Varnam met Bank of Norland Governor Tomas Verhaar.')).toEqual(['Bank of Norland']);
  });
});

describe("a compass point standing for its country inside a body's name", () => {
  it('owns no body of its own: the name goes on through it', () => {
    expect(
      orgs(
        "Tomas Verhaar, director of a department of the Central Committee of the North's Workers' Party, came.",
      ),
    ).toEqual(["Central Committee of the North's Workers' Party"]);
  });
});
