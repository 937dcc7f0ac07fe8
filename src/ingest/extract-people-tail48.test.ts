// Round 50's leftovers (780–793) fixed in session 30, on invented sentences with invented people: none of them are
// in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

const speech = (lede: string) =>
  article('Full text of the keynote speech at the Andean Summit', [
    `LIMA, June 2 (Xinhua) -- The host delivered a keynote speech on Friday at the summit, ${lede}`,
    'Your Excellency President Tomas Velarde,',
    'Your Excellency President Ines Quirola,',
    'Your Excellency President Rafael Ostend,',
    'Dear Colleagues,',
    'It gives me great pleasure to welcome you to the summit.',
  ]);

describe("a speech's saluted leaders", () => {
  it('places each in the state at the same place in the lede\'s list of "the leaders of"', () => {
    const a = speech('which brought together the leaders of Chile, Bolivia and Paraguay.');
    expect(person(a, 'Tomas Velarde')?.country).toBe('Chile');
    expect(person(a, 'Ines Quirola')?.country).toBe('Bolivia');
    expect(person(a, 'Rafael Ostend')?.country).toBe('Paraguay');
  });

  it('places no one when the list names more states than the speech salutes leaders', () => {
    const a = speech('which brought together the leaders of Chile, Bolivia, Uruguay and Paraguay.');
    expect(person(a, 'Tomas Velarde')?.country).toBeNull();
    expect(person(a, 'Rafael Ostend')?.country).toBeNull();
  });
});

describe('a lone adjective title before a noun', () => {
  it('reads "the General Elections" and "as Chief Guest" as phrases, not as a general and a chief', () => {
    const a = article('Prime Minister meets President of Chile', [
      'Prime Minister Arun Velkar met President of Chile Pavel Dremin on the sidelines of the summit.',
      'The two leaders noted that they were meeting for the first time since the General Elections in Peru.',
      "Prime Minister Velkar recalled President Dremin's visit to Peru as Chief Guest at the Republic Day celebrations.",
    ]);
    expect(extract(a).people.map((p) => p.name)).toEqual(['Arun Velkar', 'Pavel Dremin']);
  });

  it('still finds a general named by one word after the title', () => {
    const a = article('Army chief visits border', ['General Arrieta visited the border posts on Monday.']);
    expect(person(a, 'Arrieta')?.roles).toEqual(['General']);
  });
});

describe("one who conveys a leader's greetings", () => {
  const visit = (second: string) =>
    article(
      "Readout of Vice President Lindqvist's meeting with President Arroyo Beltran of Peru",
      [
        `Vice President Maren Lindqvist met today with President Arroyo Beltran of Peru at the palace in Lima. ${second}`,
        'The two leaders discussed trade and the security of the region.',
      ],
      { source: null, dateline: null },
    );

  it('is of that leader\'s country, though the sentences around name only the host\'s ("The Vice President")', () => {
    const a = visit(
      "The Vice President conveyed President Hollis's greetings and underscored the alliance between the United States and Peru.",
    );
    expect(person(a, 'Hollis')?.country).toBe('United States');
    expect(person(a, 'Maren Lindqvist')?.country).toBe('United States');
    expect(person(a, 'Arroyo Beltran')?.country).toBe('Peru');
  });

  it('by name too', () => {
    const a = visit("Lindqvist conveyed US President Hollis's best wishes to the people of Peru.");
    expect(person(a, 'Maren Lindqvist')?.country).toBe('United States');
  });
});

describe('a figure of a dynasty', () => {
  it('is a person: "X Y of the Tang Dynasty set out from here"', () => {
    const a = article('Speech at the summit', [
      'More than 1,000 years ago, Gao Wenmo of the Tang Dynasty set out from this city on his mission to the west.',
    ]);
    expect(extract(a).people.map((p) => p.name)).toEqual(['Gao Wenmo']);
    // The era he is of is no body he belongs to.
    expect(extract(a).organizations).toEqual([]);
  });

  it('but a wall or a city of a dynasty is no one', () => {
    const a = article('Speech at the summit', ['Visitors walked along the Great Wall of the Ming Dynasty.']);
    expect(extract(a).people).toEqual([]);
    expect(extract(a).places).toContain('Great Wall of the Ming Dynasty');
  });
});
