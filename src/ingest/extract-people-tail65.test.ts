// What the sixty-sixth blind round left (analysis, interviews and briefings): a legislator's title before a name, the
// journalist a body's possessive names in an interview, an appositive after the body one works for, and the office a
// sentence opened by "she" or "he" gives. Invented sentences and invented people only: none are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest, personNamed as person, testArticle as article } from './test-article.ts';

const noDateline = { dateline: null, source: null };

describe("a legislator's title before a name", () => {
  const a = article('President ends visit to China', [
    'The president also met Premier Zhou Mingde and top legislator Han Weiliang during his stay in Beijing.',
    'Earlier, he had lunch with legislator Kou Tianfeng.',
  ]);

  it('finds the one a lower-case "top legislator" names, with the title as the role', () => {
    expect(person(a, 'Han Weiliang')?.roles).toEqual(['top legislator']);
  });

  it('reads "legislator" alone before a name as a title too', () => {
    expect(person(a, 'Kou Tianfeng')?.roles).toEqual(['legislator']);
  });

  it('finds no person in a plural "legislators"', () => {
    const b = article('Bill passes', ['Legislators said the bill would pass on Monday.']);
    expect(extractTest(b).people).toEqual([]);
    // One legislator before a name is the role.
    const c = article('Bill passes', ['Legislator Ilse Varnam said the bill would pass on Monday.']);
    expect(person(c, 'Ilse Varnam')?.roles).toEqual(['Legislator']);
  });
});

describe("the journalist a body's possessive names in an interview", () => {
  it('finds the interviewer of "an interview with The Ledger’s X Y", who takes part', () => {
    const a = article(
      '‘We will keep talking’: Adeyanju on the border deal',
      [
        'In an interview with The Harbour Ledger’s Rukmani Velagar, Foreign Minister Tunde Adeyanju spoke about the agreement and what comes next.',
        'Q: Is the agreement holding? A: It is holding, and both sides are keeping to it.',
      ],
      noDateline,
    );
    const interviewer = person(a, 'Rukmani Velagar');
    expect(interviewer).toBeDefined();
    expect(interviewer?.participant).toBe(true);
  });

  it('finds the one "told the BBC’s X Y" and "asked by Xinhua’s X Y" name', () => {
    const a = article('Minister says talks will go on', [
      'The minister told the BBC’s Ravindu Kolathar that the talks would go on.',
      'Asked by Xinhua’s Zhennan Quolu about trade, he said exports had grown.',
    ]);
    const names = extractTest(a).people.map((p) => p.name);
    expect(names).toContain('Ravindu Kolathar');
    expect(names).toContain('Zhennan Quolu');
  });

  it('finds no person in what a paper owns outside an interview ("The Ledger’s Sunday Review")', () => {
    const a = article('Review', ['The Ledger’s Sunday Review ran the piece last week.']);
    expect(extractTest(a).people).toEqual([]);
    // In an interview the possessive names the journalist.
    const b = article('Review', ['In an interview with the Ledger’s Ilse Varnam, he said no.']);
    expect(extractTest(b).people.map((p) => p.name)).toEqual(['Ilse Varnam']);
  });
});

describe('an appositive after the body one works for', () => {
  const a = article(
    'Press secretary holds first briefing',
    [
      'WASHINGTON (AP) — The new press secretary took questions for an hour on Monday.',
      'Daniel Ketterman of Harbor News Radio, president of the Capital Press Guild, welcomed her on behalf of the press corps.',
    ],
    noDateline,
  );

  it('gives "X of <outlet>, president of …" the office after the outlet', () => {
    expect(person(a, 'Daniel Ketterman')?.roles).toEqual(['president of the Capital Press Guild']);
  });

  it('keeps a list of reporters and their outlets free of roles', () => {
    const b = article('Briefing', [
      'Laura Penhallow of Reuters, Mark Dunmore of AP and Tom Reedham of AFP asked about the budget.',
    ]);
    for (const p of extractTest(b).people) expect(p.roles).toEqual([]);
    expect(extractTest(b).people.map((p) => p.name)).toEqual([
      'Laura Penhallow',
      'Mark Dunmore',
      'Tom Reedham',
    ]);
  });
});

describe('the office a sentence opened by "she" or "he" gives', () => {
  it('gives "She had served as X’s principal deputy" to the one "she" is, without the possessor', () => {
    const a = article('New spokeswoman takes over', [
      'Dana Kellaway, 44, succeeds Joan Marwick, who left the job on Friday. She had served as Marwick’s principal deputy and had briefed reporters before.',
    ]);
    expect(person(a, 'Dana Kellaway')?.roles).toEqual(['principal deputy']);
    expect(person(a, 'Joan Marwick')?.roles).toEqual([]);
  });

  it('gives "He served as finance minister" to the man named before', () => {
    const a = article('Veteran economist dies', [
      'Arvid Lensmark, the economist, died on Sunday at 88. He served as finance minister from 1990 to 1994.',
    ]);
    expect(person(a, 'Arvid Lensmark')?.roles).toContain('finance minister');
  });

  it('gives nothing to a "she" inside a sentence ("… said she served as …")', () => {
    const a = article('Adviser named', [
      'Mira Oldenfeld joined the firm on Monday. The firm said she served as its adviser for years.',
    ]);
    expect(person(a, 'Mira Oldenfeld')?.roles).toEqual([]);
  });
});

describe("a year's review: a place the sentence before put in another month", () => {
  const review = (last: string) =>
    article(
      'Lindqvist: our diplomacy broke new ground in 2024',
      [
        'Foreign Minister Hanna Lindqvist said on Tuesday that the country had forged ahead in a turbulent year.',
        'Reviewing the year, Lindqvist said President Oskar Varberg had made state visits to France and Chile in May.',
        `${last} In Montevideo, Varberg met Uruguayan President Tomas Aldunate for the first time, a meeting Lindqvist described as warm.`,
      ],
      { date: '2024-12-18', dateline: null, source: 'Nordic Daily' },
    );
  const taking = (a: ReturnType<typeof article>) =>
    extractTest(a)
      .people.filter((p) => p.participant)
      .map((p) => p.name);

  it('leaves out those met "In Montevideo" after "In October, … in Montevideo" in a December story', () => {
    const names = taking(
      review('In October, Varberg attended the summit in Montevideo and paid a state visit to Chile.'),
    );
    expect(names).toContain('Hanna Lindqvist');
    expect(names).not.toContain('Tomas Aldunate');
    expect(names).not.toContain('Oskar Varberg');
  });

  it('still counts those met "In Montevideo" when the sentence before names no other time', () => {
    const names = taking(
      review('Varberg attended the summit in Montevideo and paid a state visit to Chile.'),
    );
    expect(names).toContain('Tomas Aldunate');
  });
});

describe("a panel's story under a standfirst: the lede's weekday is the next paragraph's", () => {
  const story = (standfirst: string) =>
    article(
      'Alliance is no military bloc, Hallberg tells Skerry Dialogue',
      [
        standfirst,
        'Foreign Minister Ines Hallberg on Friday rejected the description of the alliance as a military bloc, telling a panel at the Skerry Dialogue in Tallsund that the grouping was about trade.',
        'The Skerry Dialogue was inaugurated on Thursday by Prime Minister Olavi Kettunen, with Chancellor Rainer Dossberg as the chief guest.',
      ],
      { date: '2023-03-04', dateline: { place: 'TALLSUND', date: null }, source: null },
    );
  const taking = (a: ReturnType<typeof article>) =>
    extractTest(a)
      .people.filter((p) => p.participant)
      .map((p) => p.name);

  it('leaves out those who opened the conference the day before the panel', () => {
    const names = taking(story('Four ministers shared the stage for the first time at the conference'));
    expect(names).toContain('Ines Hallberg');
    expect(names).not.toContain('Olavi Kettunen');
    expect(names).not.toContain('Rainer Dossberg');
  });
});
