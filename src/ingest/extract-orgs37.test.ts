// Organisations and places (session 37): Arabic place names with the article, the Line of Control, a side's
// adjective after a preposition, a departure's "for" after where it starts, a town beside the venue named after it,
// a serviceman and officers named by their title, who are no body; a venue a photo caption names.
import { describe, expect, it } from 'vitest';
import { extractTest, orgsAndPlacesUnder, testArticle } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const orgs = (...paragraphs: string[]) => entities(...paragraphs).organizations;
const places = (...paragraphs: string[]) => entities(...paragraphs).places;

describe('Arabic names of places with the article', () => {
  it('reads "Sharm el-Sheikh" and "Ras El-Hekma" whole after a preposition', () => {
    expect(places('Ilse Varnam spoke in Sharm el-Sheikh, Egypt, on Monday.')).toContain('Sharm el-Sheikh');
    expect(places('The fund agreed in Ras El-Naqa must work, Ilse Varnam said.')).toContain('Ras El-Naqa');
  });

  it('keeps other hyphenated words out of a place after a preposition', () => {
    const found = places('Ilse Varnam flew to Velmar-Dorsk talks and spoke in the Asia-Pacific.');
    expect(found).not.toContain('Velmar-Dorsk');
    expect(places('Ties to Hayat Tahrir al-Sham grew, Ilse Varnam said.')).toEqual(['Beijing']);
  });

  it('lists the town beside a venue named after it, but not a palace by its short name', () => {
    const found = places(
      'Ilse Varnam signed at the Sharm el-Sheikh International Convention Center.',
      'Tomas Verhaar had taken part in talks in Sharm el-Sheikh last week.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Sharm el-Sheikh International Convention Center', 'Sharm el-Sheikh']),
    );
    const palace = places(
      'Ilse Varnam drove to the Velmar Palace.',
      'Later, at the Velmar, she swore in her ministers.',
    );
    expect(palace).toContain('Velmar Palace');
    expect(palace).not.toContain('Velmar');
  });
});

describe('frontiers and sides', () => {
  it('reads the Line of Control and the Line of Actual Control as places', () => {
    expect(places('Firing across the Line of Control was reported, Ilse Varnam said.')).toContain(
      'Line of Control',
    );
    expect(places('Troops faced off along the Line of Actual Control, Ilse Varnam said.')).toContain(
      'Line of Actual Control',
    );
  });

  it('reads a name after a preposition and a side\'s adjective as a place: "in eastern Vardakh"', () => {
    expect(places('The standoff in eastern Vardakh worsened, Ilse Varnam said.')).toContain('Vardakh');
    expect(places('Ilse Varnam said the eastern Vardakh talks ended.')).not.toContain('Vardakh');
  });

  it('reads where a departure heads after where it starts: "leave Wellington for Dorskburg"', () => {
    expect(places('Ilse Varnam will leave Wellington for Dorskburg on Saturday.')).toContain('Dorskburg');
    expect(places('Ilse Varnam thanked Wellington for Dorskburg aid.')).not.toContain('Dorskburg');
  });
});

describe('people named like bodies', () => {
  it('reads "former US Marine X" as a serviceman, not a body, and keeps the corps', () => {
    const found = entities('Ilse Varnam freed former US Marine Tomas Verhaar.');
    expect(found.organizations).toEqual([]);
    expect(found.places).toContain('United States');
    expect(orgs('The US Marine Corps sent Ilse Varnam.')).toContain('US Marine Corps');
    expect(orgs('Velmar Marine paid Ilse Varnam.')).toContain('Velmar Marine');
  });

  it('reads "the Special Representatives" as officers, and keeps the House of Representatives', () => {
    expect(orgs('The Special Representatives will meet, Ilse Varnam said.')).toEqual([]);
    expect(orgs('The House of Representatives voted, Ilse Varnam said.')).toContain(
      'House of Representatives',
    );
  });
});

describe("a photo caption's venue", () => {
  it('lists a venue only the caption names, and nothing else of the caption', () => {
    const story = ['Ilse Varnam held talks with Tomas Verhaar in Dorskburg on Monday.'];
    const caption =
      'Ilse Varnam meets Tomas Verhaar at the Grand Hall of the Velmar Nation in Dorskburg, Vantia, March 2.';
    const found = extractTest(testArticle('Leaders meet', story, { captions: [caption] }));
    expect(found.places).toContain('Grand Hall of the Velmar Nation');
    expect(found.places).not.toContain('Vantia');
    expect(found.places.filter((p) => p === 'Dorskburg')).toHaveLength(1);
  });
});

describe('no place after a preposition', () => {
  it("reads a meeting, a document's article and initials in the plural as no place", () => {
    expect(places('Ilse Varnam spoke at the Symposium on the Velmar Situation.')).toEqual(['Beijing']);
    expect(places('A word changed in Article 4.4, Ilse Varnam said.')).toEqual(['Beijing']);
    expect(places('The aid would go to NGOs, Ilse Varnam said.')).toEqual(['Beijing']);
  });
});
