// Names and countries seen first in the thirteenth blind round of held-out articles, on invented sentences (none
// of these people are in the held-out files): surnames that are also name particles.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);

describe('a surname that is also a name particle', () => {
  it('keeps a capitalised particle that closes a name after a title, and reads it alone as the surname', () => {
    const a = article('Central bank holds rates', [
      'MUMBAI, May 9 (Xinhua) -- Central Bank Governor Ravindra Das said on Thursday the policy rate would stay at 6 percent.',
      'Das said food prices remained a concern.',
    ]);
    const das = person(a, 'Ravindra Das');
    expect(das?.roles).toEqual(['Central Bank Governor']);
    expect(das?.aliases).toContain('Das');
    expect(run(a).people.map((p) => p.name)).not.toContain('Ravindra');
  });

  it('keeps "Van" closing a Vietnamese name after a title', () => {
    const a = article('Vietnam, Laos sign trade deal', [
      'HANOI, May 9 (Xinhua) -- Vietnamese Trade Minister Pham Quoc Van met with his Lao counterpart on Thursday.',
    ]);
    expect(person(a, 'Pham Quoc Van')?.country).toBe('Vietnam');
  });
});
