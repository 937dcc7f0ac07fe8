// Leftovers of the sixty-first blind round (the diplomatic corps at work), on invented sentences with invented people:
// none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

/** A host country's paper: no dateline, no agency credit. */
const paper = { dateline: null, source: null };

describe("the host country of an envoy's farewell call", () => {
  const farewell = article(
    'Outgoing Chilean envoy Ortega pays farewell call on Prime Minister Valdane',
    [
      'Chilean Ambassador to Portugal Rafael Ortega Vidal paid a farewell call on Prime Minister Tomas Valdane at his office on Wednesday.',
      'Lia Marques Duarte, diplomatic adviser to the prime minister, also attended the talks.',
      'On Tuesday, Ortega had called on President Helena Brito Sousa and on Foreign Minister Rui Matos Pena.',
    ],
    paper,
  );

  it('places the bare-titled officials in the country the envoy is posted to, not the envoy’s own', () => {
    expect(person(farewell, 'Rafael Ortega Vidal')?.country).toBe('Chile');
    expect(person(farewell, 'Lia Marques Duarte')?.country).toBe('Portugal');
    expect(person(farewell, 'Helena Brito Sousa')?.country).toBe('Portugal');
    expect(person(farewell, 'Rui Matos Pena')?.country).toBe('Portugal');
  });
});

describe('an official dealing with a summoned envoy', () => {
  it('is of the host the envoy serves in, not the envoy’s country the sentence names', () => {
    const a = article(
      'Chilean envoy summoned over fishing dispute',
      [
        'Chilean Ambassador to Portugal Rafael Ortega Vidal was summoned to the Ministry of Foreign Affairs on Friday.',
        'Director General Lia Marques Duarte handed the envoy a protest note, demanding that Chile stop the trawlers.',
      ],
      paper,
    );
    expect(person(a, 'Lia Marques Duarte')?.country).toBe('Portugal');
  });

  it('reads the host from the dateline when the envoy is not named', () => {
    const a = article(
      'Portugal summons Chilean envoy over fishing dispute',
      [
        'LISBON – The Foreign Ministry summoned the Chilean chargé d’affaires on Friday over the seizure of two trawlers.',
        'Ministry spokesman Rui Matos Pena said the Chilean diplomat was handed a strong note of protest.',
      ],
      { dateline: { place: 'LISBON', date: null }, source: null },
    );
    expect(person(a, 'Rui Matos Pena')?.country).toBe('Portugal');
  });

  it('leaves the envoy’s compatriot written with the nationality to that country', () => {
    const a = article(
      'Chilean envoy summoned over fishing dispute',
      [
        'Chilean Ambassador to Portugal Rafael Ortega Vidal was summoned to the Ministry of Foreign Affairs on Friday.',
        'The envoy said the trawlers had been licensed by his Chilean counterpart Tomas Valdane in March.',
      ],
      paper,
    );
    expect(person(a, 'Tomas Valdane')?.country).toBe('Chile');
  });

  it('does not take a nominee’s future post for the story’s host', () => {
    const a = article(
      'Nominee vows closer ties at confirmation hearing',
      [
        'Rafael Ortega Vidal, U.S. President Ann Cole’s nominee for ambassador to Portugal, told the committee that the alliance had never been stronger.',
        'Senator Tomas Valdane said he looked forward to working with the ambassador-designate.',
      ],
      { dateline: null, source: null },
    );
    expect(person(a, 'Rafael Ortega Vidal')?.country).toBe('United States');
    expect(person(a, 'Tomas Valdane')?.country).not.toBe('Portugal');
  });
});
