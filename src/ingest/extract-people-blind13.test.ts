// Names and countries seen first in the thirteenth blind round of held-out articles, on invented sentences (none
// of these people are in the held-out files): surnames that are also name particles, and offices in a body named
// only by its kind.
import { describe, expect, it } from 'vitest';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

describe('a surname that is also a name particle', () => {
  it('keeps a capitalised particle that closes a name after a title, and reads it alone as the surname', () => {
    const a = article('Central bank holds rates', [
      'MUMBAI, May 9 (Xinhua) -- Central Bank Governor Ravindra Das said on Thursday the policy rate would stay at 6 percent.',
      'Das said food prices remained a concern.',
    ]);
    const das = person(a, 'Ravindra Das');
    expect(das?.roles).toEqual(['Central Bank Governor']);
    expect(das?.aliases).toContain('Das');
    expect(run(a).people.map((p) => p.name)).not.toContain('Ravindra');
  });

  it('keeps "Van" closing a Vietnamese name after a title', () => {
    const a = article('Vietnam, Laos sign trade deal', [
      'HANOI, May 9 (Xinhua) -- Vietnamese Trade Minister Pham Quoc Van met with his Lao counterpart on Thursday.',
    ]);
    expect(person(a, 'Pham Quoc Van')?.country).toBe('Vietnam');
  });
});

describe('an office in a body named only by its kind', () => {
  it('gives a bare chair of a committee and a house speaker the dateline country', () => {
    const a = article(
      'Lawmakers question border agency chief',
      [
        'WASHINGTON (AP) — The head of the border agency told lawmakers on Thursday that it needed more staff.',
        'Committee Chairman Jonas Albright, R-Ohio, opened the hearing. House Speaker Petra Lind said the agency had failed.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Jonas Albright')?.country).toBe('United States');
    expect(person(a, 'Petra Lind')?.country).toBe('United States');
  });

  it('gives an outgoing chancellor the dateline country', () => {
    const a = article(
      'Parties agree to open coalition talks',
      [
        'Berlin: The conservatives and the Social Democrats agreed on Saturday to open coalition talks.',
        'Outgoing Chancellor Karl Weidemann has led a minority government since November.',
      ],
      { source: null, dateline: { place: 'Berlin', date: null } },
    );
    expect(person(a, 'Karl Weidemann')?.country).toBe('Germany');
  });

  it('still leaves an officer of a named body without a country', () => {
    const a = article(
      'Lawmakers question agency chief',
      [
        'WASHINGTON (AP) — Zellmobil Chairman Jonas Albrecht told lawmakers on Thursday that the plant would open.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Jonas Albrecht')?.country).toBeNull();
  });
});

describe('honorifics and titles of African and Arab styles', () => {
  it('reads "H.E." as an honorific, not as initials of the name', () => {
    const a = article('Regional bloc opens summit', [
      'ARUSHA, May 9 (Xinhua) -- H.E. Amani Wanjiru Otieno, chairperson of the Regional Commission, opened the meeting.',
      'Otieno called on member states to remove trade barriers.',
    ]);
    const names = run(a).people.map((p) => p.name);
    expect(names).toContain('Amani Wanjiru Otieno');
    expect(names.some((n) => n.startsWith('H.E.'))).toBe(false);
  });

  it('reads "Head of Government" as one title before a name', () => {
    const a = article('Government pledges aid to quake victims', [
      'RABAT, May 9 (Xinhua) -- The government will pay each household 30,000 dirhams, officials said on Thursday.',
      'Head of Government Karim Benali said the payments would start next week.',
    ]);
    expect(person(a, 'Karim Benali')?.roles).toEqual(['Head of Government']);
  });
});

describe('a country named only in a currency', () => {
  it('does not make "U.S. dollars" the country of the person in the sentence', () => {
    const a = article('Government pledges aid to quake victims', [
      'RABAT, May 9 (Xinhua) -- Moroccan Interior Minister Hassan Alaoui visited the quake zone on Thursday.',
      'Government spokesman Youssef Tazi said each household would get 30,000 dirhams (about 2,900 U.S. dollars).',
    ]);
    expect(person(a, 'Youssef Tazi')?.country).toBe('Morocco');
  });
});

describe('a place set off by a description', () => {
  it('does not take a place described by what a title holder owns for a person', () => {
    const a = article('Nordic leaders meet at Swedish retreat', [
      "STOCKHOLM, May 9 (Xinhua) -- Nordic leaders met on Thursday at Hagaborg, the Swedish prime minister's country retreat, to discuss security.",
    ]);
    expect(run(a).people.map((p) => p.name)).not.toContain('Hagaborg');
    expect(run(a).places).toContain('Hagaborg');
  });
});

describe('a meeting on the sidelines of a gathering', () => {
  it('leaves out officials who opened the gathering or took over its chair', () => {
    const a = article('Ethiopian PM, Kenyan president discuss trade on sidelines of AU summit', [
      'ADDIS ABABA, May 9 (Xinhua) -- Ethiopian Prime Minister Dawit Bekele on Thursday held talks with Kenyan President Otieno Kamau on the sidelines of the AU summit in Addis Ababa.',
      'Earlier in the day, Hamid Saleh, chairperson of the AU Commission, opened the summit. Saleh called on member states to silence the guns.',
      'Ghanaian President Kofi Mensah took over the rotating AU chairmanship from Malian President Ali Traore.',
    ]);
    expect(person(a, 'Dawit Bekele')?.participant).toBe(true);
    expect(person(a, 'Otieno Kamau')?.participant).toBe(true);
    expect(person(a, 'Hamid Saleh')?.participant).toBe(false);
    expect(person(a, 'Kofi Mensah')?.participant).toBe(false);
    expect(person(a, 'Ali Traore')?.participant).toBe(false);
  });
});

describe('abbreviations inside a sentence', () => {
  it('reads a lawmaker’s party-and-state tag as part of the sentence in which they speak at a hearing', () => {
    const a = article(
      'Agency chief faces calls to resign at House hearing',
      [
        'WASHINGTON (AP) — Border Agency Director Laura Finch acknowledged Monday that her agency failed, as lawmakers on the House Oversight Committee questioned her.',
        'Committee Chairman Gary Holt, R-Ky., said she no longer had the confidence of the public.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Gary Holt')?.participant).toBe(true);
  });

  it('reads "a.m." before the weekday as inside the lede, so a briefing the day before is another day', () => {
    const a = article('China launches crewed spaceship', [
      'JIUQUAN, May 9 (Xinhua) -- China launched a crewed spaceship at 3:41 a.m. Wednesday (Beijing Time), carrying three astronauts to its space station.',
      'Zhou Minghai, deputy director of the space agency, told a press conference on Tuesday that the launch window was ready.',
    ]);
    expect(person(a, 'Zhou Minghai')?.participant).toBe(false);
  });
});

describe('speakers at a hearing', () => {
  const hearing = (second: string) =>
    article(
      'Agency chief faces calls to resign at House hearing',
      [
        'WASHINGTON (AP) — Border Agency Director Laura Finch acknowledged Monday that her agency failed, as lawmakers on the House Oversight Committee questioned her.',
        second,
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );

  it('counts a lawmaker named with the state they are from, then described, who speaks', () => {
    const a = hearing(
      "Rep. Dana Welch of Maryland, the panel's top Democrat, said the agency owed Congress answers.",
    );
    expect(person(a, 'Dana Welch')?.participant).toBe(true);
  });

  it('counts a lawmaker who pressed the witness', () => {
    const a = hearing('Rep. Nora Beck, R-S.C., pressed Finch on why the roof had not been secured.');
    expect(person(a, 'Nora Beck')?.participant).toBe(true);
  });
});

describe('a weekday in AP style', () => {
  it('reads "said Sunday" as another day than the lede’s Monday', () => {
    const a = article(
      'Agency chief faces calls to resign at House hearing',
      [
        'WASHINGTON (AP) — Border Agency Director Laura Finch acknowledged Monday that her agency failed, as lawmakers on the House Oversight Committee questioned her.',
        'House Speaker Mark Dunn said Sunday that Finch should resign.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Mark Dunn')?.participant).toBe(false);
  });
});

describe('a crewed launch', () => {
  const launch = (extra: string) =>
    article('China launches crewed spaceship', [
      'JIUQUAN, May 9 (Xinhua) -- China launched a crewed spaceship on Thursday, sending three astronauts to its space station.',
      'The spaceship carried commander Zhao Peng and two crew members.',
      extra,
    ]);

  it('counts the crew the spaceship carried', () => {
    expect(person(launch('The launch went well.'), 'Zhao Peng')?.participant).toBe(true);
  });

  it('leaves out those who will receive the crew later', () => {
    const a = launch(
      'On arrival they will be received by the Shenzhou-18 crew of Sun Wenjie, Qian Ming and Liu Yang, who are due back on Earth late next month.',
    );
    expect(person(a, 'Sun Wenjie')?.participant).toBe(false);
    expect(person(a, 'Qian Ming')?.participant).toBe(false);
  });
});

describe('a department of the diaspora', () => {
  it('reads "Cabinet Secretary for Foreign and Diaspora Affairs" as one title before a name', () => {
    const a = article('Kenya, Ethiopia discuss trade', [
      'ADDIS ABABA, May 9 (Xinhua) -- The talks were attended by Cabinet Secretary for Foreign and Diaspora Affairs Wafula Kiprono.',
    ]);
    expect(person(a, 'Wafula Kiprono')?.roles).toEqual([
      'Cabinet Secretary for Foreign and Diaspora Affairs',
    ]);
  });
});

describe('an office about to be taken', () => {
  it('reads "X was to be sworn in as Prime Minister" as a person with that office', () => {
    const a = article('Central bank holds rates', [
      'MUMBAI, May 9 (Xinhua) -- The central bank kept its policy rate unchanged on Thursday.',
      'The decision came a day before Arvind Kulkarni was to be sworn in as Prime Minister.',
    ]);
    expect(person(a, 'Arvind Kulkarni')?.roles).toEqual(['Prime Minister']);
  });
});

describe('a span of time after a role', () => {
  it('ends the role before "for a third term"', () => {
    const a = article('President sworn in', [
      'LILONGWE, May 9 (Xinhua) -- Peter Banda was sworn in as President for a second term on Thursday.',
    ]);
    expect(person(a, 'Peter Banda')?.roles).toEqual(['President']);
  });
});

describe('an occupation someone has', () => {
  it('introduces the person named right after "their coach"', () => {
    const a = article('Hosts win cup final', [
      'ABIDJAN, May 9 (Xinhua) -- The hosts won the cup on Thursday.',
      'It was a turnaround for the team, who had sacked their coach Jean-Marc Dufresne during the group stage.',
    ]);
    expect(person(a, 'Jean-Marc Dufresne')?.roles).toEqual(['coach']);
  });
});
