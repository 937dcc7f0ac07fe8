// Session 36: no country where the text ties someone to none (the corpus README's country convention), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const kyoto = { source: 'AFP', dateline: { place: 'KYOTO, Japan', date: 'Dec. 11' } };

describe('officials of international bodies the rules did not know', () => {
  it('gives the UN climate secretariat\'s head none: "UNFCCC Executive Secretary X" in a Kyoto story', () => {
    const a = article(
      'Climate talks open in Kyoto',
      [
        'UNFCCC Executive Secretary Marta Quillen praised the Japanese Presidency and Environment Minister Kenji Morozumi for their work.',
      ],
      kyoto,
    );
    expect(person(a, 'Marta Quillen')?.country).toBeNull();
    expect(person(a, 'Kenji Morozumi')?.country).toBe('Japan');
  });

  it('gives a European commissioner none: "European Environment Commissioner X"', () => {
    const a = article(
      'Climate talks end in Kyoto',
      [
        'European Environment Commissioner Lotte Brandvig said the cuts agreed fell short of what Europe wanted.',
        'Japanese Environment Minister Kenji Morozumi said the deal was a start.',
      ],
      kyoto,
    );
    expect(person(a, 'Lotte Brandvig')?.country).toBeNull();
  });

  it('still reads a country\'s envoy to the climate body: "Japan\'s envoy to the UNFCCC"', () => {
    const a = article(
      'Climate talks open in Kyoto',
      ["Taro Ishimine, Japan's envoy to the UNFCCC, said the talks would go on."],
      kyoto,
    );
    expect(person(a, 'Taro Ishimine')?.country).toBe('Japan');
  });
});

describe("a country named as the subject of someone's work", () => {
  const tehran = { source: 'Al Jazeera', dateline: { place: 'TEHRAN', date: 'Aug. 22' } };
  const locals = [
    "Iran's parliament confirmed Farhad Zamani as economy minister on Wednesday, after Iranian President Reza Tavakoli named him.",
    'Speaker Nader Behzadi read out the vote, and Vice President Kamran Ostadi welcomed it.',
  ];

  it('gives a think tank\'s "Iran project director" none, even in a story of Iran', () => {
    const a = article(
      'Iran gets a new foreign minister',
      [
        ...locals,
        '"The vote was expected," said Omid Rastegari, Iran project director at the Halvorsen Policy Group.',
      ],
      tehran,
    );
    expect(person(a, 'Omid Rastegari')?.country).toBeNull();
  });

  it('still reads a nationality: "Iranian project director at a bank" is Iran\'s', () => {
    const a = article(
      'Iran gets a new foreign minister',
      [
        ...locals,
        '"The vote was expected," said Omid Rastegari, an Iranian project director at the Halvorsen Bank.',
      ],
      tehran,
    );
    expect(person(a, 'Omid Rastegari')?.country).toBe('Iran');
  });
});

describe('the staff of an international campaign group', () => {
  const shanghai = { source: 'AP', dateline: { place: 'SHANGHAI', date: 'April 18' } };

  it('gives "a climate adviser at Greenpeace in Beijing" none in a story of China', () => {
    const a = article(
      'China and Vantia agree to cooperate on climate',
      [
        'Chinese Vice Premier Han Lizhou met Vantian envoy Tomas Ekwall in Shanghai on Saturday.',
        'Yao Shenping, a climate adviser at Greenpeace in Beijing, said the deal was a modest start.',
      ],
      shanghai,
    );
    expect(person(a, 'Yao Shenping')?.country).toBeNull();
  });

  it('still reads a nationality beside the group: "a Chinese adviser at Greenpeace"', () => {
    const a = article(
      'China and Vantia agree to cooperate on climate',
      [
        'Chinese Vice Premier Han Lizhou met Vantian envoy Tomas Ekwall in Shanghai on Saturday.',
        'Yao Shenping, a Chinese climate adviser at Greenpeace, said the deal was a modest start.',
      ],
      shanghai,
    );
    expect(person(a, 'Yao Shenping')?.country).toBe('China');
  });
});

describe('a private news outlet\'s journalist named "of" it', () => {
  const washington = { source: 'AP', dateline: { place: 'WASHINGTON', date: 'May 16' } };
  const locals = [
    'Press secretary Dana Whitcombe held her first briefing at the White House on Monday, a week after President Harold Finch named her.',
    'Treasury Secretary Miles Draycott joined her at the lectern.',
  ];

  it('gives "X of NBC News Radio" none in a story of Washington', () => {
    const a = article(
      'New press secretary holds first briefing',
      [...locals, 'Gordon Pelletier of NBC News Radio asked her about the budget.'],
      washington,
    );
    expect(person(a, 'Gordon Pelletier')?.country).toBeNull();
  });

  it('gives none to one named "of" the outlet who heads a press body named after a seat of government', () => {
    const a = article(
      'New press secretary holds first briefing',
      [
        ...locals,
        'Gordon Pelletier of NBC News Radio, chairman of the White House Press Club, asked her about the budget.',
      ],
      washington,
    );
    expect(person(a, 'Gordon Pelletier')?.country).toBeNull();
  });

  it('still reads a seat of government after "of": "X of the State Department"', () => {
    const a = article(
      'New press secretary holds first briefing',
      [...locals, 'Gordon Pelletier of the State Department welcomed her on behalf of the department.'],
      washington,
    );
    expect(person(a, 'Gordon Pelletier')?.country).toBe('United States');
  });
});
