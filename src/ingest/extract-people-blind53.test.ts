// People seen first in the fifty-third blind round of held-out articles (one file, many stories: roundups and digests,
// leaders' reactions, live blogs, factboxes, a calendar column, a week-ahead diary), on invented sentences with
// invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest, participantNames as taking, testArticle as article } from './test-article.ts';

describe('a roundup of leaders reacting', () => {
  it("counts each leader's own message and the one they sent it to, not a spokesman or one who said nothing", () => {
    const a = article(
      'World leaders hail Dorran victory as Velmar holds back',
      [
        'Paris (AFP) - Leaders rushed on Sunday to congratulate Mark Dorran on his election win.',
        'Ruritanian Prime Minister Aldo Fenck was among the first to react.',
        'Chancellor Mira Vasko said in a statement that "our friendship is irreplaceable". The statement was posted by her spokesman Tal Brenner.',
        "Premier Osk Lamberg, one of Dorran's rivals, waited a day before posting his own message.",
        "Velmar's President Ruo Kadd, a Dorran critic, stayed silent.",
      ],
      { dateline: { place: 'Paris', date: null }, source: 'AFP' },
    );
    expect(taking(a)).toEqual(['Mark Dorran', 'Aldo Fenck', 'Mira Vasko', 'Osk Lamberg']);
  });

  it('counts the leader a condolence call or telegram went to, not the minister who gave the casualty figures', () => {
    const a = article(
      'World leaders extend condolences to Ostland after floods',
      [
        'OSTBURG - World leaders on Monday sent messages of condolence after floods struck Ostland.',
        'Interior Minister Pell Arno said the river burst its banks at dawn.',
        'Pentrian President Dara Moss called President Jan Ostrik to convey her condolences.',
        'Premier Lev Tamm sent telegrams to Ostrik and to Kerrish President Ali Vanno offering help.',
      ],
      { dateline: { place: 'OSTBURG', date: null }, source: 'Anadolu' },
    );
    expect(taking(a)).toEqual(['Dara Moss', 'Jan Ostrik', 'Lev Tamm', 'Ali Vanno']);
  });
});

describe('files of several stories', () => {
  it("reads each digest item's dateline sentence as that item's lede, and one who speaks elsewhere in it as no more than a speaker", () => {
    const a = article(
      'Kestrel News Digest: May 4',
      [
        'The following is the latest list of selected news summaries.',
        'Ostland, Pentria to start talks on defense pact',
        'MARLO - Ostland Prime Minister Edo Varn and Pentrian President Rhea Solt agreed Friday to begin negotiations.',
        'Minister ready for talks in Kerr',
        "KERR - Foreign Minister Uma Telk met her Kerrish counterpart Nils Orrin on Friday, condemning the March 7 attacks and last year's unrest.",
        'Chief Cabinet Secretary Bo Hald told a press conference the visit went well.',
        'Ostland opens port to rescue ship',
        "OSTBURG - Ostland's new government said it would let the rescue ship dock. Prime Minister Karl Brenn said it was the country's duty. Opposition leader Mark Sand said he would not back the decision.",
        'INTERLAKEN, Pentria - The climate panel released its report on Monday. In a separate video message, Secretary-General Anna Ruhl called it a survival guide.',
      ],
      // An item's own day and the other days it recalls are no other time for the item.
      { dateline: null, date: '2024-05-11' },
    );
    expect(taking(a)).toEqual(['Edo Varn', 'Rhea Solt', 'Uma Telk', 'Nils Orrin', 'Karl Brenn']);
  });

  it("counts those a live blog's time-stamped entries place at the event, not one who did not travel", () => {
    const a = article(
      'LIVE: Leaders gather for state funeral of King Arvel',
      [
        'Ostland bids farewell to King Arvel with a state funeral. Follow our live coverage.',
        '09:20 GMT — Foreign leaders take their seats. We have spotted Pentrian President Ros Delane and Kerrish Premier Ide Maro.',
        '10:18 GMT — Prime Minister Ula Brisk reads the first lesson.',
        "12:10 GMT — Velmar's President Tor Vask, who did not travel to Ostburg, tweets his condolences.",
      ],
      { dateline: null, source: 'Reuters' },
    );
    expect(taking(a)).toEqual(['Ros Delane', 'Ide Maro', 'Ula Brisk']);
  });

  it("leaves a live blog's lunch on the sidelines and leaders skipping the summit out", () => {
    const a = article(
      'Summit Day 1 LIVE Updates: Declaration adopted',
      [
        'Marlo, Sep 9 (PTI) Leaders gathered on Saturday for the summit. President Kai Drago and President Emil Sorn are skipping the meet.',
        '9:40 AM IST: Prime Minister Vado Retti receives leaders at the venue.',
        '1:15 PM IST: Foreign Minister Anu Pell hosts a working lunch for ministers on the sidelines.',
      ],
      { dateline: { place: 'Marlo', date: 'Sep 9' }, source: 'PTI' },
    );
    expect(taking(a)).toEqual(['Vado Retti']);
  });

  it('takes a factbox\'s list of those who attended, up to its "Not attending" line', () => {
    const a = article(
      "Factbox-Who attended King Arvel's funeral",
      [
        'Some 100 delegations attended the funeral of King Arvel on Saturday.',
        'Here are some of the dignitaries who attended:',
        'EUROPE',
        'U.S. President Vik Orlan and first lady Dena Orlan. Orlan met Premier Sam Teel before the service.',
        'Prince Edric, who represented his father King Olmar.',
        'Not attending: Prime Minister Rolf Anker, whose government sent its ambassador, Lio Dask.',
      ],
      { dateline: { place: 'OSTBURG', date: 'April 26' }, source: 'Reuters' },
    );
    expect(taking(a)).toEqual(['Vik Orlan', 'Dena Orlan', 'Sam Teel', 'Edric', 'Lio Dask']);
  });

  it("takes a calendar column's highlight as its event, not the other years' items", () => {
    const a = article(
      'Today in History: March 3, first flight across the Kerr Sea',
      [
        'Today is Monday, March 3, the 62nd day of 2025.',
        'Today in history:',
        'On March 3, 1931, Ostland pilots Ada Frenn and Ben Lusk flew across the Kerr Sea. President Ivar Holm spoke to them by radio.',
        'Also on this date:',
        'In 2015, Foreign Minister Juno Pask met Secretary of State Elam Rood in Marlo.',
      ],
      { dateline: null, source: 'AP', date: '2025-03-03' },
    );
    expect(taking(a)).toEqual(['Ada Frenn', 'Ben Lusk', 'Ivar Holm']);
  });

  it("takes an explainer's first sentence naming anyone as the act it explains, and its answers' speakers as reactions", () => {
    const a = article(
      'Explainer: What is the Kerr Sea pact that angered Velmar?',
      [
        'MARLO (Reuters) - Ostland and Pentria announced a new security pact on Wednesday. Here is what we know.',
        'WHAT WAS ANNOUNCED?',
        'Ostland President Karl Brenn and Pentrian Prime Minister Anna Lusk unveiled the pact in a joint virtual appearance.',
        'WHY IS VELMAR ANGRY?',
        'Velmar Foreign Minister Mark Sand told a radio station it was "a stab in the back".',
      ],
      { dateline: { place: 'MARLO', date: null }, source: 'Reuters' },
    );
    expect(taking(a)).toEqual(['Karl Brenn', 'Anna Lusk']);
  });

  it('counts no one in a week-ahead diary: its meetings are still to come', () => {
    const a = article(
      'The week ahead: Velk heads to Marlo as leaders gather',
      [
        'Marlo (dpa) - Leaders gather in Marlo this week. Only President Karl Velk is expected to attend in person.',
        'TUESDAY: Secretary-General Ana Brook opens the debate. Velk is due to meet Prime Minister Oren Tal.',
      ],
      { dateline: { place: 'Marlo', date: null }, source: 'dpa' },
    );
    expect(taking(a)).toEqual([]);
    expect(extractTest(a).people.find((p) => p.name === 'Karl Velk')?.roles).toEqual(['President']);
  });

  it('counts the new cabinet sworn in later that day and the president who appointed the new chancellor', () => {
    const a = article(
      'Velk elected Ostland chancellor',
      [
        'OSTBURG (dpa) - Parliament elected Karl Velk chancellor on Wednesday.',
        'The 60-year-old was then formally appointed by Federal President Ada Marr at the palace.',
        'The members of his cabinet were also sworn in later in the day, among them Foreign Minister Lena Rask and Finance Minister Tom Baer.',
      ],
      { dateline: { place: 'OSTBURG', date: null }, source: 'dpa' },
    );
    expect(taking(a)).toEqual(['Karl Velk', 'Ada Marr', 'Lena Rask', 'Tom Baer']);
  });
});

describe('who is a person', () => {
  it('reads a name before a passive "attended by" as a venue, not a person', () => {
    const a = article('State funeral for King Arvel', [
      'Ostland bids farewell to King Arvel with a state funeral at Marlow Abbey attended by some 2,000 guests.',
    ]);
    expect(extractTest(a).people.map((p) => p.name)).toEqual(['Arvel']);
  });

  it('leaves a party member\'s word out of the name: "Social Democrat X", "Conservative Y"', () => {
    const a = article('Velk elected chancellor', [
      'OSTBURG (dpa) - Social Democrat Anton Velk was elected chancellor on Wednesday. Conservative Mira Dosk said she would oppose him.',
    ]);
    expect(extractTest(a).people.map((p) => p.name)).toEqual(['Anton Velk', 'Mira Dosk']);
  });

  it('reads each line of a list of office holders with party and years as a person', () => {
    const a = article('Velk elected chancellor', [
      'OSTBURG (dpa) - Parliament elected Anton Velk chancellor on Wednesday.',
      "Ostland's chancellors since 1949:",
      'Helmut Strand (ODU), 1949-1963',
      'Lothar Kemme (OSP), 1963-1982',
      'Anton Velk (OSP), since 2021',
    ]);
    expect(extractTest(a).people.map((p) => p.name)).toEqual(['Anton Velk', 'Helmut Strand', 'Lothar Kemme']);
  });
});
