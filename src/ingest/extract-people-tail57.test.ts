// Leftovers of the fifty-sixth to fifty-eighth blind rounds (conflict, crisis and parliamentary diplomacy), on invented
// sentences with invented people: neither the people nor the sentences are the held-out files'.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ReturnType<typeof article>) => extract(a).people.map((p) => p.name);

describe('a minister of a church', () => {
  it('keeps "Rev." as the role of "the Rev. X"', () => {
    const a = article('Parties reach agreement after all-night talks', [
      'BELFAST (AP) — Leaders of the province reached an agreement on Friday after talks that ran through the night.',
      'The Rev. Ola Berg, whose party had walked out of the talks in March, called the deal a sellout.',
    ]);
    expect(person(a, 'Ola Berg')?.roles).toEqual(['Rev.']);
  });
});

describe('the words before a party leader’s "leader"', () => {
  const talks = (later: string) =>
    article('Parties reach agreement after all-night talks', [
      'President Ivo Dovrel telephoned Harbour Union leader Lars Solheim and Vorta Sken leader Ivar Tunstad several times overnight.',
      later,
    ]);

  it('name the body, not a person listed beside the leaders', () => {
    expect(names(talks('The agreement will be put to voters in May.'))).not.toContain('Vorta Sken');
    expect(names(talks('The agreement will be put to voters in May.'))).toContain('Ivar Tunstad');
  });

  it('name the body when a role follows them later', () => {
    const a = talks(
      'Tunstad said Vorta Sken, the political ally of the Farmers League, would study the text before deciding.',
    );
    expect(names(a)).not.toContain('Vorta Sken');
    expect(person(a, 'Ivar Tunstad')?.roles).toEqual(['Vorta Sken leader']);
  });
});

describe("a country's own after 'and', paired with another country's own", () => {
  it('is a person though the surname is an English word and the sentence ends there', () => {
    const a = article('Former leaders attend signing', [
      "Carter brokered the accords between Egypt's Ahmed Omran and Israel's Zevulun Sharp.",
    ]);
    expect(person(a, 'Zevulun Sharp')?.country).toBe('Israel');
  });
});

describe('"the <nationality> president" for a leader named by the bare office', () => {
  const signing = (later: string) =>
    article(
      'Three countries sign fuel swap declaration',
      [
        'TEHRAN, May 17 (IRNA) -- Iran, Turkey and Brazil put their names on Monday to a fuel swap deal under which Iran will ship its uranium to Turkey for reactor fuel.',
        'Iranian Foreign Minister Reza Karimi, Turkish Foreign Minister Cem Aydin and Brazilian Foreign Minister Joao Prado signed the text in the presence of President Ali Rahimi, Brazilian President Rui Vasconcelo and Turkish Prime Minister Kemal Ozan.',
        later,
      ],
      { source: 'IRNA', dateline: { place: 'TEHRAN', date: 'May 17' } },
    );

  it('places that leader, in a story filed from the country, before the nationalities listed around him', () => {
    const a = signing(
      'Vasconcelo, in town since Saturday, had held talks with the Iranian president on the eve of the signing.',
    );
    expect(person(a, 'Ali Rahimi')?.country).toBe('Iran');
  });

  it('does not read a description in a sentence that names the leader too (two people)', () => {
    const a = signing(
      'Vasconcelo, in town since Saturday, had held talks with the Iranian president and Rahimi on the eve of the signing.',
    );
    expect(person(a, 'Ali Rahimi')?.country).not.toBe('Iran');
    expect(person(a, 'Rui Vasconcelo')?.country).toBe('Brazil');
  });
});

describe('a party leader listed among compatriots', () => {
  it('takes the country the listed leaders’ titles give, not the dateline’s', () => {
    const a = article(
      'Lebanese leaders sign agreement in Doha',
      [
        'Doha, May 21 (QNA) - Lebanese leaders signed an agreement at a hotel in Doha today, ending an 18-month crisis.',
        'The signing was attended by majority leader Karim Tabet, Cedar Movement leader Elias Sfeir, Lebanese Forces leader Jad Maalouf and Lebanese Kataeb leader Fadi Karam.',
      ],
      { source: 'QNA', dateline: { place: 'Doha', date: 'May 21' } },
    );
    expect(person(a, 'Karim Tabet')?.country).toBe('Lebanon');
    expect(person(a, 'Elias Sfeir')?.country).toBe('Lebanon');
  });
});

describe('a mediator who speaks of two sides', () => {
  const summit = (...more: string[]) =>
    article(
      'Lakeside summit ends without deal',
      [
        'Twelve days of talks at a lakeside retreat broke up on Tuesday with no peace agreement, President Tom Carvell saying Armenia and the Azerbaijanis could not close their gap over the corridor.',
        'WASHINGTON, July 25 (Reuters) - Speaking at the White House, Carvell said Armenian Prime Minister Aram Petrosyan had been brave, while Azerbaijani President Elchin Mammadov had given less ground.',
        ...more,
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: 'July 25' } },
    );

  it('is not of either side his reported words name together', () => {
    expect(person(summit(), 'Tom Carvell')?.country).toBe('United States');
  });

  it('is not of the country of a city he went to ("a summit in Osaka, Japan")', () => {
    const a = summit(
      'Carvell spent three days away at a summit in Osaka, Japan, while his secretary of state kept up the mediation.',
    );
    expect(person(a, 'Tom Carvell')?.country).toBe('United States');
  });
});

describe("a bare office in the outlet's own country", () => {
  it('keeps the country the dateline and the outlet share over one his words send aid to', () => {
    const a = article(
      'Ukrainian president addresses Spanish parliament',
      [
        'Madrid, Apr 5 (EFE).- Ukrainian President Ivan Koval spoke to the Spanish parliament over video on Tuesday and asked its members for more arms.',
        'Prime Minister Luis Arnaud, who took the floor after the Ukrainian leader, said that Spain would ship more military equipment to Ukraine.',
      ],
      { source: 'EFE', dateline: { place: 'Madrid', date: 'Apr 5' } },
    );
    expect(person(a, 'Luis Arnaud')?.country).toBe('Spain');
  });
});

describe('one whose party walked out of the talks', () => {
  it('took no part in the agreement the talks reached', () => {
    const a = article(
      'Parties reach peace agreement',
      [
        'BELFAST (AP) — Leaders of the province reached a peace agreement on Friday after marathon talks, the two prime ministers keeping the parties at the table all night.',
        'Prime Minister Ann Carvell and Chancellor Piet Voskuil sat down with each of the parties in turn at the castle.',
        'The Rev. Ola Berg, whose party had walked out of the talks in March, called the deal a sellout.',
      ],
      { source: 'AP', dateline: { place: 'BELFAST', date: 'April 10' } },
    );
    expect(person(a, 'Ola Berg')?.participant).toBe(false);
  });
});

describe('a mediator at the talks', () => {
  const summit = (line: string) =>
    article(
      'Lakeside summit ends without deal',
      [
        'WASHINGTON, July 25 (Reuters) - Twelve days of talks at a lakeside retreat between Armenian Prime Minister Aram Petrosyan and Azerbaijani President Elchin Mammadov broke up on Tuesday with no peace agreement.',
        line,
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: 'July 25' } },
    );

  it('takes part when left to lead the mediation', () => {
    const a = summit(
      'While President Tom Carvell was away for three days, Secretary of State Ruth Ambler was left to lead the mediation.',
    );
    expect(person(a, 'Ruth Ambler')?.participant).toBe(true);
  });

  it('takes part when shuttling between the delegations for the summit', () => {
    const a = summit(
      "U.S. envoy Mark Stellan shuttled between the rival delegations' lodges throughout the summit.",
    );
    expect(person(a, 'Mark Stellan')?.participant).toBe(true);
  });
});

describe('an appositive after the state or country one is of', () => {
  it('gives the role set off after "of Ohio,"', () => {
    const a = article('Senate approves arms treaty', [
      "Senator Tom Kerr counted on Ann Rowley of Ohio, the panel's senior Republican, to bring round the doubters.",
    ]);
    expect(person(a, 'Ann Rowley')?.roles).toEqual(["panel's senior Republican"]);
  });

  it('leaves a title set off before the next name of a list to that name', () => {
    const a = article('President sworn in', [
      'Present at the ceremony were King Olav IX of Norway, the President of Portugal, Mario Tavares de Quintel, Argentine President Ana Ferro and Chilean President Luis Harnecker.',
    ]);
    expect(person(a, 'Olav IX')?.roles).toEqual(['King']);
    expect(person(a, 'Mario Tavares de Quintel')?.roles).toEqual(['President of Portugal']);
  });
});
