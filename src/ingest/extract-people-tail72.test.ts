// The leftovers of the sixty-ninth and seventieth blind rounds (borders and seas; defence stories in the wires'
// revision shapes), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const release = { source: null, dateline: null };

describe('a federation\'s "Federal" offices, and a ministry\'s release signed on one line', () => {
  const paragraphs = [
    'Tartu, 3 March 2019',
    'Federal Minister of the Interior Gerhild Wanninger today visited the border guards of Estonia at the Tartu ' +
      'training centre, together with the Prime Minister of Estonia, Mart Kivisoo.',
    'The exchange programme was agreed at a meeting in Riga in 2018, which Federal Chancellor Ottmar Brandl attended.',
  ];

  it('places the minister and the chancellor in the country of the city the release is signed from', () => {
    const a = article(
      'Minister Wanninger visits border guards in Estonia',
      [...paragraphs, 'Press and Information Office, Federal Ministry of the Interior, Berlin'],
      release,
    );
    expect(person(a, 'Gerhild Wanninger')?.country).toBe('Germany');
    expect(person(a, 'Ottmar Brandl')?.country).toBe('Germany');
    expect(person(a, 'Mart Kivisoo')?.country).toBe('Estonia');
  });

  it('does not give a "Federal" title to a unitary state named in the sentence', () => {
    const a = article('Minister Wanninger visits border guards in Estonia', paragraphs, release);
    expect(person(a, 'Gerhild Wanninger')?.country).not.toBe('Estonia');
    expect(person(a, 'Ottmar Brandl')?.country).not.toBe('Latvia');
    expect(person(a, 'Gerhild Wanninger')?.roles).toEqual(['Federal Minister of the Interior']);
    expect(person(a, 'Mart Kivisoo')?.country).toBe('Estonia');
  });

  it('keeps a "Federal Minister" in a federation the sentence names', () => {
    const a = article(
      'Minister opens road',
      ["Pakistan's Federal Minister for Communications Farrukh Dhillwan opened the road on Monday."],
      { source: 'APP', dateline: { place: 'ISLAMABAD', date: 'May 9' } },
    );
    expect(person(a, 'Farrukh Dhillwan')?.country).toBe('Pakistan');
  });
});

describe('the nationality of those given leave, and a post held for one side', () => {
  const manila = { source: 'Reuters', dateline: { place: 'MANILA', date: 'April 11' } };

  it('does not give a president the nationality of the forces he gave access to', () => {
    const a = article(
      'Philippines opens more bases to its ally',
      [
        'The Philippines and the United States began joint drills on Tuesday. U.S. Ambassador Dana Pellworth attended.',
        'President Ramon Dalisay in March gave U.S. forces access to three more Philippine military sites.',
      ],
      manila,
    );
    expect(person(a, 'Ramon Dalisay')?.country).toBe('Philippines');
  });

  it('still reads a nationality the giver holds ("gave Japanese support")', () => {
    const a = article(
      'Japan backs the drills',
      ['Japanese Defence Minister Kenji Arakawa gave his support to the drills on Tuesday.'],
      manila,
    );
    expect(person(a, 'Kenji Arakawa')?.country).toBe('Japan');
  });

  it('places each commander by the side named right after the post', () => {
    const a = article(
      'Allies open joint drills',
      [
        'The Philippines and Japan opened joint drills on Tuesday.',
        'Maj. Gen. Rogelio Santillan is exercise director for the Philippine side and Lt. Gen. Haruto Kisaragi of ' +
          'the Japan Ground Self-Defense Force for the Japanese side.',
      ],
      manila,
    );
    expect(person(a, 'Rogelio Santillan')?.country).toBe('Philippines');
    expect(person(a, 'Haruto Kisaragi')?.country).toBe('Japan');
  });
});

describe('the commanders of a warship a headline names by its nationality', () => {
  const ap = { source: 'AP', dateline: { place: 'COLOMBO, Sri Lanka', date: null } };

  it("gives the group commander the ship's country, under a headline of its port call", () => {
    const a = article(
      'Indian destroyer makes port call in Sri Lanka',
      [
        'An Indian Navy destroyer arrived in Colombo on Monday for a three-day goodwill visit.',
        'Rear Adm. Vikram Sethuraman, commander of Eastern Fleet Task Group 3, said the crew would play cricket with ' +
          'local youth.',
      ],
      ap,
    );
    expect(person(a, 'Vikram Sethuraman')?.country).toBe('India');
  });

  it("leaves such a commander alone under a headline that names no ship's nationality", () => {
    const a = article(
      'Navy drills end in the Indian Ocean',
      [
        'The drills ended on Monday.',
        'Rear Adm. Vikram Sethuraman, commander of Eastern Fleet Task Group 3, said the crew would rest.',
      ],
      ap,
    );
    expect(person(a, 'Vikram Sethuraman')?.country).not.toBe('India');
    expect(person(a, 'Vikram Sethuraman')?.roles).toContain('commander of Eastern Fleet Task Group 3');
  });
});

describe('the members of a counted group of one nationality, listed in a later sentence', () => {
  const afp = { source: 'AFP', dateline: { place: 'TEHRAN', date: 'May 9' } };
  const paragraphs = [
    'Iran on Wednesday freed eight Canadian sailors seized in the Gulf last month.',
    'The group includes Leading Seaman Mireille Daoust, Lieutenant Garrett Oyelaran and Operator Maintainer Jonah ' +
      'Peter Halvorsen.',
  ];

  it("gives each listed member the group's nationality, not the country that held them", () => {
    const a = article('Iran frees eight Canadian sailors', paragraphs, afp);
    for (const name of ['Mireille Daoust', 'Garrett Oyelaran', 'Jonah Peter Halvorsen'])
      expect(person(a, name)?.country, name).toBe('Canada');
  });

  it('reads "Operator Maintainer", a navy rating, as a title before a name', () => {
    const a = article('Iran frees eight Canadian sailors', paragraphs, afp);
    expect(person(a, 'Jonah Peter Halvorsen')?.roles).toEqual(['Operator Maintainer']);
  });

  it('leaves a list that names no group alone', () => {
    const a = article(
      'Iran frees detained sailors',
      [
        'Iran on Wednesday freed sailors seized in the Gulf last month.',
        'The group includes Lieutenant Garrett Oyelaran, Iranian officials said.',
      ],
      afp,
    );
    expect(person(a, 'Garrett Oyelaran')?.country).not.toBe('Canada');
    expect(person(a, 'Garrett Oyelaran')?.roles).toEqual(['Lieutenant']);
  });
});

describe("a past holder of the office a story's current leader holds", () => {
  it("places a prime minister named only in a sentence of an earlier year in the dateline's country", () => {
    const a = article(
      'India and Nepal sign river treaty',
      [
        'Prime Minister Ravindra Kulkarni and Nepal Prime Minister Hari Bahadur Thapaliya signed a treaty on ' +
          'sharing the river here on Monday.',
        'The first understanding on the barrage was reached in 1979 by Prime Minister Sudhakar Nimbalkar.',
      ],
      { source: 'PTI', dateline: { place: 'New Delhi', date: 'Dec 12' } },
    );
    expect(person(a, 'Ravindra Kulkarni')?.country).toBe('India');
    expect(person(a, 'Sudhakar Nimbalkar')?.country).toBe('India');
  });
});

describe('the one named after "the first <nationality> leader to … since"', () => {
  const reuters = { source: 'Reuters', dateline: { place: 'HAVANA', date: 'March 20' } };

  it('gives them the nationality of the kind of leader compared', () => {
    const a = article(
      'Visitor arrives in Havana',
      [
        'Premier Anatoly Verkhovtsev arrived in Havana on Sunday.',
        'He is the most senior Soviet leader to set foot in Cuba since Grigory Malenkin visited the island in 1962.',
      ],
      reuters,
    );
    expect(person(a, 'Grigory Malenkin')?.country).toBe('Soviet Union');
  });

  it('reads "the first U.S. president to visit … since President X" the same way', () => {
    const a = article(
      'Visitor arrives in Havana',
      ['Harlan Whitby is the first U.S. president to visit Cuba since President Edmund Calloway in 1928.'],
      reuters,
    );
    expect(person(a, 'Edmund Calloway')?.country).toBe('United States');
  });
});

describe('the two signers of a pact named by its hyphenated pair of nations', () => {
  it('gives the signer whose title names no country the other side', () => {
    const a = article(
      'Russia marks treaty anniversary',
      [
        'Russian President Oleg Sverdlin on Monday marked the anniversary of the treaty with a speech in Moscow.',
        'The Soviet-Finnish treaty of 1948, signed by Prime Minister Aarne Kivilahti and Soviet Foreign Minister ' +
          'Pyotr Danilenko, ended the war.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: 'April 6' } },
    );
    expect(person(a, 'Pyotr Danilenko')?.country).toBe('Soviet Union');
    expect(person(a, 'Aarne Kivilahti')?.country).toBe('Finland');
  });
});

describe('a bare office beside a foreign one, in talks held in a third country', () => {
  const ap = { source: 'AP', dateline: { place: 'VIENNA, Austria', date: null } };
  const paragraphs = [
    'Defense Secretary Walter H. Kessling and Soviet Defense Minister Marshal Ivan P. Sorokin opened two days of ' +
      'talks Wednesday.',
    'The meeting was arranged after President Holloway and Soviet leader Viktor Lemeshev agreed at their summit in ' +
      'December to widen contacts.',
  ];

  it("gives them the other of the two sides the headline names, not the host's", () => {
    const a = article(
      'Kessling, Sorokin Open First Talks Between U.S., Soviet Defense Chiefs',
      paragraphs,
      ap,
    );
    expect(person(a, 'Ivan P. Sorokin')?.country).toBe('Soviet Union');
    expect(person(a, 'Walter H. Kessling')?.country).toBe('United States');
    expect(person(a, 'Holloway')?.country).toBe('United States');
  });

  it('leaves them to the other rules under a headline that names no two sides', () => {
    const a = article('Defense chiefs open talks in Vienna', paragraphs, ap);
    expect(person(a, 'Walter H. Kessling')?.country).not.toBe('United States');
    expect(person(a, 'Walter H. Kessling')?.roles).toEqual(['Defense Secretary']);
    expect(person(a, 'Ivan P. Sorokin')?.country).toBe('Soviet Union');
  });
});

describe('"when X was president and Y was India\'s prime minister"', () => {
  const a = article(
    'Pakistan, India agree to observe ceasefire',
    [
      'The militaries of Pakistan and India agreed on Thursday to observe the ceasefire along the border.',
      'The two countries first agreed to a ceasefire in 2003, when Tariq Hameed Bhatti was president and Suresh ' +
        "Chandra Patil was India's prime minister.",
    ],
    { source: 'Dawn', dateline: null },
  );

  it('reads the bare office in lower case as the role of the one "when" names', () => {
    expect(person(a, 'Tariq Hameed Bhatti')?.roles).toEqual(['president']);
    expect(person(a, 'Suresh Chandra Patil')?.roles).toEqual(["India's prime minister"]);
  });

  it('does not read "was president from 2007" as such a role', () => {
    const b = article('Former leader dies', ['Tariq Hameed Bhatti was president from 2007 to 2012.'], {
      source: 'Dawn',
      dateline: null,
    });
    expect(person(b, 'Tariq Hameed Bhatti')?.roles ?? []).not.toContain('president');
    expect(person(b, 'Tariq Hameed Bhatti')?.country).toBe('Pakistan');
  });
});
