// People seen first in the forty-eighth blind round of held-out articles (who took part when many are in the room:
// summits and conferences, stand-ins for absent leaders, sideline meetings, recalled summits), on invented sentences
// with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';
import {
  extractTest,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const summit = (paragraphs: string[], over = {}) =>
  article('Island leaders open summit in Port Vila', paragraphs, {
    dateline: { place: 'PORT VILA', date: 'May 9' },
    ...over,
  });

describe('who is in the room at a summit', () => {
  it('takes "X and Y were among the leaders around the table" as there', () => {
    const a = summit([
      'PORT VILA, May 9 (Xinhua) -- Leaders of the island states opened their annual summit on Thursday.',
      'Samoan Prime Minister Lemi Taula and Tongan King Siaosi were among the leaders around the table.',
    ]);
    expect(taking(a)).toEqual(['Lemi Taula', 'Siaosi']);
  });

  it("takes the summit's host, named by that role, as there, whatever their own clause says", () => {
    const a = summit([
      'PORT VILA, May 9 (Xinhua) -- Leaders of the island states opened their annual summit on Thursday.',
      "Vanuatu's President Ken Osi, the summit's host, who has championed the fisheries pact for years, called it the biggest step for the islands since independence.",
    ]);
    expect(taking(a)).toEqual(['Ken Osi']);
  });

  it("takes the summit's host into a meeting with the gathering's leaders, not into two leaders' talks beside it", () => {
    const withLeaders = parseArticle(
      [
        ' date 2023-07-12 Ukrainian president holds talks with alliance leaders in Riga',
        'Associated Press',
        '',
        "RIGA, Latvia (AP) — Ukrainian President Ivan Petrenko held talks with the leaders of the alliance's member countries on Wednesday at the new council's first meeting, a day after the alliance gave his country no date to join.",
        '',
        'U.S. President Tom Harlan and French President Paul Marnet were among the leaders around the table. Latvian President Karlis Ozols, the summit\'s host, called the meeting "a historic moment."',
      ].join('\n'),
    ).article!;
    expect(taking(withLeaders)).toEqual(['Ivan Petrenko', 'Tom Harlan', 'Paul Marnet', 'Karlis Ozols']);
    const twoLeaders = article(
      'Japanese, Peruvian leaders hold talks on sidelines of Pacific summit',
      [
        'LIMA, Nov. 19 (Xinhua) -- Japanese Prime Minister Kenji Moraga held talks with Peruvian President Luis Vega on the sidelines of the summit on Saturday.',
        "Chilean President Ana Rojas, the summit's host, welcomed the leaders to the gathering.",
      ],
      { dateline: { place: 'LIMA', date: 'Nov. 19' } },
    );
    expect(taking(twoLeaders)).toEqual(['Kenji Moraga', 'Luis Vega']);
  });

  it('reads a passive "conditions are met" in the lede as no meeting of two sides', () => {
    const a = article(
      'Island leaders open door to new member',
      [
        'PORT VILA, May 9 (Xinhua) -- Leaders of the island states agreed on Thursday that the territory would be invited to join the forum when conditions are met.',
        "Samoan Prime Minister Lemi Taula and Tongan King Siaosi were among the leaders around the table. Vanuatu's President Ken Osi, the summit's host, called the decision historic.",
      ],
      { dateline: { place: 'PORT VILA', date: 'May 9' } },
    );
    expect(taking(a)).toEqual(['Lemi Taula', 'Siaosi', 'Ken Osi']);
  });

  it('takes those who "put their signatures to" the agreement, or held a joint press conference, as there', () => {
    const a = summit([
      'PORT VILA, May 9 (Xinhua) -- Leaders of the island states opened their annual summit on Thursday.',
      'Kiribati President Ato Maneb and Nauruan President Joel Detabo put their signatures to the fisheries agreement.',
      'Fijian Prime Minister Tevita Ralo and Palauan President Rua Ngiral gave a joint press conference and said the results went beyond their hopes.',
    ]);
    expect(taking(a)).toEqual(['Ato Maneb', 'Joel Detabo', 'Tevita Ralo', 'Rua Ngiral']);
  });

  it('takes one "who chaired the two-day summit" as there, though their words were written on social media', () => {
    const a = summit([
      'PORT VILA, May 9 (Xinhua) -- Leaders of the island states agreed on Thursday to open talks on a customs union.',
      '"The leaders have decided," Forum Chair Lisa Moana, who chaired the two-day summit, wrote on X.',
    ]);
    expect(taking(a)).toEqual(['Lisa Moana']);
  });

  it('sets a sentence opened by "There" at the other time of the sentence before it', () => {
    const a = article(
      'Historic ocean deal adopted as minister brings down the gavel',
      [
        'Negotiators from 90 countries on Saturday evening adopted the ocean treaty after two weeks of talks.',
        '"I declare the treaty adopted," Foreign Minister Jean Morel said as he struck the gavel.',
        'President Li Wen attended the opening of the meeting on Nov 30, when about 70 heads of state met in the city. There he met President Tom Harlan, who on Saturday hailed the deal in a televised statement.',
      ],
      { date: '2015-12-14', dateline: null, source: 'China Daily' },
    );
    expect(taking(a)).toEqual(['Jean Morel']);
  });

  it('still takes "There" as the event\'s place when the sentence before is the event\'s', () => {
    const a = article(
      'Ministers open ocean conference',
      [
        'Ministers from 90 countries on Saturday opened the ocean conference in the city.',
        'President Li Wen attended the opening of the conference on Saturday. There he met President Tom Harlan.',
      ],
      { date: '2015-12-14', dateline: { place: 'LISBON', date: 'Dec. 12' }, source: 'China Daily' },
    );
    expect(taking(a)).toEqual(['Li Wen', 'Tom Harlan']);
  });

  it('judges a country\'s own "which" clause apart from the delegate who represented it', () => {
    const a = article(
      'Turkish president attends Asia security summit in Astana',
      [
        'ASTANA, Oct. 13 -- Turkish President Ali Kaya on Thursday attended the sixth summit of the regional forum.',
        'Mongolia, which chaired the forum from 2014 to 2018, was represented by Vice President Bat Erdene, who attended as the special envoy of President Tumur Ganbold.',
      ],
      { date: '2022-10-13', dateline: { place: 'ASTANA', date: 'Oct. 13' } },
    );
    expect(taking(a)).toEqual(['Ali Kaya', 'Bat Erdene']);
  });

  it('takes talks on another day of a two-day summit as part of it, but not words said that day', () => {
    const a = article(
      'Leaders vow to keep markets open as Pacific summit ends',
      [
        'LIMA, Nov. 20 -- Leaders of the member economies ended their two-day summit in the Peruvian capital on Sunday.',
        'President Tom Harlan met the other 11 trade pact leaders on Saturday and urged them to keep the pact alive.',
        'Deputy Foreign Minister Ivan Sorokin said on Saturday that the pact was dead.',
      ],
      { date: '2016-11-21', dateline: { place: 'LIMA', date: 'Nov. 20' }, source: 'Reuters' },
    );
    expect(taking(a)).toEqual(['Tom Harlan']);
  });

  it('reads those a decision in the lede is about ("agreed … that X will succeed Y") as no part of the meeting', () => {
    const a = article(
      'Island leaders end retreat with pledge on fisheries',
      [
        'Leaders of the 18-nation forum, including Prime Minister Lemi Taula, today agreed at a retreat at Apia that Princess Salote will succeed King Tupou as the patron of the forum.',
      ],
      { dateline: { place: 'APIA', date: 'April 20' }, source: 'PTI' },
    );
    expect(taking(a)).toEqual(['Lemi Taula']);
  });

  it('reads the one a headline\'s decision is about ("leaders agree X will succeed Y") as cited, not there', () => {
    const a = article(
      'Island leaders agree Princess Salote will succeed King as patron; Taula attends retreat',
      [
        'Leaders of the 18-nation forum, including Prime Minister Lemi Taula, today agreed at a retreat at Apia that Princess Salote will succeed King Tupou as the patron of the forum.',
      ],
      { dateline: { place: 'APIA', date: 'April 20' }, source: 'PTI' },
    );
    expect(taking(a)).toEqual(['Lemi Taula']);
  });

  it('reads no person in "the APEC CEO Summit"', () => {
    const a = summit([
      'PORT VILA, May 9 (Xinhua) -- Leaders of the island states opened their annual summit on Thursday.',
      'Chinese President Li Wen, speaking at the APEC CEO Summit, said China would stay open to the world.',
    ]);
    expect(extractNames(a)).toEqual(['Li Wen']);
  });
});

describe('the countries of delegates', () => {
  it("places a bare-titled name shaped like a national outlet's home there in any sentence", () => {
    const a = article(
      'Donors pledge aid at Tokyo conference',
      [
        'TOKYO, July 8 (Jiji Press)--Some 80 countries pledged on Sunday to provide aid at a conference in Tokyo.',
        'Prime Minister Kenji Moraga told reporters after the conference that the fund would lose its meaning without the United States.',
      ],
      { dateline: { place: 'TOKYO', date: 'July 8' }, source: 'Jiji Press' },
    );
    expect(person(a, 'Kenji Moraga')?.country).toBe('Japan');
  });

  it('places those by whom "Washington was represented instead" in the United States', () => {
    const a = summit(
      [
        'PORT VILA, May 9 -- Prime Minister Dato Ali Rahman today joined leaders at the summit in Port Vila.',
        'U.S. President Tom Harlan skipped the gathering. Washington was represented instead by Commerce Secretary Will Dorsey and National Security Adviser Rob Kenner.',
      ],
      { source: 'Bernama' },
    );
    expect(person(a, 'Ali Rahman')?.country).toBe('Malaysia');
    expect(person(a, 'Will Dorsey')?.country).toBe('United States');
    expect(person(a, 'Rob Kenner')?.country).toBe('United States');
  });

  it('places "his counterpart from neighbouring Togo, X" in Togo, not with the one he is joined to', () => {
    const a = article(
      'Regional leaders launch free trade zone',
      [
        'NIAMEY, July 7 (Xinhua) -- Leaders on Sunday launched a free trade zone at a summit in the capital.',
        'Ghanaian President Kofi Mensah and his counterpart from neighbouring Togo, Paul Agbeko, put their signatures to the agreement at the opening of the summit.',
      ],
      { dateline: { place: 'NIAMEY', date: 'July 7' } },
    );
    expect(person(a, 'Paul Agbeko')?.country).toBe('Togo');
    expect(person(a, 'Kofi Mensah')?.country).toBe('Ghana');
  });

  it('reads "the South Americans" as no nationality', () => {
    const a = article(
      'Leaders sign bank agreement at summit',
      [
        'The leaders of five countries today signed the agreement that creates the bank.',
        'Foreign Minister Luiz Alberto Brandão, who sat beside the president during the talks, said the meeting with the Andean leaders had been the idea of the presidency.',
      ],
      { dateline: { place: 'Fortaleza', date: null }, source: 'Agência Brasil' },
    );
    expect(person(a, 'Luiz Alberto Brandão')?.country).toBe('Brazil');
  });
});

function extractNames(a: ReturnType<typeof article>): string[] {
  return extractTest(a).people.map((p) => p.name);
}
