// Rounds 65–68 leftovers (session 38): relatives set off after a name's suffix, after a second appositive or "with"
// someone; a pronoun's relative and a kin list's shared surname; "Lady" before a given name; the dead holding no office;
// a described leader or envoy; a birthplace as the last tie. Invented sentences, invented people.
import { describe, expect, it } from 'vitest';
import {
  extractTest,
  participantNames,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const names = (a: ReturnType<typeof article>) => extractTest(a).people.map((p) => p.name);
const ap = (place: string) => ({ source: 'AP', dateline: { place, date: null } });

describe('a funeral where the dead president held the office', () => {
  it("lets the new president named beside him be the dateline's", () => {
    const a = article(
      'Penhale Buried at Arlington as Leaders Walk Behind Caisson',
      [
        'President Aldric Penhale was buried Monday at Arlington National Cemetery after a requiem Mass.',
        'President Corin Ashdale and his wife walked a few paces behind the family.',
        'French President Oriel Brisco walked beside the king.',
      ],
      ap('WASHINGTON'),
    );
    expect(person(a, 'Corin Ashdale')?.country).toBe('United States');
  });
});

describe('"Lady" before a given name', () => {
  it('names "Lady Wren Ashdale", the president\'s wife, in full', () => {
    const a = article(
      'Leaders walk behind caisson',
      ['President Corin Ashdale and his wife, Lady Wren Ashdale, walked a few paces behind the family.'],
      ap('WASHINGTON'),
    );
    expect(names(a)).toContain('Lady Wren Ashdale');
    expect(person(a, 'Lady Wren Ashdale')?.roles).toEqual([]);
  });

  it('keeps a given name the lexicons know after "Lady" as the name, "Lady" as the role', () => {
    const a = article(
      'Leaders walk behind caisson',
      ['Lord Corin Ashdale and his wife, Lady Anne Ashdale, walked a few paces behind the family.'],
      ap('LONDON'),
    );
    expect(person(a, 'Anne Ashdale')?.roles).toContain('Lady');
  });
});

describe('relatives set off by commas at a funeral', () => {
  const funeral = 'Thousands mourn Renwick at stadium memorial';

  it('counts a son whose name ends in "Jr." as the subject of the verb after it', () => {
    const a = article(
      'Renwick Buried in Oslo as Leaders Walk Behind Caisson',
      [
        'Halvard Renwick was buried Monday in Oslo after a requiem Mass attended by kings and presidents.',
        'Sorrel Renwick, who will be 6 on Wednesday, stood with her mother on the cathedral steps. Her brother, Talbrook Renwick Jr., who turned 3 today, raised his right hand in a salute as the coffin was carried past.',
      ],
      ap('OSLO'),
    );
    expect(participantNames(a)).toContain('Talbrook Renwick Jr');
  });

  it('counts the first of two relatives set off before one verb, and gives "his former wife" his country', () => {
    const a = article(
      funeral,
      [
        'Mourners filled the stadium on Tuesday for the memorial service of Norwegian writer Halvard Renwick.',
        "Renwick's widow, Mirela Castellan, and his former wife, Jessamy Quenby, sat near the front and embraced as they arrived.",
      ],
      ap('OSLO'),
    );
    expect(participantNames(a)).toEqual(expect.arrayContaining(['Mirela Castellan', 'Jessamy Quenby']));
    expect(person(a, 'Jessamy Quenby')?.country).toBe('Norway');
  });

  it('counts a wife one "is with" in the roll of the front rows', () => {
    const a = article(
      'LIVE: Pope laid to rest as kings and presidents join mourners',
      [
        "Here's who is in the front rows reserved for dignitaries.",
        'US President Corin Ashdale is with his wife, Sorrel, and Secretary of State Oriel Brisco.',
      ],
      { source: null, dateline: null },
    );
    expect(participantNames(a)).toContain('Sorrel');
  });
});

describe('a kin list sharing one surname', () => {
  it('names the first of "Idan and Efrat Varro" in full, and finds that name again', () => {
    const a = article(
      'Memorial held for former premier',
      [
        "Varro's sons, Idan and Efrat Varro, sat with their families to the right of the coffin.",
        'Idan Varro spoke in Hebrew of his father.',
      ],
      { source: null, dateline: null },
    );
    expect(names(a)).toEqual(expect.arrayContaining(['Idan Varro', 'Efrat Varro']));
    expect(names(a)).not.toContain('Idan');
  });

  it('finds a relative set off after "his late mother," whose name is an English word', () => {
    const a = article(
      'Memorial held for former premier',
      ['Idan Varro spoke of his father and of his late mother, Pearl.'],
      { source: null, dateline: null },
    );
    expect(names(a)).toContain('Pearl');
  });
});

describe('a dead leader described', () => {
  it('places the one named before "the late Palestinian leader\'s coffin" in Palestine', () => {
    const a = article(
      'World leaders bid farewell in Cairo',
      [
        "Arab kings and presidents bade farewell to Kamal Haddani at a brief military funeral in Cairo on Friday before the late Palestinian leader's coffin was flown to the West Bank.",
      ],
      { source: 'Dawn', dateline: { place: 'CAIRO', date: 'Nov 12' } },
    );
    expect(person(a, 'Kamal Haddani')?.country).toBe('Palestine');
  });
});

describe('an envoy described before named', () => {
  it('places "Ambassador X" after "the residence of Norway\'s ambassador" in Norway', () => {
    const a = article(
      "President signs condolence book at envoy's residence",
      [
        "US President Corin Ashdale on Friday visited the residence of Norway's ambassador in Washington to sign a book of condolence.",
        'Ashdale was received by Ambassador Ivar Lunde and spent several minutes at the residence.',
      ],
      { source: 'Anadolu Agency', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Ivar Lunde')?.country).toBe('Norway');
  });
});

describe('a birthplace as the only tie', () => {
  it('places "the Irish-born singer X" in Ireland, not among the dateline\'s locals', () => {
    const a = article(
      'Prime Minister tells remembrance service country must confront racism',
      [
        'Prime Minister Tamsin Odell told a national remembrance service on Friday that New Zealand must confront racism.',
        'Governor-General Yusra Holloway and members of parliament sat in the front rows.',
        'Speaker Brisco Thessaly opened the service.',
        'The Irish-born singer Conn Malloy performed before the names of the dead were read out.',
      ],
      { source: 'AFP', dateline: { place: 'CHRISTCHURCH, New Zealand', date: null } },
    );
    expect(person(a, 'Conn Malloy')?.country).toBe('Ireland');
  });
});

describe('a paragraph told years back', () => {
  const opEd = () =>
    article(
      "Tao's visit to open new chapter in China-US relations",
      [
        "Editor's note: The following is a signed article by Chinese Ambassador to the United States Lin Wenjie, published ahead of President Tao Ming's state visit to the US.",
        'Thirty years ago this month, Vice-Premier Sun Hao arrived in Washington, the first Chinese leader to visit the United States. President Corin Ashdale welcomed him on the South Lawn of the White House.',
        'Seven years before that, President Oriel Brisco had traveled to Beijing and shaken hands with Chairman Zhou Lan.',
        "President Talbrook Odell's visit to China in November 2009 set the direction for the relationship. Since then, President Tao and President Odell have met several times.",
        "President Tao's visit will open a new chapter in China-US relations.",
      ],
      { date: '2011-01-14', source: 'China Daily', dateline: null },
    );

  it('does not count the host of a visit thirty years back as taking part', () => {
    const a = opEd();
    expect(participantNames(a)).not.toContain('Corin Ashdale');
    expect(participantNames(a)).toContain('Tao Ming');
    expect(person(a, 'Corin Ashdale')?.country).toBe('United States');
  });

  it('lets presidents of other years share a bare office with the one of now', () => {
    const a = opEd();
    expect(person(a, 'Oriel Brisco')?.country).toBe('United States');
    expect(person(a, 'Talbrook Odell')?.country).toBe('United States');
  });
});

describe("a chargé d'affaires written without the accent", () => {
  it('keeps "charge" in the role "charge d\'affaires"', () => {
    const a = article(
      'Freed hostages reach the capital',
      ["The highest-ranking American among the captives, charge d'affaires Ivar Lunde, thanked the crew."],
      ap('ALGIERS, Algeria'),
    );
    expect(person(a, 'Ivar Lunde')?.roles).toEqual(["charge d'affaires"]);
  });
});
