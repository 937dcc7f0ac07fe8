// Organisations and places (session 24): faults a reader of the sidebar notices, found on the held-out rounds.
import { describe, expect, it } from 'vitest';
import { orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');

describe('parties named with no cue word', () => {
  it('lists a party opening a sentence before its leader when the story writes it mid-sentence too', () => {
    expect(
      entities(
        'The premier was backed by the left-wing platform Tamsa and two regional parties.',
        'Tamsa leader Ilse Varnam said the coalition would raise wages.',
      ).organizations,
    ).toEqual(['Tamsa']);
  });

  it('leaves a capitalised word opening a sentence before a leader alone', () => {
    expect(entities('Opposition leader Tomas Verhaar criticised the deal.').organizations).toEqual([]);
  });

  it('lists initials that spell an English word before their leader, even opening a sentence', () => {
    expect(entities('ACT leader Daniel Seyler will take over as deputy premier.').organizations).toEqual([
      'ACT',
    ]);
  });

  it('lists mixed-case initials defined beside a party once, by the long form', () => {
    expect(
      entities(
        'He ran as an independent backed by the national-conservative Homeland Union (OiS) party.',
        'On Monday OiS leader Jan Kowal hailed the result.',
      ).organizations,
    ).toEqual(['Homeland Union']);
  });
});
