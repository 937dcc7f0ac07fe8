// Session 38's leftovers of blind rounds 56–64 (held-out 864–989), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

const hearing = (sentence: string) =>
  article(
    'Nominee vows to deepen alliance at confirmation hearing',
    [
      'The hearing, chaired by committee Chairman Bob Marlow, examined two nominees for ambassador posts.',
      sentence,
    ],
    { source: 'Kyodo', dateline: null },
  );

describe('"Sen." before a senator\'s name', () => {
  it('is the title of "Sen. X of Idaho, the panel\'s ranking Republican", with the ranking member\'s role', () => {
    const a = hearing(
      "Sen. Jim Tallow of Idaho, the panel's ranking Republican, asked both nominees about the tariffs.",
    );
    expect(person(a, 'Jim Tallow')?.roles).toEqual(['Sen.', "panel's ranking Republican"]);
  });

  it('is the title of "Sen. X, a Tennessee Republican who …", an American by the state he sits for', () => {
    const a = hearing(
      'Sen. Bill Brinkett, a Tennessee Republican who served as ambassador to Japan, urged the nominees to press Tokyo.',
    );
    expect(person(a, 'Bill Brinkett')?.roles).toEqual(['Sen.', 'Tennessee Republican']);
    expect(person(a, 'Bill Brinkett')?.country).toBe('United States');
  });

  it('is a style beside an office in capitals the story gives the person', () => {
    const a = article('Minister opens refinery', [
      'The Senate President, Sen. Adaeze Vellum, and the Minister of Works, Mr Tunde Farrant, were present.',
    ]);
    expect(person(a, 'Adaeze Vellum')?.roles).toEqual(['Senate President']);
  });
});

describe("a name shaped like another country's, under the dateline's default", () => {
  const farewell = (sentence: string) =>
    article(
      "Japan's outgoing leader makes farewell visit to Seoul",
      [
        'Japanese Prime Minister Kenta Morinaga met South Korean President Park Ji-hoon in Seoul on Friday.',
        "Morinaga announced in August that he would not run in his party's leadership race.",
        sentence,
      ],
      { source: 'AP', dateline: { place: 'SEOUL, South Korea', date: 'Sept. 6' } },
    );

  it("places a Japanese-shaped name with an office in capitals in Japan, not the dateline's Korea", () => {
    const a = farewell('Candidates include former Defense Minister Yumiko Sakurada.');
    expect(person(a, 'Yumiko Sakurada')?.country).toBe('Japan');
  });

  it('leaves a guest named by a trade to the dateline', () => {
    const a = farewell('Among the guests at the dinner was cellist Yumiko Sakurada.');
    expect(person(a, 'Yumiko Sakurada')?.country).not.toBe('Japan');
    expect(person(a, 'Yumiko Sakurada')?.country).toBe('South Korea');
  });
});

describe('the team a goal was scored for', () => {
  it("is the scorer's, not the others' of the sentence", () => {
    const a = article(
      'King receives European champions at palace',
      [
        'King Felipe VI received the Spanish national football team at his palace in Madrid on Monday, hours after the players flew home with the trophy they won by beating England 2-1.',
        'Iker Zubialde, who scored the winning goal after Jon Larrauri had opened the scoring and Tom Ashcombe had equalized for England, posed with the king for a photo.',
      ],
      { source: 'EFE', dateline: { place: 'Madrid', date: 'Jul 15' } },
    );
    expect(person(a, 'Iker Zubialde')?.country).toBe('Spain');
    expect(person(a, 'Jon Larrauri')?.country).toBe('Spain');
    expect(person(a, 'Tom Ashcombe')?.country).toBe('United Kingdom');
  });
});

describe('a seat at the table by a count of places', () => {
  it('takes "sat two places away from the premier" as being at the reception', () => {
    const a = article(
      'Premier receives visiting table tennis team',
      [
        'Premier Wen Tolland received the visiting table tennis team in the Great Hall today.',
        'Anna Quell, the squad’s youngest player, sat two places away from the premier and called him kind afterwards.',
      ],
      { source: 'AP', dateline: { place: 'BEIJING', date: 'April 14' } },
    );
    expect(participantNames(a)).toContain('Anna Quell');
  });
});

describe('earlier holders named after "those of"', () => {
  it('gives them the nationality of the office the sentence counts visits by', () => {
    const a = article(
      'State President holds talks with US President',
      [
        'President Tran Van Lam held talks with US President Mark Halloway in Hanoi on Thursday.',
        'President Lam said the trip, the third by a sitting US President since ties were restored in 1995, after those of Peter Grennan in 2000 and John Astley in 2006, would deepen cooperation between the two sides.',
      ],
      { source: 'VNA', dateline: { place: 'Hanoi', date: 'May 23' } },
    );
    expect(person(a, 'Peter Grennan')?.country).toBe('United States');
    expect(person(a, 'John Astley')?.country).toBe('United States');
  });
});

describe('a country among the issues a phrase lists', () => {
  it("does not place a former president named earlier in the sentence, who keeps the story's one side", () => {
    const a = article(
      'Nominee vows to strengthen alliance',
      [
        "Sam Pellman, U.S. President Joe Ostrow's nominee for ambassador to Japan, pledged Wednesday to strengthen the alliance.",
        "Pellman, a former mayor of Chicago who served as chief of staff under former President Carl Harwick, promised close cooperation with the incoming cabinet of Prime Minister Daiki Morinaga on issues including climate change and North Korea's missile programs.",
      ],
      { source: 'Kyodo', dateline: null },
    );
    expect(person(a, 'Carl Harwick')?.country).toBe('United States');
  });
});

describe("at a named person's side", () => {
  it('takes "Y sat at X\'s side on the podium" as being at the inauguration', () => {
    const a = article(
      'Dlamuka sworn in as president before world leaders',
      [
        'Sipho Dlamuka was sworn in Tuesday as president before tens of thousands of cheering people.',
        "The outgoing president, Kwanele Vorster, who shared last year's peace prize with Dlamuka, became deputy president on the same day. Vorster sat at Dlamuka's side on the podium.",
      ],
      { source: 'AP', dateline: { place: 'PRETORIA, South Africa', date: 'May 10' } },
    );
    expect(participantNames(a)).toContain('Kwanele Vorster');
  });
});

describe('"Việt Nam" with its tones', () => {
  it('is Vietnam, the country of the first of two presidents named beside it', () => {
    const a = article(
      'Việt Nam’s National Day celebrated in Laos',
      [
        'The embassy held a reception in Vientiane on Friday to celebrate National Day.',
        'Ambassador Tran Minh Khoa stressed that Việt Nam always treasures the friendship with Laos, which was nurtured by President Le Quang Duc and President Bounmy Thongsavath and generations of leaders of the two countries.',
      ],
      { source: 'VNA', dateline: { place: 'VIENTIANE', date: 'Aug 30' } },
    );
    expect(person(a, 'Le Quang Duc')?.country).toBe('Vietnam');
    expect(person(a, 'Bounmy Thongsavath')?.country).toBe('Laos');
  });
});
