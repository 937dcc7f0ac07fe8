// Names, roles, countries and participants seen first in the nineteenth blind round of held-out articles
// (economy, science, health, culture and disasters from regional agencies), on invented sentences: none of these
// people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('who took part in a rate decision', () => {
  const decision = () =>
    article(
      'Central bank cuts key rate',
      [
        'The central bank on Thursday cut its benchmark rate to 9 percent.',
        'The decision was not unanimous: Deputy Governor Pablo Ortiz voted to keep the rate at 9.25 percent, where it had stood since March 2023.',
        'The board is headed by Governor Lucia Ferrer. Its other members are deputy governors Ana Vidal and Tomas Rey.',
      ],
      { source: 'EFE', dateline: { place: 'Lima', date: 'Mar 21' } },
    );

  it('counts a member who voted, though a span "since March 2023" reaches back to another year', () => {
    expect(person(decision(), 'Pablo Ortiz')?.participant).toBe(true);
  });

  it('counts the members a board’s "its other members are" lists', () => {
    expect(person(decision(), 'Ana Vidal')?.participant).toBe(true);
    expect(person(decision(), 'Tomas Rey')?.participant).toBe(true);
  });
});

describe('countries of officials written bare', () => {
  it('places a central bank’s bare-titled governor in the dateline’s and headline’s country, not the one foreigner’s', () => {
    const a = article(
      'Bank of Peru cuts key rate',
      [
        'Lima, Mar 21 (EFE).- The Bank of Peru on Thursday cut its benchmark rate to 6 percent.',
        'Governor Lucia Ferrer said inflation had eased.',
        'The decision came a day after the US Federal Reserve held its rates. Federal Reserve Chair John Miles said the Fed expected to cut later this year.',
      ],
      { source: 'EFE', dateline: { place: 'Lima', date: 'Mar 21' } },
    );
    expect(person(a, 'Lucia Ferrer')?.country).toBe('Peru');
    expect(person(a, 'John Miles')?.country).toBe('United States');
  });
});

describe('places named with a demonym', () => {
  it('reads "the province of Lao Cai"-style names as places, not nationalities', () => {
    const a = article(
      'PM visits flooded village',
      ['Prime Minister Tran Van Nam on Monday visited a flooded village in the province of Lao Cai.'],
      { source: 'Reuters', dateline: null },
    );
    expect(person(a, 'Tran Van Nam')?.country).not.toBe('Laos');
    expect(person(a, 'Tran Van Nam')).toMatchObject({ roles: ['Prime Minister'], participant: true });
  });
});

describe('Vietnamese local officials and a prime minister by his initials', () => {
  const visit = () =>
    article(
      'PM visits flooded village',
      [
        'Hanoi (VNA) – Prime Minister Tran Van Nam on Monday visited a flooded village in the province of Ha Tinh.',
        'At a working session, Secretary of the Ha Tinh provincial Party Committee Le Van Hai reported the losses.',
        'Chairman of the provincial People’s Committee Do Minh Tuan said the province needed excavators.',
        'PM Nam asked the army to help. The visit ended at 5 PM Monday.',
      ],
      { source: 'VNA', dateline: { place: 'Hanoi', date: null } },
    );

  it('reads a title whose body ends in "Committee" right before the name', () => {
    expect(person(visit(), 'Le Van Hai')?.roles).toEqual([
      'Secretary of the Ha Tinh provincial Party Committee',
    ]);
    expect(person(visit(), 'Do Minh Tuan')?.roles).toEqual(['Chairman of the provincial People’s Committee']);
  });

  it('reads "PM" before a name as a title, not part of the name, and not after a clock time', () => {
    expect(names(visit())).toEqual(['Tran Van Nam', 'Le Van Hai', 'Do Minh Tuan']);
    expect(person(visit(), 'Tran Van Nam')?.roles).toEqual(['Prime Minister', 'PM']);
  });
});

describe('Malaysian honorifics in a shared title and a numbered post', () => {
  const sitting = () =>
    article(
      'Budget tabled',
      [
        'KUALA LUMPUR, Oct 11 (Bernama) -- Prime Minister Datuk Seri Azman Salleh today tabled the budget.',
        'Also present in the chamber were Deputy Prime Ministers Datuk Seri Dr Rahim Yusof and Datuk Seri Hafiz Omar, as well as Finance Minister II Datuk Seri Kamal Idris.',
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'Oct 11' } },
    );

  it('reads the names of a plural title after their honorifics', () => {
    expect(person(sitting(), 'Rahim Yusof')?.roles).toEqual(['Deputy Prime Minister']);
    expect(person(sitting(), 'Hafiz Omar')?.roles).toEqual(['Deputy Prime Minister']);
    expect(names(sitting())).not.toContain('Prime Ministers');
  });

  it('keeps the numeral of "Finance Minister II" in the title, not the name', () => {
    expect(person(sitting(), 'Kamal Idris')?.roles).toEqual(['Finance Minister II']);
  });

  it('counts those "present in the House" as taking part', () => {
    expect(person(sitting(), 'Kamal Idris')?.participant).toBe(true);
    expect(person(sitting(), 'Rahim Yusof')?.participant).toBe(true);
  });
});

describe('occupations written before a name', () => {
  const stamps = () =>
    article(
      'New stamps issued',
      [
        'TOKYO - Japan on Monday issued new stamps with portraits of three figures.',
        'The 100 yen stamp features chemist Haruko Minami, and the 50 yen stamp physicist Kenta Oshiro.',
        'They replace Taro Sato, founder of Nishi University, novelist Aiko Mori and physician Jiro Ueno.',
        'Astronomer Goro Tanabe, 90, praised the design.',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: null } },
    );

  it('reads a trade in "-ist" or "-ician" right before an unknown two-word name as the person’s title', () => {
    expect(person(stamps(), 'Haruko Minami')?.roles).toEqual(['chemist']);
    expect(person(stamps(), 'Kenta Oshiro')?.roles).toEqual(['physicist']);
  });

  it('ends an appositive at a lower-case title before a name: the list goes on with other people', () => {
    expect(person(stamps(), 'Taro Sato')?.roles).toEqual(['founder of Nishi University']);
    expect(person(stamps(), 'Aiko Mori')?.roles).toEqual(['novelist']);
    expect(person(stamps(), 'Jiro Ueno')?.roles).toEqual(['physician']);
  });

  it('reads an occupation capitalised by the sentence’s start as the title of the name after it', () => {
    expect(person(stamps(), 'Goro Tanabe')?.roles).toEqual(['Astronomer']);
  });
});

describe('officials of international bodies and negotiators', () => {
  const assembly = () =>
    article(
      'Assembly adopts accord',
      [
        'Addis Ababa, May 20/2025(ENA) The assembly today adopted the accord.',
        'WHO Director-General Dr. Kebede Alemu told the assembly the world was safer.',
        'Delegates applauded the co-chairs of the Negotiating Body, Maria Lopes of Brazil and Anna Berg of Sweden, who led the talks.',
        'Kebede, who served as Ethiopia’s health minister and then as its foreign minister, was elected in 2022.',
      ],
      { source: 'ENA', dateline: { place: 'Addis Ababa', date: 'May 20/2025' } },
    );

  it('reads "WHO" before a title as the body, and keeps its official international despite a past national post', () => {
    const p = person(assembly(), 'Kebede Alemu');
    expect(p?.roles).toEqual(['WHO Director-General', 'Ethiopia’s health minister']);
    expect(p?.country).toBe(null);
  });

  it('gives a plural title with its body to the names listed after its comma', () => {
    expect(person(assembly(), 'Maria Lopes')?.roles).toEqual(['co-chair of the Negotiating Body']);
    expect(person(assembly(), 'Anna Berg')?.country).toBe('Sweden');
  });
});

describe('names joined to a participle', () => {
  it('reads "the Pheu Thai-led government" as no person', () => {
    const a = article('Bank cuts rate', [
      'The bank cut its rate after months of pressure from the Pheu Thai-led government and the Beijing-backed lobby.',
    ]);
    expect(names(a)).toEqual([]);
    expect(run(a).organizations).toEqual(['Pheu Thai']);
  });
});

describe('who took part in a visit or a signing', () => {
  it('does not count an official quoted in a story about someone’s visit', () => {
    const a = article(
      'Agency chief visits evacuees',
      [
        'Kupang, NTT (ANTARA) - Head of the Disaster Agency Budi Santoso on Wednesday visited villagers who fled the eruption of Mount Lewo.',
        'Head of the Geology Agency Muhammad Rasyid said volcanic activity remained high.',
      ],
      { source: 'Antara', dateline: { place: 'Kupang, NTT', date: null } },
    );
    expect(person(a, 'Budi Santoso')?.participant).toBe(true);
    expect(person(a, 'Muhammad Rasyid')?.participant).toBe(false);
  });

  const signing = () =>
    article(
      'Country signs port deal with fund',
      [
        'Prime Minister Karim Nabil announced on Friday that the country had signed a port deal with a sovereign fund.',
        'President Samir Fawzi later thanked Emir Khalid bin Saeed Al Nasser, saying the deal reflected strong ties.',
        'The inflow comes as the country negotiates a loan with the International Monetary Fund, whose Managing Director Eva Lund said this month that the talks were nearly done.',
      ],
      { source: 'MENA', dateline: null },
    );

  it('does not count thanks given "later" as taking part', () => {
    expect(person(signing(), 'Samir Fawzi')?.participant).toBe(false);
  });

  it('does not count words said "this month" rather than at the event', () => {
    expect(person(signing(), 'Eva Lund')?.participant).toBe(false);
  });
});

describe('relatives listed by their given names', () => {
  it('reads the one-word names after "his siblings" as people of the relative’s country', () => {
    const a = article(
      'Writer dies at 89',
      [
        'Peruvian writer Jorge Soto Ruiz died in Lima on Sunday, his family said.',
        'His eldest son Pablo Soto Ruiz wrote on X, in a note that his sisters Lucia and Marta also signed, that he had died at home.',
      ],
      { source: 'AFP', dateline: { place: 'Lima', date: null } },
    );
    expect(names(a)).toEqual(['Jorge Soto Ruiz', 'Pablo Soto Ruiz', 'Lucia', 'Marta']);
    expect(person(a, 'Marta')?.country).toBe('Peru');
  });
});

describe('organisations of the nineteenth round', () => {
  it('reads "the provincial Party Committee" as no named body, but keeps one named in capitals', () => {
    const a = article('Officials meet', [
      'Secretary of the Ha Tinh provincial Party Committee Le Van Hai met the city People’s Committee on Monday.',
      'The Nghe An Provincial Party Committee also met.',
    ]);
    expect(run(a).organizations).toEqual(['Nghe An Provincial Party Committee']);
  });
});

describe('a trade capitalised by the sentence’s start', () => {
  it('does not place a trade in a national outlet’s home country, as it would an office', () => {
    const a = article(
      'Museum opens new wing',
      [
        'A museum opened a new wing on Monday.',
        'Businessman Kenji Mori, who paid for it, attended the opening.',
      ],
      { source: 'Lusa', dateline: { place: 'LISBON', date: null } },
    );
    expect(person(a, 'Kenji Mori')?.roles).toEqual(['Businessman']);
    expect(person(a, 'Kenji Mori')?.country).toBe(null);
  });
});
