// People seen first in the thirty-seventh blind round of held-out articles (Europe, the Americas and Oceania as the
// wires report them: summits, governments sworn in, delegations, names with particles and two surnames), on
// invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('names', () => {
  it('reads a title word closing a name after a given name as the surname ("Housing Minister Mark Bishop")', () => {
    const a = article(
      'New ministers sworn in',
      ['Among those sworn in were Finance Minister Ann Willet and Housing Minister Mark Bishop.'],
      { source: 'RNZ', dateline: null },
    );
    expect(names(a)).toEqual(['Ann Willet', 'Mark Bishop']);
    expect(person(a, 'Mark Bishop')?.roles).toEqual(['Housing Minister']);
  });

  it('finds a name with an unknown given name after two occupations joined by "and"', () => {
    const a = article('Prize handed over', [
      'The prize went to Brazilian singer and writer Zeca Amarante on Monday.',
    ]);
    expect(names(a)).toEqual(['Zeca Amarante']);
    expect(person(a, 'Zeca Amarante')?.roles).toEqual(['Brazilian singer', 'writer']);
  });

  it('knows common French and Irish given names the lexicon lacks ("Jean", "Paschal")', () => {
    const a = article('Cabinet named', [
      'Jean Dufresne said the plan was sound.',
      'In the new cabinet, Paschal Keogh keeps the finance portfolio.',
    ]);
    expect(names(a)).toEqual(['Jean Dufresne', 'Paschal Keogh']);
  });

  it('reads "Reps." before a list of names as a style, not the end of a sentence', () => {
    const a = article(
      'Lawmakers visit Kyiv',
      ['Reps. Paul Avery, Tom Lusk and Linda Moore also made the trip.'],
      { source: 'AP', dateline: { place: 'KYIV, Ukraine', date: null } },
    );
    expect(names(a)).toEqual(['Paul Avery', 'Tom Lusk', 'Linda Moore']);
    for (const n of ['Paul Avery', 'Tom Lusk', 'Linda Moore']) expect(person(a, n)?.roles).toEqual(['Rep.']);
  });
});

describe('roles', () => {
  it('reads the office after "has been sworn in as" and "was named <portfolio> minister"', () => {
    const a = article(
      'Hale sworn in as prime minister as coalition takes office',
      [
        "Ann Hale has been sworn in as New Zealand's 37th prime minister, leading a coalition of three parties.",
        'Jane Moss was named health minister.',
      ],
      { source: 'RNZ', dateline: null },
    );
    expect(person(a, 'Ann Hale')?.roles).toEqual(["New Zealand's 37th prime minister"]);
    expect(person(a, 'Jane Moss')?.roles).toEqual(['health minister']);
  });

  it('keeps "former" before a nationality in a lower-case title ("former Portuguese prime minister")', () => {
    const a = article('Leaders pick summit chair', [
      'Leaders on Thursday chose former Portuguese prime minister Rui Calado to chair their summits.',
    ]);
    expect(person(a, 'Rui Calado')?.roles).toEqual(['former Portuguese prime minister']);
  });
});

describe('countries', () => {
  it('takes the whole country of a possessive before a title ("Papua New Guinea\'s", not "Guinea\'s")', () => {
    const a = article('Leaders meet', [
      "Papua New Guinea's Prime Minister Tobias Wenkal met the visitors on Monday.",
      "South Sudan's President Deng Malual also came.",
    ]);
    expect(person(a, 'Tobias Wenkal')?.roles).toEqual(["Papua New Guinea's Prime Minister"]);
    expect(person(a, 'Tobias Wenkal')?.country).toBe('Papua New Guinea');
    expect(person(a, 'Deng Malual')?.country).toBe('South Sudan');
  });

  it('does not give a national outlet\'s own leader the country whose invasion they mark ("Russia\'s … invasion")', () => {
    const a = article(
      'Prime minister marks war anniversary in Kyiv',
      [
        "Prime Minister Ian Belcourt spent the third anniversary of Russia's invasion of Ukraine in Kyiv on Saturday, signing an agreement with President Oleh Marchenko that commits Canada to new aid.",
      ],
      { source: 'The Canadian Press', dateline: { place: 'KYIV, Ukraine', date: null } },
    );
    expect(person(a, 'Ian Belcourt')?.country).toBe('Canada');
    // "that commits Canada": a clause about the agreement, not about the one named before it.
    expect(person(a, 'Oleh Marchenko')?.country).toBe('Ukraine');
  });

  it('places the members of a delegation led by someone named before "led a delegation"', () => {
    const a = article(
      'Speaker leads delegation to Kyiv',
      [
        'House Speaker Ann Whitfield led a delegation of U.S. lawmakers on a visit to Kyiv, meeting President Oleh Marchenko.',
        'The delegation included Rep. Tom Ridley, chairman of the House Rules Committee.',
        'Reps. Paul Avery and Linda Moore also made the trip.',
      ],
      { source: 'AP', dateline: { place: 'KYIV, Ukraine', date: null } },
    );
    expect(person(a, 'Ann Whitfield')?.country).toBe('United States');
    expect(person(a, 'Tom Ridley')?.country).toBe('United States');
    expect(person(a, 'Paul Avery')?.country).toBe('United States');
    expect(person(a, 'Paul Avery')?.participant).toBe(true);
  });

  it('does not make a bare "President" the holder of the office of the country aid is meant for', () => {
    const a = article(
      'Speaker meets president in Kyiv',
      [
        'House Speaker Ann Whitfield met Ukrainian President Oleh Marchenko in Kyiv.',
        'The visit came days after President Dale Hobbs asked Congress for $30 billion in aid for Ukraine.',
      ],
      { source: 'AP', dateline: { place: 'KYIV, Ukraine', date: null } },
    );
    expect(person(a, 'Dale Hobbs')?.country).not.toBe('Ukraine');
    expect(person(a, 'Dale Hobbs')?.roles).toEqual(['President']);
    expect(person(a, 'Oleh Marchenko')).toMatchObject({ roles: ['Ukrainian President'], country: 'Ukraine' });
    expect(person(a, 'Ann Whitfield')?.roles).toEqual(['House Speaker']);
  });

  it('gives one named by "his spokesman …" closing a sentence, or by "His vice president" opening one, the possessor\'s country', () => {
    const a = article(
      'Leaders back nominations',
      [
        "Hungary's Prime Minister Laszlo Bartok voted against the plan, his spokesman Gabor Kiss said.",
        'Argentine President Rafael Ortiz faces an election in October.',
        'His vice president, Marta Ledesma, was sentenced in December.',
      ],
      { source: 'AFP', dateline: { place: 'Brussels', date: null } },
    );
    expect(person(a, 'Gabor Kiss')?.country).toBe('Hungary');
    expect(person(a, 'Marta Ledesma')?.country).toBe('Argentina');
  });

  it('does not place someone in the country the next clause goes to ("to meet President X, and then to Brazil")', () => {
    const a = article(
      'Chancellor starts Latin America tour',
      [
        'Chancellor Karl Brenner met Argentine President Rafael Ortiz on Saturday.',
        'He goes on to Chile on Sunday to meet President Tomas Vidal, and afterwards to Brazil, where he is expected to see President Joao Pereira.',
      ],
      { source: 'dpa', dateline: { place: 'Buenos Aires', date: null } },
    );
    expect(person(a, 'Tomas Vidal')?.country).toBe('Chile');
  });

  it("reads a Brussels story about Belgium's own government by a foreign national agency as Belgian", () => {
    const a = article(
      'Nationalist leader sworn in as Belgian prime minister',
      [
        "Nationalist leader Pieter Claes was sworn in as Belgium's prime minister on Monday.",
        'Among those sworn in were Foreign Minister Luc Marchal and Defence Minister Wim Peeters.',
      ],
      { source: 'dpa', dateline: { place: 'Brussels', date: null } },
    );
    expect(person(a, 'Luc Marchal')?.country).toBe('Belgium');
    expect(person(a, 'Wim Peeters')?.country).toBe('Belgium');
  });

  it('does not place an exile in the country they fled to', () => {
    const a = article(
      'Socialist leader wins new term',
      [
        'The Congress re-elected Socialist leader Rafael Ortiz as prime minister on Thursday.',
        'Ortiz was backed by his party and by Junts, the party of former regional president Jordi Puig, who fled to Belgium after the failed 2017 bid for independence.',
      ],
      { source: 'EFE', dateline: { place: 'Madrid', date: 'Nov 16' } },
    );
    expect(person(a, 'Jordi Puig')?.country).toBe('Spain');
  });

  it('gives "the U.S. administration of President X" the United States, in a domestic story of another country', () => {
    const a = article(
      'Prime minister elected for second time',
      [
        'Sean Moran was elected Irish prime minister on Thursday.',
        'Ceann Comhairle Nora Kehoe announced the result, and Sinn Fein leader Maeve Duggan spoke before the vote.',
        'Moran said Ireland would cooperate with the incoming U.S. administration of President Dale Hobbs and stand up for its interests.',
      ],
      { source: 'Xinhua', dateline: { place: 'DUBLIN', date: 'Jan. 23' } },
    );
    expect(person(a, 'Dale Hobbs')?.country).toBe('United States');
  });
});

describe('participants', () => {
  it('does not count one the story says "was not in" the event\'s city, though the headline names them', () => {
    const a = article(
      'EU leaders pick Calado to chair summits',
      [
        'European Union leaders on Thursday chose former Portuguese prime minister Rui Calado to chair their summits.',
        'Calado, 62, who was not in Brussels, will take over on December 1.',
      ],
      { source: 'AFP', dateline: { place: 'Brussels', date: null } },
    );
    expect(person(a, 'Rui Calado')?.participant).toBe(false);
  });

  it('does not count those who met the headline\'s host "a week earlier"', () => {
    const a = article(
      'Speaker leads delegation to Kyiv, meets president',
      [
        'House Speaker Ann Whitfield led a delegation of U.S. lawmakers to Kyiv on a surprise trip, meeting with Ukrainian President Oleh Marchenko.',
        'Secretary of State Tom Reed and Defense Secretary Lloyd Carver met Marchenko in Kyiv a week earlier.',
      ],
      { source: 'AP', dateline: { place: 'KYIV, Ukraine', date: null } },
    );
    expect(person(a, 'Tom Reed')?.participant).toBe(false);
    expect(person(a, 'Lloyd Carver')?.participant).toBe(false);
  });
});
