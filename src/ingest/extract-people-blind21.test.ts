// Names, roles, countries and participants seen first in the twenty-first blind round of held-out articles
// (sport, disasters, obituaries, religion and business), on invented sentences: none of these people are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('names of the round', () => {
  it("reads the last of a list of people after a country's possessive as a person of that country", () => {
    const a = article('Skater finishes fourth', [
      'She finished fourth behind teammates Olga Petrova and Irina Volkova and Japan’s Haruka Tsuboi.',
    ]);
    expect(person(a, 'Haruka Tsuboi')?.country).toBe('Japan');
    // Alone, with nothing to list it beside, an unknown name after a possessive stays no one.
    expect(names(article('Steelmaker bid', ['The board backed Japan’s Kanto Denki.']))).toEqual([]);
  });

  it('keeps an Icelandic two-letter initial inside the name ("Th.")', () => {
    const a = article('Eruption reaches town', [
      'President Sigurdur Th. Olafsson said in a televised address that the nation stood by the town.',
    ]);
    expect(names(a)).toEqual(['Sigurdur Th. Olafsson']);
    expect(person(a, 'Sigurdur Th. Olafsson')?.roles).toEqual(['President']);
  });

  it('drops the Hindi honorific "Ji" that closes a name, but keeps a Chinese given name "Ji"', () => {
    const a = article('Scientist dies', [
      '"Deeply saddened by the demise of Dr R K Venkataraman Ji," Prime Minister Anil Mehra said on X.',
      'Agricultural scientist R K Venkataraman died in Chennai on Thursday.',
    ]);
    expect(names(a)).not.toContain('R K Venkataraman Ji');
    expect(names(a)).toContain('R K Venkataraman');
    const b = article('Talks held', ['Chinese Vice Premier Tang Ji met the visitors on Monday.']);
    expect(names(b)).toEqual(['Tang Ji']);
  });

  it('reads a venue named after a titled person as a place, not the person', () => {
    const a = article('Club unveils forward', [
      'RIYADH, Aug. 15 (SPA) -- The forward will be presented at King Abdullah International Stadium on Saturday.',
      'He later visited Queen Alia Hospital with King Faisal.',
    ]);
    expect(names(a)).toEqual(['Faisal']);
    expect(run(a).places).toContain('King Abdullah International Stadium');
    // A lone place word after a titled name ("Dune", a surname) leaves the person.
    const b = article('Leaders meet', ['French President Marc Dune met the visitors on Friday.']);
    expect(run(b).people.map((p) => p.roles)).toEqual([['French President']]);
  });
});

describe('people of culture and sport', () => {
  it('reads the maker of a work ("a film by X", \'"Title" by X\') and a plural possessive ("X Vossen\' film")', () => {
    const a = article('Festival awards prizes', [
      'CANNES, May 27 (AFP) -- He won for his role in Teun Brouwers\' "Quiet Streets".',
      'She won best actress for "Dry Grass" by Nuri Cem Aslan, and the jury prize went to a film by Tomas Lindqvist.',
    ]);
    expect(names(a)).toEqual(['Teun Brouwers', 'Nuri Cem Aslan', 'Tomas Lindqvist']);
    // A single quotation closed after a plural is no possessive.
    expect(names(article('Tour ends', ["The 'Three Kings' tour ended in Lyon."]))).toEqual([]);
  });

  it('reads "star", "veteran" and "substitute" before a name as roles', () => {
    const a = article('Actor wins prize', [
      'Korean star Park Min-ho was named best actor, and Danish veteran Lars Holm took the jury prize.',
      'The winner came from substitute Jonas Berg, and Norway substitute Erik Lunde hit the post.',
    ]);
    expect(person(a, 'Park Min-ho')?.roles).toEqual(['Korean star']);
    expect(person(a, 'Lars Holm')?.roles).toEqual(['Danish veteran']);
    expect(person(a, 'Jonas Berg')?.roles).toEqual(['substitute']);
    expect(person(a, 'Erik Lunde')?.roles).toEqual(['Norway substitute']);
  });

  it('reads "Infanta" as a royal title', () => {
    const a = article('Royals watch final', [
      'King Carlos and his daughter, Infanta Elena, watched the match from the stands.',
    ]);
    expect(person(a, 'Elena')?.roles).toEqual(['Infanta']);
  });
});

describe('who takes part in a disaster or an award ceremony', () => {
  it('reads a volcanic eruption as a disaster: officials who comment on it take no part', () => {
    const a = article('Lava sets homes ablaze in evacuated town', [
      'REYKJAVIK, Jan. 14 (Xinhua) -- Lava from an eruption reached the edge of the town on Sunday.',
      '"This is a black day," Einar Haraldsson, head of civil protection, told the national broadcaster.',
      'Prime Minister Helga Sigurdardottir told reporters that the government would support residents.',
    ]);
    expect(person(a, 'Einar Haraldsson')?.participant).toBe(false);
    expect(person(a, 'Helga Sigurdardottir')?.participant).toBe(false);
  });

  it('places an official who rushed to the scene of an accident there', () => {
    const a = article('Jet crashes at airport', [
      'A passenger jet crashed while landing at the airport on Sunday.',
      'Acting President Han Min-seok rushed to the airport and declared a special disaster zone.',
      'Transport Minister Oh Jae-won said the tower had warned the pilot.',
    ]);
    expect(person(a, 'Han Min-seok')?.participant).toBe(true);
    expect(person(a, 'Oh Jae-won')?.participant).toBe(false);
  });

  it('counts those "named best actor" and those a prize "went to" at an award ceremony, not the makers of the works cited', () => {
    const a = article('Director wins festival prize', [
      'CANNES, May 27 (AFP) -- French director Claire Morel won the top prize at the festival on Saturday.',
      'The Grand Prix went to British director Tom Ashby\'s "The Garden", which also stars Lena Vogt.',
      'Korean star Park Min-ho was named best actor for his role in Teun Brouwers\' "Quiet Streets".',
      'Hana Ito won best screenplay for Kenta Ono\'s "Rain", and best director went to a film starring Jules Marchand.',
    ]);
    expect(person(a, 'Tom Ashby')?.participant).toBe(true);
    expect(person(a, 'Park Min-ho')?.participant).toBe(true);
    expect(person(a, 'Hana Ito')?.participant).toBe(true);
    expect(person(a, 'Lena Vogt')?.participant).toBe(false);
    expect(person(a, 'Teun Brouwers')?.participant).toBe(false);
    expect(person(a, 'Kenta Ono')?.participant).toBe(false);
    expect(person(a, 'Jules Marchand')?.participant).toBe(false);
  });
});

describe('countries of royals and of a Spanish agency', () => {
  it('gives no republic a bare "King": the dateline of a final abroad is not his country', () => {
    const a = article(
      'Final ends in draw',
      ['King Haakon watched the final from the stands with his daughter, Princess Ingrid.'],
      { source: 'AP', dateline: { place: 'BERLIN', date: null } },
    );
    expect(person(a, 'Haakon')?.country).not.toBe('Germany');
    // A monarchy's own dateline still places its bare-titled king.
    const b = article('King opens parliament', ['King Haakon opened the parliament session on Monday.'], {
      source: 'AP',
      dateline: { place: 'OSLO', date: null },
    });
    expect(person(b, 'Haakon')?.country).toBe('Norway');
  });

  it("reads EFE as Spain's national agency: its bare-titled officials abroad are Spain's", () => {
    const a = article(
      'Spain win the final',
      [
        'Spain won the final on Sunday.',
        'Prime Minister Ramon Ortega congratulated the team on social media, and King Alfonso watched from the stands.',
      ],
      { source: 'EFE', dateline: { place: 'Berlin', date: 'Jul 14' } },
    );
    expect(person(a, 'Ramon Ortega')?.country).toBe('Spain');
    expect(person(a, 'Alfonso')?.country).toBe('Spain');
  });
});

describe("countries abroad in a national outlet's story", () => {
  it('gives a pope of another church ("Pope of Alexandria") no Vatican', () => {
    const a = article(
      'President attends Christmas Mass',
      [
        'President Omar Nabil attended the Mass led by Pope Shenouda IV, Pope of Alexandria and Patriarch of the See of St Mark.',
      ],
      { source: 'MENA', dateline: { place: 'CAIRO', date: 'Jan 6' } },
    );
    expect(person(a, 'Shenouda IV')?.country).toBe('Egypt');
  });

  it("places a national outlet's bare titles in the dateline's country when the story names only the host", () => {
    const a = article(
      'Pope celebrates Mass at stadium',
      [
        'Pope Gregory XVII said Mass at the stadium on the final day of his trip to the French port city, with President Luc Garnier in the stands.',
        "The Mass was concelebrated by the city's archbishop, Cardinal Paul Renaud.",
      ],
      { source: 'ANSA', dateline: { place: 'MARSEILLE', date: 'SEP 23' } },
    );
    expect(person(a, 'Paul Renaud')?.country).toBe('France');
    // Where the story marks the host's officials by nationality, the outlet's bare titles stay its own.
    const b = article(
      'Leaders agree to hold annual summits',
      [
        'President Park Min-ho, U.S. President Tom Avery and Japanese Prime Minister Sato Ken agreed to meet yearly.',
      ],
      { source: 'Yonhap', dateline: { place: 'CAMP DAVID, Maryland', date: 'Aug. 18' } },
    );
    expect(person(b, 'Park Min-ho')?.country).toBe('South Korea');
  });

  it("reads a Korean-shaped name in a Japanese outlet's story about South Korea as South Korea's", () => {
    const a = article(
      'Jet crashes at S. Korean airport',
      [
        'A passenger jet crashed at an airport in southwestern South Korea on Sunday.',
        'Acting President Han Min-seok declared a special disaster zone.',
        'In Tokyo, Prime Minister Kenji Mori expressed condolences.',
      ],
      { source: 'Kyodo', dateline: null },
    );
    expect(person(a, 'Han Min-seok')?.country).toBe('South Korea');
    expect(person(a, 'Kenji Mori')?.country).toBe('Japan');
  });
});

describe('countries from a central bank and from the lede', () => {
  it("gives the governor of a central bank spelled out before its initials the dateline's country", () => {
    const a = article(
      'Central bank floats currency',
      [
        'The National Bank of Freedonia (NBF), the central bank, on Monday let the currency float.',
        'NBF Governor Tesfaye Alemu told a press conference that banks could now trade freely.',
      ],
      { dateline: { place: 'ADDIS ABABA', date: 'July 29' } },
    );
    expect(person(a, 'Tesfaye Alemu')?.country).toBe('Ethiopia');
  });

  it("gives bare titles the lede's one country when the dateline's town is not known", () => {
    const a = article(
      'Director wins festival prize',
      [
        'French director Claire Morel won the top prize at the festival on Saturday.',
        'She received the award from US actress Dana Royce.',
        'Culture Minister Anne Duval said she was surprised by the speech.',
      ],
      { source: 'AFP', dateline: { place: 'Deauville', date: null } },
    );
    expect(person(a, 'Anne Duval')?.country).toBe('France');
  });
});

describe('who plays in a final', () => {
  it('counts a scorer who "put" the side ahead from "a low pass from" a teammate, the players substituted, and a royal "at the stadium"', () => {
    const a = article('Norway beat Italy 2-1 to win the final', [
      'Norway won the final on Sunday.',
      'Winger Jonas Berg put Norway ahead just after the break, turning in a cross from Erik Lunde.',
      'Late on Ola Dahl, who had come on for captain Per Moen, scored the winner.',
      'Norway played the second half without Lars Holm, who went off injured and was replaced by Sven Aas.',
      'Prince Harald, the president of the football federation, was also at the stadium.',
    ]);
    for (const name of ['Jonas Berg', 'Erik Lunde', 'Per Moen', 'Sven Aas', 'Harald'])
      expect(person(a, name)?.participant, name).toBe(true);
  });
});

describe('who makes a company deal', () => {
  it("counts the officers of the headline's companies who speak, a statement included, and not those who comment", () => {
    const a = article('Korea Steel to buy Andes Metals for $2 billion', [
      'Korea Steel agreed on Monday to buy Andes Metals for $2 billion in cash.',
      '"This is the best path forward," Andes Metals Chief Executive Tom Avery said in a statement.',
      'Korea Steel President Park Min-ho said the deal would help the company grow abroad.',
      'Union President Dan Miller said the union was disappointed, and Senator Rob Hale called for the sale to be blocked.',
    ]);
    expect(person(a, 'Tom Avery')?.participant).toBe(true);
    expect(person(a, 'Park Min-ho')?.participant).toBe(true);
    expect(person(a, 'Dan Miller')?.participant).toBe(false);
    expect(person(a, 'Rob Hale')?.participant).toBe(false);
  });
});

describe('organisations and places of the round', () => {
  it('keeps where a body is based out of its name, and reads no currency amount as a place', () => {
    const r = run(
      article('Scientist dies', [
        'He headed the Manila-based International Rice Research Institute and gave farmers up to Rp50 million each.',
      ]),
    );
    expect(r.organizations).toContain('International Rice Research Institute');
    expect(r.places).toContain('Manila');
    expect(r.places).not.toContain('Rp50');
  });
});

describe('a signing', () => {
  it('does not count the squad a player joins, "led by" its coach, as taking part in the signing', () => {
    const a = article('Club signs Brazilian forward', [
      'RIYADH, Aug. 15 (SPA) -- The club announced today that it has signed Brazilian forward Joao Pedro Silva on a two-year contract.',
      'He joins a squad led by Portuguese coach Rui Mendes that has already added Senegalese defender Moussa Diallo.',
    ]);
    expect(person(a, 'Joao Pedro Silva')?.participant).toBe(true);
    expect(person(a, 'Rui Mendes')?.participant).toBe(false);
    expect(person(a, 'Moussa Diallo')?.participant).toBe(false);
  });
});
