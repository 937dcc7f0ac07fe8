// A second pass over the forty-sixth and forty-seventh blind rounds of held-out articles (offices taken after a
// verb), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('roles', () => {
  it('reads the office one "took office yesterday (3) as", past the day and its date in brackets', () => {
    const a = article('Norland swears in new president', [
      'Varnholm – Elsa Marrow took office yesterday (3) as the 12th president of Norland, in a ceremony at the parliament.',
    ]);
    expect(person(a, 'Elsa Marrow')?.roles).toEqual(['12th president of Norland']);
  });

  it('reads the office one "took office on Monday as"', () => {
    const a = article('New mayor', ['Tomas Brell took office on Monday as mayor of Eastwick.']);
    expect(person(a, 'Tomas Brell')?.roles).toEqual(['mayor of Eastwick']);
  });

  it('reads an office held, written as a title after "was" ("when X was Prime Minister of Norland")', () => {
    const a = article('Border war remembered', [
      'The war of 1998, fought when Tomas Brell was Prime Minister of Norland, claimed many lives.',
      'Elsa Marrow was President Idris Kallan’s envoy. Mira Solvang was president from 2001 to 2009.',
    ]);
    expect(person(a, 'Tomas Brell')?.roles).toEqual(['Prime Minister of Norland']);
    expect(person(a, 'Elsa Marrow')?.roles ?? []).not.toContain('President Idris Kallan');
    expect(person(a, 'Mira Solvang')?.roles ?? []).toEqual([]);
  });

  it('reads the office one is sworn in as after a "who" clause that gives none as read', () => {
    const a = article('Norland swears in new president', [
      'Varnholm – Idris Kallan was sworn in on Tuesday as President of Norland. Mira Solvang, who was president from 2001 to 2009, was sworn in as Vice President in the same sitting.',
    ]);
    expect(person(a, 'Mira Solvang')?.roles).toEqual(['Vice President']);
  });

  it('keeps the office a "who served as" clause gives over a later verb', () => {
    const a = article('Cabinet named', [
      'Pell Ardent, who served as finance minister, was appointed as envoy to Vessia on Friday.',
    ]);
    expect(person(a, 'Pell Ardent')?.roles).toEqual(['finance minister']);
  });

  it('reads "sworn in as a senator this morning" as the office, without the time of day', () => {
    const a = article('Reshuffle', [
      'The prime minister named banker Harun Vell as Second Finance Minister. Harun Vell, who does not sit in Parliament, was sworn in as a senator on Monday.',
    ]);
    expect(person(a, 'Harun Vell')?.roles).toContain('senator');
    expect(person(a, 'Harun Vell')?.roles).not.toContain('senator this morning');
  });

  it('keeps "this year’s" in an office ("the host of this year’s talks")', () => {
    const a = article('Talks open', [
      'Premier Odile Frane, the host of this year’s Corran talks, is due to preside over the session on Friday.',
    ]);
    expect(person(a, 'Odile Frane')?.roles).toContain('host of this year’s Corran talks');
  });
});

describe('participants', () => {
  /** A signing in Rome, then a president's words spoken by telephone from `city`. */
  const signingInRome = (city: string) =>
    article(
      'Rival factions sign unity deal in Rome',
      [
        'ROME, Oct 12 (ANSA) - The Blue and Green movements signed on Thursday a unity agreement in Rome, in the presence of Italian Interior Minister Kel Darrow.',
        `Vessian President Oren Tallis, speaking by telephone from ${city}, described the agreement as "final".`,
      ],
      { source: 'ANSA', dateline: { place: 'ROME', date: 'Oct 12' } },
    );

  it('does not count one "speaking by telephone from" another city than the event’s', () => {
    const a = signingInRome('Madrid');
    expect(person(a, 'Oren Tallis')).toMatchObject({ participant: false });
    expect(person(a, 'Kel Darrow')).toMatchObject({ participant: true });
  });

  it('knows Ramallah as a city of Palestine, another place than the event’s', () => {
    expect(person(signingInRome('Ramallah'), 'Oren Tallis')).toMatchObject({ participant: false });
  });
});
