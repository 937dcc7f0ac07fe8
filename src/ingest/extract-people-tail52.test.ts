// Rounds 48–53's leftovers (752–835), on invented sentences with invented people: none of them are in the held-out
// files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe("a cleric's see", () => {
  const london = { source: 'Reuters', dateline: { place: 'LONDON', date: 'May 9' } };

  it.each(['Dean of Harrowgate', 'Archbishop of Kellsworth', 'Bishop of Dunmarrow'])(
    'reads "%s", a see the gazetteer does not know, as a place, so the cleric is of the dateline\'s country',
    (office) => {
      const a = article(
        'Memorial service held for former minister',
        [
          `A memorial service was held on Friday. It was conducted by the ${office}, Tobias Lindqvar, before 900 guests.`,
        ],
        london,
      );
      expect(person(a, 'Tobias Lindqvar')?.country).toBe('United Kingdom');
    },
  );

  it("still reads an office in a company as no country's", () => {
    const a = article(
      'Memorial service held for former minister',
      ['A memorial service was held on Friday. The chairman of Kellsworth, Tobias Lindqvar, read a lesson.'],
      london,
    );
    expect(person(a, 'Tobias Lindqvar')?.country).toBeNull();
  });
});

describe("the leaders' spouses in order", () => {
  const summit = (wives: string) =>
    article('Leaders of the two Koreas meet at border village', [
      'South Korean President Baek Min-ho and North Korean leader Ri Chol-san met at the border village on Friday.',
      `In the afternoon the two leaders planted a tree together. ${wives} joined them for a dinner in the evening.`,
    ]);

  it("gives the first spouse the first-named leader's country and the second the other's, whatever their surnames", () => {
    const a = summit('Their wives, Ri Yun-hee and Pak Sol-mi,');
    expect(person(a, 'Ri Yun-hee')?.country).toBe('South Korea');
    expect(person(a, 'Pak Sol-mi')?.country).toBe('North Korea');
  });

  it('reads the order the other way round when the list is', () => {
    const a = summit('Their wives, Pak Sol-mi and Ri Yun-hee,');
    expect(person(a, 'Pak Sol-mi')?.country).toBe('South Korea');
    expect(person(a, 'Ri Yun-hee')?.country).toBe('North Korea');
  });
});

describe('leaving right after an inauguration', () => {
  const inauguration = (leaving: string) =>
    article(
      'Tove Maranen takes office as Norland’s new president',
      [
        'Tove Maranen was inaugurated as the sixth President of Norland this afternoon, succeeding Arne Valstad, who stepped down after two terms.',
        'The ceremony began with a service in the cathedral, after which the new president walked to the parliament building.',
        leaving,
        'Arne Valstad was first elected in 2016.',
      ],
      { source: 'NBC', dateline: null },
    );

  it('counts the outgoing president and the spouse set off beside him as at the ceremony they left right after', () => {
    const a = inauguration(
      'Arne Valstad and his wife, Liv Haugen, left the building shortly after the ceremony.',
    );
    expect(person(a, 'Arne Valstad')?.participant).toBe(true);
    expect(person(a, 'Liv Haugen')?.participant).toBe(true);
  });

  it('does not count those who left before it', () => {
    const a = inauguration(
      'Arne Valstad and his wife, Liv Haugen, left the capital for their farm in the north.',
    );
    expect(person(a, 'Arne Valstad')?.participant).toBe(false);
    expect(person(a, 'Liv Haugen')?.participant).toBe(false);
  });
});

describe('a possessor who does not act', () => {
  const election = (second: string) =>
    article(
      'Lind elected Norland’s prime minister, succeeding Brekke',
      [
        'Lind vows to carry on reforms and cut taxes',
        'Mats Lind was elected Norland’s 40th prime minister by parliament on Wednesday, succeeding Ola Brekke, whose tenure ended with his resignation.',
        second,
      ],
      { source: 'NTB', dateline: { place: 'OSLO', date: 'May 9' } },
    );

  it("does not count one whose term names the time in another's relative clause", () => {
    const a = election(
      'Lind, 61, who served as finance minister throughout Brekke’s second term, won 98 of the 169 votes cast in the chamber.',
    );
    expect(person(a, 'Ola Brekke')?.participant).toBe(false);
  });

  it('does not count one whose cabinet acts', () => {
    const a = election('Brekke’s Cabinet resigned en masse earlier in the day.');
    expect(person(a, 'Ola Brekke')?.participant).toBe(false);
  });

  it('still counts one who votes', () => {
    const a = election('Brekke cast his vote for Lind in the chamber.');
    expect(person(a, 'Ola Brekke')?.participant).toBe(true);
  });
});

describe('a husband named to say whose wife she is', () => {
  it('does not count the president named only in "A, wife of President B," as taking part in her visit', () => {
    const a = article('First ladies visit Beijing primary school', [
      'Lin Meihua, wife of Chinese President Zhou Wenbo, on Thursday accompanied Brazilian first lady Ana Tavares on a visit to a primary school in Beijing.',
      'The two watched a calligraphy lesson.',
    ]);
    expect(person(a, 'Zhou Wenbo')?.participant).toBe(false);
    expect(person(a, 'Ana Tavares')?.participant).toBe(true);
  });
});

describe('the agent of a passive act with a title of "to" or "for"', () => {
  it('counts the official who read out the instruments at the swearing-in', () => {
    const a = article('Rahim sworn in as prime minister', [
      'Datuk Seri Kamal Rahim was sworn in as Prime Minister before the King at the palace today.',
      'The letters of appointment were read out by the Secretary to the Cabinet, Datuk Halim Rashidi.',
    ]);
    expect(person(a, 'Halim Rashidi')?.participant).toBe(true);
  });
});

describe('a flag passed from hand to hand', () => {
  it('counts the one the flag is passed to, and the one it is passed on to in turn', () => {
    const a = article(
      'Games close as flag passes to next host',
      [
        'The Games came to a close on Sunday with a subdued ceremony in the stadium, where Governor Mika Sorensen handed the flag on to the next host city.',
        'Ms Sorensen passed the flag to federation president Karl Obst, who in turn gave it to Mayor Lena Vint, who waved it as the anthem played.',
      ],
      { source: 'AFP', dateline: { place: 'OSLO', date: 'May 9' } },
    );
    expect(person(a, 'Karl Obst')?.participant).toBe(true);
    expect(person(a, 'Lena Vint')?.participant).toBe(true);
  });
});

describe('earlier in the same rite', () => {
  const swearingIn = (earlier: string) =>
    article('Adeyemi sworn in as civilian president', [
      'Chief Tunde Adeyemi was on Saturday sworn in as President at the Eagle Square, before a crowd of dignitaries.',
      earlier,
    ]);

  it('counts one who took the oath earlier in the ceremony', () => {
    const a = swearingIn('Earlier, Alhaji Musa Garba, a former governor, took the oath as Vice-President.');
    expect(person(a, 'Musa Garba')?.participant).toBe(true);
  });

  it('does not count one who did something else earlier', () => {
    const a = swearingIn('Earlier, Alhaji Musa Garba, a former governor, visited a hospital in Kano.');
    expect(person(a, 'Musa Garba')?.participant).toBe(false);
  });
});

describe('seated a few seats away', () => {
  it('counts the one the leaders sat a few seats away from', () => {
    const a = article(
      'Regional summit exposes split',
      [
        'The summit of the regional bloc, hosted by Mexican President Ramon Ortiz at the palace on Saturday, laid bare the divisions of the region.',
        'Venezuelan President Julio Perdomo sat a few seats away from Uruguay’s Tomas Ferrando, who said that attending “does not mean being complacent”.',
      ],
      { source: 'EFE', dateline: { place: 'MEXICO CITY', date: 'Sep 18' } },
    );
    expect(person(a, 'Tomas Ferrando')?.participant).toBe(true);
  });
});

describe('one president at a time', () => {
  it('gives the second of "the meeting between President A and President B" the other country the sentence names', () => {
    const a = article(
      'Secretary’s call with PRC Foreign Minister',
      [
        'Secretary Dana Whitfield spoke today with PRC Foreign Minister Zhao Mingde to congratulate him on his new role.',
        'The two discussed the U.S.-PRC relationship after the meeting between President Carl Hensley and President Wu Tianyi in Bali in November.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Carl Hensley')?.country).toBe('United States');
    expect(person(a, 'Wu Tianyi')?.country).toBe('China');
  });
});

describe("a Chinese ministry's own briefing transcript", () => {
  const briefing = (spokesperson: string) =>
    article(
      `Foreign Ministry Spokesperson ${spokesperson}'s Regular Press Conference on May 9, 2024`,
      [
        'Q: Japanese Foreign Minister Kenta Morishima said Japan hoped to calm the dispute. Is there any plan for Foreign Minister Zhou Wenbo to meet him?',
        'A: I have nothing to share on any meeting between the foreign ministers.',
      ],
      { source: null, dateline: null },
    );

  it('places the bare-titled foreign minister with a Mandarin name in China', () => {
    expect(person(briefing('Liang Haoran'), 'Zhou Wenbo')?.country).toBe('China');
    expect(person(briefing('Liang Haoran'), 'Liang Haoran')?.country).toBe('China');
  });
});

describe('countries a person acts against', () => {
  it('does not give one who threatens to destroy a country that country', () => {
    const a = article(
      'President threatens to destroy North Korea in first UN speech',
      [
        'In a combative debut at the General Assembly, President Carl Hensley threatened on Monday to "totally destroy" North Korea if it attacked the United States or its allies.',
      ],
      { source: 'AP', dateline: { place: 'UNITED NATIONS', date: null } },
    );
    expect(person(a, 'Carl Hensley')?.country).toBe('United States');
  });

  it('does not give one who declared independence from a country that country', () => {
    const a = article(
      'Ceasefire signed in London',
      [
        'Rebel leaders and the government signed an agreement in London today to end the war.',
        'Hal Brennick, who declared independence from Britain in 1965, stayed away from the ceremony.',
      ],
      { source: 'Reuters', dateline: { place: 'LONDON', date: 'Dec. 21' } },
    );
    expect(person(a, 'Hal Brennick')?.country).not.toBe('United Kingdom');
    expect(person(a, 'Hal Brennick')?.participant).toBe(false);
  });
});

describe('a public figure named by their side', () => {
  it('reads "Opposition figure" before a name as the role', () => {
    const a = article('President resigns after 32 years', [
      'President Arif Santoso announced his resignation at the palace on Thursday morning.',
      'Opposition figure Dewi Kartika called on all sides to keep the peace.',
    ]);
    expect(person(a, 'Dewi Kartika')?.roles).toEqual(['Opposition figure']);
  });
});

describe("an office of a country's held in a clause", () => {
  it('reads "when X was Norway\'s prime minister" as the office X held', () => {
    const a = article('Border commission meets in Algiers', [
      'The border commission met in Algiers on Thursday.',
      "The two countries fought the border war when Arne Valstad was Norway's prime minister; thousands were killed.",
    ]);
    expect(person(a, 'Arne Valstad')?.roles).toEqual(["Norway's prime minister"]);
  });
});

describe('an office held for years, in a clause', () => {
  it('reads ", who retired today after 22 years as Prime Minister," as the office held', () => {
    const a = article('Rahim sworn in as prime minister', [
      'Datuk Seri Kamal Rahim was sworn in as Prime Minister at the palace today.',
      'Rahim succeeds Datuk Seri Hamid Salleh, who stepped down today after 19 years as Prime Minister, longer than any before him.',
    ]);
    expect(person(a, 'Hamid Salleh')?.roles).toContain('Prime Minister');
  });
});
