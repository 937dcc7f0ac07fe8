// Held-out leftovers of session 30 on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a journalist whose role names a national outlet', () => {
  it("is of the outlet's country, not of the country the sentence names", () => {
    const a = article(
      'Minister hints at prisoner exchange in television interview',
      [
        'Foreign Minister Ivan Solano said on Thursday that Venezuela was ready to free detained Wall Street Journal reporter Tomas Ferrand in an exchange.',
      ],
      { source: 'Reuters', dateline: null, date: '2024-02-09' },
    );
    expect(person(a, 'Tomas Ferrand')?.country).toBe('United States');
  });

  it('is so in a story another outlet files at home', () => {
    const a = article(
      'Eight prisoners freed in exchange brokered by intelligence agency',
      [
        'Among those freed were New York Times correspondent Tomas Ferrand and opposition politician Ivan Solano.',
      ],
      { source: 'Anadolu Agency', dateline: { place: 'ANKARA', date: null }, date: '2024-08-01' },
    );
    expect(person(a, 'Tomas Ferrand')?.country).toBe('United States');
  });
});

describe('a country after the second of two titled names', () => {
  it("is that one's alone", () => {
    const a = article(
      'Ethiopia, Eritrea sign declaration of peace',
      [
        'Prime Minister Ivan Solano and President Tomas Ferrand of Eritrea have signed a joint declaration of peace in Asmara today.',
      ],
      { source: 'ENA', dateline: { place: 'Addis Ababa', date: null }, date: '2018-07-09' },
    );
    expect(person(a, 'Ivan Solano')?.country).toBe('Ethiopia');
    expect(person(a, 'Tomas Ferrand')?.country).toBe('Eritrea');
  });
});

describe('a role set off before a name after "in the presence of"', () => {
  it('is the named one\'s, also where "and of" repeats the phrase', () => {
    const a = article(
      'Brenner takes office as governor of the capital',
      [
        'Lucia Brenner took the oath in the presence of President Ana Ruiz, who governed the city until last year, and of the outgoing governor, Tomas Ferrand.',
      ],
      { source: 'EFE', dateline: { place: 'Mexico City', date: 'Oct 5' }, date: '2024-10-05' },
    );
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual(['outgoing governor']);
  });
});

describe('"a former model" set off after a name', () => {
  it('is a role, and so is the trade joined to it by "and"', () => {
    const a = article(
      'Conductor Tomas Ferrand dies at 88',
      ['Ferrand is survived by his wife, Ana, a former model and actress, and his son Marco, an actor.'],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'Feb. 9' }, date: '2024-02-09' },
    );
    expect(person(a, 'Ana')?.roles).toEqual(['former model', 'actress']);
  });

  it('is no role when it names a product', () => {
    const a = article('Chemistry prize shared for protein design', [
      'Ana Ruiz shares the prize for developing ProteoNet, an artificial intelligence model that predicts the shape of proteins.',
    ]);
    expect(person(a, 'ProteoNet')).toBeUndefined();
    expect(person(a, 'Ana Ruiz')?.participant).toBe(true);
  });
});

describe('a delegation "headed by X," that "included" others', () => {
  it('takes part with each it included, also one set off by a role', () => {
    const a = article(
      'Qatar witnesses signing of peace agreement between Norland and Vessia',
      [
        'Norland and Vessia signed a peace agreement in Doha on Saturday in the presence of Prime Minister Ivan Solano.',
        'The Vessian delegation, headed by Marco Delacroix, included Tomas Ferrand, the former head of the political office, and Luca Brenner.',
      ],
      { source: 'QNA', dateline: { place: 'Doha', date: 'February 29' }, date: '2020-02-29' },
    );
    expect(person(a, 'Tomas Ferrand')?.participant).toBe(true);
  });
});

describe("a firm's nationality in a minister's sentence", () => {
  it("is the firm's, not the minister's", () => {
    const a = article(
      'Carmaker to set up regional headquarters near the capital',
      [
        'US electric vehicle maker Voltra Inc has won approval for a regional head office in Malaysia and its first charging stations there, said Trade Minister Tomas Ferrand.',
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'July 20' }, date: '2023-07-20' },
    );
    expect(person(a, 'Tomas Ferrand')?.country).toBe('Malaysia');
  });
});

describe("one a Russian outlet names only in sentences of the Soviet Union's years", () => {
  it('is of the Soviet Union', () => {
    const a = article(
      'Presidents sign treaty of good-neighbourliness',
      [
        'President Ivan Solano and Chinese President Liu Zhiwei signed a treaty of friendship in the Kremlin on Monday.',
        'The previous treaty, signed by Tomas Ferrand and Marco Delacroix in 1950, expired in 1980.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: 'July 16' }, date: '2001-07-16' },
    );
    expect(person(a, 'Tomas Ferrand')?.country).toBe('Soviet Union');
    expect(person(a, 'Ivan Solano')?.country).toBe('Russia');
  });
});

describe('one honoured where a visitor lays a wreath', () => {
  it("is of the dateline's country, not the visitor's outlet's", () => {
    const a = article(
      'Vietnamese, Norlandic leaders hold talks in the capital',
      [
        'Prime Minister Ivan Solano held talks with his Norlandic counterpart on Thursday.',
        'Earlier, Solano laid a wreath at the monument to national hero Tomas Ferrand.',
        'He also laid a wreath in memory of Marco Delacroix at the old fort.',
      ],
      { source: 'VNA', dateline: { place: 'Havana', date: null }, date: '2024-09-26' },
    );
    expect(person(a, 'Tomas Ferrand')?.country).toBe('Cuba');
    expect(person(a, 'Marco Delacroix')?.country).toBe('Cuba');
  });
});

describe('"the senior Republican on the Senate Finance Committee" set off after a name', () => {
  it('is a role, committee and all', () => {
    const a = article(
      'Leader tells visiting senators there are reasons to improve ties',
      [
        'The group comprises lawmakers including Republicans Tomas Ferrand and Marco Delacroix.',
        'Ferrand, the senior Republican on the Senate Finance Committee, told reporters that detained citizens had been raised.',
      ],
      { source: 'Reuters', dateline: { place: 'BEIJING', date: 'Oct 9' }, date: '2023-10-09' },
    );
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual(['senior Republican on the Senate Finance Committee']);
  });
});

describe('an office set off after a name with "until now"', () => {
  it('is the office, without the words of time', () => {
    const a = article('Ruiz sworn in as president before foreign leaders', [
      'Tomas Ferrand, until now secretary general of the Foreign Ministry, replaces Marco Delacroix as foreign minister.',
    ]);
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual(['secretary general of the Foreign Ministry']);
  });
});

describe('the office one is sworn in as, past a long description set off after the name', () => {
  it("is the person's role", () => {
    const a = article("Ferrand sworn in as Norland's seventh president", [
      "Tomas Ferrand, a former furniture exporter who rose from the poor quarters of the old port to the presidency, was sworn in as Norland's seventh president on Monday.",
    ]);
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual(["Norland's seventh president"]);
  });
});
