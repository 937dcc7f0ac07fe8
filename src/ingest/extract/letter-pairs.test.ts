import { describe, expect, it } from 'vitest';
import { LetterPairs, pairsOf } from './letter-pairs.ts';

describe('LetterPairs', () => {
  it('may hold every word the text holds, and rules out a word with a pair it lacks', () => {
    const pairs = new LetterPairs();
    pairs.read('minister sworn in after the vote in são tomé');
    for (const word of ['sworn in', 'vote', 'são tomé', 'e', 'minister sworn in after the vote in são tomé'])
      expect(pairs.mayHold(pairsOf(word))).toBe(true);
    for (const word of ['oath', 'elected', 'won ']) expect(pairs.mayHold(pairsOf(word))).toBe(false);
  });

  it('forgets the text read before', () => {
    const pairs = new LetterPairs();
    pairs.read('court sentences former mayor');
    expect(pairs.mayHold(pairsOf('sentenc'))).toBe(true);
    pairs.read('leaders meet in geneva');
    expect(pairs.mayHold(pairsOf('sentenc'))).toBe(false);
    expect(pairs.mayHold(pairsOf('meet'))).toBe(true);
  });
});
