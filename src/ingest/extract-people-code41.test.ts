// Session 41's merges of rules written twice (code41), on invented sentences with invented people: none of them are in
// the held-out files. Each test shows what the one rule still reads, and what it now reads in both places.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

describe('words said in another city than the dateline\'s ("said in", "says in": one phrase)', () => {
  const outbreak = (sentence: string) =>
    article(
      'Health agency declares emergency over fever outbreak',
      [
        'The regional health agency on Thursday declared the outbreak of river fever an emergency of international concern.',
        '"The spread of the fever is very worrying," Director-General Osei Tandavo said after a meeting of the expert committee.',
        sentence,
      ],
      { source: 'dpa', dateline: { place: 'Geneva', date: 'Aug 14' } },
    );
  const taking = (a: ReturnType<typeof article>) =>
    Object.fromEntries(extract(a).people.map((p) => [p.name, p.participant]));

  it('leaves out a national minister who "said in" their own capital, and keeps the one at the event', () => {
    const a = outbreak(
      'Dutch Health Minister Pieter Vollenbeek said in Amsterdam that the risk remained low.',
    );
    expect(taking(a)).toEqual({ 'Osei Tandavo': true, 'Pieter Vollenbeek': false });
  });

  it('leaves out one who "says in" another city, not their capital, as one who "said in" it', () => {
    const a = outbreak('Dutch Health Minister Pieter Vollenbeek says in Brussels that the risk remains low.');
    expect(taking(a)).toEqual({ 'Osei Tandavo': true, 'Pieter Vollenbeek': false });
  });

  it('still counts one who says it in the city of the event', () => {
    const a = outbreak('Dutch Health Minister Pieter Vollenbeek said in Geneva that the risk remained low.');
    expect(taking(a)).toEqual({ 'Osei Tandavo': true, 'Pieter Vollenbeek': true });
  });
});

describe('a standing held no longer ("former", "ex", "one-time": one list)', () => {
  const story = (sentence: string) =>
    article('Ruritania frees detained American', [
      'Ruritania freed a detained American on Friday.',
      sentence,
    ]);

  it('reads "a one-time Marine" and "an ex Marine" as "a former Marine" is read: a role, not a name', () => {
    for (const [was, role] of [
      ['former', 'former Marine'],
      ['one-time', 'one-time Marine'],
      ['ex', 'ex Marine'],
    ] as const) {
      const a = story(
        `We welcome the release of Corwin Ashdale, a U.S. citizen and ${was} Marine who was detained for two years.`,
      );
      expect(person(a, 'Corwin Ashdale')?.roles).toEqual([role]);
      expect(person(a, 'Corwin Ashdale')?.country).toBe('United States');
    }
  });

  it('still reads "a retired Marine" as one who served', () => {
    const a = story(
      'We welcome the release of Corwin Ashdale, a U.S. citizen and retired Marine who was detained for two years.',
    );
    expect(person(a, 'Corwin Ashdale')?.roles).toEqual(['retired Marine']);
  });
});

describe("a dateline's state in the years of a union (one table, first and last years)", () => {
  const moscow = (date: string) =>
    article(
      'Minister receives envoy',
      ['Foreign Minister Pavel Orlinsky received the ambassador on Monday.'],
      {
        source: 'AP',
        date,
        dateline: { place: 'MOSCOW', date: 'Aug. 5' },
      },
    );

  it('gives a Moscow minister the Soviet Union in 1963, Russia after 1991 and before 1922', () => {
    expect(person(moscow('1963-08-05'), 'Pavel Orlinsky')?.country).toBe('Soviet Union');
    expect(person(moscow('1993-08-05'), 'Pavel Orlinsky')?.country).toBe('Russia');
    expect(person(moscow('1915-08-05'), 'Pavel Orlinsky')?.country).toBe('Russia');
  });
});
