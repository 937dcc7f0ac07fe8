// Session 37's leftovers of blind rounds 56–64 (held-out 864–989), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest, personNamed as person, testArticle as article } from './test-article.ts';

const fundLaunch = (sentence: string) =>
  article(
    'Sovereign fund launched in capital',
    ['President Aleksi Halvorsen launched the national investment fund on Monday.', sentence],
    { dateline: { place: 'JAKARTA', date: 'May 9' } },
  );

describe('an unknown name listed before a titled person', () => {
  it('finds "Pandu X Y and Deputy Trade Minister Z W" as two people', () => {
    const a = fundLaunch(
      'Pandu Tarrant Quimby and Deputy Trade Minister Dony Vellacott were appointed to the board.',
    );
    expect(person(a, 'Pandu Tarrant Quimby')).toBeDefined();
    expect(person(a, 'Dony Vellacott')?.roles).toContain('Deputy Trade Minister');
  });

  it('finds no one in a body\'s name before "and Development Secretary-General X"', () => {
    const a = fundLaunch(
      'Guests included Organisation for Economic Co-operation and Development Secretary-General Mathis Brannagh.',
    );
    expect(extractTest(a).people.map((p) => p.name)).not.toContain('Economic Co-operation');
    expect(extractTest(a).people.map((p) => p.name)).toContain('Mathis Brannagh');
  });
});

describe('offices given "respectively"', () => {
  it('gives each person named before "were appointed" the office in the same place of the list', () => {
    const a = fundLaunch(
      'Pandu Tarrant Quimby and Deputy Trade Minister Dony Vellacott, who stood beside Halvorsen at the ceremony, ' +
        'were appointed chief investment officer and chief operating officer respectively.',
    );
    expect(person(a, 'Pandu Tarrant Quimby')?.roles).toEqual(['chief investment officer']);
    expect(person(a, 'Dony Vellacott')?.roles).toEqual(['Deputy Trade Minister', 'chief operating officer']);
    // The person inside the "who" clause is no subject of the appointment.
    expect(person(a, 'Aleksi Halvorsen')?.roles).toEqual(['President']);
  });

  it('gives nothing when the counts differ', () => {
    const a = fundLaunch(
      'Pandu Tarrant Quimby, Dony Vellacott and Ines Marwick were appointed chief investment officer and chief ' +
        'operating officer respectively.',
    );
    expect(person(a, 'Dony Vellacott')?.roles ?? []).toEqual([]);
    expect(extractTest(a).people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Pandu Tarrant Quimby', 'Dony Vellacott', 'Ines Marwick']),
    );
  });
});

describe('a role opened by an acronym the story spells out with its country', () => {
  it('places "BCCI secretary X" by "Board of Control for Cricket in India (BCCI)"', () => {
    const a = article(
      'Leaders take lap of honour at cricket test',
      [
        'Prime Minister Raj Malhotra and his Australian counterpart Tom Vellacott were greeted by Board of Control for Cricket in India (BCCI) president Ravi Tarrant.',
        'The Australian visitors later watched the first overs with BCCI secretary Jai Quimby.',
      ],
      { source: 'The Hindu', dateline: null },
    );
    expect(person(a, 'Jai Quimby')?.country).toBe('India');
  });

  it('gives no country where the long form names none ("Asian Cricket Council (ACC)")', () => {
    const a = article(
      'Leaders take lap of honour at cricket test',
      [
        'Prime Minister Raj Malhotra and his Australian counterpart Tom Vellacott were greeted by Asian Cricket Council (ACC) president Ravi Tarrant.',
        'The Australian visitors later watched the first overs with ACC secretary Jai Quimby.',
      ],
      { source: 'The Hindu', dateline: null },
    );
    expect(person(a, 'Jai Quimby')?.country).not.toBe('India');
    expect(person(a, 'Jai Quimby')?.roles).toEqual(['ACC secretary']);
    expect(person(a, 'Tom Vellacott')?.country).toBe('Australia');
  });
});

describe('a plural clause after two names joined by "and"', () => {
  it('places both: "X and Y, who are travelling with the Australian Prime Minister,"', () => {
    const a = article(
      'Malhotra, Vellacott circle the ground as India-Australia Test celebrates a long rivalry',
      [
        'The two prime ministers presented caps to the captains before the start of the fourth Test',
        'Prime Minister Raj Malhotra and his Australian counterpart Tom Vellacott on Thursday took a lap of honour before the fourth Test between India and Australia.',
        'Gujarat Governor Ashok Devbhai and Chief Minister Bhupen Raval were also present.',
        'Mr. Vellacott will hold talks with Mr. Malhotra in New Delhi on Friday.',
        'Trade Minister Don Quimby and Resources Minister Madeleine Tarrant, who are on the trip with the Australian Prime Minister, are due at the meeting.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Madeleine Tarrant')?.country).toBe('Australia');
    expect(person(a, 'Don Quimby')?.country).toBe('Australia');
  });
});

describe('capitals that open their own datelines', () => {
  it('places a bare office in a story datelined Monrovia in Liberia', () => {
    const a = article(
      'President plays farewell match for national team',
      [
        'President Jonah Quimby played for the national team in a friendly on Tuesday.',
        '"He wanted to give something back to the fans," Information Minister Amos Tarrant told reporters at the stadium.',
      ],
      { source: 'Reuters', dateline: { place: 'MONROVIA', date: null } },
    );
    expect(person(a, 'Amos Tarrant')?.country).toBe('Liberia');
  });

  it('places the locals of a Colombo story, but not a lender\'s "mission chief for Sri Lanka"', () => {
    const a = article(
      'Island nation reaches staff-level agreement with lender on rescue program',
      [
        'The lender agreed terms with Sri Lanka at staff level on Thursday for a four-year loan.',
        'The agreement was announced by Piet Vellacott, IMF senior mission chief for Sri Lanka, and Kenji Marwick, mission chief for Sri Lanka.',
        'Lalith Quimby, a former deputy governor of the central bank, said in an interview that the reforms would hurt.',
        'Economist Ruwan Tarrant said the program would help, and analyst Dilani Brannagh agreed.',
      ],
      { dateline: { place: 'COLOMBO', date: 'Sept. 1' } },
    );
    expect(person(a, 'Lalith Quimby')?.country).toBe('Sri Lanka');
    expect(person(a, 'Kenji Marwick')?.country ?? null).toBeNull();
  });
});

describe('a relative introduced through "the <title>" of the sentence', () => {
  const visit = (sentence: string) =>
    article(
      'Emperor welcomes US president as first state guest of new era',
      [
        "Japan's Emperor Haruto welcomed U.S. President Dale Quimby at the Imperial Palace on Monday.",
        sentence,
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'May 27' } },
    );

  it('places "the emperor noted that his father, Emperor Emeritus X," with the emperor', () => {
    const a = visit(
      'At the banquet, the emperor recalled that his father, Emperor Emeritus Masato, had hosted two U.S. presidents.',
    );
    expect(person(a, 'Masato')?.country).toBe('Japan');
  });
});

describe('an envoy recalled from a country', () => {
  it('is of the state whose envoys the story names there', () => {
    const a = article(
      "Minister, U.S. charge d'affaires discuss visit preparations",
      [
        "Minister of Foreign Affairs of Moldova Ion Quimby has met with Chargé d'Affaires a.i. of the United States of America in Moldova Karen Vellacott.",
        'The post of ambassador has been vacant since Denise Marwick was recalled from Moldova in May.',
      ],
      { source: 'Moldpres', dateline: null },
    );
    expect(person(a, 'Denise Marwick')?.country).toBe('United States');
  });

  it('is of the sender state for "recalled from the United States" too', () => {
    const a = article(
      'Ambassador presents credentials in Washington',
      [
        'Chilean Ambassador to the United States Pablo Quimby presented his credentials on Monday.',
        'The post had been vacant since Jorge Marwick was recalled from the United States in March.',
      ],
      { source: 'EFE', dateline: null },
    );
    expect(person(a, 'Jorge Marwick')?.country).toBe('Chile');
  });
});

describe("a games' organising committee", () => {
  it('is a body of its host city\'s country: "president of the Paris 2032 organising committee"', () => {
    const a = article(
      'Games open with a parade on the river',
      [
        'The Games opened on Friday with a parade of boats on the river, watched by President Anne Quimby.',
        'Before her, Luc Marwick, president of the Paris 2032 organising committee and a former rowing champion, thanked the volunteers.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Luc Marwick')?.country).toBe('France');
  });
});

describe('a country opening what someone says', () => {
  const story = (sentence: string) =>
    article(
      'Ministry summons Swiss envoy over strike on general',
      [
        "Iran's Foreign Ministry summoned the Swiss chargé d'affaires on Saturday over the death of a commander.",
        sentence,
      ],
      { source: null, dateline: { place: 'TEHRAN', date: null } },
    );

  it('does not place the speaker: "Foreign Minister X wrote on Twitter that the U.S. act was …"', () => {
    const a = story(
      'Foreign Minister Dariush Quimby wrote on Twitter that the U.S. act was a foolish escalation.',
    );
    expect(person(a, 'Dariush Quimby')?.country).toBe('Iran');
  });

  it('still places one who speaks of their own country: "X said that Iran would respond"', () => {
    const a = story(
      'Foreign Minister Dariush Quimby said that Iran would respond at a time of its choosing.',
    );
    expect(person(a, 'Dariush Quimby')?.country).toBe('Iran');
  });
});
