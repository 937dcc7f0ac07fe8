// The leftovers of the seventy-sixth blind round (the wires of 1945–1979), second pass, on invented sentences with
// invented people and invented places: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const ap = { source: 'AP', date: '1977-11-21', dateline: { place: 'JERUSALEM', date: null } };

describe('one who followed the event on a broadcast', () => {
  const lede =
    "President Omar Halvorsen of Egypt stood before Israel's parliament today and said peace was within reach.";

  it('is no participant, and the seat of government they watched from is their country', () => {
    const a = article(
      'Halvorsen speaks in Knesset',
      [
        lede,
        'President Dunmore, who watched the address on television at the White House, said it took courage.',
      ],
      ap,
    );
    expect(person(a, 'Dunmore')).toMatchObject({ participant: false, country: 'United States' });
  });

  it('reads a capital after "watching on television" as the seat', () => {
    const a = article(
      'Halvorsen speaks in Knesset',
      [lede, 'Chancellor Tessaly, watching on television in Bonn, called the speech historic.'],
      { ...ap, date: '1977-11-21' },
    );
    expect(person(a, 'Tessaly')).toMatchObject({ participant: false, country: 'Germany' });
  });

  it('leaves one who watched from the gallery a participant', () => {
    const a = article(
      'Halvorsen speaks in Knesset',
      [lede, 'President Dunmore, who watched the speech from the gallery, said it took courage.'],
      ap,
    );
    expect(person(a, 'Dunmore')?.participant).toBe(true);
  });
});

describe('the sender of a message read out or brought to the event', () => {
  const reuter = { source: 'Reuter', date: '1957-03-06', dateline: { place: 'PORT ELLIS', date: 'March 6' } };
  const lede =
    'Arland became an independent state at midnight, Prime Minister Kofi Tessaly told a crowd of thousands.';

  it('is not there: "read a message from Queen X"', () => {
    const a = article(
      'Arland is born',
      [
        lede,
        'Lady Amelia Crane opened the first session of the Parliament and read a message from Queen Mathilda III welcoming Arland into the family of nations.',
      ],
      reuter,
    );
    expect(person(a, 'Mathilda III')?.participant).toBe(false);
    expect(person(a, 'Amelia Crane')?.participant).toBe(true);
  });

  it('keeps the other side of a greeting received as the event itself', () => {
    const a = article(
      'Leader receives greetings',
      [
        'Chairman Ilan Veret received a congratulatory message from Osric Dallow, president of the Federation, on the national day.',
      ],
      reuter,
    );
    expect(person(a, 'Osric Dallow')?.participant).toBe(true);
  });
});

describe('those at the session by where they sat, or because they spoke too', () => {
  const lede =
    "President Omar Halvorsen of Egypt stood before Israel's parliament today and told the Israelis they would be accepted.";
  const under = (sentence: string) => article('Halvorsen in Knesset', [lede, sentence], ap);

  it('counts one who "sat at Mr. X\'s right throughout the talks"', () => {
    const a = under(
      "Adm. Carl Vesey, chief of staff to the President, sat at Mr. Halvorsen's right throughout the talks.",
    );
    expect(person(a, 'Carl Vesey')?.participant).toBe(true);
  });

  it('counts one who "sat in the gallery with the party"', () => {
    const a = under("Kamal Wissa, Egypt's Minister of State, sat in the gallery with the Egyptian party.");
    expect(person(a, 'Kamal Wissa')?.participant).toBe(true);
  });

  it('counts one who "also spoke", the clause closing there', () => {
    const a = under(
      'Opposition leader Piet Dorrance of the Labor Party also spoke, telling Halvorsen he was welcome.',
    );
    expect(person(a, 'Piet Dorrance')?.participant).toBe(true);
  });
});

describe('a college\'s "Dean" before a given name and a surname', () => {
  const up = { source: 'UP', date: '1945-06-26', dateline: { place: 'SAN FRANCISCO', date: 'June 26' } };
  const lede =
    'Delegates from fifty nations signed the Charter of the United Nations today, and President Hadley told them they had built a solid structure.';

  it('is a title: "Dean Virginia C. Marlowe of Barnard College"', () => {
    const a = article(
      'Fifty nations sign charter',
      [
        lede,
        'Among the signers was Dean Virginia C. Marlowe of Barnard College, the only woman in the delegation.',
      ],
      up,
    );
    expect(person(a, 'Virginia C. Marlowe')?.roles).toEqual(['Dean']);
  });

  it('stays a given name in a name of two words, and after an occupation', () => {
    const a = article(
      'Fifty nations sign charter',
      [
        lede,
        'Secretary of State Dean Varnum signed for the United States.',
        'The singer Dean Martin Lusk performed.',
      ],
      up,
    );
    expect(person(a, 'Dean Varnum')?.roles).toEqual(['Secretary of State']);
    expect(person(a, 'Dean Martin Lusk')?.roles).toEqual(['singer']);
  });
});

describe('those who "followed" a signer in turn', () => {
  const up = { source: 'UP', date: '1945-06-26', dateline: { place: 'SAN FRANCISCO', date: 'June 26' } };
  const lede =
    'Delegates from fifty nations signed the Charter of the United Nations today in the Memorial Hall.';

  it('take part: "X signed last. He was followed by Sen. A, and Sen. B"', () => {
    const a = article(
      'Fifty nations sign charter',
      [
        lede,
        'Secretary of State Edward R. Varnum, chairman of the delegation, signed last. He was followed by Sen. Tom Bracken, D-Tex., and Sen. Arthur H. Lusk, R-Mich., who will lead the fight for ratification.',
      ],
      up,
    );
    expect(person(a, 'Tom Bracken')?.participant).toBe(true);
    expect(person(a, 'Arthur H. Lusk')?.participant).toBe(true);
  });

  it('leaves out a son who followed him in another time', () => {
    const a = article(
      'Fifty nations sign charter',
      [
        lede,
        'The charter recalls King Osric of Arland, who signed the first covenant. He was followed by his son, King Aldo, who renounced it.',
      ],
      up,
    );
    expect(person(a, 'Aldo')?.participant).toBe(false);
  });
});

describe('"today" under a dateline with no date', () => {
  const lede =
    "President Omar Halvorsen of Egypt stood before Israel's parliament today and told the Israelis they would be accepted.";

  it('is the header\'s day or the day before: a greeting "on Saturday night" under a Monday\'s header is another day', () => {
    const a = article(
      'Halvorsen in Knesset',
      [
        lede,
        'Former Prime Minister Hanna Lerch, who greeted Halvorsen at the airport on Saturday night, had promised him a present.',
      ],
      ap,
    );
    expect(person(a, 'Hanna Lerch')?.participant).toBe(false);
  });

  it("keeps the day before the header as the event's", () => {
    const a = article(
      'Halvorsen in Knesset',
      [lede, 'Former Prime Minister Hanna Lerch greeted Halvorsen at the airport on Sunday.'],
      ap,
    );
    expect(person(a, 'Hanna Lerch')?.participant).toBe(true);
  });
});

describe('the days of a visit the lede spans', () => {
  it('counts one met on the first day of a visit "from February 21 to February 28"', () => {
    const a = article(
      'Joint communique at end of visit',
      [
        'The two sides today issued a joint communique at the close of the visit to Arland by President Tomas Veer of Norland from February 21 to February 28.',
        'Chairman Osk Brandt met President Veer on February 21 and the two leaders had a frank exchange of views.',
      ],
      { source: 'Xinhua', date: '1972-02-28', dateline: { place: 'SHANGHAI', date: 'February 28' } },
    );
    expect(person(a, 'Osk Brandt')?.participant).toBe(true);
  });

  it('leaves a meeting before the span another day', () => {
    const a = article(
      'Joint communique at end of visit',
      [
        'The two sides today issued a joint communique at the close of the visit to Arland by President Tomas Veer of Norland from February 21 to February 28.',
        'Chairman Osk Brandt met President Veer on February 12 in Geneva to prepare the visit.',
      ],
      { source: 'Xinhua', date: '1972-02-28', dateline: { place: 'SHANGHAI', date: 'February 28' } },
    );
    expect(person(a, 'Osk Brandt')?.participant).toBe(false);
  });
});

describe("the host of a banquet in the guest's honour", () => {
  const xinhua = {
    source: 'Xinhua',
    date: '1972-02-28',
    dateline: { place: 'SHANGHAI', date: 'February 28' },
  };

  it('takes part in a visit the lede spans', () => {
    const a = article(
      'Joint communique at end of visit',
      [
        'The two sides today issued a joint communique at the close of the visit to Arland by President Tomas Veer of Norland from February 21 to February 28.',
        'In the evening, Pell Arkin, Chairman of the City Committee, gave a farewell banquet in the Exhibition Hall in honour of President and Mrs. Veer.',
      ],
      xinhua,
    );
    expect(person(a, 'Pell Arkin')?.participant).toBe(true);
  });

  it('holds a meal of their own beside talks that are no visit', () => {
    const a = article(
      'Ministers agree on fishing quotas',
      [
        'Foreign Minister Tomas Veer of Norland and his Arland counterpart Osk Brandt today agreed on fishing quotas for next year.',
        'Later, Pell Arkin, Chairman of the City Committee, gave a dinner in honour of the fishing industry.',
      ],
      xinhua,
    );
    expect(person(a, 'Pell Arkin')?.participant).toBe(false);
  });
});

describe("a visitor's host in Peking, in another country's outlet", () => {
  const kyodo = { source: 'Kyodo', date: '1972-09-29', dateline: { place: 'PEKING', date: 'Sept. 29' } };

  it('is China\'s: "was received by Chairman X at his residence"', () => {
    const a = article(
      'Arland and China sign joint statement',
      [
        'Japan and China today issued a joint statement at the Great Hall of the People, ending years of estrangement.',
        'Prime Minister Taro Kestrel, who reached Peking on Monday, was received by Chairman Lo Wen-tai at his residence on Wednesday night.',
        'In Taipei, the Nationalist government said it was severing relations with Japan.',
      ],
      kyodo,
    );
    expect(person(a, 'Lo Wen-tai')?.country).toBe('China');
    expect(person(a, 'Taro Kestrel')?.country).toBe('Japan');
  });

  it("leaves a firm's founder the host met no host of the visit", () => {
    const a = article(
      'Chairman meets software founder',
      [
        'Chairman Lo Wen-tai met Acme co-founder Piet Dorrance in Peking today and called him an old friend.',
        'Dorrance said his foundation had worked in China for fifteen years.',
      ],
      kyodo,
    );
    expect(person(a, 'Piet Dorrance')?.country).not.toBe('China');
    expect(person(a, 'Piet Dorrance')?.roles).toEqual(['Acme co-founder']);
    expect(person(a, 'Lo Wen-tai')?.country).toBe('China');
  });
});
