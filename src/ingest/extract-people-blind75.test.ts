// People seen first in the seventy-fifth blind round of held-out articles (business leaders with governments: a
// bank's chiefs around a finance minister's table, firms named like people, a regulator titled "of the Currency", a
// president's announcement the morning after), on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const ap = { source: 'AP', dateline: { place: 'WASHINGTON', date: null } };

describe('a firm named like a person', () => {
  const a = article(
    'Banks agree to sell stakes after Treasury meeting',
    [
      'The heads of four banks agreed Monday to sell stakes to the government after a meeting with Treasury Secretary Alan Brisk.',
      'Present were Hadley Crane CEO Ann Wyle and Morton Ashby CEO Peter Wass.',
      'The banks will receive $10 billion for Hadley Crane, which another bank is buying, and $8 billion for Morton Ashby.',
    ],
    ap,
  );
  it('is no person where it stands alone, when a title names it as an employer', () => {
    const names = extract(a).people.map((p) => p.name);
    expect(names).not.toContain('Hadley Crane');
    expect(names).not.toContain('Morton Ashby');
    expect(person(a, 'Ann Wyle')?.roles).toEqual(['Hadley Crane CEO']);
  });
  it('is an organisation', () => {
    expect(extract(a).organizations).toEqual(expect.arrayContaining(['Hadley Crane', 'Morton Ashby']));
  });
  it('leaves a person with a title of their own alone', () => {
    const b = article(
      'Minister meets bankers',
      [
        'Finance Minister Hadley Crane met Crane Holdings CEO Ann Wyle on Monday.',
        'Hadley Crane said the talks were useful.',
      ],
      ap,
    );
    expect(person(b, 'Hadley Crane')?.roles).toEqual(['Finance Minister']);
  });
});

describe('a capitalised title of a body before a name', () => {
  it('"Comptroller of the Currency X" names X with the title', () => {
    const a = article(
      'Regulators meet bankers',
      [
        'Treasury Secretary Alan Brisk met the bankers on Monday.',
        'Brisk was joined by Comptroller of the Currency Martin Ebbel.',
      ],
      ap,
    );
    expect(person(a, 'Martin Ebbel')?.roles).toEqual(['Comptroller of the Currency']);
  });
});

describe('those at the table of the meeting reported', () => {
  it('"flanked at the conference table by" and "Across from them sat" list them', () => {
    const a = article(
      'Banks agree to sell stakes after Treasury meeting',
      [
        'The heads of three banks agreed Monday to sell stakes to the government after a meeting at the Treasury with Treasury Secretary Alan Brisk.',
        'Brisk was flanked at the conference table by central bank chief Nora Pell and Rudi Kamm, president of the Federal Deposit Fund.',
        'Across from them sat Orbis Bank CEO Ann Wyle; Lena Faro, chairman and chief executive of Keston Trust; and Teller Bank CEO Peter Wass.',
      ],
      ap,
    );
    expect(participantNames(a)).toEqual(
      expect.arrayContaining(['Alan Brisk', 'Nora Pell', 'Rudi Kamm', 'Ann Wyle', 'Lena Faro', 'Peter Wass']),
    );
  });
});

describe('a weekday before a part of the day', () => {
  it('"announced the plan Tuesday morning" is another day than the Monday the lede reports', () => {
    const a = article(
      'Banks agree to sell stakes after Treasury meeting',
      [
        'The heads of three banks agreed Monday to sell stakes to the government after a meeting at the Treasury, where Treasury Secretary Alan Brisk told them it was in their interest.',
        'President Tomas Reyl announced the plan Tuesday morning.',
      ],
      ap,
    );
    expect(person(a, 'Tomas Reyl')?.participant).toBe(false);
    expect(person(a, 'Alan Brisk')?.participant).toBe(true);
  });
});

describe('a shared chief executive', () => {
  it('"Acme co-CEO X" is a title, as "co-founder" is', () => {
    const a = article(
      'President meets streaming chief',
      ['President Lena Varo met with Lumen Media co-CEO Paul Ardent in Geneva on Monday.'],
      ap,
    );
    expect(person(a, 'Paul Ardent')?.roles).toEqual(['Lumen Media co-CEO']);
  });
});

describe('a signing two leaders witness', () => {
  const wam = { source: 'WAM', dateline: { place: 'ABU DHABI', date: '15th October, 2019' } };
  const a = article(
    'Crown Prince, Russian President witness exchange of agreements',
    [
      'ABU DHABI, 15th October, 2019 (WAM) -- Crown Prince Omar bin Said and Russian President Ivan Petrov today witnessed the exchange of agreements between the two countries.',
      "Among them was an agreement exchanged by Jamal Harith, Chief Executive Officer of Sadeem Capital, Abu Dhabi's sovereign investor, and Oleg Varin, Chief Executive Officer of the Russian Equity Fund (REF), Russia's sovereign wealth fund, under which the two funds will invest more in Russia.",
      'The Crown Prince welcomed the Russian President and conveyed to him the greetings of President Khalid bin Said.',
    ],
    wam,
  );
  it('"an agreement exchanged by X and Y": both took part', () => {
    expect(person(a, 'Jamal Harith')?.participant).toBe(true);
    expect(person(a, 'Oleg Varin')?.participant).toBe(true);
  });
  it('one whose greetings are conveyed sent them from afar', () => {
    expect(person(a, 'Khalid bin Said')?.participant).toBe(false);
  });
  it("a firm described right after the title as a state's sovereign investor ties its officer to the state", () => {
    expect(person(a, 'Jamal Harith')?.country).toBe('United Arab Emirates');
  });
});

describe('a meeting dated before the event in a clause', () => {
  it('"X, who earlier in the day held talks with Y at …, said" leaves Y out of the dinner reported', () => {
    const a = article(
      'President tells business groups door of ties cannot be closed',
      [
        'President Lin Hao said on Wednesday that the door of relations cannot be closed again, as he addressed a welcome dinner hosted by business groups in Harbor City.',
        'Lin, who earlier in the day held talks with Arland President Tom Baxley at the Grey Estate, said the two countries should be partners.',
      ],
      ap,
    );
    expect(person(a, 'Tom Baxley')?.participant).toBe(false);
    expect(person(a, 'Lin Hao')?.participant).toBe(true);
  });
});

describe('at the forum reported', () => {
  it('"X appeared on stage at the forum alongside Y": Y was there', () => {
    const a = article(
      'Leaders sign pact as executives crowd forum',
      [
        'President Lena Varo and Prime Minister Omar Said signed an economic pact on Tuesday at a forum crowded with business leaders.',
        'Chipmaker chief Ann Wyle appeared on stage at the forum alongside Sadeem Chief Executive Jamal Harith, who said the company would build data centres.',
      ],
      ap,
    );
    expect(person(a, 'Jamal Harith')?.participant).toBe(true);
  });
});

describe("the buyer's chairman in a deal", () => {
  it('"Y, chairman of Kestrel, said …" under "Kestrel Group has agreed to buy …" makes the deal', () => {
    const a = article(
      'Kestrel Group agrees to buy Arland Steel',
      [
        'Kestrel Group has agreed to buy Arland Steel, the government said on Monday, in a deal that could save 4,000 jobs.',
        'Chen Bo, chairman of Kestrel, said the group was committed to the long-term future of the business.',
        'Union leader Tom Vask said he would seek assurances about jobs.',
      ],
      { source: 'Reuters', dateline: { place: 'LONDON', date: null } },
    );
    expect(person(a, 'Chen Bo')?.participant).toBe(true);
    expect(person(a, 'Tom Vask')?.participant).toBe(false);
  });
});

describe('companies as organisations', () => {
  const reuters = { source: 'Reuters', dateline: { place: 'LONDON', date: null } };
  it('"Business Secretary X": the portfolio before a British minister\'s "Secretary" is no body', () => {
    const a = article(
      'Buyer found for steelworks',
      ['Business Secretary Ann Wyle said the deal was good news.'],
      reuters,
    );
    expect(extract(a).organizations).not.toContain('Business');
    expect(person(a, 'Ann Wyle')?.roles).toEqual(['Business Secretary']);
  });
  it('names listed with two found bodies in "A, B, C and D" are bodies too', () => {
    const a = article(
      'Maker expands plants',
      [
        'Partners include Corvane, Texas Instruments, Halvex Systems, Samsung and Broadcom, the company said.',
        'The carmaker is owned by Meridian Group, Ostara Holding, Velk, Trenta Holding and KDX.',
      ],
      reuters,
    );
    expect(extract(a).organizations).toEqual(
      expect.arrayContaining([
        'Corvane',
        'Halvex Systems',
        'Ostara Holding',
        'Velk',
        'Trenta Holding',
        'KDX',
      ]),
    );
  });
  it('"investment firm X Y" names the firm whole; "The group includes Leading Seaman Z" names no body', () => {
    const a = article(
      'Buyer found for steelworks',
      [
        'The steelmaker collapsed after its owner, investment firm Halden Capital, failed to secure funding.',
        'The crew includes Leading Seaman Ann Wyle, the only woman among them.',
      ],
      reuters,
    );
    const { organizations } = extract(a);
    expect(organizations).toContain('Halden Capital');
    expect(organizations).not.toContain('Leading Seaman');
  });
  it('"Zentrix chairman and CEO X": the one word before a firm head\'s lower-case title is the firm', () => {
    const a = article(
      'Dinner with business leaders',
      ['Guests included Zentrix chairman and CEO Paul Ardent.'],
      reuters,
    );
    expect(extract(a).organizations).toContain('Zentrix');
  });
  it('"Kenyan Investment Minister X": the portfolio before "Minister" is no body', () => {
    const a = article(
      'Ministers sign deals',
      ['Kenyan Investment Minister Omar Said told the forum the deals were signed.'],
      reuters,
    );
    expect(extract(a).organizations.join('|')).not.toMatch(/Investment/);
    expect(person(a, 'Omar Said')?.roles).toEqual(['Kenyan Investment Minister']);
    expect(person(a, 'Omar Said')?.country).toBe('Kenya');
  });
  it('leaves a list alone when a name in it has "and" inside', () => {
    const a = article(
      'Terminal owners',
      [
        "The terminal's owners include Norland Oil Corporation, Tarvik Petroleum Corporation Ltd, Oil and Natural Gas Corporation and GAIL (India) Ltd.",
      ],
      reuters,
    );
    expect(extract(a).organizations).not.toContain('Oil');
    expect(extract(a).organizations).toEqual(
      expect.arrayContaining(['Norland Oil Corporation', 'Tarvik Petroleum Corporation Ltd']),
    );
  });
});

describe('a business delegation on the trip', () => {
  const yonhap = { source: 'Yonhap', dateline: { place: 'WASHINGTON', date: 'April 24' } };
  const a = article(
    'Streaming firm to invest US$2 bln after President Lim meets its chief',
    [
      "WASHINGTON, April 24 (Yonhap) -- A streaming firm will invest US$2 billion in South Korea, President Lim Dae-ho's office said Monday, after Lim met with Lumen Media co-CEO Paul Ardent in Washington.",
      'Lim is accompanied on the trip by a business delegation that includes Hanul Motors Chairman Park Joon-ki and Daeyang Group Chairman Seo Min-woo.',
    ],
    yonhap,
  );
  it('is no party to the one meeting the headline reports', () => {
    expect(person(a, 'Park Joon-ki')?.participant).toBe(false);
    expect(person(a, 'Seo Min-woo')?.participant).toBe(false);
    expect(person(a, 'Paul Ardent')?.participant).toBe(true);
  });
  it('is of the side of the leader it accompanies', () => {
    expect(person(a, 'Park Joon-ki')?.country).toBe('South Korea');
    expect(person(a, 'Seo Min-woo')?.country).toBe('South Korea');
  });
});
