// Held-out leftovers of session 33 on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

describe('"Akorda\'s press secretary X said"', () => {
  const a = article('President congratulates counterpart on his birthday in phone call', [
    "President of Kazakhstan Tomas Verrano held a telephone conversation with President of Russia Ivo Kessane on Saturday, Akorda's press secretary Lenn Marova said.",
  ]);

  it('is the spokesman of the government whose residence the possessive names', () => {
    expect(person(a, 'Lenn Marova')?.country).toBe('Kazakhstan');
  });
});

describe('"His main rival, X of the Front, conceded"', () => {
  it('is a person, past the party the name is "of"', () => {
    const a = article('Opposition leader sworn in as president', [
      'Tomas Verrano was sworn in as president on Monday after winning the election with 52 percent of the vote.',
      'His main rival, Lenn Marova of the United National Front, conceded defeat on Sunday.',
    ]);
    expect(person(a, 'Lenn Marova')).toBeDefined();
  });

  it('not a firm’s rival', () => {
    const a = article('Carmaker posts record profit', [
      'The carmaker posted a record profit on Monday. Its rival, Lenn Marova, reported a loss.',
    ]);
    expect(person(a, 'Lenn Marova')).toBeUndefined();
  });
});

describe('"the platform owned by X Y"', () => {
  it('is a person, as one a party is "led by"', () => {
    const a = article('Interview draws millions of views', [
      'The interview was posted on the social media platform owned by Lenn Marova, where it drew millions of views.',
      'A rival app founded by Ivo Kessane also carried it.',
    ]);
    expect(person(a, 'Lenn Marova')).toBeDefined();
    expect(person(a, 'Ivo Kessane')).toBeDefined();
  });
});

describe('a plural title opening its sentence, or after "former"', () => {
  it('keeps the capitalised modifier of a lower-case plural ("Vice presidents A and B")', () => {
    const a = article('New president sworn in', [
      'Vice presidents Peter Tavani and John Kessane took the oath at the same session.',
    ]);
    expect(person(a, 'Peter Tavani')?.roles).toEqual(['Vice president']);
    expect(person(a, 'John Kessane')?.roles).toEqual(['Vice president']);
  });

  it('keeps "former" ("former presidents A and B"), as for one former president', () => {
    const a = article('New president sworn in', [
      'Outgoing President Tomas Verrano and former presidents Peter Tavani and John Kessane looked on.',
    ]);
    expect(person(a, 'Peter Tavani')?.roles).toEqual(['former president']);
    expect(person(a, 'John Kessane')?.roles).toEqual(['former president']);
  });
});

describe('an office taken "at the Istana", "at the State Palace"', () => {
  it('ends before the palace, where the oath was taken, and keeps a post at a ministry', () => {
    const a = article('New prime minister sworn in', [
      "Tomas Verrano was sworn in as Kessa's fourth prime minister at the Istana on Wednesday night.",
      "President Ivo Kessane on Monday swore in Lenn Marova as Kessa's foreign minister at the State Palace.",
      'Ana Dorsel, Minister of State at the Ministry of Foreign Affairs, said so.',
    ]);
    expect(person(a, 'Tomas Verrano')?.roles).toEqual(["Kessa's fourth prime minister"]);
    expect(person(a, 'Lenn Marova')?.roles).toEqual(["Kessa's foreign minister"]);
    // A post "at the Ministry of …" is not a place the oath was taken: it stays in the title.
    expect(person(a, 'Ana Dorsel')?.roles).toEqual(['Minister of State at the Ministry of Foreign Affairs']);
  });
});

describe('"received at the Kremlin <nationality> Defense Minister and State Councilor X"', () => {
  it('leaves the seat where the visitor was received out of the first title', () => {
    const a = article('President meets visiting defense minister', [
      'On Sunday President Ivo Kessane received at the Kremlin Chinese Defense Minister and State Councilor Tomas Verrano, who is on his first foreign trip.',
    ]);
    expect(person(a, 'Tomas Verrano')?.roles).toEqual(['Chinese Defense Minister', 'State Councilor']);
  });

  it('and a seat is a place "at" as well as "in"', () => {
    const a = article('President meets visiting foreign minister', [
      'President Ivo Kessane on Sunday received at the Elysee Chinese Foreign Minister Lenn Marova.',
    ]);
    expect(person(a, 'Lenn Marova')?.roles).toEqual(['Chinese Foreign Minister']);
  });
});

describe('"X, the Member of Parliament for Y, has been Speaker since 2022"', () => {
  it('gives the office the verb says is held, without the verb', () => {
    const a = article('Speaker elected to lead parliamentary union', [
      'Dr Lenn Marova, the Member of Parliament for Kessa Urban, has been Speaker since March 2021, when she succeeded Tomas Verrano.',
    ]);
    expect(person(a, 'Lenn Marova')?.roles).toEqual(['Member of Parliament for Kessa Urban', 'Speaker']);
  });
});

describe('"won by a wide margin over leftist candidate X"', () => {
  it('starts the title after the preposition', () => {
    const a = article('President wins runoff', [
      "President Tomas Verrano won Sunday's runoff comfortably against leftist candidate Lenn Marova, earning a full term.",
    ]);
    expect(person(a, 'Lenn Marova')?.roles).toEqual(['leftist candidate']);
  });
});

describe('"the new Cabinet of Prime Minister X"', () => {
  it('gives X the title, not the body named after him', () => {
    const a = article('Foreign ministers hold phone talks', [
      'Lenn Marova congratulated Peter Danel on his appointment as finance minister in the new Cabinet of Prime Minister Tomas Verrano, formed on Tuesday.',
    ]);
    expect(person(a, 'Tomas Verrano')?.roles).toEqual(['Prime Minister']);
  });
});

describe('"X, Special Representative for …, Mr. Y, CEO of …"', () => {
  it('gives no one the "Mr." that opens the next name', () => {
    const a = article('King receives delegation', [
      'The delegation also included Mr. Tomas Verrano, Special Representative for International Negotiations, Mr. Ivo Kessane, CEO of the Finance Corporation, and Mr. Peter Danel.',
      'A Joint Declaration was signed by the Head of Government, Mr. Lenn Marova, and Mr. Ivo Kessane.',
    ]);
    expect(person(a, 'Tomas Verrano')?.roles).toEqual([
      'Special Representative for International Negotiations',
    ]);
    expect(person(a, 'Lenn Marova')?.roles).toEqual(['Head of Government']);
  });
});

describe('"Kessa’s ambassador to Norland, X, told reporters …"', () => {
  const lede =
    "LONDON (AP) — Norland's King Tomas welcomed Kessa's Emperor Ivo and Empress Lenna to London on Tuesday with a carriage procession.";

  it('comments on the visit, as an aide briefing the press does', () => {
    const a = article(
      'King welcomes emperor on state visit',
      [
        lede,
        'Kessa’s ambassador to Norland, Peter Danel, told reporters the visit would “open a new chapter”.',
      ],
      { source: 'AP', dateline: null },
    );
    expect(participantNames(a)).not.toContain('Peter Danel');
    expect(person(a, 'Peter Danel')?.roles).toEqual(['ambassador to Norland']);
  });

  it('not one who said so at the banquet', () => {
    const a = article(
      'King welcomes emperor on state visit',
      [
        lede,
        'Kessa’s ambassador to Norland, Peter Danel, attended the banquet and told reporters it went well.',
      ],
      { source: 'AP', dateline: null },
    );
    expect(participantNames(a)).toContain('Peter Danel');
  });
});

describe('"resigned as …"', () => {
  it('gives the office left, after the name’s other verb or in a who-clause', () => {
    const a = article('New president sworn in', [
      'Tomas Verrano was sworn in on Monday.',
      "His main rival, Lenn Marova of the United National Party-led Democratic Front, conceded on Sunday and resigned as the party's deputy leader.",
      'Former Prime Minister Ivo Kessane, who resigned as head of government in March to run, lost.',
    ]);
    expect(person(a, 'Lenn Marova')?.roles).toEqual(["party's deputy leader"]);
    expect(person(a, 'Ivo Kessane')?.roles).toEqual(['Former Prime Minister', 'head of government']);
  });
});
