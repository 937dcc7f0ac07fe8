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

describe('a late monarch named by the bare title of a living one', () => {
  const story = (late: string) =>
    article(
      'Ghanaian president receives Emir of Kuwait',
      [
        'President Ivo Lindqvist today received Emir Karim bin Talal, Emir of Kuwait, at the palace in Accra.',
        `Lindqvist said the ties between the two countries were built on foundations laid by the late President Anton Vell and the late ${late} Faisal bin Omar, and that Ghana valued them.`,
      ],
      { dateline: { place: 'ACCRA', date: 'May 9' }, source: 'GNA' },
    );

  it("gives the late one the living one's country, not the country the sentence names", () => {
    const a = story('Emir');
    expect(person(a, 'Karim bin Talal')?.country).toBe('Kuwait');
    expect(person(a, 'Faisal bin Omar')?.country).toBe('Kuwait');
  });

  it('leaves the late one alone when another holder of the title reigns elsewhere', () => {
    const a = article('Gulf summit honours late leaders', [
      'Emir Sheikh Jaber bin Nasser and Emir of Qatar Sheikh Hamad bin Khalid attended the summit in Kuwait City on Tuesday.',
      'The summit honoured the late Emir Sheikh Salem bin Fahd.',
    ]);
    expect(person(a, 'Salem bin Fahd')?.country).not.toBe('Qatar');
    expect(person(a, 'Salem bin Fahd')?.roles).toEqual(['late Emir']);
    expect(person(a, 'Hamad bin Khalid')?.country).toBe('Qatar');
  });

  it('leaves a late holder of another title to the sentence around them', () => {
    const a = story('King');
    expect(person(a, 'Faisal bin Omar')?.country).not.toBe('Kuwait');
    expect(person(a, 'Faisal bin Omar')?.roles).toEqual(['late King']);
    expect(person(a, 'Karim bin Talal')?.country).toBe('Kuwait');
  });
});
