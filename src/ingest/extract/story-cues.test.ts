import { describe, expect, it } from 'vitest';
import {
  CITIZENS_CUE,
  COUNTRIES_LISTED_CUE,
  REFERRING_CUE,
  WHICH_CUE,
  WHOSE_CUE,
  storyCues,
} from './story-cues.ts';

describe('storyCues', () => {
  it('finds each rule’s rare words, wherever they stand in the story', () => {
    expect(storyCues('The Ostrava Union, whose chief spoke first, met in Brno.')).toBe(WHOSE_CUE);
    expect(storyCues('Laos, which chaired the forum, sent its minister.')).toBe(WHICH_CUE);
    expect(storyCues('Heads of invited countries including Peru attended.')).toBe(COUNTRIES_LISTED_CUE);
    expect(storyCues('Leaders of member countries such as Chile came.')).toBe(COUNTRIES_LISTED_CUE);
    expect(storyCues('“We agree,” he said, referring to the fund’s director.')).toBe(REFERRING_CUE);
    expect(storyCues('Both were Maltese nationals.')).toBe(CITIZENS_CUE);
    expect(storyCues('All four are citizens of Laos.')).toBe(CITIZENS_CUE);
  });

  it('finds every cue of a story that has several, side by side', () => {
    const all = WHOSE_CUE | COUNTRIES_LISTED_CUE | REFERRING_CUE | CITIZENS_CUE | WHICH_CUE;
    expect(storyCues('citizens, whose countries including referring to the nationals, which')).toBe(all);
    expect(storyCues('nationals, whose')).toBe(CITIZENS_CUE | WHOSE_CUE);
  });

  it('finds nothing in a story without them, and no cue of the story read before', () => {
    expect(storyCues('The minister, who spoke first, met the citizens.')).toBe(CITIZENS_CUE);
    expect(storyCues('The minister, who spoke first, met the envoy.')).toBe(0);
    expect(storyCues('Countries including Peru sent an envoy, who spoke.')).toBe(0);
  });
});
