// Rounds 52–53's leftovers (808–835), on invented sentences with invented people: none of them are in the held-out
// files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const calendar = (...more: string[]) =>
  article('Today in History: March 3, first flight across the Kerr Sea', [
    'On March 3, 1931, pilot Ansel Virtanen flew across the Kerr Sea in nine hours.',
    'Also on this date:',
    ...more,
  ]);

describe('names in a calendar column', () => {
  it('finds a person written with dotted initials before a surname and no other cue', () => {
    const a = calendar('In 2004, R.T. Cardenzo was granted parole by a state board after serving six years.');
    expect(person(a, 'R.T. Cardenzo')?.participant).toBe(false);
  });

  it('reads no person into dotted initials before a common word', () => {
    const a = calendar('In 2004, the U.N. Charter was amended and the D.C. Council voted on a new budget.');
    expect(person(a, 'U.N. Charter')).toBeUndefined();
    expect(person(a, 'D.C. Council')).toBeUndefined();
    expect(person(a, 'Ansel Virtanen')?.roles).toEqual(['pilot']);
  });

  it.each(['Supermodel', 'Comedian', 'Musician', 'Novelist'])(
    'reads "%s" before a name on a birthday line as an occupation, not part of the name',
    (occupation) => {
      const a = calendar(`Today's birthdays: ${occupation} Lenka Oduyova is 45. Actor Tarik Belmondi is 54.`);
      expect(person(a, 'Lenka Oduyova')?.roles).toEqual([occupation]);
    },
  );
});

describe("countries in a calendar column's highlight", () => {
  it("gives those the highlight names without a country the one country of its others, whatever the items' countries", () => {
    const a = article('Today in History: March 3, first flight across the Kerr Sea', [
      'Today is Tuesday, March 3, the 62nd day of 2026. There are 303 days left in the year.',
      'On March 3, 1931, American pilots Ansel Virtanen and Bo Karsk flew across the Kerr Sea, while the third member of the crew, Tod Marrin, stayed at the base.',
      'President Hal Brennick spoke to the two men by radio as they landed.',
      'Also on this date:',
      'In 2015, Cuban Foreign Minister Tomas Ybarra raised the flag at the embassy in Washington.',
      'In 1950, German officers led by Col. Kurt Amsel failed to seize power in Berlin.',
    ]);
    expect(person(a, 'Tod Marrin')?.country).toBe('United States');
    expect(person(a, 'Hal Brennick')?.country).toBe('United States');
    expect(person(a, 'Tomas Ybarra')?.country).toBe('Cuba');
  });

  it('leaves them without one when the highlight places people of two countries', () => {
    const a = article('Today in History: March 3, first flight across the Kerr Sea', [
      'On March 3, 1931, American pilot Ansel Virtanen and French pilot Luc Daumier flew across the Kerr Sea, while the third member of the crew, Tod Marrin, stayed at the base.',
      'Also on this date:',
      'In 2015, Cuban Foreign Minister Tomas Ybarra raised the flag at the embassy in Washington.',
    ]);
    expect(person(a, 'Tod Marrin')?.country).toBeNull();
  });
});

describe('a Korean surname in a story of both Koreas', () => {
  it("places a president by his office, not by the surname he shares with the North's leader", () => {
    const a = article(
      'Leaders of two Koreas meet at border',
      [
        'SEOUL, May 2 (Yonhap) -- South Korean President Seo Jin-ho and North Korean leader Kang Tae-sun agreed Friday to work toward peace at their summit in the border village.',
        'The following is a chronology of inter-Korean summits:',
        '-- June 13-15, 2001: President Kang Myong-ho travels to Pyongyang for a first summit with North Korean leader Kang Il-bok.',
      ],
      { dateline: { place: 'SEOUL', date: 'May 2' } },
    );
    expect(person(a, 'Kang Myong-ho')?.country).toBe('South Korea');
    expect(person(a, 'Kang Il-bok')?.country).toBe('North Korea');
  });
});

describe("a digest item's dateline", () => {
  const digest = (...items: string[]) =>
    article('Kyodo News Digest: May 2, 2026', [
      'Below is the latest list of selected news summaries from Kyodo News.',
      '----------',
      'Japan, Peru agree to boost trade ties',
      'TOKYO - Foreign Minister Ren Takeuchi met his Peruvian counterpart on Friday in Tokyo.',
      '----------',
      'Japanese premier addresses Chilean Congress',
      ...items,
    ]);

  it("places the bare titles of the item's dateline paragraph in the dateline's country, not the outlet's", () => {
    const a = digest(
      "SANTIAGO - Japan's prime minister addressed the Chilean Congress on Saturday. Senate President Rolando Quispeño and Chamber President Marta Ulloa-Benavides welcomed him in the hall.",
    );
    expect(person(a, 'Rolando Quispeño')?.country).toBe('Chile');
    expect(person(a, 'Marta Ulloa-Benavides')?.country).toBe('Chile');
    expect(person(a, 'Ren Takeuchi')?.country).toBe('Japan');
  });
});

describe('the office an oath is taken as', () => {
  const inauguration = (...more: string[]) =>
    article('New president sworn in', [
      "ABUJA, May 29 (Xinhua) -- Tomas Rivka was sworn in on Saturday as the country's president.",
      ...more,
    ]);

  it('gives the office to one who "took the oath as" it, past an appositive', () => {
    const a = inauguration(
      'Earlier, Kaspar Olund, a former governor of Rivers State, took the oath as Vice-President.',
    );
    expect(person(a, 'Kaspar Olund')?.roles).toEqual(['former governor of Rivers State', 'Vice-President']);
  });

  it('reads "took the oath of office as" so too', () => {
    const a = inauguration('Mila Jorvik took the oath of office as Foreign Minister on Friday.');
    expect(person(a, 'Mila Jorvik')?.roles).toEqual(['Foreign Minister']);
  });
});
