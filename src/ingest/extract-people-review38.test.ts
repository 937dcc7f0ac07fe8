// Review 38: what the review of session 35's code keeps, on invented sentences with invented people (none of them
// are in the held-out files).
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a governor in a story of Hong Kong', () => {
  it('is the colonial power’s when the colony’s, and China’s when a deputy governor or a bank’s', () => {
    const a = article('Hong Kong forum hears from officials', [
      'Hong Kong Deputy Governor Quan Boyle addressed the forum on Tuesday.',
      'Hong Kong Monetary Authority governor Tam Heywood spoke after him.',
      'The last Hong Kong governor, Ambrose Tellwright, sent a letter.',
    ]);
    expect(person(a, 'Quan Boyle')?.country).toBe('China');
    expect(person(a, 'Tam Heywood')?.country).toBe('China');
    expect(person(a, 'Ambrose Tellwright')?.country).toBe('United Kingdom');
  });
});
