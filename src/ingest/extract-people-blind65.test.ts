// People seen first in the sixty-fifth blind round of held-out articles (justice, detention and consular diplomacy:
// prisoner swaps, hostages and detainees freed and flown home, families at the airport), on invented sentences with
// invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

const wire = { dateline: { place: 'VELMORA', date: 'March 3' }, source: 'Reuters' };

describe('a release or a swap the headline reports is an act', () => {
  it('takes the prisoners a swap freed on both sides, and not the minister who comments from the capital', () => {
    const a = article(
      'Ruritania, Carpathia swap prisoners as talks resume',
      [
        'Ruritania has freed three Carpathian nationals in exchange for four Ruritanians, the two governments said on Sunday.',
        'The others freed by Ruritania are engineer Piet Brandvik and teacher Lena Halloway.',
        'In return, Carpathia pardoned four Ruritanians, among them Oskar Dunmore and Ilse Renfrew.',
        'In the capital, Foreign Minister Tomas Vasquin said the exchange showed that dialogue works.',
      ],
      wire,
    );
    const names = taking(a);
    expect(names).toEqual(
      expect.arrayContaining(['Piet Brandvik', 'Lena Halloway', 'Oskar Dunmore', 'Ilse Renfrew']),
    );
    expect(names).not.toContain('Tomas Vasquin');
  });

  it('reads "walks to freedom", "freed in …" and "after N months in prison" as a release', () => {
    for (const title of [
      'Dissident walks to freedom across border bridge',
      'Soldier freed in brokered swap for prisoners',
      'Aid worker returns home after 15 months in prison',
    ]) {
      const a = article(
        title,
        [
          'The aid worker came home on Saturday.',
          'Among those freed was Kaspar Ostrander, a pilot held for two years.',
          'In the capital, Senator Mira Pellinger said the release was overdue.',
        ],
        wire,
      );
      expect(taking(a), title).toContain('Kaspar Ostrander');
      expect(taking(a), title).not.toContain('Mira Pellinger');
    }
  });

  it('leaves funds freed by a deal and a currency swap to the stories they are', () => {
    const a = article(
      'Funds freed by budget deal go to schools',
      [
        'Lawmakers agreed the budget on Monday.',
        'Finance Minister Ada Carrow said the money would reach schools in May.',
        'Opposition leader Yuri Ivanko said the deal came too late.',
      ],
      wire,
    );
    expect(taking(a)).not.toContain('Yuri Ivanko');
    expect(taking(a)).toContain('Ada Carrow');
    expect(person(a, 'Yuri Ivanko')?.roles).toEqual(['Opposition leader']);
  });
});

describe('families and officials at the airport', () => {
  const a = article(
    'Two sailors freed by Carpathia fly home',
    [
      'Two sailors who had been held in Carpathia landed at a military base near Velmora late Saturday.',
      'Jonas Talmar and Erik Sedgwick stepped off a government plane a little after 9 p.m.',
      'Talmar hugged his mother, Greta Talmar, and his sister, Nora Talmar, on the tarmac.',
      'Prime Minister Paul Brisco was waiting on the tarmac when the plane landed.',
      'Sedgwick fell into the arms of his father, Henrik Sedgwick.',
      "Talmar's wife, Ulla Talmar, was on the plane with him.",
    ],
    wire,
  );

  it('takes those who stepped off the plane, and the relatives they embraced there', () => {
    expect(taking(a)).toEqual(
      expect.arrayContaining([
        'Jonas Talmar',
        'Erik Sedgwick',
        'Greta Talmar',
        'Nora Talmar',
        'Henrik Sedgwick',
        'Ulla Talmar',
      ]),
    );
  });

  it('takes the leader waiting on the tarmac', () => {
    expect(taking(a)).toContain('Paul Brisco');
  });

  it('still leaves a relative merely named in apposition out', () => {
    const b = article(
      'Sailor freed by Carpathia flies home',
      [
        'Jonas Talmar landed at a military base near Velmora late Saturday.',
        'His father, Henrik Talmar, a retired fisherman, had campaigned for his release for two years.',
      ],
      wire,
    );
    expect(taking(b)).not.toContain('Henrik Talmar');
    expect(taking(b)).toContain('Jonas Talmar');
  });
});

describe('who announces a release, and who reacts to it', () => {
  const a = article(
    'Journalist freed by Ruritania after three years, reunited with her children',
    [
      'Journalist Ada Carrow has been released from detention in Ruritania and is back home after more than three years, Prime Minister Tom Brandt has announced.',
      'Opposition Leader Paul Brisco welcomed the release, saying it was fantastic news.',
    ],
    wire,
  );

  it('leaves out the prime minister whose announcement closes the lede, "has announced" as "announced"', () => {
    expect(taking(a)).toEqual(['Ada Carrow']);
  });

  it('leaves out one who "welcomed the release" from elsewhere', () => {
    expect(taking(a)).not.toContain('Paul Brisco');
    expect(person(a, 'Paul Brisco')?.roles).toEqual(['Opposition Leader']);
  });
});

describe("a headline's second clause of what is still to come", () => {
  it('cites the one a clause after a semicolon says is "to greet" the freed', () => {
    const a = article(
      'Freed sailors reach Velmora; Brandt to greet them at home',
      [
        "The freed sailors landed in Velmora early Wednesday, minutes into the first full day of Ada Carrow's presidency.",
        'Envoy Paul Brisco met them at the foot of the ramp.',
        'Former President Tom Brandt will fly to the port on Thursday to greet them.',
      ],
      wire,
    );
    expect(taking(a)).toContain('Paul Brisco');
    expect(taking(a)).not.toContain('Tom Brandt');
  });

  it('cites the one whose presidency dates the lede, and leaves an oath of another day beside a release out', () => {
    const a = article(
      'Freed hostages reach Velmora',
      [
        "The freed sailors landed in Velmora early Wednesday with Paul Brisco, minutes into the first full day of Ada Carrow's presidency.",
        'The plane left the capital moments after Carrow took the oath of office.',
      ],
      wire,
    );
    expect(taking(a)).toEqual(['Paul Brisco']);
  });
});

describe('intelligence portfolios in a title', () => {
  it('reads "Director of National Intelligence" and "Director of Central Intelligence" as titles before the name', () => {
    const a = article('Envoy flies home with freed sailors', [
      'They were followed off the plane by Director of National Intelligence Tom Brandt.',
      'Director of Central Intelligence Ada Carrow had flown in a day earlier.',
    ]);
    expect(person(a, 'Tom Brandt')?.roles).toEqual(['Director of National Intelligence']);
    expect(person(a, 'Ada Carrow')?.roles).toEqual(['Director of Central Intelligence']);
    expect(person(a, 'Intelligence Tom Brandt')).toBeUndefined();
  });
});

describe('a role set off before the name, with its seat', () => {
  it('keeps "federal judge" of "a federal judge in Washington, X," and reads past the month opening the sentence', () => {
    const a = article('Sailor returns home after 15 months in prison', [
      'In April a federal judge in Washington, Tanya Melnar, sentenced him to 18 months in prison.',
      'A State Department spokesman in Washington, Bernard Kestrel, said the case was closed.',
    ]);
    expect(person(a, 'Tanya Melnar')?.roles).toEqual(['federal judge']);
    expect(person(a, 'Bernard Kestrel')?.roles).toEqual(['State Department spokesman']);
  });

  it('still gives no role to one addressed before a comma', () => {
    const a = article('Minister visits port', [
      'Speaking to the president in Paris, Tom Marven said the port would reopen.',
    ]);
    expect(person(a, 'Tom Marven')?.roles).toEqual([]);
  });
});

describe('the names listed after a counted group of one nationality', () => {
  it('places "seven Peruvians …, among them A and B" and "the two Chilean citizens, C and her daughter D"', () => {
    const a = article(
      'Bolivia, Ecuador swap prisoners',
      [
        'Ecuador has freed three of its prisoners, the two governments said on Sunday.',
        'In return, Ecuador pardoned seven Peruvians convicted of smuggling, among them Oskar Dunmore and Ilse Renfrew.',
        'The mediators secured the release of the two Chilean citizens, Vera Kestrel and her daughter Lina Kestrel, on humanitarian grounds.',
      ],
      wire,
    );
    expect(person(a, 'Oskar Dunmore')?.country).toBe('Peru');
    expect(person(a, 'Ilse Renfrew')?.country).toBe('Peru');
    expect(person(a, 'Vera Kestrel')?.country).toBe('Chile');
    expect(person(a, 'Lina Kestrel')?.country).toBe('Chile');
  });
});

describe("the World Court's own officers", () => {
  it('gives no country to "ICJ President X" nor to the "Court Registrar" of a story of the International Court of Justice', () => {
    const a = article(
      'President defends his country at World Court',
      [
        // A national outlet's story: the court's officers take none of its default country.
        'Kenyan President Tom Obura told the International Court of Justice (ICJ) on Friday that the claims were misleading.',
        'ICJ President Omar Talmar opened the session.',
        'Court Registrar Lucien Carrow said the judges would rule at a later date.',
      ],
      { dateline: { place: 'THE HAGUE', date: null }, source: 'KBC' },
    );
    expect(person(a, 'Omar Talmar')?.country).toBeNull();
    expect(person(a, 'Lucien Carrow')?.country).toBeNull();
  });
});
