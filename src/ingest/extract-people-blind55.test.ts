// People seen first in the fifty-fifth blind round of held-out articles (diplomacy with people outside government:
// business leaders, religious leaders, royals, athletes, artists, heads of international bodies), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

const wire = (place: string, source: string) => ({ dateline: { place, date: null }, source });

describe('countries from where people are received and framed', () => {
  it('places a bare "President X" received at a head of state\'s palace in that palace\'s country', () => {
    const a = article('Pope receives visiting president in private audience', [
      'Pope Gregory XVII received President Tomas Arriaga in a private audience on Monday.',
      'On Tuesday Arriaga was expected to be received by President Aldo Ferrante at the Quirinale.',
    ]);
    expect(person(a, 'Aldo Ferrante')?.country).toBe('Italy');
  });

  it('places a queen to be met at Buckingham Palace in Britain, not with the visitor from Pakistan', () => {
    const a = article(
      'President welcomes young campaigner',
      [
        'President Dale Horne met Nadia Rahimi, the Pakistani teenager who campaigns for schooling, on Friday.',
        'She is due to meet Queen Rowena at Buckingham Palace next week.',
      ],
      wire('WASHINGTON', 'AP'),
    );
    expect(person(a, 'Rowena')?.country).toBe('United Kingdom');
  });

  it("reads a city opening the sentence before a lower-case title as the speaker's country", () => {
    const a = article(
      'Leaders meet in Washington',
      [
        'President Dale Horne met Prime Minister Ito Sakamura in Washington on Thursday.',
        'In Tokyo, Foreign Ministry spokesman Kenji Arata said the talks with the United States had gone well.',
      ],
      wire('WASHINGTON', 'Reuters'),
    );
    expect(person(a, 'Kenji Arata')?.country).toBe('Japan');
  });

  it("does not take a country listed among the topics of talks for a bare president's", () => {
    const a = article(
      'President hosts state dinner for visiting leader',
      [
        'President Dale Horne feted Chinese President Wu Jianguo with a state dinner on Wednesday.',
        "The dinner, the third of Horne's presidency, ended a day in which the two leaders discussed trade, the currency, North Korea and human rights.",
      ],
      wire('WASHINGTON', 'AFP'),
    );
    expect(person(a, 'Dale Horne')?.country).toBe('United States');
  });

  it('places a first lady with the president whose surname she bears, not by the words around her', () => {
    const a = article(
      'President hosts state dinner for visiting leader',
      [
        'President Dale Horne feted Chinese President Wu Jianguo with a state dinner on Wednesday.',
        'The guests were greeted by First lady Ana Horne, in a gown by a British designer.',
      ],
      wire('WASHINGTON', 'AFP'),
    );
    expect(person(a, 'Ana Horne')?.country).toBe('United States');
  });

  it('does not make a side of a guest described only by who she is', () => {
    const a = article(
      'President welcomes young campaigner',
      [
        'President Dale Horne met Nadia Rahimi, the Pakistani teenager who campaigns for schooling, on Friday.',
      ],
      wire('WASHINGTON', 'AP'),
    );
    expect(person(a, 'Nadia Rahimi')?.country).toBe('Pakistan');
    expect(person(a, 'Dale Horne')?.country).toBe('United States');
  });
});

describe('names and titles outside government', () => {
  it('reads a fashion house named after its founder as no person', () => {
    const a = article('President hosts state dinner', [
      'First lady Ana Horne wore a red gown by the French fashion house Pierre Morand.',
    ]);
    expect(person(a, 'Pierre Morand')).toBeUndefined();
    expect(person(a, 'Ana Horne')?.roles).toEqual(['First lady']);
  });

  it("reads cricket's positions and a legend of an art as titles before a name", () => {
    const a = article('Prime ministers watch cricket semi-final', [
      'Pakistan paceman Salman Qadeer took five wickets, and jazz legend Dexter Kolb played at the dinner.',
    ]);
    expect(person(a, 'Salman Qadeer')?.roles).toEqual(['Pakistan paceman']);
    expect(person(a, 'Dexter Kolb')?.roles).toEqual(['jazz legend']);
  });

  it('finds a person set off as "a close ally of" another, with no role for it', () => {
    const a = article('Prime minister meets central bank chief', [
      'Prime Minister Taro Venn met the central bank governor on Wednesday.',
      'Hiro Tanabe, a close ally of Venn, will oversee the talks.',
    ]);
    expect(person(a, 'Hiro Tanabe')?.roles).toEqual([]);
  });

  it('reads "X, Duke of …" and "Y, Duchess of …" as royal titles', () => {
    const a = article('President meets visiting prince', [
      "President Wu Jianguo met with Britain's Prince Edwin, Duke of Norland, in Beijing on Monday.",
      "The Duke's wife, Clara, Duchess of Norland, did not join the trip.",
    ]);
    expect(person(a, 'Edwin')?.roles).toContain('Duke of Norland');
    expect(person(a, 'Clara')?.roles).toEqual(['Duchess of Norland']);
  });
});

describe('meetings after the event', () => {
  it('counts a relative set off by commas after "joined by" as there', () => {
    const a = article(
      'President welcomes young campaigner',
      [
        'President Dale Horne met Nadia Rahimi, a campaigner for schooling, at the White House on Friday.',
        'She was received in the Oval Office, where the president was joined by his older son, Tom Horne, who is 15.',
      ],
      wire('WASHINGTON', 'AP'),
    );
    expect(taking(a)).toEqual(['Dale Horne', 'Nadia Rahimi', 'Tom Horne']);
  });

  it('does not count those met "following the audience" as taking part in it', () => {
    const a = article(
      'Pope receives visiting president in private audience',
      [
        'Pope Gregory XVII received President Tomas Arriaga in a private audience on Monday.',
        'Following the papal audience, Arriaga met with Cardinal Ugo Renzi, the Secretary of State.',
      ],
      wire('VATICAN CITY', 'Vatican News'),
    );
    expect(taking(a)).toEqual(['Gregory XVII', 'Tomas Arriaga']);
  });

  it("does not count the host of a traveller's next stop as taking part", () => {
    const a = article(
      'Pope and patriarch embrace in Havana',
      [
        "Pope Gregory XVII and Patriarch Sava embraced on Friday at Havana's airport, in the first meeting between the heads of their churches.",
        'The two religious leaders held private talks for two hours and signed a joint declaration.',
        'Gregory then travelled on to Peru for a four-day stay, where he was received by President Luis Arbelo, while Sava continues his tour of Latin America.',
      ],
      wire('Havana', 'Prensa Latina'),
    );
    expect(taking(a)).toEqual(['Gregory XVII', 'Sava']);
  });
});
