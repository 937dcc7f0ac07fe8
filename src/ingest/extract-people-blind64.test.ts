// People seen first in the sixty-fourth blind round of held-out articles (inaugurations, elections and transfers of
// power: a king's style, a palace's comptroller, a chief of cabinet, a candidate's rivals, a party's signed
// statement), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  orgsAndPlacesUnder,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const kl = { dateline: { place: 'KUALA LUMPUR', date: 'Nov 24' }, source: 'Bernama' };

describe("a monarch's and a palace's titles before the name", () => {
  const a = article(
    'New prime minister sworn in',
    [
      'Datuk Seri Harun Kassim was sworn in as Prime Minister before the Yang di-Pertuan Agong Al-Sultan Idris Shah Rinaldi at Istana Negara this evening.',
      'In a statement, Comptroller of the Royal Household Datuk Razak Tembe said the King had consented to the appointment.',
    ],
    kl,
  );

  it('reads "Al-Sultan" as the title it is, not the first word of the name', () => {
    const p = person(a, 'Idris Shah Rinaldi');
    expect(p?.roles).toEqual(['Yang di-Pertuan Agong Al-Sultan']);
    expect(person(a, 'Al-Sultan Idris Shah Rinaldi')).toBeUndefined();
  });

  it('finds the comptroller of a household by his title, past the Malaysian honour', () => {
    expect(person(a, 'Razak Tembe')?.roles).toEqual(['Comptroller of the Royal Household']);
  });
});

describe('a chief of a one-word office', () => {
  it('reads "Chief of Cabinet X" and "Deputy Chief of Mission Y" as titles before the names', () => {
    const a = article('President receives successor', [
      'The president was joined by Chief of Cabinet Lucas Pereyra, the spokeswoman said.',
      'Deputy Chief of Mission Elena Ostrava will lead the embassy in the interim.',
    ]);
    expect(person(a, 'Lucas Pereyra')?.roles).toEqual(['Chief of Cabinet']);
    expect(person(a, 'Elena Ostrava')?.roles).toEqual(['Deputy Chief of Mission']);
  });
});

describe("a candidate's rivals", () => {
  it('finds both names after a possessive and "rivals," whatever their words', () => {
    const a = article('Court to rule on election challenge', [
      'Okonta won the vote in February.',
      "Okonta's rivals, Anton Veraldi and Mira Castellan, have asked the court to annul the result.",
    ]);
    expect(person(a, 'Anton Veraldi')).toBeDefined();
    expect(person(a, 'Mira Castellan')).toBeDefined();
  });

  it("leaves a firm's one-word rivals to the organisations", () => {
    const a = article('Phone maker gains', ["Quilty's rivals, Belmonte and Farrow, lost ground."]);
    expect(person(a, 'Belmonte')).toBeUndefined();
  });
});

describe("the signature of a party's statement", () => {
  it('reads the name after "Issued by:" as a person', () => {
    const a = article(
      'Party welcomes election of new president',
      [
        'The party welcomes the election of its deputy president as head of state.',
        'Issued by: Sipho Dlamuka',
        'Secretary General',
      ],
      { dateline: null, source: null },
    );
    expect(person(a, 'Sipho Dlamuka')).toBeDefined();
  });
});

describe('those at an inauguration', () => {
  const a = article(
    'Marlow sworn in as president as foreign leaders look on',
    [
      'Tomas Marlow was sworn in as president on Tuesday before thousands of guests.',
      'Israeli President Ari Deveraux sat a few rows away from the stage.',
      'Kenyan President Joseph Oduya and Swedish Prime Minister Eva Halvorsen were also in the audience.',
      'The president-elect is travelling with his wife, Nadia Marlow, and with former trade minister Petra Moravec.',
      'Governor Luis Pellerin, who is part of the delegation, offered his state as a venue.',
    ],
    { dateline: { place: 'PRETORIA', date: null }, source: 'AP' },
  );

  it('counts those "in the audience" and one who "sat a few rows away"', () => {
    const names = taking(a);
    expect(names).toContain('Ari Deveraux');
    expect(names).toContain('Joseph Oduya');
    expect(names).toContain('Eva Halvorsen');
  });

  it('counts those a leader "is travelling with" and one "who is part of the delegation"', () => {
    const names = taking(a);
    expect(names).toContain('Petra Moravec');
    expect(names).toContain('Luis Pellerin');
  });

  it('counts a wife "at his side" as he speaks', () => {
    const b = article('Outgoing leader bids farewell', [
      'Outgoing Prime Minister Karl Lindqvist speaks outside his office for the last time, with his wife Anna Sundqvist at his side.',
    ]);
    expect(taking(b)).toContain('Anna Sundqvist');
  });
});

describe("countries of a transfer of power's people", () => {
  it('gives one who "led the U.S. delegation" the United States, not the host', () => {
    const a = article(
      'Marlow sworn in as president',
      [
        'Tomas Marlow was sworn in as president on Tuesday.',
        'Vice President Dan Kestrel led the U.S. delegation, with Trade Representative Ruth Ilunga among its members.',
      ],
      { dateline: { place: 'PRETORIA, South Africa', date: null }, source: 'AP' },
    );
    expect(person(a, 'Dan Kestrel')?.country).toBe('United States');
  });

  it("gives an outgoing president the country of the president-elect, not a foreign president's", () => {
    const a = article(
      'President-elect Han speaks with U.S. leader',
      [
        'U.S. President Ron Castel called South Korean President-elect Han Jae-won on Thursday to congratulate him.',
        'Outgoing President Seo Min-ho sent his chief of staff to deliver a congratulatory orchid to Han.',
      ],
      { dateline: { place: 'SEOUL', date: 'March 11' }, source: 'Yonhap' },
    );
    expect(person(a, 'Seo Min-ho')?.country).toBe('South Korea');
  });

  it('does not tie a speaker to the country of the city he speaks in', () => {
    const a = article(
      'Leader tells climate conference his country is back',
      [
        'President-elect Rafael Anwen told the climate conference in Sharm el-Sheikh, Egypt, on Wednesday that Brazil would again lead the talks on saving forests.',
      ],
      { dateline: null, source: 'Agência Brasil' },
    );
    expect(person(a, 'Rafael Anwen')?.country).toBe('Brazil');
  });
});

describe('an office left and a title in the sentence before', () => {
  it('reads the office a ", who stepped down as" clause names, as ", who resigned as" does', () => {
    const a = article('Speaker named deputy president', [
      'The president appointed Lena Varro, who stepped down as Speaker of the National Assembly last year, as Deputy President of the Republic.',
    ]);
    expect(person(a, 'Lena Varro')?.roles).toEqual([
      'Speaker of the National Assembly',
      'Deputy President of the Republic',
    ]);
  });

  it("does not place a local by a foreign leader's title in the sentence before", () => {
    const a = article(
      'Marlow takes over as president',
      [
        "Tomas Marlow took office as France's president on Sunday.",
        'Marlow is expected to fly to Berlin for talks with German Chancellor Greta Vollmer.',
        'Political sources say he favors Paul Brisset, the mayor of Le Havre, as prime minister.',
      ],
      { dateline: { place: 'PARIS', date: null }, source: 'Reuters' },
    );
    expect(person(a, 'Paul Brisset')?.country).not.toBe('Germany');
    expect(person(a, 'Paul Brisset')?.roles).toEqual(['mayor of Le Havre']);
    expect(person(a, 'Greta Vollmer')?.country).toBe('Germany');
  });

  it("still places a leader's spokesman, named with a pronoun for her, by her title before", () => {
    const a = article(
      'Leaders hail election winner',
      [
        'German Chancellor Greta Vollmer said in a statement that the friendship was irreplaceable.',
        'The statement was posted by her spokesman Jan Kessel.',
      ],
      { dateline: { place: 'Paris', date: null }, source: 'AFP' },
    );
    expect(person(a, 'Jan Kessel')?.country).toBe('Germany');
  });
});

describe("a vote's loser named at a handover meeting", () => {
  it('does not count one "who received 44.3%" of an earlier vote as received at the meeting', () => {
    const a = article(
      'President receives President-elect Marlow at residence to begin the transition',
      [
        'President Karl Lindqvist received President-elect Tomas Marlow on Tuesday at the presidential residence to begin the transition.',
        'Marlow won the second round with 55.7% against the ruling party candidate, Economy Minister Dario Pellerin, who received 44.3%.',
      ],
      { dateline: { place: 'Buenos Aires', date: 'November 21' }, source: 'Télam' },
    );
    expect(taking(a)).not.toContain('Dario Pellerin');
    expect(taking(a)).toContain('Tomas Marlow');
  });
});

describe('a monarch who takes a resignation and one who stands in', () => {
  it('counts the king a prime minister tenders his resignation to, and a daughter who "stood in as first lady"', () => {
    const a = article(
      'Outgoing premier resigns as new government takes office',
      [
        'Karl Lindqvist arrives at the palace to tender his resignation to King Harald Moravec.',
        "Nadia Marlow, the president's daughter, stood in as first lady.",
      ],
      { dateline: null, source: 'Reuters' },
    );
    expect(taking(a)).toContain('Harald Moravec');
    expect(taking(a)).toContain('Nadia Marlow');
  });
});

describe('a currency sign after a letter', () => {
  it('reads no place in "R$ 600"', () => {
    const { organizations, places } = orgsAndPlacesUnder('Congress keeps payment')(
      'Congress agreed to keep the payment at R$ 600 next year.',
    );
    expect(places).not.toContain('R');
    expect(organizations).toEqual(['Congress']);
  });
});
