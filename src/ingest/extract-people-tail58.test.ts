// People left over from rounds 59–60 (held-out 906–933), on invented sentences with invented people: none of them
// are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

describe('a relative who acted at an earlier time', () => {
  const story = (verb: string) =>
    article(
      'King Aldo welcomes Ruritanian president on state visit',
      [
        'King Aldo welcomed Ruritanian President Ivo Lindqvist to the Royal Palace on Monday.',
        'In his speech at the banquet, the king noted that his father, King Emeritus Baldo, ' +
          verb +
          ' Ruritanian presidents as state guests.',
      ],
      { dateline: { place: 'ORLAVA', date: 'May 9' }, source: 'Kyodo' },
    );

  it('leaves out a relative whose act, in the past perfect, is of an earlier time ("had also welcomed")', () => {
    const a = story('had also welcomed');
    expect(taking(a)).toEqual(expect.arrayContaining(['Aldo', 'Ivo Lindqvist']));
    expect(taking(a)).not.toContain('Baldo');
  });
});
