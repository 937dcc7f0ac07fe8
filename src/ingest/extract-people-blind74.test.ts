// People seen first in the seventy-fourth blind round of held-out articles (sub-national and city diplomacy: governors,
// mayors, state premiers and regional presidents with foreign leaders), on invented sentences with invented people:
// none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

describe('an office named by its region before the name', () => {
  it('reads "Governor of Nevada Carla Whitfield" as the governor, not a place "Nevada Carla Whitfield"', () => {
    const a = article('President meets governor', [
      'Chinese President Xi Jinping met with Governor of Nevada Carla Whitfield in Beijing on Tuesday.',
      'Whitfield said the state wanted more flights.',
    ]);
    expect(person(a, 'Carla Whitfield')?.roles).toEqual(['Governor of Nevada']);
    expect(person(a, 'Carla Whitfield')?.country).toBe('United States');
    expect(extract(a).places).not.toContain('Nevada Carla Whitfield');
  });

  it('still reads "Mayor of Paris Saint-Germain" as no person', () => {
    const a = article('Fans gather', [
      'Mayor of Paris Saint-Germain supporters gathered outside the stadium.',
    ]);
    expect(extract(a).people).toEqual([]);
    expect(extract(a).organizations).toContain('Paris Saint-Germain');
  });
});

describe('a station before a name', () => {
  it('finds "Indian student Arjun Tarrant" named once, of India', () => {
    const a = article('Minister raises attacks', [
      'The minister raised the killing of Indian student Arjun Tarrant in Perth last month.',
    ]);
    expect(person(a, 'Arjun Tarrant')?.country).toBe('India');
  });
});

describe('a portfolio joined by "and the"', () => {
  it('reads "Secretary for Financial Services and the Treasury Martin Kwok" as one title and a name', () => {
    const a = article('Chief executive visits Bangkok', [
      'Secretary for Financial Services and the Treasury Martin Kwok joined the talks.',
    ]);
    expect(person(a, 'Martin Kwok')?.roles).toEqual(['Secretary for Financial Services and the Treasury']);
  });
});

describe("a mayor's city of three words", () => {
  it('places "Rio de Janeiro Mayor X" in Brazil beside a Tokyo governor', () => {
    const a = article(
      'Tokyo takes Olympic flag',
      [
        'Tokyo Governor Aiko Marlowe received the Olympic flag from Rio de Janeiro Mayor Paulo Halvorsen on Sunday.',
      ],
      { source: 'Kyodo', dateline: { place: 'RIO DE JANEIRO', date: null } },
    );
    expect(person(a, 'Aiko Marlowe')?.country).toBe('Japan');
    expect(person(a, 'Paulo Halvorsen')?.country).toBe('Brazil');
  });
});

describe("a special region's officers", () => {
  const rthk = { source: 'RTHK', dateline: null };

  it('places Hong Kong\'s bare "Chief Executive" and bureau secretaries in China, not the country visited', () => {
    const a = article(
      'CE meets Thai PM on first leg of trip',
      [
        'Chief Executive Daniel Tsang on Tuesday met Thai Prime Minister Somchai Wongsakul in Bangkok.',
        'Secretary for Security Ada Okonkwo joined the talks.',
        'Mr Tsang said Hong Kong would deepen trade ties with Thailand.',
      ],
      rthk,
    );
    expect(person(a, 'Daniel Tsang')?.country).toBe('China');
    expect(person(a, 'Ada Okonkwo')?.country).toBe('China');
    expect(person(a, 'Somchai Wongsakul')?.country).toBe('Thailand');
  });

  it('leaves a company\'s "Chief Executive" alone in a story that names no special region', () => {
    const a = article(
      'Carmaker opens plant',
      ["Chief Executive Daniel Tsang opened the carmaker's plant in Bangkok, Thailand, on Tuesday."],
      rthk,
    );
    expect(person(a, 'Daniel Tsang')?.country).not.toBe('China');
    expect(person(a, 'Daniel Tsang')?.roles).toEqual(['Chief Executive']);
  });
});

describe('a bare mayor', () => {
  it('is of the one city named before them in their sentence', () => {
    const a = article(
      'Osaka ends sister-city ties',
      [
        'Osaka Mayor Ken Fenwright said Thursday the ties were over.',
        'The statue became city property after the Seattle City Council voted to accept it and the late Mayor Tom Prewitt signed the resolution.',
      ],
      { source: 'Kyodo', dateline: { place: 'OSAKA', date: 'Oct. 4' } },
    );
    expect(person(a, 'Ken Fenwright')?.country).toBe('Japan');
    expect(person(a, 'Tom Prewitt')?.country).toBe('United States');
  });
});

describe('presence at the meeting', () => {
  it('counts "Also at the meeting were X and Y" as taking part', () => {
    const a = article('President-elect meets governors at climate forum', [
      'President-elect Rosa Pellerin met on Wednesday with the governors of the northern states.',
      'Also at the meeting were federal deputy Ines Castellan, who was elected to Congress in October, and senator-elect Hugo Vosges.',
    ]);
    const named = extract(a)
      .people.filter((p) => p.participant)
      .map((p) => p.name);
    expect(named).toEqual(['Rosa Pellerin', 'Ines Castellan', 'Hugo Vosges']);
  });

  it('counts one who "flew back for the occasion" as there', () => {
    const a = article('Governor returns to town he visited in 1990', [
      'Governor Paul Marden returned on Wednesday to the river town where he stayed in 1990.',
      'Ines Castellan, whose family hosted him then, flew back for the occasion.',
    ]);
    expect(person(a, 'Ines Castellan')?.participant).toBe(true);
  });

  it('does not count one who signed a pact with the visitor "Earlier on Tuesday," in talks the headline reports', () => {
    const a = article('President meets governor', [
      'President Rosa Pellerin met with Governor of Nevada Carla Whitfield in the capital on Tuesday.',
      'Earlier on Tuesday, Whitfield and Science Minister Hugo Vosges signed a memorandum on clean energy.',
    ]);
    expect(person(a, 'Hugo Vosges')?.participant).toBe(false);
    expect(person(a, 'Carla Whitfield')?.participant).toBe(true);
  });

  it('does not count one the visitor "later met" in talks the headline reports', () => {
    const a = article('Region President receives Dutch minister', [
      'Region President Hugo Vosges received Dutch Foreign Minister Carla Whitfield in the regional capital on Wednesday.',
      'The Dutch minister later met Region Prime Minister Ines Castellan, who urged Dutch firms to invest.',
    ]);
    expect(person(a, 'Ines Castellan')?.participant).toBe(false);
    expect(person(a, 'Carla Whitfield')?.participant).toBe(true);
  });

  it('counts those one "travelled to Washington with … for the talks" as taking part', () => {
    const a = article('Premier meets secretary in Washington', [
      'Premier Paul Marden met Trade Secretary Carla Whitfield on Thursday.',
      "Marden travelled to Washington with Finance Minister Hugo Vosges and the province's envoy to the United States, Ines Castellan, for the talks.",
    ]);
    expect(person(a, 'Hugo Vosges')?.participant).toBe(true);
    expect(person(a, 'Ines Castellan')?.participant).toBe(true);
  });
});
