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

describe('a role after a standing that is no office ("a U.S. citizen and former Marine")', () => {
  const story = (sentence: string) =>
    article('Ruritania frees detained American', [
      'Ruritania freed a detained American on Friday.',
      sentence,
    ]);

  it('reads "former Marine" as the role of "X, a U.S. citizen and former Marine who …"', () => {
    const a = story(
      'We welcome the release of Dale Quillberg, a U.S. citizen and former Marine who was detained for two years.',
    );
    expect(person(a, 'Dale Quillberg')?.roles).toEqual(['former Marine']);
  });

  it('reads "a U.S. citizen and retired teacher" as the teacher', () => {
    const a = story(
      'We welcome the release of Dale Quillberg, a U.S. citizen and retired teacher, on Friday.',
    );
    expect(person(a, 'Dale Quillberg')?.roles).toEqual(['retired teacher']);
  });

  it('leaves "Marine" a given name before another capitalised word ("a former Marine Farrowby aide")', () => {
    const a = story('We welcome the release of Dale Quillberg, a former Marine Farrowby aide, on Friday.');
    expect(person(a, 'Dale Quillberg')?.roles.join(' ')).not.toBe('former Marine');
    expect(person(a, 'Dale Quillberg')?.roles).toEqual(['former Marine Farrowby aide']);
  });
});

describe('a missionary set off after a name', () => {
  it('reads "X, a Korean-American missionary from …, who …" as the role', () => {
    const a = article('Two freed Americans land home', [
      'Tomas Quillberg landed in Seattle on Saturday.',
      'Quillberg, a Korean-American missionary from a small town, who had been detained for two years, hugged his mother.',
    ]);
    expect(person(a, 'Tomas Quillberg')?.roles).toEqual(['Korean-American missionary']);
  });
});

describe('the capital someone went to, named by its nationality ("flown to the Iranian capital")', () => {
  const story = (sentence: string) =>
    article('Freed Americans land home', ['Two freed Americans landed on Saturday.', sentence], {
      source: 'AP',
      dateline: { place: 'SEATTLE', date: null },
    });

  it('places neither the envoy who went nor the president who sent him there', () => {
    const a = story(
      'The two stepped off a U.S. government plane, followed by Director of National Intelligence Tomas Quillberg, who had flown to the Iranian capital carrying a letter from President Ansel Farrowby.',
    );
    expect(person(a, 'Tomas Quillberg')?.country).toBe('United States');
    expect(person(a, 'Ansel Farrowby')?.country).toBe('United States');
  });

  it('still reads the capital when the sentence names no other country', () => {
    const a = story('Foreign Minister Harlan Metzvold returned to the Iranian capital on Friday.');
    expect(person(a, 'Harlan Metzvold')?.country).toBe('Iran');
  });
});
