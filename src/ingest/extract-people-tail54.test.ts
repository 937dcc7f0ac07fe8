// Leftovers of the blind rounds 54–55 (836–863), on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

/** A White House signing with a guest beside the president, and one more sentence. */
const taskForce = (sentence: string) =>
  article(
    'President forms task force with football chief at his side',
    [
      'President Dan Morel on Friday signed an order creating a task force for the World Cup, with football federation President Erik Lund beside him in the Oval Office.',
      sentence,
    ],
    { source: 'Reuters', dateline: { place: 'WASHINGTON', date: 'March 7' } },
  );

describe('countries named in what someone reports', () => {
  it('does not place an official in the country where a project they speak of is to be built', () => {
    const a = article(
      'Leaders end informal summit without a joint statement',
      [
        'Prime Minister Dev Nair and President Omar Sallé ended their two-day informal summit on Saturday.',
        'Foreign Secretary Ravi Kandekar told reporters that the leaders had agreed on a joint farming project in Chad.',
      ],
      { source: 'PTI', dateline: { place: 'New Delhi', date: 'Apr 29' } },
    );
    expect(person(a, 'Ravi Kandekar')?.country).toBe('India');
  });
});

describe('nationalities of things', () => {
  it("does not place a minister in the country of a ship's charity named beside them", () => {
    const a = article(
      'Minister acquitted in migrant ship trial',
      [
        'A Palermo court on Friday acquitted Deputy Premier Marco Fedeli of kidnapping for blocking 90 migrants from the Spanish NGO rescue ship Sea Haven in 2019.',
      ],
      { source: 'ANSA', dateline: { place: 'PALERMO', date: 'DEC 20' } },
    );
    expect(person(a, 'Marco Fedeli')?.country).toBe('Italy');
  });
});

describe('an office to be taken', () => {
  it('reads "X will serve as its executive director" as the office X takes', () => {
    const a = taskForce('Tom Ridley will serve as its executive director.');
    expect(person(a, 'Tom Ridley')?.roles).toEqual(['executive director']);
  });

  it('reads the office past an appositive and a who-clause', () => {
    const a = taskForce(
      'Tom Ridley, the son of his former lawyer, who stood beside Lund at the signing, will serve as its executive director.',
    );
    expect(person(a, 'Tom Ridley')?.roles).toEqual(['executive director']);
    expect(person(a, 'Tom Ridley')?.country).toBe('United States');
  });
});

describe('an office taken past an appositive', () => {
  it('reads "X, a close ally of Y, became economic revitalization minister" as the office X took', () => {
    const a = article(
      'Premier meets central bank chief',
      [
        'Prime Minister Jiro Sato met central bank Governor Haruto Kanda on Wednesday.',
        'Ken Arai, a close ally of Sato, became economic revitalization minister in the new Cabinet.',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: null } },
    );
    expect(person(a, 'Ken Arai')?.roles).toEqual(['economic revitalization minister']);
  });
});

describe('a clause joined by ", and" keeps its own time', () => {
  it('counts one who stood beside a guest at the signing, after a clause of what another will do', () => {
    const a = taskForce(
      'Morel will chair the task force himself, and Tom Ridley, who stood beside Lund at the signing, will serve as its executive director.',
    );
    expect(person(a, 'Tom Ridley')?.participant).toBe(true);
  });

  it('still leaves out one whose own clause says what they will do', () => {
    const a = taskForce('Morel will chair the task force himself, and Tom Ridley will attend its meetings.');
    expect(person(a, 'Tom Ridley')?.participant).toBe(false);
  });
});

describe("a who-clause after a description is the described one's", () => {
  const oath = (sentence: string) =>
    article(
      'Morel sworn in for third term as president',
      [
        'Dan Morel was sworn in on Sunday as president of Marvania for a third time, before both houses of Congress.',
        sentence,
      ],
      { source: 'EFE', dateline: { place: 'Brasilia', date: 'Jan 1' } },
    );

  it('does not date the sentence by the years of the clause', () => {
    const a = oath(
      'The 61-year-old leader, who led the country between 2004 and 2011, took the oath before Senate President Hugo Varela, as did his vice president, Ana Lima.',
    );
    expect(person(a, 'Hugo Varela')?.participant).toBe(true);
    expect(person(a, 'Ana Lima')?.participant).toBe(true);
  });

  it("still dates the sentence by the years of the sentence's own verb", () => {
    const a = oath(
      'The 60-year-old leftist leader, who governs the country again, first took the oath before Senate President Hugo Varela in 2003.',
    );
    expect(person(a, 'Hugo Varela')?.participant).toBe(false);
  });
});

describe('a guest list that another name closes', () => {
  it('counts the last two guests, each titled, before ", alongside Vice President X"', () => {
    const a = article(
      'Stars add sparkle to state dinner',
      [
        'President Dan Morel feted President Ivo Laskar of Marvania with a state dinner at the White House on Wednesday.',
        'Among the more than 200 guests were film star Tom Ridley, singer Ana Lisk, cellist Ben Tarr and figure skating champion Mia Lund, alongside Vice President Joe Hall.',
      ],
      { source: 'AFP', dateline: { place: 'WASHINGTON', date: 'Jan 19' } },
    );
    expect(person(a, 'Ben Tarr')?.participant).toBe(true);
    expect(person(a, 'Mia Lund')?.participant).toBe(true);
  });
});

describe('ministers named in pairs', () => {
  const cabinet = article('President names new foreign minister', [
    'President Dan Morel on Wednesday nominated Ben Tarr as foreign minister.',
    'Morel also named Ana Lisk as culture minister and Chae Dong-wook, another ruling party lawmaker, as minister of trade.',
  ]);

  it('ends an office at "and" before a name that has its own appositive and "as"', () => {
    expect(person(cabinet, 'Ana Lisk')?.roles).toEqual(['culture minister']);
  });

  it('finds the second name by its appositive, "another ruling party lawmaker", read as a role', () => {
    expect(person(cabinet, 'Chae Dong-wook')?.roles).toContain('ruling party lawmaker');
  });
});

describe('a judge who heads an inquiry in a court story', () => {
  const ruling = article(
    'Top court jails former president for contempt',
    [
      'The top court of Marvania sentenced former President Idris Salo to nine months in jail on Tuesday for contempt of court.',
      '"The court has no option," acting Chief Justice Ana Lisk said as she read the judgment.',
      'The inquiry, chaired by Deputy Chief Justice Ben Tarr, is investigating allegations that Salo allowed businessmen to plunder state resources.',
    ],
    { source: 'Reuters', dateline: { place: 'JOHANNESBURG', date: 'June 29' } },
  );

  it('leaves out the one who chairs the inquiry', () => {
    expect(person(ruling, 'Ben Tarr')?.participant).toBe(false);
  });

  it('still counts the judge who read the judgment', () => {
    expect(person(ruling, 'Ana Lisk')?.participant).toBe(true);
  });
});
