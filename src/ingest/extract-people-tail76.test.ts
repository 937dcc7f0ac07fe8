// The leftovers of the seventy-sixth blind round (the wires of 1945–1979), on invented sentences with invented
// people and invented places: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const reuter = { source: 'Reuter', date: '1958-04-02', dateline: { place: 'PORT ELLIS', date: 'April 2' } };

describe("a colony's crown", () => {
  it("gives a colony's bare-titled queen the colonial power's country", () => {
    const a = article(
      'Arland becomes independent',
      [
        'Tanganyika, until last night a British colony, became an independent state at midnight.',
        'The Governor read a message from Queen Mathilda III welcoming Tanganyika into the family of nations.',
      ],
      { ...reuter, dateline: { place: 'DAR ES SALAAM', date: 'April 2' } },
    );
    expect(person(a, 'Mathilda III')?.country).toBe('United Kingdom');
  });

  it('leaves a visiting king of another throne to his own country', () => {
    const a = article(
      'King visits colony',
      [
        'King Osric II of Norway arrived on Tuesday in the British colony of the Sand Coast for a three-day visit.',
        'The King laid a wreath at the war memorial.',
      ],
      reuter,
    );
    expect(person(a, 'Osric II')?.country).toBe('Norway');
  });
});
