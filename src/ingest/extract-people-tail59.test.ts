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
      'Lia Marques Duarte, foreign affairs adviser to the prime minister, was also present at the meeting.',
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
