// Participants seen first in the thirty-third blind round of held-out articles (diplomatic readouts with several
// meetings, roundups and delegations), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('names', () => {
  it('keeps "Emeritus" in the title, not in the name', () => {
    const a = article('Pope visits predecessor', [
      'Pope Leonides met Pope Emeritus Gregory XVII at the monastery on Friday.',
      'The emperor recalled that his father, now Emperor Emeritus Haruhito, had visited the city in 1998.',
    ]);
    expect(names(a)).toEqual(['Leonides', 'Gregory XVII', 'Haruhito']);
    expect(person(a, 'Haruhito')?.roles).toEqual(['Emperor Emeritus']);
  });
});

describe('titles', () => {
  it('reads "Foreign Employment" as a portfolio of a minister’s title', () => {
    const a = article('Minister visits', [
      'He met Minister of Labour and Foreign Employment Kamal Perera in Colombo on Monday.',
    ]);
    expect(names(a)).toEqual(['Kamal Perera']);
    expect(person(a, 'Kamal Perera')?.roles).toEqual(['Minister of Labour and Foreign Employment']);
  });
});

describe('delegation lists', () => {
  it('ends a body with a plural possessive ("Workers\' Party") before the next listed name', () => {
    const a = article('Leaders hold talks', [
      'The two leaders held talks in Moscow on Wednesday.',
      "The visiting side was represented by Foreign Minister Ryu Song Ae, Secretary of the Farmers' Party of Korea Central Committee Han Chol Bom and Marshal So Yong Gil.",
    ]);
    expect(names(a)).toEqual(['Ryu Song Ae', 'Han Chol Bom', 'So Yong Gil']);
    expect(person(a, 'Han Chol Bom')?.roles).toEqual([
      "Secretary of the Farmers' Party of Korea Central Committee",
    ]);
  });
});

describe('participants', () => {
  it('takes one listed after "as well as" with an appositive as a member of the gathering', () => {
    const a = article('Foreign ministers meet in Rome', [
      'Foreign ministers of the group met in Rome on Tuesday.',
      "The gathering brought together Italian Foreign Minister Aldo Neri and German Foreign Minister Eva Lang, as well as Karl Weber, the European Union's foreign policy chief.",
    ]);
    expect(person(a, 'Karl Weber')?.participant).toBe(true);
    expect(person(a, 'Eva Lang')?.participant).toBe(true);
  });

  it('does not read co-chairing a standing committee as chairing the meeting reported', () => {
    const a = article('Zhao Lei holds talks with Peruvian Foreign Minister Ana Ruiz', [
      'Zhao Lei, Chinese foreign minister, held talks with Peruvian Foreign Minister Ana Ruiz in Beijing on Friday.',
      'On the same day, Vice President Liu Hong also met Ruiz.',
      'Ruiz thanked him and conveyed greetings from Vice President Pedro Vargas, who co-chairs the China-Peru Coordination and Cooperation Committee with Liu.',
    ]);
    expect(person(a, 'Ana Ruiz')?.participant).toBe(true);
    expect(person(a, 'Liu Hong')?.participant).toBe(false);
    expect(person(a, 'Pedro Vargas')?.participant).toBe(false);
  });

  it('still takes one who chairs the meeting of a committee as its participant', () => {
    const a = article('Council of ministers meets on budget', [
      'Ministers of the region met in Lima on Friday to discuss the budget.',
      'Finance Minister Rosa Quispe, who chairs the Regional Budget Committee meeting, said the plan was sound.',
    ]);
    expect(person(a, 'Rosa Quispe')?.participant).toBe(true);
  });

  it('reads a videoconference readout as a meeting of two sides, not the aide who briefed on it', () => {
    const a = article(
      'Leonid Sokolov had a conversation with President of Chile Pedro Vargas via videoconference.',
      [
        'Leonid Sokolov had a conversation with President of Chile Pedro Vargas via videoconference.',
        'The two leaders discussed trade and the international situation.',
        'According to Presidential Aide Pavel Orlov, who briefed journalists after the call, the conversation lasted an hour. Orlov said that Vargas had invited his counterpart to visit.',
      ],
      { titleDerived: true, source: null, dateline: null },
    );
    expect(person(a, 'Pedro Vargas')?.participant).toBe(true);
    expect(person(a, 'Pavel Orlov')?.participant).toBe(false);
  });

  it('takes nobody as a participant of a summit the headline reports called off', () => {
    const a = article(
      'Leaders’ summit in Perth called off after president cuts short trip',
      [
        'A summit of four leaders due in Perth next week has been cancelled, Prime Minister Grace Holloway said on Wednesday, after President Daniel Hartley postponed his visit.',
        'Holloway said she had spoken to Hartley by phone on Tuesday night.',
      ],
      { source: 'Reuters', dateline: { place: 'SYDNEY', date: 'May 17' } },
    );
    expect(run(a).people.map((p) => [p.name, p.participant])).toEqual([
      ['Grace Holloway', false],
      ['Daniel Hartley', false],
    ]);
  });
});

describe('countries', () => {
  it('places one styled with a Hindi honorific in an Indian release as India’s', () => {
    const a = article(
      'Visit of President of Sri Lanka to India',
      [
        '1. President of Sri Lanka Mr. Karel Novak is on a State Visit to India.',
        '2. Prime Minister Shri Rohan Mehra held talks with President Novak at Hyderabad House today. Earlier, President Novak was received by President Smt. Lata Menon.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Karel Novak')?.country).toBe('Sri Lanka');
    expect(person(a, 'Rohan Mehra')?.country).toBe('India');
    expect(person(a, 'Lata Menon')?.country).toBe('India');
  });

  it('reads "Sushri", the Hindi style of an unmarried woman, as an honorific like "Shri" and "Smt."', () => {
    const a = article(
      'Visit of President of Sri Lanka to India',
      [
        '1. President of Sri Lanka Mr. Karel Novak is on a State Visit to India.',
        '2. He was received at the airport by Minister of State Sushri Kavita Joshi and held talks with President Novak later.',
      ],
      { source: null, dateline: null },
    );
    expect(names(a)).toEqual(['Karel Novak', 'Kavita Joshi']);
    expect(person(a, 'Kavita Joshi')?.roles).toEqual(['Minister of State']);
    expect(person(a, 'Kavita Joshi')?.country).toBe('India');
  });

  it('does not give one standing beside a foreign leader that leader’s nationality', () => {
    const a = article(
      'Mehra, at rare news conference with Hartley, denies claims',
      [
        'Indian Prime Minister Rohan Mehra, standing beside President Daniel Hartley at the White House on Thursday, denied that his government treats minorities unfairly.',
        'U.S. Trade Representative Ellen Marsh said the two sides had agreed on tariffs.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Daniel Hartley')?.country).toBe('United States');
    expect(person(a, 'Rohan Mehra')?.country).toBe('India');
  });

  it('does not read a country before a word of time as a nationality ("in Laos last week")', () => {
    const a = article(
      'Spokeswoman urges restraint',
      [
        'Foreign Ministry spokeswoman Hou Lan told a briefing in Beijing on Tuesday that the group was hyping threats.',
        'Asked about another meeting in Laos some days earlier between Foreign Minister Zhao Lei and Holloway, Hou said China had stated its position.',
      ],
      { source: 'China Daily', dateline: null },
    );
    expect(person(a, 'Zhao Lei')?.country).toBe('China');
  });
});
