// Leftovers of the sixty-third and sixty-fourth blind rounds (disasters and humanitarian diplomacy; inaugurations and
// transfers of power), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a lower-case title of a body before the name', () => {
  it('reads "spokesman of the <Agency> (<initials>) X" as the spokesman\'s title', () => {
    const a = article('Quake toll rises', [
      'In Jakarta, spokesman of the National Disaster Agency (NDA) Wahyu Santoro told a press conference that the toll had risen.',
    ]);
    expect(person(a, 'Wahyu Santoro')?.roles).toEqual(['spokesman of the National Disaster Agency (NDA)']);
  });

  it('keeps a lower-case title with no body as it was', () => {
    const a = article('Quake toll rises', [
      'In Jakarta, spokesman Wahyu Santoro told reporters the toll had risen.',
    ]);
    expect(person(a, 'Wahyu Santoro')?.roles).toEqual(['spokesman']);
  });
});

const kl = { dateline: { place: 'KUALA LUMPUR', date: 'Nov 24' }, source: 'Bernama' };

describe('the pronoun "who" is not the World Health Organization', () => {
  it("leaves a party's bare Secretary General to the story's country when no WHO is named", () => {
    const a = article(
      'Party backs new leader',
      [
        'Secretary General Ahmad Rosli said the party would back the new leader, who was elected on Sunday.',
        'Lawmakers who spoke to reporters welcomed the vote.',
      ],
      kl,
    );
    expect(person(a, 'Ahmad Rosli')?.country).toBe('Malaysia');
  });

  it('still reads a bare Secretary General as the international body\'s where the story writes "WHO"', () => {
    const a = article(
      'Party backs new leader',
      [
        'Secretary General Ahmad Rosli said the party would back the new leader, who was elected on Sunday.',
        'WHO officials welcomed the vote.',
      ],
      kl,
    );
    expect(person(a, 'Ahmad Rosli')?.country).toBeNull();
  });
});

describe("a statement's signer", () => {
  const a = article('Party names new deputy', [
    'The party congratulates Comrade Lebo Mthembu on his election as deputy president.',
    'Issued by: Sipho Mokoena',
    'National Chairperson',
    'United Workers Party',
  ]);

  it('takes the title on the line below "Issued by: X"', () => {
    expect(person(a, 'Sipho Mokoena')?.roles).toEqual(['National Chairperson']);
  });

  it('takes no title from a line below that is not one', () => {
    const b = article('Party names new deputy', [
      'The party congratulates Comrade Lebo Mthembu on his election as deputy president.',
      'Issued by: Sipho Mokoena',
      'United Workers Party',
    ]);
    expect(person(b, 'Sipho Mokoena')?.roles).toEqual([]);
  });
});

describe("a cabinet's offices given by a copula, and by gapping", () => {
  const london = { dateline: { place: 'LONDON', date: 'Jul 5' }, source: 'Reuters' };
  const a = article(
    'Cabinet named',
    [
      'The cabinet was confirmed on Friday: Mara Quill becomes deputy prime minister, Tessa Varley is the first woman to serve as chancellor of the exchequer, Owen Darby is foreign secretary and Nell Brackley home secretary.',
    ],
    london,
  );

  it('reads "X is the first woman to serve as <office>" as the office held', () => {
    expect(person(a, 'Tessa Varley')?.roles).toEqual(['chancellor of the exchequer']);
  });

  it('reads "X is <lower-case office>" and the gapped "and Y <office>"', () => {
    expect(person(a, 'Owen Darby')?.roles).toEqual(['foreign secretary']);
    expect(person(a, 'Nell Brackley')?.roles).toEqual(['home secretary']);
    expect(person(a, 'Nell Brackley')?.country).toBe('United Kingdom');
  });

  it('gives no office to "is" before a lower-case word that is none', () => {
    const b = article('Cabinet named', ['Owen Darby is confident and Nell Brackley hopeful.'], london);
    expect(person(b, 'Owen Darby')?.roles).toEqual([]);
    expect(person(b, 'Nell Brackley')?.roles ?? []).toEqual([]);
  });
});

describe('one who stood in for an office', () => {
  it('takes the office of "X, the president\'s daughter, stood in as first lady"', () => {
    const a = article('President sworn in', [
      "Lerato Mbeko, the president's daughter, stood in as first lady.",
      'Thandi Mbeko stood in as acting mayor on Monday.',
    ]);
    expect(person(a, 'Lerato Mbeko')?.roles).toEqual(['first lady']);
    expect(person(a, 'Thandi Mbeko')?.roles).toEqual(['acting mayor']);
  });
});
