// Leftovers of the thirty-fourth blind round, on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const participant = (a: ParsedArticle, name: string) =>
  extractEntities(a, emptyKnowledge).people.find((p) => p.name === name)?.participant;

describe('participants', () => {
  const summit = (second: string) =>
    article("Bloc hands over presidency at summit marked by Kovac's absence", [
      'Riverton, Jul 8 (EFE).- Ruritanian President Ana Ruiz on Monday handed the presidency of the bloc to her counterpart, Tomas Berg, at a summit that was overshadowed by the absence of Borduvian President Ivan Kovac.',
      second,
      'Berg said the bloc had to open itself to the world.',
    ]);

  it('keeps one who skipped the event out of it, past a long "who" clause and a cue at the event he went to instead', () => {
    const a = summit(
      'Kovac, who has clashed repeatedly with Ruiz over trade policy and tariffs, skipped the meeting and travelled instead to Spain to speak at a conference, where he was welcomed by former Spanish prime minister Luis Moreno.',
    );
    expect(participant(a, 'Ivan Kovac')).toBe(false);
    expect(participant(a, 'Tomas Berg')).toBe(true);
  });

  it('keeps out one named at the event the absent one went to instead ("…, where he was welcomed by Y")', () => {
    const a = summit(
      'Kovac skipped the meeting and travelled instead to Spain to speak at a conference, where he was welcomed by former Spanish prime minister Luis Moreno.',
    );
    expect(participant(a, 'Luis Moreno')).toBe(false);
  });

  const swearingIn = (...more: string[]) =>
    article("Ana Ruiz sworn in as Borduvia's first female president", [
      'Ana Ruiz was sworn in on Wednesday as President before the plenary of Congress, hours after lawmakers removed Ivan Kovac from office.',
      ...more,
    ]);

  it('keeps out a leader removed "hours before" a swearing-in, whatever befalls him later in the story', () => {
    const a = swearingIn('Kovac was detained by police as he travelled by car with his family.');
    expect(participant(a, 'Ana Ruiz')).toBe(true);
    expect(participant(a, 'Ivan Kovac')).toBe(false);
  });

  it('keeps out a minister who resigned, under a headline reporting an oath, not a resignation', () => {
    const a = swearingIn(
      'The decree was rejected by several of his ministers, including Foreign Minister Luis Moreno, who resigned.',
    );
    expect(participant(a, 'Luis Moreno')).toBe(false);
  });

  it('still counts one who also resigned under a headline reporting resignations', () => {
    const a = article('Borduvian ministers resign over decree', [
      'Three Borduvian ministers resigned on Wednesday in protest at the decree.',
      'Foreign Minister Luis Moreno, who also resigned, wrote on social media that he could not support it.',
    ]);
    expect(participant(a, 'Luis Moreno')).toBe(true);
  });

  it("does not count a name in a standfirst as the lede's: it may sum up a later event of the story", () => {
    const a = article('Ruiz sworn in for new term, hosts leaders at inauguration', [
      'Borduvian president announces new Cabinet with Tomas Berg as foreign minister',
      'Ana Ruiz took the oath of office on Saturday for another term as president and later hosted foreign leaders at an inauguration ceremony.',
      'Later in the evening, the president announced her new Cabinet. Former intelligence chief Tomas Berg takes over the Foreign Ministry.',
    ]);
    expect(participant(a, 'Ana Ruiz')).toBe(true);
    expect(participant(a, 'Tomas Berg')).toBe(false);
  });

  it('gives the verb after "…, while Mr X, <title>," to X', () => {
    const a = article("Ruiz sworn in as Borduvia's president", [
      'President Ana Ruiz on Monday took the oath of office at the Eagle Square.',
      'The delegation was led by Ms Lena Holt, while Mr Tomas Berg, Vice Chairman of the Assembly, represented President Ivan Kovac.',
    ]);
    expect(participant(a, 'Tomas Berg')).toBe(true);
    expect(participant(a, 'Ivan Kovac')).toBe(false);
  });

  it('keeps out one who says in a statement that others are "due to take" the oath later', () => {
    const a = article('President swears in new Cabinet', [
      'President Ana Ruiz swore in the new Cabinet at the palace on Wednesday.',
      'The Cabinet will take the constitutional oath before the Assembly at its next session, Assembly Speaker Tomas Berg said in a statement.',
    ]);
    expect(participant(a, 'Tomas Berg')).toBe(false);
  });
});
