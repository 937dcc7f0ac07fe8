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
      'Berg said the bloc had to open up to the world.',
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
});
