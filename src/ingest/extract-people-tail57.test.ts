// Leftovers of the fifty-sixth to fifty-eighth blind rounds (conflict, crisis and parliamentary diplomacy), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ReturnType<typeof article>) => extract(a).people.map((p) => p.name);

describe('a minister of a church', () => {
  it('keeps "Rev." as the role of "the Rev. X"', () => {
    const a = article('Parties reach agreement after all-night talks', [
      'BELFAST (AP) — Leaders of the province reached an agreement on Friday after talks that ran through the night.',
      'The Rev. Ola Berg, whose party walked out of the talks last year, denounced the deal as a betrayal.',
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
        'TEHRAN, May 17 (IRNA) -- Foreign ministers of Iran, Turkey and Brazil signed a declaration in Tehran on Monday under which Iran will deposit its uranium in Turkey in exchange for reactor fuel.',
        'The declaration was signed by Iranian Foreign Minister Reza Karimi, Turkish Foreign Minister Cem Aydin and Brazilian Foreign Minister Joao Prado in the presence of President Ali Rahimi, Brazilian President Rui Amaral and Turkish Prime Minister Kemal Ozan.',
        later,
      ],
      { source: 'IRNA', dateline: { place: 'TEHRAN', date: 'May 17' } },
    );

  it('places that leader, in a story filed from the country, before the nationalities listed around him', () => {
    const a = signing(
      'Amaral, who arrived on Saturday, had held a meeting with the Iranian president before the ceremony.',
    );
    expect(person(a, 'Ali Rahimi')?.country).toBe('Iran');
  });

  it('does not read a description in a sentence that names the leader too (two people)', () => {
    const a = signing(
      'Amaral, who arrived on Saturday, had held a meeting with the Iranian president and Rahimi before the ceremony.',
    );
    expect(person(a, 'Ali Rahimi')?.country).not.toBe('Iran');
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
        'The summit at the lakeside retreat ended on Tuesday without a peace agreement after 12 days of talks, with President Tom Carvell saying Armenia and the Azerbaijanis could not bridge their differences over the corridor.',
        'WASHINGTON, July 25 (Reuters) - Carvell told reporters at the White House that Armenian Prime Minister Aram Petrosyan had shown courage, while Azerbaijani President Elchin Mammadov had not moved as far.',
        ...more,
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: 'July 25' } },
    );

  it('is not of either side his reported words name together', () => {
    expect(person(summit(), 'Tom Carvell')?.country).toBe('United States');
  });

  it('is not of the country of a city he went to ("a summit in Osaka, Japan")', () => {
    const a = summit(
      'Carvell left the talks for three days to attend a summit in Osaka, Japan, leaving his secretary of state to lead the mediation.',
    );
    expect(person(a, 'Tom Carvell')?.country).toBe('United States');
  });
});

describe("a bare office in the outlet's own country", () => {
  it('keeps the country the dateline and the outlet share over one his words send aid to', () => {
    const a = article(
      'Ukrainian president addresses Spanish parliament',
      [
        "Madrid, Apr 5 (EFE).- Ukrainian President Ivan Koval addressed Spain's parliament by video link on Tuesday, asking Spanish lawmakers for more weapons.",
        'Prime Minister Luis Arnaud, who also addressed the session after the Ukrainian leader, said that Spain would send more military equipment to Ukraine.',
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
        'BELFAST (AP) — Leaders of the province reached a peace agreement on Friday after marathon talks, with the two prime ministers pressing the parties through the night.',
        'Prime Minister Ann Carvell and Chancellor Piet Voskuil negotiated face to face with the parties at the castle.',
        'The Rev. Ola Berg, whose party walked out of the talks last year, denounced the deal as a betrayal.',
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
        'WASHINGTON, July 25 (Reuters) - The summit at the lakeside retreat ended on Tuesday without a peace agreement after 12 days of talks between Armenian Prime Minister Aram Petrosyan and Azerbaijani President Elchin Mammadov.',
        line,
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: 'July 25' } },
    );

  it('takes part when left to lead the mediation', () => {
    const a = summit(
      'President Tom Carvell left the talks for three days, leaving Secretary of State Ruth Ambler to lead the mediation in his absence.',
    );
    expect(person(a, 'Ruth Ambler')?.participant).toBe(true);
  });

  it('takes part when shuttling between the delegations for the summit', () => {
    const a = summit(
      "U.S. envoy Mark Stellan had shuttled between the two delegations' cabins for much of the summit.",
    );
    expect(person(a, 'Mark Stellan')?.participant).toBe(true);
  });
});

describe('an appositive after the state or country one is of', () => {
  it('gives the role set off after "of Indiana,"', () => {
    const a = article('Senate approves arms treaty', [
      "Senator Tom Kerr worked closely with Ann Hollis of Ohio, the panel's senior Republican, to win over wavering members.",
    ]);
    expect(person(a, 'Ann Hollis')?.roles).toEqual(["panel's senior Republican"]);
  });

  it('leaves a title set off before the next name of a list to that name', () => {
    const a = article('President sworn in', [
      'Among the 19 heads of state and government present were King Olav IX of Norway, the President of Portugal, Mario Tavares de Quintel, Argentine President Ana Ferro and Chilean President Luis Harnecker.',
    ]);
    expect(person(a, 'Olav IX')?.roles).toEqual(['King']);
    expect(person(a, 'Mario Tavares de Quintel')?.roles).toEqual(['President of Portugal']);
  });
});
