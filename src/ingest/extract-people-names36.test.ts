// Session 36: people whose given names no lexicon knows, found when the language vouches for them, and no empty
// country. Invented sentences and invented people only: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest, personNamed as person, testArticle as article } from './test-article.ts';

const names = (title: string, ...paragraphs: string[]) =>
  extractTest(article(title, paragraphs)).people.map((p) => p.name);

describe('a name no first-name list knows', () => {
  it.each([
    'Anil Rampersad said the talks would resume on Monday.',
    'The deal is fair, said Chan Baldeo.',
    'Prime Minister Keshav Ramcharan met the delegation on Monday.',
    '"We are ready," Tevita Fonua said.',
    'Deodat Sookram, the finance minister, met the delegation on Monday.',
  ])('is found when the language vouches for it: %s', (sentence) => {
    expect(names('Talks on water', sentence)).toHaveLength(1);
  });

  it('is found after "according to" when a comma closes it', () => {
    const a = article('Plan criticised', ['According to Basdeo Sookram, the plan was flawed.']);
    expect(person(a, 'Basdeo Sookram')).toBeDefined();
  });

  it('reads no person into a place or a body after "according to"', () => {
    expect(names('Plan criticised', 'According to Statistics Norway, prices rose.')).toEqual([]);
    expect(names('Plan criticised', 'According to Nikkei Asia, the plan was flawed.')).toEqual([]);
    // A person's name there is read.
    expect(names('Plan criticised', 'According to Ilse Varnam, prices rose.')).toEqual(['Ilse Varnam']);
  });

  it('pairs each head of state with their country in "the presidents of A, X, B, Y and C, Z"', () => {
    const a = article('Summit opens', [
      'The summit was attended by the presidents of Bolivia, Luis Arce, Colombia, Gustavo Petro, and Suriname, Chan Baldeo.',
    ]);
    expect(person(a, 'Chan Baldeo')?.country).toBe('Suriname');
    expect(person(a, 'Suriname')).toBeUndefined();
  });
});

describe('a portfolio no lexicon knows', () => {
  it('is no person before the minister\'s name ("Minister of Jal Shakti, X")', () => {
    const a = article('Dam inspected', [
      'The Minister of Jal Shakti, Ravi Kumarasamy, opened the session in Delhi on Monday.',
    ]);
    expect(names('Dam inspected', ...a.paragraphs)).toEqual(['Ravi Kumarasamy']);
    expect(person(a, 'Ravi Kumarasamy')?.roles).toEqual(['Minister of Jal Shakti']);
  });

  it('is no person after "Union Minister of", and the minister keeps India', () => {
    const a = article('Dam inspected', [
      'Union Minister of Jal Shakti, Arun Pillai, opened the session in Delhi on Monday.',
    ]);
    expect(person(a, 'Jal Shakti')).toBeUndefined();
    expect(person(a, 'Arun Pillai')?.country).toBe('India');
  });
});

describe('a portfolio no lexicon knows, then a name, with no comma between', () => {
  it('ends the portfolio at a given name the lexicon knows ("Minister of Jal Shakti John X")', () => {
    const a = article('Dam inspected', [
      'Minister of Jal Shakti John Kumarasamy opened the session on Monday.',
    ]);
    expect(person(a, 'John Kumarasamy')?.roles).toEqual(['Minister of Jal Shakti']);
  });

  it('keeps a known department and a state office as they were', () => {
    const a = article('Dam inspected', [
      'Minister of Finance Ravi Kumarasamy and Secretary of State John Kerrigan opened the session.',
    ]);
    expect(person(a, 'Ravi Kumarasamy')?.roles).toEqual(['Minister of Finance']);
    expect(person(a, 'John Kerrigan')?.roles).toEqual(['Secretary of State']);
  });
});

describe('a country the lexicon cannot tell', () => {
  it.each([
    'The minister met his Korean and Japanese counterparts, Lee Dovan and Taro Okunashi, in Tokyo on Monday.',
    'He met his Georgian and Armenian counterparts, Levan Brodze and Aram Petrosa, on Monday.',
    'The Korean and Japanese foreign ministers, Lee Dovan and Taro Okunashi, met in Tokyo on Monday.',
    'He met the head of the Commission, Maria Moren, on Friday.',
  ])('is none, never an empty one: %s', (sentence) => {
    const people = extractTest(article('Talks', [sentence])).people;
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) expect(p.country).not.toBe('');
  });

  it('leaves the one of the ambiguous nationality without a country and the other with theirs', () => {
    const a = article('Talks', [
      'He met his Georgian and Armenian counterparts, Levan Brodze and Aram Petrosa, on Monday.',
    ]);
    expect(person(a, 'Levan Brodze')?.country).toBeNull();
    expect(person(a, 'Aram Petrosa')?.country).toBe('Armenia');
  });
});
