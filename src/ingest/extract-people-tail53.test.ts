// Leftovers of the blind rounds 54–55 (836–863) and the lead's notes on round 55's words, on invented sentences with
// invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest, personNamed as person, testArticle as article } from './test-article.ts';

const gala = (sentence: string) =>
  article('Leaders attend gala', [
    'President Dale Horne met Prime Minister Ito Sakamura in Washington on Thursday.',
    sentence,
  ]);

describe('royal dukedoms and names that begin with "Duke"', () => {
  it('reads a bare "Duke" before a surname as part of the name, not a royal title', () => {
    const a = gala('The leaders later heard jazz pianist Duke Halloran play at the Kennedy Center.');
    expect(person(a, 'Duke Halloran')?.roles).toEqual(['jazz pianist']);
    expect(extractTest(a).people.some((p) => p.roles.includes('Duke'))).toBe(false);
  });

  it('finds no royal "Halloran" in a concert of music by a Duke', () => {
    const a = gala(
      'The two leaders later attended a concert of music by Duke Halloran at the Kennedy Center.',
    );
    expect(person(a, 'Halloran')).toBeUndefined();
    expect(person(a, 'Dale Horne')?.roles).toEqual(['President']);
  });

  it('still reads "Grand Duke X" and "Prince X, Duke of Y" as royal titles', () => {
    const a = gala(
      'Grand Duke Albrecht of Marvania and Prince Edmund, Duke of Wexford, attended the dinner.',
    );
    expect(person(a, 'Albrecht')?.roles).toEqual(['Grand Duke']);
    expect(person(a, 'Edmund')?.roles).toEqual(['Prince', 'Duke of Wexford']);
  });
});

describe('firms named after their founders', () => {
  it('reads "the fashion house X" as a firm, not a person', () => {
    const a = gala('The first lady wore a gown by the British fashion house Mark Halloran.');
    expect(person(a, 'Mark Halloran')).toBeUndefined();
    expect(person(a, 'Ito Sakamura')?.roles).toEqual(['Prime Minister']);
  });

  it('keeps the person who built the house or founded the brand a clause names', () => {
    expect(
      person(gala('The two leaders toured the house Mark Halloran built in 1950.'), 'Mark Halloran'),
    ).toBeDefined();
    expect(
      person(gala('The two leaders praised the brand Mark Halloran founded.'), 'Mark Halloran'),
    ).toBeDefined();
  });
});

describe('a list of guests in semicolons', () => {
  const guests = article('President sworn in before foreign guests', [
    'President Ana Lima was sworn in on Sunday before a joint session of Congress.',
    'Among the foreign guests were the King of Marvania, Osric IV; the President of Portugal, Tomas Arriaga; and the Presidents of Argentina, Pablo Ferro; Chile, Hugo Salas; and Bolivia, Raul Mendez.',
  ]);

  it('gives each name the title set off before it, up to the semicolon', () => {
    expect(person(guests, 'Osric IV')?.roles).toEqual(['King of Marvania']);
    expect(person(guests, 'Tomas Arriaga')?.roles).toEqual(['President of Portugal']);
  });

  it('places each name in the country set off before it, after a semicolon or "and"', () => {
    expect(person(guests, 'Hugo Salas')?.country).toBe('Chile');
    expect(person(guests, 'Raul Mendez')?.country).toBe('Bolivia');
  });
});

describe("the AP's abbreviated senator", () => {
  it('reads "Delaware Sen. X" as a title with its period, and an American', () => {
    const a = article(
      'Candidate wins presidency',
      [
        'Dale Horne won the presidency on Tuesday night.',
        'His running mate, Delaware Sen. Tom Brandt, joined him on stage.',
      ],
      { dateline: { place: 'WASHINGTON', date: null }, source: 'AP' },
    );
    expect(person(a, 'Tom Brandt')?.roles).toEqual(['Delaware Sen.']);
    expect(person(a, 'Tom Brandt')?.country).toBe('United States');
  });
});

describe('a couple and their children', () => {
  it('places the children listed after "His wife X and their children" with her', () => {
    const a = article(
      'Former UN envoy dies at 84',
      [
        'Pavel Dimov, the Bulgarian diplomat who led a decade of peace talks, died in Geneva on Saturday. He was 84.',
        '"His wife Mira and their children Lev, Yana and Boris were by his side," his foundation said.',
        "His tenure was clouded by the Rwanda genocide, in which his son Lev's dealings drew scrutiny.",
      ],
      { dateline: { place: 'Geneva', date: null }, source: 'AFP' },
    );
    for (const child of ['Lev', 'Yana', 'Boris']) expect(person(a, child)?.country).toBe('Bulgaria');
  });
});

describe('the head of a civil service, secretary to the government', () => {
  it('reads "Chief Secretary to the Government" before a styled name as the title', () => {
    const a = article(
      'New prime minister sworn in',
      [
        "Datuk Seri Kamal Idris was sworn in as Malaysia's prime minister today.",
        'Chief Secretary to the Government Tan Sri Ahmad Rosli was also present.',
      ],
      { dateline: { place: 'KUALA LUMPUR', date: null }, source: 'Bernama' },
    );
    expect(person(a, 'Ahmad Rosli')?.roles).toEqual(['Chief Secretary to the Government']);
  });
});

describe('a birth name', () => {
  it('reads "Born X in …, he was" as the name the story\'s subject was born with, not another person', () => {
    const a = article(
      'Patriarch Gregory dies at 91',
      [
        'Patriarch Gregory died on Monday morning in his residence, the synod announced.',
        'Born Anton Mirel Dascalu in Iasi on May 3, 1934, he was the first patriarch from the north.',
      ],
      { dateline: null, source: 'Church News' },
    );
    const found = extractTest(a).people;
    expect(found.map((p) => p.name)).toEqual(['Gregory']);
    expect(found[0]?.aliases).toContain('Anton Mirel Dascalu');
  });
});

describe('a pope named by a regnal name', () => {
  it("places another pope's regnal name in a pope's story in the Vatican, not the host country", () => {
    const a = article(
      'Pope visits Lakeport',
      [
        'Pope Gregory XVII visited Lakeport in northern Italy on Sunday, greeted by Mayor Aldo Ferrante.',
        'The last pope to visit the city was Clement XV, in 2011.',
      ],
      { dateline: { place: 'LAKEPORT, Italy', date: null }, source: 'ANSA' },
    );
    expect(person(a, 'Clement XV')?.country).toBe('Vatican');
  });
});

describe("a state's senator described after the name", () => {
  const election = article(
    'Horne wins presidency',
    [
      'Dale Horne swept to victory on Tuesday night, defeating Tom Brandt.',
      'The 52-year-old Democratic senator from Ohio won states that had voted Republican for decades.',
      'Brandt, 70, conceded defeat before supporters in Phoenix, with his running mate, Alaska Gov. Ruth Kemp, at his side.',
      '"The people have spoken," the Arizona senator said.',
    ],
    { dateline: { place: 'WASHINGTON', date: null }, source: 'AP' },
  );

  it('gives a description opening a sentence to the first person without a role named before it', () => {
    expect(person(election, 'Dale Horne')?.roles).toEqual(['Democratic senator from Ohio']);
  });

  it('gives "the Arizona senator said" to the one person without a role named just before', () => {
    expect(person(election, 'Tom Brandt')?.roles).toEqual(['Arizona senator']);
  });
});
