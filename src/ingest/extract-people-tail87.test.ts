// The leftovers of the eightieth and eighty-first blind rounds (women in diplomacy, written diplomacy): a prize named
// after someone in the headline, a founder by his epithet and a Bengali style; on invented sentences with invented
// people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest, personNamed as person, testArticle as article } from './test-article.ts';

const bss = { source: 'BSS', dateline: { place: 'DHAKA', date: 'Mar 3' } };

describe('a prize named after someone in the headline', () => {
  const prize = (title: string) =>
    article(
      title,
      [
        'Prime Minister Nadira Kowsar received the Lila Marwen Prize for Peace from President Tomas Arnel at a ceremony here on Monday.',
        'Lila Marwen had stood by the refugees in 1971, Arnel said.',
      ],
      bss,
    );

  it('reads "PM receives X Peace Prize" as citing X, not placing X at the ceremony', () => {
    expect(person(prize('PM receives Lila Marwen Peace Prize'), 'Lila Marwen')?.participant).toBe(false);
  });

  it('still places the laureate and the presenter there', () => {
    const a = prize('PM receives Lila Marwen Peace Prize');
    expect(person(a, 'Nadira Kowsar')?.participant).toBe(true);
    expect(person(a, 'Tomas Arnel')?.participant).toBe(true);
  });

  it('keeps a headline that names X as the one met', () => {
    expect(person(prize('Lila Marwen meets PM, hands over peace prize'), 'Lila Marwen')?.participant).toBe(
      true,
    );
  });
});

describe('"Father of the Nation Bangabandhu Sheikh X"', () => {
  const founder = (sentence: string) =>
    article(
      'President receives new envoy',
      [
        'President Abdul Karim Chowdhury received the credentials of the new ambassador of the United States at Bangabhaban on Sunday.',
        sentence,
      ],
      bss,
    );

  it('finds the founder under his epithet and style, "Sheikh" kept in a Bangladeshi name', () => {
    const p = person(
      founder(
        'The President recalled the role of Father of the Nation Bangabandhu Sheikh Rafiqul Karim in the liberation war.',
      ),
      'Sheikh Rafiqul Karim',
    );
    expect(p?.roles).toContain('Father of the Nation');
    expect(p?.participant).toBe(false);
  });

  it('places him by the Bengali style, not by the countries the sentence names nearer', () => {
    const p = person(
      founder(
        'He asked for US help to return the men who killed Father of the Nation Bangabandhu Sheikh Rafiqul Karim, one of whom lives in the United States.',
      ),
      'Sheikh Rafiqul Karim',
    );
    expect(p?.country).toBe('Bangladesh');
  });
});

describe("a priest's style and a group's name", () => {
  const visit = (sentence: string) =>
    article(
      'Pope lands in Ardania, greeted by King Aldric',
      [
        'Pope Gregory XVII arrived in Ardania on Friday and was greeted by King Aldric at the airport.',
        sentence,
      ],
      { source: 'AFP', dateline: null },
    );

  it('reads "its founder, Father Raymond X" as the role "Father" and the name without it', () => {
    const a = visit(
      'The pope then visited a school, where he was greeted by its founder, Father Raymond Vellani.',
    );
    expect(person(a, 'Raymond Vellani')?.roles).toContain('Father');
    expect(person(a, 'Father Raymond Vellani')).toBeUndefined();
  });

  it('reads "Jordan\'s Patriotic Action Front said" as a group, no person', () => {
    const a = visit("Jordan's Patriotic Action Front said it would not join the protests.");
    expect(
      extractTest(a)
        .people.map((p) => p.name)
        .sort(),
    ).toEqual(['Aldric', 'Gregory XVII']);
  });
});

describe('"The Minister was accompanied by A and B"', () => {
  const visit = article(
    'Ardanian minister calls on Korvian premier',
    [
      'External Affairs Minister Lena Darrow called on Prime Minister Oskar Velt here on Monday and said India would help Bangladesh with refugees from Myanmar.',
      'During the two-day trip, Ms. Darrow passed on greetings from Prime Minister Ravi Menon.',
      'The Minister was accompanied by Foreign Secretary S. Marten and High Commissioner Arun Kol Ander.',
    ],
    { source: null, dateline: { place: 'DHAKA', date: 'Oct 2' } },
  );

  it("places those listed after it on the side of the story's main minister, not the host's", () => {
    expect(person(visit, 'S. Marten')?.country).toBe('India');
    expect(person(visit, 'Arun Kol Ander')?.country).toBe('India');
  });
});

describe('"accompanied by her mother, X, and her daughters Y and Z"', () => {
  const trip = (sentence: string) =>
    article('Xi meets visiting U.S. first lady', [
      'Chinese President Xi Jinping met U.S. First Lady Dana Whitcombe in Beijing on Friday.',
      sentence,
    ]);

  it("places the family listed after it on the visitor's side, not the destination's", () => {
    const a = trip(
      'Mrs. Whitcombe came to Beijing on Thursday as a guest of Peng, accompanied by her mother, Ruth Alden, and her daughters Clara and Nell.',
    );
    expect(person(a, 'Ruth Alden')?.country).toBe('United States');
    expect(person(a, 'Clara')?.country).toBe('United States');
  });

  it('leaves one accompanying the object of a meeting to the rules after', () => {
    const a = article("Pope receives Ardania's president", [
      'Pope Gregory XVII received Argentine President Tomas Arnel at the Vatican on Monday.',
      'Later, Mr Arnel met with Cardinal Secretary of State Pietro Valli, accompanied by Archbishop Paul Dorran, the Vatican foreign minister.',
    ]);
    expect(person(a, 'Paul Dorran')?.country).not.toBe('Argentina');
  });
});
