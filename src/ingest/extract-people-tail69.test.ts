// Rounds 68 and 70 leftovers (session 37): venues named after people, offices a country has no holder of, a pool
// report's shorthand for a U.S. office, and where another person leaves for. Invented sentences, invented people.
import { describe, expect, it } from 'vitest';
import {
  extractTest,
  orgsAndPlacesUnder,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const names = (a: ReturnType<typeof article>) => extractTest(a).people.map((p) => p.name);

describe('a sports ground named after its city', () => {
  it('reads "Adelaide Rugby Ground" as a place, not a person', () => {
    const a = article('Silence for victims', [
      'A minute of silence was observed at Adelaide Rugby Ground, where the players wore black armbands.',
    ]);
    expect(names(a)).toEqual([]);
    expect(orgsAndPlacesUnder('Silence for victims')(...a.paragraphs).places).toContain(
      'Adelaide Rugby Ground',
    );
  });
});

describe("a country's forces opening a sentence", () => {
  it('keeps "Armed" in "Armed Forces of the Philippines chief X led …"', () => {
    const { organizations } = orgsAndPlacesUnder('Drills open')(
      'Armed Forces of the Philippines chief Gen. Andro Velat led the opening ceremony at the camp.',
    );
    expect(organizations).toEqual(['Armed Forces of the Philippines']);
  });
});

describe('a shrine named after a titled person', () => {
  it('names no person in "buried at the Sheikh Adil shrine"', () => {
    const a = article('Funeral held for cleric', [
      'Cleric Navid Faraji will be buried on Thursday at the Sheikh Adil shrine in his hometown.',
    ]);
    expect(names(a)).toEqual(['Navid Faraji']);
  });

  it('keeps the person where the shrine is "of" them', () => {
    const a = article('Pilgrims gather', [
      'Sheikh Adil Rostami visited the shrine on Friday and spoke to pilgrims.',
    ]);
    expect(names(a)).toContain('Adil Rostami');
  });
});

describe('offices a country has no holder of', () => {
  const tehran = {
    source: 'PTI',
    dateline: { place: 'Tehran', date: 'May 22' },
  };

  it('places a bare "Supreme Leader" in an Indian agency\'s story from Tehran in Iran', () => {
    const a = article(
      'Vice President attends memorial in Tehran',
      [
        'Vice President Harlan Doruk on Wednesday attended a memorial ceremony here for Iranian President Tamsin Velat and conveyed the condolences of the people of India.',
        'Earlier in the day, Supreme Leader Ayatollah Selwyn Tavakol led prayers at the university.',
      ],
      tehran,
    );
    expect(person(a, 'Harlan Doruk')?.country).toBe('India');
    expect(person(a, 'Selwyn Tavakol')?.country).toBe('Iran');
  });

  it('does not place a bare "Foreign Minister" in India, whose foreign minister is its External Affairs Minister', () => {
    const a = article(
      'Vice President attends memorial in Tehran',
      [
        'Vice President Harlan Doruk on Wednesday attended a memorial ceremony here for Iranian President Tamsin Velat.',
        'Doruk, who led the Indian delegation, paid homage to Velat, Foreign Minister Quillan Rostami and the others who died in the crash in the remote East Azerbaijan province, officials said.',
      ],
      tehran,
    );
    expect(person(a, 'Quillan Rostami')?.country).toBe('Iran');
  });

  it('places a bare "Vice President" in a Korean agency\'s story from Washington in the United States', () => {
    const a = article(
      'President visits space centre',
      [
        'President Brennick Ostrova and U.S. President Kestle Varenne on Tuesday laid a wreath at a memorial in Washington.',
        'Earlier in the day, Ostrova visited a space centre in Maryland with Vice President Marlow Pellam, where they agreed to expand space cooperation.',
      ],
      { source: 'Yonhap', dateline: { place: 'WASHINGTON', date: 'April 25' } },
    );
    expect(person(a, 'Brennick Ostrova')?.country).toBe('South Korea');
    expect(person(a, 'Marlow Pellam')?.country).toBe('United States');
  });
});

describe("a country's name in a province's", () => {
  it('does not read "East Azerbaijan province" as Azerbaijan', () => {
    const a = article(
      'Governor killed in crash',
      [
        'Governor Navid Faraji died in a helicopter crash in the mountainous East Azerbaijan province, officials said.',
      ],
      { source: 'IRNA', dateline: { place: 'TEHRAN', date: 'May 20' } },
    );
    expect(person(a, 'Navid Faraji')?.country).not.toBe('Azerbaijan');
    expect(person(a, 'Navid Faraji')?.roles).toEqual(['Governor']);
    expect(person(a, 'Navid Faraji')?.country).toBe('Iran');
  });
});

describe("a pool report's shorthand for a U.S. office", () => {
  it('places "VPOTUS (Vice President X)" in the United States in a story from abroad', () => {
    const a = article(
      'VP pool report -- memorial at the parliament',
      [
        'VPOTUS (Vice President Dovan Selwyn) arrived at 11:42 and was greeted by Speaker Tamsin Okonedo.',
        'VPOTUS spoke for about 13 minutes.',
      ],
      { source: 'VP pool', dateline: null },
    );
    expect(person(a, 'Dovan Selwyn')?.country).toBe('United States');
  });
});

describe('where another person leaves for', () => {
  it('does not place the host called on in the country another then left for', () => {
    const a = article(
      'India, U.S. sign defence pact',
      [
        'U.S. Secretary of State Kestle Varenne signed a defence pact with India on Tuesday.',
        'Varenne later called on Prime Minister Harlan Doruk before Varenne left for Sri Lanka and Indonesia.',
      ],
      { source: 'Reuters', dateline: { place: 'NEW DELHI', date: 'Oct 27' } },
    );
    expect(person(a, 'Harlan Doruk')?.country).toBe('India');
  });
});
