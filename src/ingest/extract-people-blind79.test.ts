// People seen first in the seventy-ninth blind round of held-out articles (small states in their own outlets: a
// Fijian chief's style, a capital named "of" a country, states by their initials, South Slavic names with a party's
// initials), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

const local = { source: null, dateline: null };

describe("a Fijian chief's style", () => {
  it('reads "Ratu" before a name as a style: no part of the name, nor of the name used alone', () => {
    const a = article(
      'New cabinet sworn in',
      [
        'President Ratu Joeli Vakacegu swore in the new cabinet at State House on Monday.',
        'Ratu Joeli thanked the outgoing ministers.',
      ],
      local,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Joeli Vakacegu']);
    expect(person(a, 'Joeli Vakacegu')?.roles).toEqual(['President']);
  });
});

describe('a capital named "of" a country', () => {
  it('reads "Port of Spain" in a seat\'s name as the city, no tie to Spain', () => {
    const a = article(
      'Opposition concedes defeat',
      [
        'Outgoing Prime Minister Marcus Beckles conceded defeat on Monday. He kept his Port of Spain East seat.',
      ],
      local,
    );
    expect(person(a, 'Marcus Beckles')?.country).not.toBe('Spain');
    expect(person(a, 'Marcus Beckles')?.roles).toEqual(['Outgoing Prime Minister']);
  });
});

describe('states by the initials their outlets write', () => {
  it('ties "the BiH Presidency" to Bosnia and Herzegovina and "of PNG" to Papua New Guinea', () => {
    const a = article(
      'Presidency meets',
      ['Milan Jurić, chairman of the BiH Presidency, met Foreign Minister Peni Kaumo of PNG on Monday.'],
      local,
    );
    expect(person(a, 'Milan Jurić')?.country).toBe('Bosnia and Herzegovina');
    expect(person(a, 'Peni Kaumo')?.country).toBe('Papua New Guinea');
  });
});

describe("a South Slavic name with its party's initials", () => {
  it('keeps "Zorka Milić (SNSD)" out of the bodies', () => {
    const { organizations, people } = extract(
      article('Results announced', ['Zorka Milić (SNSD) was elected to the Presidency on Sunday.'], local),
    );
    expect(organizations).not.toContain('Zorka Milić');
    expect(people.map((p) => p.name)).toEqual(['Zorka Milić']);
  });
});

describe('those who bring the sides together', () => {
  it('takes part when the story says they brokered the meeting', () => {
    const a = article(
      'Two presidents agree to keep the peace',
      [
        'President Oren Valtis and President Ilan Marosh agreed on Thursday to settle their border dispute peacefully, at the end of talks at the airport of Coral Bay.',
        'Prime Minister Teodor Lisko, who chairs the regional bloc, brokered the meeting with Prime Minister Ansel Grove.',
      ],
      local,
    );
    expect(person(a, 'Teodor Lisko')?.participant).toBe(true);
  });
});

describe('a realm that leaves the crown', () => {
  it('gives a bare-titled monarch the country whose crown the story names ("rule by the British Crown")', () => {
    const a = article(
      'Coral Isle becomes a republic',
      [
        'Lorna Sealy took the oath as the first President of Coral Isle at midnight, ending 300 years of rule by the British Crown.',
        'Queen Ottilie sent a message wishing the islanders peace.',
      ],
      local,
    );
    expect(person(a, 'Ottilie')?.country).toBe('United Kingdom');
  });
});
