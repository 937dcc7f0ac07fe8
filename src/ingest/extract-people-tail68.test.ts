// Session 37's leftovers of blind rounds 56–64 (held-out 864–989), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest, personNamed as person, testArticle as article } from './test-article.ts';

const fundLaunch = (sentence: string) =>
  article(
    'Sovereign fund launched in capital',
    ['President Aleksi Halvorsen launched the national investment fund on Monday.', sentence],
    { dateline: { place: 'JAKARTA', date: 'May 9' } },
  );

describe('an unknown name listed before a titled person', () => {
  it('finds "Pandu X Y and Deputy Trade Minister Z W" as two people', () => {
    const a = fundLaunch(
      'Pandu Tarrant Quimby and Deputy Trade Minister Dony Vellacott were appointed to the board.',
    );
    expect(person(a, 'Pandu Tarrant Quimby')).toBeDefined();
    expect(person(a, 'Dony Vellacott')?.roles).toContain('Deputy Trade Minister');
  });

  it('finds no one in a body\'s name before "and Development Secretary-General X"', () => {
    const a = fundLaunch(
      'Guests included Organisation for Economic Co-operation and Development Secretary-General Mathis Brannagh.',
    );
    expect(extractTest(a).people.map((p) => p.name)).not.toContain('Economic Co-operation');
  });
});

describe('offices given "respectively"', () => {
  it('gives each person named before "were appointed" the office in the same place of the list', () => {
    const a = fundLaunch(
      'Pandu Tarrant Quimby and Deputy Trade Minister Dony Vellacott, who stood beside Halvorsen at the ceremony, ' +
        'were appointed chief investment officer and chief operating officer respectively.',
    );
    expect(person(a, 'Pandu Tarrant Quimby')?.roles).toEqual(['chief investment officer']);
    expect(person(a, 'Dony Vellacott')?.roles).toEqual(['Deputy Trade Minister', 'chief operating officer']);
    // The person inside the "who" clause is no subject of the appointment.
    expect(person(a, 'Aleksi Halvorsen')?.roles).toEqual(['President']);
  });

  it('gives nothing when the counts differ', () => {
    const a = fundLaunch(
      'Pandu Tarrant Quimby, Dony Vellacott and Ines Marwick were appointed chief investment officer and chief ' +
        'operating officer respectively.',
    );
    expect(person(a, 'Dony Vellacott')?.roles ?? []).toEqual([]);
  });
});
