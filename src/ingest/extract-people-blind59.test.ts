// People seen first in the fifty-ninth blind round of held-out articles (economic, trade and financial diplomacy:
// trade pacts, swap lines, IMF programmes, business forums), on invented sentences with invented people: none of them
// are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

describe('a caption that names whom the story calls by one word', () => {
  const call = {
    ...article(
      'Moldova, Georgia conclude investment talks',
      [
        'Moldova and Georgia on Wednesday concluded talks on an investment treaty.',
        'Kalden said in a video call with Georgian Prime Minister Ana Varsky that the talks were over.',
      ],
      { source: null, dateline: null },
    ),
    captions: ['Moldovan President Ivo Kalden holds a video call with Georgian leaders on Wednesday.'],
  };

  it("finds the caption's full name, with its title and country", () => {
    expect(person(call, 'Ivo Kalden')).toMatchObject({ roles: ['Moldovan President'], country: 'Moldova' });
  });

  it("leaves a caption out when the story writes its people's names in full", () => {
    const a = {
      ...article('Leaders sign accord', [
        'Prime Minister Dr. Ana Varsky and President Ivo Kalden signed the accord.',
      ]),
      captions: ['Prime Minister Ana Varsky and President Ivo Kalden at the signing in the capital.'],
    };
    expect(extract(a).people.map((p) => p.name)).toEqual(['Ana Varsky', 'Ivo Kalden']);
  });
});

describe('an outlet named before "news agency"', () => {
  it('finds no person in "China\'s official Xinhua news agency said …"', () => {
    const a = article(
      'Treasury chief, vice premier agree to talks',
      [
        'U.S. Treasury Secretary Lena Ortiz and Chinese Vice Premier He Lanfang agreed on Saturday to hold talks.',
        "China's official Xinhua news agency said He had raised concerns about export controls.",
      ],
      { source: 'Reuters', dateline: { place: 'GUANGZHOU, China', date: 'April 6' } },
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Lena Ortiz', 'He Lanfang']);
  });
});

describe("a minister's title with a list of portfolios", () => {
  it('reads "Minister of Economy, Trade and Industry" before a name as one title', () => {
    const a = article('Trade pact signed', [
      "Japan's Minister of Economy, Trade and Industry Kenji Arata signed the pact in Tokyo on Sunday.",
    ]);
    expect(person(a, 'Kenji Arata')).toMatchObject({
      roles: ["Japan's Minister of Economy, Trade and Industry"],
      country: 'Japan',
    });
  });

  it('keeps the list in an appositive title, and the role after its "and"', () => {
    const a = article('Conference approves accession', [
      "Fahad Al Mira, Oman's Minister of Finance, Industry and Trade and head of the forum, closed the meeting.",
    ]);
    expect(person(a, 'Fahad Al Mira')?.roles).toEqual([
      "Oman's Minister of Finance, Industry and Trade",
      'head of the forum',
    ]);
  });

  it('leaves a title before the next person out of the list', () => {
    const a = article('Ministers meet', [
      'Sara Lind, Minister of Finance, Trade and Industry Minister Per Holm and Anna Berg attended the meeting.',
    ]);
    expect(person(a, 'Sara Lind')?.roles).toEqual(['Minister of Finance']);
    expect(person(a, 'Per Holm')?.roles).toEqual(['Industry Minister']);
  });

  it('reads no person in a director\'s unit set off by commas ("The Director, Defence Media Operations, X")', () => {
    const a = article('Hostages rescued', [
      'The Director, Defence Media Operations, Maj.-Gen. Tunde Okonkwo, said the hostages were safe.',
    ]);
    expect(extract(a).people.map((p) => p.name)).toEqual(['Tunde Okonkwo']);
  });
});

describe('taking part by a clause that names the act', () => {
  it('counts a minister "who attended the launch" though the sentence speaks of a later office', () => {
    const a = article(
      'President launches sovereign wealth fund',
      [
        'President Rudi Santoso on Monday launched a sovereign wealth fund at the palace.',
        'Trade Minister Ayu Lestari, who attended the launch, is to head the board that oversees it.',
      ],
      { source: 'Antara', dateline: { place: 'Jakarta', date: null } },
    );
    expect(taking(a)).toContain('Ayu Lestari');
  });

  it('reads "A and B, who attended the signing, said …" as said of both', () => {
    const a = article(
      'President signs loan programme with World Bank',
      [
        'President Rudi Santoso signed a loan programme with the World Bank on Tuesday.',
        'Finance Minister Budi Hartono and central bank Governor J. Wirasena Darmadi, who attended the signing, said the deficit would narrow next year.',
      ],
      { source: 'AP', dateline: { place: 'JAKARTA, Indonesia', date: null } },
    );
    expect(taking(a)).toEqual(expect.arrayContaining(['Budi Hartono', 'J. Wirasena Darmadi']));
  });
});

describe('a leader whose policy the lede cites', () => {
  const a = article(
    'Japan, EU sign trade pact',
    [
      'Japan and the European Union on Tuesday signed an economic partnership deal, with the leaders calling the pact a reply to the trade policy of U.S. President Dale Horner.',
      'Japanese Prime Minister Kenji Arata and European Council President Piet Maes signed the agreement.',
    ],
    { source: 'Reuters', dateline: { place: 'TOKYO', date: null } },
  );

  it('gives him his title without the words it is the complement of', () => {
    expect(person(a, 'Dale Horner')?.roles).toEqual(['U.S. President']);
  });

  it('leaves him out of the signing', () => {
    expect(taking(a)).toEqual(['Kenji Arata', 'Piet Maes']);
  });
});

describe("a conference's chairman and a delegation's member", () => {
  const a = article(
    'WTO ministerial conference approves accession',
    [
      'The Ministerial Conference of the World Trade Organization on Saturday approved the accession of Moldova.',
      'Fahad Al Mira, the host minister, brought down the gavel after a long night.',
      "Ion Lupu, Vice Minister of Economy and Moldova's chief negotiator, who was in the delegation in Doha, said afterwards that firms should brace for rivals.",
    ],
    { source: 'Xinhua', dateline: { place: 'DOHA', date: 'November 10' } },
  );

  it('counts the chairman who "brought down the gavel"', () => {
    expect(taking(a)).toContain('Fahad Al Mira');
  });

  it('counts one "who was in the delegation", set off after his titles, though he spoke after the session', () => {
    expect(taking(a)).toContain('Ion Lupu');
  });
});

describe('a relative introduced through an adjective and a possessive', () => {
  it('places "the president\'s youngest son, X" in his father\'s country, not in a country his sentence names', () => {
    const a = article(
      'President signs loan programme with World Bank',
      [
        'Indonesian President Sutomo signed a loan programme with the World Bank on Tuesday.',
        "The plan ends tax breaks for the car project run by Sutomo's youngest son, Bambang Wirya.",
        'Bambang had been allowed to import cars from South Korea without duties.',
      ],
      { source: 'AP', dateline: { place: 'JAKARTA, Indonesia', date: null } },
    );
    expect(person(a, 'Bambang Wirya')?.country).toBe('Indonesia');
  });
});

describe("a firm's head named to describe the firm", () => {
  const a = article(
    'President signs loan programme with World Bank',
    [
      'President Sutomo signed a loan programme with the World Bank on Tuesday.',
      'The programme winds down subsidies to the shipbuilding company PAL, headed by Research and Technology Minister Ari Wibowo.',
    ],
    { source: 'AP', dateline: { place: 'JAKARTA, Indonesia', date: null } },
  );

  it('leaves him out of the signing', () => {
    expect(taking(a)).toEqual(['Sutomo']);
  });

  it('reads "Research and Technology Minister" as one title', () => {
    expect(person(a, 'Ari Wibowo')?.roles).toEqual(['Research and Technology Minister']);
  });
});

describe("a think tank's head", () => {
  it("counts the words of a research centre's director as a comment on the launch, not a part in it", () => {
    const a = article(
      'President launches sovereign wealth fund, names minister to lead it',
      [
        'President Rudi Santoso on Monday launched a sovereign wealth fund at the palace.',
        'Dewi Anggraini, executive director of the Institute for Budget and Market Research, said investors would want to see the first accounts of the fund.',
      ],
      { source: 'Antara', dateline: { place: 'Jakarta', date: null } },
    );
    expect(taking(a)).toEqual(['Rudi Santoso']);
  });
});

describe('a country as the subject of an office', () => {
  it("gives no country to an analyst by his field's country or his former body's country division", () => {
    const a = article(
      'Trade deal reached',
      [
        'The United States and Moldova reached a partial trade deal on Friday.',
        '“It is a pause, not peace,” said Ed Pratt, who teaches at Yale University and once ran the International Monetary Fund’s China division.',
      ],
      { source: 'Bloomberg', dateline: null },
    );
    expect(person(a, 'Ed Pratt')?.country).toBeNull();
  });

  it('gives no country to an IMF mission chief "for Ghana"', () => {
    const a = article(
      'Ghana and IMF agree loan terms',
      [
        'Ghana and the International Monetary Fund agreed on Tuesday on the terms of a new loan.',
        'Pete Brown, IMF mission chief for Ghana, gave the terms to reporters.',
      ],
      { source: 'Xinhua', dateline: { place: 'ACCRA', date: 'Sept. 1' } },
    );
    expect(person(a, 'Pete Brown')?.country).toBeNull();
  });
});
