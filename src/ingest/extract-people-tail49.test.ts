// Round 51's participants (794–807), on invented sentences with invented people: none of them are in the held-out
// files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const banquet = (last: string) =>
  article("King Edmund expresses 'deep regret' over border war at State House banquet", [
    'Norway’s King Edmund IV on Tuesday night acknowledged the "acts of violence" committed during the border war, but stopped short of an apology.',
    'At a state banquet hosted in his honour by President Joel Amanka at State House, Lusaka, the King said past wrongs were "a cause of sorrow".',
    last,
  ]);

describe('the one a visit is made with', () => {
  it('takes part in it, as the visitor does', () => {
    const a = banquet(
      '"Nothing can excuse it," said the monarch, who is on a three-day state visit with Queen Marisol, his first abroad this year.',
    );
    expect(person(a, 'Marisol')?.participant).toBe(true);
  });

  it('does not, for a visit of years ago', () => {
    const a = banquet(
      'His father, King Harald Olen, was on a state visit with Queen Marisol to Lusaka in 1985.',
    );
    expect(person(a, 'Marisol')?.participant).toBe(false);
  });
});
