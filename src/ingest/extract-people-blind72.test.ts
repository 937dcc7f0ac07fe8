// People seen first in the seventy-second blind round of held-out articles (arms control and non-proliferation
// talks, 1963–2025: senators at a treaty signing, arms control advisers and envoys, heads of delegation), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

describe('the abbreviated "Sen." before a name', () => {
  it('is the title, kept with its period, of a senator who holds no other office', () => {
    const a = article('Treaty signed', [
      'The party at the ceremony included Sen. Tomas K. Veller, D-Ark., chairman of the Senate Foreign Relations Committee; Sen. Carl H. Verner, D-Minn.; and Sen. Lev Morrow, R-Mass.',
    ]);
    // Beside a committee chair written in lower case, "Sen." is still the title (beside an office in capitals,
    // "the Senate President, Sen. X", it is the style only: extract-people-left52.test.ts).
    expect(person(a, 'Tomas K. Veller')?.roles).toEqual([
      'Sen.',
      'chairman of the Senate Foreign Relations Committee',
    ]);
    expect(person(a, 'Carl H. Verner')?.roles).toEqual(['Sen.']);
    expect(person(a, 'Lev Morrow')?.roles).toEqual(['Sen.']);
  });

  it('leaves "Sen" at the end of a name alone', () => {
    const names = extract(article('Talks held', ['Chea Sen met the minister on Friday.'])).people;
    expect(names.map((p) => [p.name, p.roles])).toEqual([['Chea Sen', []]]);
  });
});

describe("arms control's briefs", () => {
  it('reads "arms control adviser" after a possessive as the title of the one named next', () => {
    const a = article('Missiles to go', [
      "The president's arms control adviser, Carl Verner, told reporters the first missiles would be destroyed within weeks.",
    ]);
    expect(person(a, 'Carl Verner')?.roles).toEqual(["president's arms control adviser"]);
  });

  it('finds envoys titled by disarmament and nonproliferation', () => {
    const a = article('Envoy arrives', ['Ambassador for Disarmament Lev Morrow arrived on Friday.']);
    expect(person(a, 'Lev Morrow')?.roles).toEqual(['Ambassador for Disarmament']);
    const b = article('Envoy speaks', [
      'Special Representative for Nuclear Nonproliferation Lev Morrow spoke on Friday.',
    ]);
    expect(person(b, 'Lev Morrow')?.roles).toEqual(['Special Representative for Nuclear Nonproliferation']);
  });
});

describe('venues and names that share a word', () => {
  it('reads a saint\'s name before "Hall" as the venue, not a person', () => {
    const a = article('Treaty signed', [
      'The two presidents signed the treaty in St. Andrei Hall of the Grand Palace, then shook hands.',
    ]);
    expect(extract(a).people).toEqual([]);
    expect(extract(a).places).toContain('St. Andrei Hall');
  });

  it('keeps "Ward" as the surname that closes a given name', () => {
    const a = article('Vote held', [
      'Arland ambassador Julia Ward said the vote had given the body new tools.',
    ]);
    expect(person(a, 'Julia Ward')?.roles).toEqual(['Arland ambassador']);
  });

  it("finds the atomic agency's safeguards chief by the department in the title", () => {
    const a = article('Inspectors arrive', [
      'The visit was arranged by IAEA Deputy Director General for Safeguards Lev Morrow last month.',
    ]);
    expect(person(a, 'Lev Morrow')?.roles).toEqual(['IAEA Deputy Director General for Safeguards']);
  });
});

describe('who was there at a signing or a conference', () => {
  it('counts those "standing behind them" at the signing', () => {
    const a = article('Arland and Belmark sign arms treaty', [
      'President Tomas Veller and President Lena Harlan signed the treaty on Friday.',
      'Standing behind them were Foreign Minister Carl Verner and Defense Minister Ana Pirello.',
      'Former President Jon Salt, who began the talks, said in a statement that he was pleased.',
    ]);
    expect(person(a, 'Carl Verner')?.participant).toBe(true);
    expect(person(a, 'Ana Pirello')?.participant).toBe(true);
    expect(person(a, 'Jon Salt')?.participant).toBe(false);
  });

  it('counts those who "watched it from the side of the hall"', () => {
    const a = article('Arland and Belmark sign arms treaty', [
      'President Tomas Veller and President Lena Harlan signed the treaty on Friday.',
      'The chief negotiator, Carl Verner, flew in with the texts and watched it from the side of the hall.',
    ]);
    expect(person(a, 'Carl Verner')?.participant).toBe(true);
  });

  it('counts a speaker "speaking on behalf of" a group, and one who spoke "in his address"', () => {
    const a = article('Review conference opens in Port Ellis', [
      'The review conference opened in Port Ellis on Monday.',
      'Foreign Minister Carl Verner of Arland, speaking on behalf of the Non-Aligned Movement, called for a new zone free of arms.',
      'Agency Director General Lev Morrow said in his address that inspectors needed more access.',
    ]);
    expect(person(a, 'Carl Verner')?.participant).toBe(true);
    expect(person(a, 'Lev Morrow')?.participant).toBe(true);
  });
});

describe('a dateline of a state that is gone', () => {
  const moscow = { dateline: { place: 'MOSCOW', date: 'Aug. 5' }, source: 'UPI' };

  it('places the bare offices of a Moscow story of 1963 in the Soviet Union, and of 2013 in Russia', () => {
    const text = [
      'The foreign ministers of Arland and Belmark signed the treaty today while Premier Oleg N. Varensky looked on.',
    ];
    const then = article('Treaty signed in Moscow', text, { ...moscow, date: '1963-08-05' });
    expect(person(then, 'Oleg N. Varensky')?.country).toBe('Soviet Union');
    const now = article('Treaty signed in Moscow', text, { ...moscow, date: '2013-08-05' });
    expect(person(now, 'Oleg N. Varensky')?.country).toBe('Russia');
  });

  it("gives a TASS story of 1991 the Soviet Union as its home, so a leader's wife is of it", () => {
    const a = article(
      'Treaty signed in the Kremlin',
      [
        'President Oleg Varensky and President Tomas Veller of Arland signed the treaty here today.',
        'In the evening, Irina Varenskaya gave a dinner in honour of the guests at the Kremlin.',
      ],
      { date: '1991-07-31', source: 'TASS', dateline: { place: 'MOSCOW', date: 'July 31' } },
    );
    expect(person(a, 'Irina Varenskaya')?.country).toBe('Soviet Union');
  });
});
