// Held-out leftovers of session 24, on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('relatives', () => {
  const prize = (family: string) =>
    article('Prize awarded to young woman who died in custody', [
      'STRASBOURG, Dec 12 (Xinhua) -- The assembly awarded its prize to Roja Nasim Karimi, the young Kurdish Iranian woman whose death in custody sparked protests.',
      family,
      'Karimi, 22, died in September, three days after her arrest.',
    ]);

  it('gives listed relatives the country of one placed only later in the story ("X\'s parents, A and B")', () => {
    const a = prize(
      "Karimi's parents, David Sadri and Maria Tabesh, were stopped at the airport, their lawyer said.",
    );
    expect(person(a, 'Roja Nasim Karimi')?.country).toBe('Iran');
    expect(person(a, 'David Sadri')?.country).toBe('Iran');
    expect(person(a, 'Maria Tabesh')?.country).toBe('Iran');
  });

  it('ties "and her brother X" after a list of relatives to the family, and so to its country', () => {
    const a = prize(
      "Karimi's parents, David Sadri and Maria Tabesh, and her brother Arash were stopped at the airport, their lawyer said.",
    );
    expect(person(a, 'Arash')?.country).toBe('Iran');
  });
});

describe('names in venues and lists', () => {
  it('reads "Jan" before a surname as a given name, and "Jan." or "Jan 5" still as a date', () => {
    const a = article('Ministers meet', [
      'WARSAW, May 9 (Xinhua) -- Tomas Berg met Jan Kowal on Jan. 5 and again on Jan 12.',
      'Prime Minister Jan Dorn said the talks went well.',
    ]);
    const names = extractEntities(a, emptyKnowledge).people.map((p) => p.name);
    expect(names).toEqual(['Tomas Berg', 'Jan Kowal', 'Jan Dorn']);
  });

  it('reads a street or a new town named after a titled person as a place, not a person', () => {
    const a = article('Minister opens clinic', [
      'DUBAI, May 9 (Xinhua) -- Health Minister Omar Saleh on Tuesday opened a clinic at the Sheikh Rashid Medical City, on Sheikh Rashid Road, and toured the King Tarek Sports City.',
    ]);
    const { people, places } = extractEntities(a, emptyKnowledge);
    expect(people.map((p) => p.name)).toEqual(['Omar Saleh']);
    expect(places).toEqual(expect.arrayContaining(['Sheikh Rashid Medical City', 'Sheikh Rashid Road']));
  });

  it('finds the name listed before "the Speaker of …, Hon. X Y", whose role is the next name\'s', () => {
    const a = article('Speaker receives delegation', [
      'NASSAU, May 9 (Xinhua) -- The delegation was received by Arvel Dunmore, the Speaker of the House of Assembly, Hon. Tomas Berg, and the President of the Senate, Hon. Lena Holt.',
    ]);
    expect(person(a, 'Arvel Dunmore')?.roles).toEqual([]);
    expect(person(a, 'Tomas Berg')?.roles).toEqual(['Speaker of the House of Assembly']);
    expect(person(a, 'Lena Holt')?.roles).toEqual(['President of the Senate']);
  });
});

describe('offices taken over', () => {
  const reshuffle = (sentence: string) =>
    article('New foreign minister appointed', [
      'TOKYO, May 9 (Xinhua) -- Foreign Minister Lena Holt took office on Wednesday.',
      sentence,
    ]);

  it('gives the office "X, who succeeded Y as …" names to X, not to Y, and still reads X\'s own verb after', () => {
    const a = reshuffle(
      'Tomas Berg, who succeeded Kowal as leader of the party last month, was elected premier by 88 votes.',
    );
    expect(person(a, 'Tomas Berg')?.roles).toEqual(['leader of the party', 'premier']);
    expect(person(a, 'Kowal')?.roles).toEqual([]);
  });

  it('gives the office of "X replaced Y as …" to X', () => {
    const a = reshuffle('Tomas Berg replaced Piet Kowal as chairman of the party in May.');
    expect(person(a, 'Tomas Berg')?.roles).toEqual(['chairman of the party']);
    expect(person(a, 'Piet Kowal')?.roles).toEqual([]);
  });

  it('reads the office of ", who had served as …"', () => {
    const a = reshuffle('She replaces Tomas Berg, who had served as foreign minister since 2021.');
    expect(person(a, 'Tomas Berg')?.roles).toEqual(['foreign minister']);
  });
});

describe('participants', () => {
  it('reads a lede about "any talks" to come as no meeting of two sides: the ministers who speak take part', () => {
    const a = article(
      'Alliance foreign ministers said on Tuesday the alliance must support Ruritania before any talks with its neighbour.',
      [
        "BRUSSELS, Dec 3 (Xinhua) -- Alliance foreign ministers said on Tuesday the alliance must support Ruritania before any talks with its neighbour, as Secretary General Tomas Berg chaired his first meeting of the allies' top diplomats.",
        "German Foreign Minister Lena Holt said a ceasefire on the neighbour's terms would only invite the next attack.",
        'In the neighbouring capital, government spokesman Piet Kowal said the alliance was a party to the conflict.',
      ],
      { titleDerived: true },
    );
    expect(person(a, 'Lena Holt')?.participant).toBe(true);
    expect(person(a, 'Piet Kowal')?.participant).toBe(false);
  });

  it('counts one who "read a message" or "told reporters at the venue" at a summit, not the message\'s sender', () => {
    const a = article('Berg opens regional summit with call for unity', [
      "Zelburg, January 24 (Xinhua) - President Tomas Berg opened the summit of the regional bloc in Zelburg on Tuesday, calling on the region's leaders to act together.",
      'Ruritanian President Piet Kowal did not travel; Foreign Minister Lena Holt read a message in which Kowal proposed an economic union of the region.',
      'Foreign Minister Omar Saleh told reporters at the venue that the final declaration had been approved by consensus.',
    ]);
    expect(person(a, 'Lena Holt')?.participant).toBe(true);
    expect(person(a, 'Omar Saleh')?.participant).toBe(true);
    expect(person(a, 'Piet Kowal')?.participant).toBe(false);
  });

  it('counts the one a guest "proposed a toast to" at the banquet the story reports', () => {
    const a = article('King Tomas hosts state banquet for visiting President Kowal', [
      'ZELBURG, June 25 (Xinhua) -- King Tomas hosted a state banquet at the palace on Tuesday for visiting President Piet Kowal.',
      'Kowal replied, saying he remembered his student years in Zelburg fondly, and proposed a toast to the king and Queen Lena.',
    ]);
    expect(person(a, 'Lena')?.participant).toBe(true);
  });

  it('gives no part in the summit to one who went elsewhere "while the leaders met", whoever they came with', () => {
    const a = article('Berg, Kowal hold first summit in Zelburg', [
      'ZELBURG, June 13 (Xinhua) -- President Tomas Berg arrived in Zelburg on Tuesday and was greeted at the airport by President Piet Kowal, in the first meeting between the two leaders.',
      'First lady Lena Berg, who accompanied the president, toured a children’s clinic in the city while the leaders met.',
    ]);
    expect(person(a, 'Piet Kowal')?.participant).toBe(true);
    expect(person(a, 'Lena Berg')?.participant).toBe(false);
  });

  it('counts "the new minister for …" among the cabinet the king swore in', () => {
    const a = article('Berg sworn in as Ruritanian prime minister', [
      "Zelburg (Xinhua) - Tomas Berg was sworn in as Ruritania's prime minister on Monday at the head of a five-party coalition.",
      'King Piet swore in Berg and his ministers at the Royal Palace in Zelburg.',
      'Lena Holt, the new minister for asylum and migration, said the country would apply the strictest rules the law allows.',
    ]);
    expect(person(a, 'Lena Holt')?.participant).toBe(true);
  });

  it('gives no part in a ceremony to the leader who launched the war the ceremony recalls', () => {
    const a = article('Four leaders visit Zelburg on war anniversary', [
      'ZELBURG, Feb. 24 (Xinhua) -- Four European leaders arrived in Zelburg on Saturday to mark the second anniversary of the war.',
      'The four leaders joined President Tomas Berg at a ceremony at the airport, where airborne troops came down in the opening hours of the war started by Ruritanian President Piet Kowal.',
    ]);
    expect(person(a, 'Tomas Berg')?.participant).toBe(true);
    expect(person(a, 'Piet Kowal')?.participant).toBe(false);
  });
});

describe('countries', () => {
  it('gives no one the country a team plays against, with no score in the sentence', () => {
    const a = article(
      'Germany sacks coach Berg after 4-1 defeat by Japan',
      [
        'Frankfurt (dpa) - The German Football Association (DFB) on Sunday dismissed national coach Tomas Berg, a day after Germany lost 2-0 at home to Peru.',
        "Sporting director Paul Hadley will take charge of the team for Tuesday's friendly against France in Bremen, supported by under-21 coach Stefan Kowal and Markus Dorn.",
      ],
      { source: 'dpa', dateline: { place: 'Frankfurt', date: null } },
    );
    expect(person(a, 'Stefan Kowal')?.country).toBe('Germany');
    expect(person(a, 'Markus Dorn')?.country).toBe('Germany');
  });
});
