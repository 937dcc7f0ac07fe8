// People seen first in the forty-seventh blind round of held-out articles (contacts outside the foreign ministries:
// generals, royals, religious leaders, a party chairman, senators, finance ministers, business leaders, an orchestra,
// an interview and a signing), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

describe('titles of courts and churches', () => {
  it('reads "Metropolitan X" as a bishop\'s title and "X, grand steward of …" as a post', () => {
    const a = article(
      'Prime minister receives church delegation',
      [
        'Prime Minister Taro Venn received a church delegation at his office on Tuesday.',
        'Kenji Moraga, grand steward of the Imperial Household Agency, told reporters he had agreed to the audience.',
        "The delegation was led by Metropolitan Seraphim, head of the church's external relations department.",
      ],
      { dateline: { place: 'TOKYO', date: null } },
    );
    expect(person(a, 'Kenji Moraga')?.roles).toEqual(['grand steward of the Imperial Household Agency']);
    expect(person(a, 'Seraphim')?.roles).toEqual([
      'Metropolitan',
      "head of the church's external relations department",
    ]);
    expect(person(a, 'Metropolitan Seraphim')).toBeUndefined();
  });

  it('places "Patriarch X of Belgrade" in the country of his see', () => {
    const a = article(
      'Cardinal meets minister in Rome',
      [
        'ROME, April 29 (ANSA) -- Vatican Secretary of State Cardinal Marco Vetti met Foreign Minister Lia Sanna in Rome on Friday.',
        'On Tuesday, the cardinal met Patriarch Sava of Belgrade at the monastery.',
      ],
      { dateline: { place: 'ROME', date: 'April 29' }, source: 'ANSA' },
    );
    expect(person(a, 'Sava')?.country).toBe('Serbia');
  });
});

describe('a delegation of lawmakers', () => {
  it('lists "Republicans A and B, and Democrats C and D" as members of the visiting group, who take part', () => {
    const a = article(
      'President meets visiting senators',
      [
        'President Lin Haofeng met a delegation of visiting senators led by Senate Majority Leader Ned Varrow on Monday.',
        'The group comprises lawmakers including Republicans Dale Orkin and Tess Mabry, and Democrats Ivo Lantz and Rhea Sollis.',
      ],
      { dateline: { place: 'BEIJING', date: 'Oct 9' }, source: 'Reuters' },
    );
    expect(taking(a)).toEqual([
      'Lin Haofeng',
      'Ned Varrow',
      'Dale Orkin',
      'Tess Mabry',
      'Ivo Lantz',
      'Rhea Sollis',
    ]);
    expect(person(a, 'Republicans Dale Orkin')).toBeUndefined();
    expect(person(a, 'Dale Orkin')?.roles).toEqual([]);
    expect(person(a, 'Ivo Lantz')?.roles).toEqual([]);
  });
});

describe('who takes part', () => {
  it('counts those "among the Americans in the hall" at a concert', () => {
    const a = article(
      'City orchestra plays in Valmora',
      [
        'VALMORA (AFP) – The City Philharmonic played in the Valmoran capital on Tuesday.',
        'Music director Aldo Brenn led the orchestra through two symphonies.',
        'Among the Americans in the hall were former defense secretary Walt Pender and Rudy Kask, a former ambassador.',
      ],
      { dateline: { place: 'VALMORA', date: null }, source: 'AFP' },
    );
    expect(taking(a)).toEqual(expect.arrayContaining(['Walt Pender', 'Rudy Kask']));
  });

  it('keeps a list of places inside the who-clause of one "present at the talks"', () => {
    const a = article(
      'Party leaders hold talks in Beijing',
      [
        'BEIJING, April 29 (Xinhua) -- Party chief Tomas Weller held talks with visiting party chairman Ivo Marten in Beijing on Friday.',
        "Vice Chairman Lars Odden, who led a delegation to Guangzhou, Nanjing and Shanghai late in March, and Petr Halen, director of the party's liaison office, were present at the talks.",
      ],
      { dateline: { place: 'BEIJING', date: 'April 29' } },
    );
    expect(taking(a)).toEqual(['Tomas Weller', 'Ivo Marten', 'Lars Odden', 'Petr Halen']);
  });

  it('reads "The meeting was attended by X" after another day\'s meeting as that meeting\'s', () => {
    const a = article(
      'Leader receives visiting cardinal in Sochi',
      [
        'SOCHI, August 23 (TASS) -- President Ivan Dorov on Wednesday met visiting Cardinal Paolo Renzi at his residence.',
        "On Tuesday, the cardinal met Patriarch Sava at a monastery. The meeting was attended by Metropolitan Gleb, head of the church's external relations department.",
      ],
      { dateline: { place: 'SOCHI', date: 'August 23' }, source: 'TASS', date: '2017-08-23' },
    );
    expect(taking(a)).toEqual(['Ivan Dorov', 'Paolo Renzi']);
  });

  it('sets "At the same hour in Kabul," and the rest of its paragraph elsewhere, and what is said there later', () => {
    const a = article(
      'Rivals sign peace deal in Doha',
      [
        'DOHA, Qatar (AP) — The two sides signed a peace accord in the Qatari capital on Saturday.',
        'Envoy Sam Corder and rebel leader Amir Tazeen signed the document at a hotel in Doha.',
        'At the same hour in Kabul, Defense Secretary Mel Aston stood beside President Rahim Daud. Gen. Otto Price, the top commander, also attended.',
        'Aston called the agreement a first step toward lasting peace.',
      ],
      { dateline: { place: 'DOHA, Qatar', date: null }, source: 'AP' },
    );
    expect(taking(a)).toEqual(['Sam Corder', 'Amir Tazeen']);
  });
});

describe('countries', () => {
  it("gives one named as another's spokesman that person's country", () => {
    const a = article(
      'Top generals meet in Valmora',
      [
        'VALMORA (AP) — The top U.S. military officer, Gen. Rob Tallis, met his Russian counterpart, Gen. Oleg Marin, on Thursday.',
        'Tallis, chairman of the U.S. Joint Chiefs of Staff, and Marin talked about avoiding accidents in Syria.',
        "Navy Capt. Hal Dorsey, Tallis's spokesman, said the two generals agreed to stay in touch.",
      ],
      { dateline: { place: 'BAKU, Azerbaijan', date: null }, source: 'AP' },
    );
    expect(person(a, 'Hal Dorsey')?.country).toBe('United States');
  });

  it('reads "interest in Poland or Latvia" in a headline as two destinations, not a side for a bare "President"', () => {
    const a = article(
      'Kovrin tells interviewer Russia has no interest in Poland or Latvia',
      [
        'President Pavel Kovrin said in an interview aired on Thursday that Russia had no wish to attack any country.',
        'He said he could not recall when he had last talked to President Dan Holloway.',
      ],
      { dateline: null, source: 'Reuters', date: '2024-02-09' },
    );
    expect(person(a, 'Dan Holloway')?.country).not.toBe('Latvia');
    expect(person(a, 'Dan Holloway')?.roles).toEqual(['President']);
    expect(person(a, 'Pavel Kovrin')).toMatchObject({
      roles: ['President'],
      country: 'Russia',
      participant: true,
    });
  });
});
