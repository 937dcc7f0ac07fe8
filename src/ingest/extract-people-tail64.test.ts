// Session 36's leftovers of blind round 65 (held-out 990–1003), on invented sentences with invented people: none of
// them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a country of two words owning the title set off before a name ("North Korea\'s minister of …, X,")', () => {
  const story = (sentence: string) =>
    article('Envoy returns with two freed prisoners', [
      'The envoy landed on Saturday with the two freed prisoners.',
      sentence,
    ]);

  it('keeps the title of "North Korea\'s minister of state security, X,"', () => {
    const a = story(
      "The envoy met North Korea's minister of state security, Tomas Quillberg, and other officials in Pyongyang on Friday.",
    );
    expect(person(a, 'Tomas Quillberg')?.roles.join(' ')).toContain('minister of state security');
    expect(person(a, 'Tomas Quillberg')?.country).toBe('North Korea');
  });

  it('keeps it when the title opens the sentence: "South Africa\'s foreign minister, X, said"', () => {
    const a = story("South Africa's foreign minister, Ansel Farrowby, said the talks had gone well.");
    expect(person(a, 'Ansel Farrowby')?.roles.join(' ')).toContain('foreign minister');
    expect(person(a, 'Ansel Farrowby')?.country).toBe('South Africa');
  });

  it('still reads a one-word country\'s possessive as before ("Iran\'s minister of …, X,")', () => {
    const a = story("The envoy met Iran's minister of state security, Harlan Metzvold, on Friday.");
    expect(person(a, 'Harlan Metzvold')?.roles).toContain("Iran's minister of state security");
  });
});
