// Leftovers of the seventy-sixth and seventy-seventh blind rounds (the wires of 1945–1994), on invented sentences with
// invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a bare leader after a foreign leader named by nationality in the same sentence', () => {
  const summit = (lede: string) =>
    article(
      'Summit ends without accord',
      [
        lede,
        'Kovalenko, speaking at a news conference of his own, blamed the failure on the American insistence on ' +
          'new missiles.',
        'Icelandic Prime Minister Olafur Brekkason said the talks had not been wasted.',
      ],
      { date: '1986-10-13', source: 'UPI', dateline: { place: 'REYKJAVIK, Iceland', date: null } },
    );

  it('is of the story’s other side, not of the foreigner’s nationality nor of the venue', () => {
    const a = summit(
      'The summit collapsed tonight when Soviet leader Pavel Kovalenko refused to drop his demand that President ' +
        'Harwood halt his missile program.',
    );
    expect(person(a, 'Harwood')?.country).toBe('United States');
    expect(person(a, 'Pavel Kovalenko')?.country).toBe('Soviet Union');
  });

  it('is left to the other rules when the two are coordinated, one side’s list', () => {
    const a = summit(
      'Soviet leader Pavel Kovalenko and President Harwood of the Presidium arrived at the talks together tonight.',
    );
    expect(person(a, 'Harwood')?.country).not.toBe('United States');
    expect(person(a, 'Harwood')?.roles).toEqual(['President']);
    expect(person(a, 'Pavel Kovalenko')).toMatchObject({
      roles: ['Soviet leader'],
      country: 'Soviet Union',
      participant: true,
    });
    expect(person(a, 'Olafur Brekkason')).toMatchObject({
      roles: ['Icelandic Prime Minister'],
      country: 'Iceland',
    });
  });

  it('keeps a bare office beside another office of the same nationality', () => {
    const a = article(
      'Ocean conference opens',
      [
        'Norwegian President Ingrid Solbakken opened the plenary in the morning, while Prime Minister Tore ' +
          'Nyhavn announced new marine reserves off the coast of Norway, Chile and Japan.',
      ],
      { date: '2022-06-27', source: 'UPI', dateline: { place: 'OSLO', date: null } },
    );
    expect(person(a, 'Tore Nyhavn')?.country).toBe('Norway');
  });
});

describe('a bare foreign minister at a summit of two delegations held in a third country', () => {
  const a = article(
    'Leaders hail new era at island summit',
    [
      'President Walter Hensley and Soviet President Pavel Kovalenko ended a two-day summit on Sunday by ' +
        'declaring a new era of cooperation between the United States and the Soviet Union.',
      'Secretary of State Roy Ashcombe and Foreign Minister Oleg Tarasenko joined the final round of talks, with ' +
        'White House national security adviser Dean Pellow.',
      'Cypriot Prime Minister Andreas Kyrilou, who greeted both leaders on the quay, joined them for the ' +
        'talks on Sunday.',
    ],
    { date: '1989-12-03', source: 'Reuters', dateline: { place: 'LIMASSOL, Cyprus', date: 'Dec 3' } },
  );

  it('is of the side that has a foreign minister, not of the host country', () => {
    expect(person(a, 'Oleg Tarasenko')?.country).toBe('Soviet Union');
    expect(person(a, 'Roy Ashcombe')?.country).toBe('United States');
    expect(person(a, 'Andreas Kyrilou')?.country).toBe('Cyprus');
  });
});
