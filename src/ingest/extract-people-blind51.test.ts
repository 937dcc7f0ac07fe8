// People seen first in the fifty-first blind round of held-out articles (diplomacy below and beside the heads of
// state: governors, mayors, speakers, a Senate delegation, royals and first ladies, party-to-party contacts), on
// invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

const wire = (place: string | null, source: string, date = '2019-05-14') => ({
  date,
  source,
  dateline: place ? { place, date: null } : null,
});

describe('governors and mayors abroad take the country of their prefecture, province or city', () => {
  it('places a Japanese prefecture governor by the prefecture, not by the bases the sentence names', () => {
    const a = article(
      'Prefecture governor meets Chinese vice premier',
      [
        'Hokkaido Gov. Kenta Morikawa met Chinese Vice Premier Zhou Heping in Beijing on Monday and said the northern prefecture, which hosts U.S. radar sites, wanted calm seas.',
        'Morikawa is visiting China with a group of business leaders.',
      ],
      wire(null, 'Kyodo'),
    );
    expect(person(a, 'Kenta Morikawa')?.country).toBe('Japan');
  });

  it('places a Chinese provincial governor by the province', () => {
    const a = article(
      'Sichuan governor hosts Uruguayan delegation',
      [
        'MONTEVIDEO (EFE) - Sichuan Governor Liang Wenhua met Uruguayan business leaders in Montevideo on Tuesday.',
        'Liang said Uruguay could sell more beef to the province.',
      ],
      wire('MONTEVIDEO', 'EFE'),
    );
    expect(person(a, 'Liang Wenhua')?.country).toBe('China');
  });

  it('places a capital city governor by the city, whatever city the story then visits', () => {
    const a = article(
      'Olympic flag passes from Jakarta to Lyon',
      [
        'JAKARTA (AFP) - Jakarta Governor Rini Santoso handed the Games flag on to Lyon, host of the next Games, at the closing ceremony on Sunday.',
        'Ms Santoso passed the flag to the federation president, who gave it to Lyon Mayor Claire Dumont.',
      ],
      wire('JAKARTA', 'AFP'),
    );
    expect(person(a, 'Rini Santoso')?.country).toBe('Indonesia');
    expect(person(a, 'Claire Dumont')?.country).toBe('France');
  });
});

describe('a visiting monarch and the republic that hosts them', () => {
  it("gives the host's president, first lady and deputy president the host's country, not the king's", () => {
    const a = article(
      'King hosted at State House banquet',
      [
        "Britain's King Alfred IV on Tuesday night spoke of the wrongs of the colonial era.",
        'Speaking at the state banquet hosted in his honour by President Daniel Mwangi at State House, Nairobi, the King said the past was a cause of sorrow.',
        'First Lady Grace Mwangi and Deputy President Samuel Otieno were among the guests at the banquet.',
      ],
      wire(null, 'The Standard', '2023-11-01'),
    );
    expect(person(a, 'Alfred IV')?.country).toBe('United Kingdom');
    expect(person(a, 'Daniel Mwangi')?.country).toBe('Kenya');
    expect(person(a, 'Grace Mwangi')?.country).toBe('Kenya');
    expect(person(a, 'Samuel Otieno')?.country).toBe('Kenya');
  });

  it('gives a queen visiting a republic her monarchy, and keeps the republic for its own people', () => {
    const a = article(
      'Queen bows head at rebels’ memorial',
      [
        'Queen Matilda bowed her head at a memorial to Portuguese rebels in Lisbon on Tuesday, on the first visit by a Spanish monarch to the Portuguese Republic in decades.',
        'LISBON (Reuters) - The queen laid a wreath alongside Portuguese President Rui Tavares, who had invited her.',
        'Prince Alonso, the queen’s husband, and the president’s wife, Marta Tavares, stood behind them.',
        'Prime Minister Nuno Abreu greeted the queen at Belem Palace.',
        'Opposition leader Jorge Vaz said the visit was premature.',
      ],
      wire('LISBON', 'Reuters', '2011-05-18'),
    );
    expect(person(a, 'Matilda')?.country).toBe('Spain');
    expect(person(a, 'Jorge Vaz')?.country).toBe('Portugal');
    expect(person(a, 'Alonso')?.country).not.toBe('Portugal');
  });
});

describe('venues that look like names', () => {
  it('reads "X Airbase" as a place where a guest is received, not as a person', () => {
    const a = article(
      'Crown prince arrives for two-day visit',
      [
        'ISLAMABAD, Feb 17 (APP): The visiting crown prince was received at Rashid Karim Airbase by Prime Minister Tariq Mehmood on Sunday evening.',
      ],
      wire('ISLAMABAD', 'APP'),
    );
    expect(person(a, 'Rashid Karim Airbase')).toBeUndefined();
    expect(person(a, 'Tariq Mehmood')?.country).toBe('Pakistan');
  });
});

describe('a role set off by commas after a past-tense verb', () => {
  it('reads "received on Monday the governor of the state of X, Name," as the governor, of the state\'s country', () => {
    const a = article(
      'Minister receives visiting governor',
      [
        "Havana, Apr 20 (Prensa Latina) Cuba's Minister of Trade, Luis Ocampo, received on Monday the governor of the state of Ohio, Daniel Whitfield, who heads a trade mission to the island.",
        'Ocampo presented the opportunities of the new investment law.',
      ],
      wire('Havana', 'Prensa Latina'),
    );
    expect(person(a, 'Daniel Whitfield')?.roles).toContain('governor of the state of Ohio');
    expect(person(a, 'Daniel Whitfield')?.country).toBe('United States');
  });

  it('reads "received the president of a firm, Name," as that office', () => {
    const a = article(
      'Minister meets business delegation',
      ['HAVANA (Reuters) - The minister received the president of Skyline Air, Mark Doherty, on Monday.'],
      wire('HAVANA', 'Reuters'),
    );
    expect(person(a, 'Mark Doherty')?.roles).toContain('president of Skyline Air');
  });
});

describe('a delegation of lawmakers abroad', () => {
  it("gives the listed members the leader's country, not the reporting outlet's", () => {
    const a = article(
      'President meets U.S. Senate delegation in Kyiv',
      [
        'President of Ukraine Oleh Marchenko has met with a delegation from the U.S. Senate led by Minority Leader Thomas Garland, who came to Kyiv on a surprise trip.',
        'The Head of State posted a clip of the meeting on Saturday, an Ukrinform correspondent reports.',
        'Besides the Ohio senator, the delegation included Senators Linda Kowalski, Peter Hadley and Ray Dunmore.',
      ],
      wire(null, 'Ukrinform', '2022-05-14'),
    );
    expect(person(a, 'Thomas Garland')?.country).toBe('United States');
    for (const name of ['Linda Kowalski', 'Peter Hadley', 'Ray Dunmore'])
      expect(person(a, name)?.country).toBe('United States');
    expect(person(a, 'Oleh Marchenko')?.country).toBe('Ukraine');
  });
});

describe('one vice president at a time', () => {
  it("does not give a bare Vice President the visiting vice president's country", () => {
    const a = article(
      'Iowa welcomes Chinese vice president',
      [
        'DES MOINES, Iowa (AP) — Chinese Vice President Li Wenqiang sat down on Wednesday to a formal dinner in Des Moines hosted by Gov. Mark Ellison.',
        'Li flew to Iowa from Washington, where he met President Robert Hale at the White House on Tuesday before being hosted at lunch by Vice President Susan Tilley.',
      ],
      wire('DES MOINES, Iowa', 'AP', '2012-02-16'),
    );
    expect(person(a, 'Li Wenqiang')?.country).toBe('China');
    expect(person(a, 'Susan Tilley')?.country).toBe('United States');
  });
});

describe('who takes part in a mayor’s visit abroad', () => {
  it('counts the local minister who accompanied the mayor on the tour', () => {
    const a = article(
      'Bristol Mayor pays tribute at memorial, calls for apology',
      [
        'Amritsar [India], Dec 6 (ANI): Bristol Mayor Daniel Whitlock on Wednesday visited the memorial here and called for an apology.',
        'Punjab Tourism Minister Harjit Singh Bains accompanied the mayor on his tour of the city.',
      ],
      wire('Amritsar', 'ANI', '2017-12-06'),
    );
    expect(taking(a)).toContain('Harjit Singh Bains');
  });
});
