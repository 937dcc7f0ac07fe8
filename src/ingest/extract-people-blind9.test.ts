// Names, titles, countries and participation seen first in the ninth blind round of held-out articles, on
// invented sentences (none of these people are in the held-out files): Gulf styles ("His Highness"), other
// names given with "also known as", abbreviated military ranks.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('a ruler\'s style ("His Highness") before a name', () => {
  const a = article(
    'Emir receives message from Bahraini King',
    [
      'DOHA, May 9 (QNA) -- Emir His Highness Sheikh Hamad bin Khalid Al Mansour received a written message from His Majesty King Salman bin Rashid Al Fadel, King of Bahrain.',
      'His Highness Sheikh Faisal bin Nasser Al Mansour, Deputy Emir, attended the meeting with Sheikh Hamad.',
    ],
    { source: 'QNA', dateline: { place: 'DOHA', date: 'May 9' } },
  );

  it('is neither part of the name nor a role', () => {
    expect(names(a)).toEqual(
      expect.arrayContaining([
        'Hamad bin Khalid Al Mansour',
        'Salman bin Rashid Al Fadel',
        'Faisal bin Nasser Al Mansour',
      ]),
    );
    expect(names(a).some((n) => /highness|majesty/i.test(n))).toBe(false);
    expect(person(a, 'Hamad bin Khalid Al Mansour')?.roles).toEqual(['Emir']);
  });

  it('is not taken for a place', () => {
    const b = article('Cables of condolence', [
      'DOHA, May 9 (QNA) -- Sheikh Rashid bin Saeed Al Mansour sent a cable of condolences to Sheikh Fahad.',
    ]);
    expect(names(b)).toEqual(['Rashid bin Saeed Al Mansour', 'Fahad']);
    expect(run(b).places).not.toContain('Sheikh');
  });
});

describe('"also known as"', () => {
  it('gives another name of the person just named, not another person', () => {
    const a = article('Leaders send condolences', [
      'President Ahmed Salim Farouk, also known as Abu Karim, sent his condolences on Monday.',
      'The first lady, Amina Farouk, better known as Mama Amina, visited the families.',
    ]);
    expect(names(a)).toEqual(['Ahmed Salim Farouk', 'Amina Farouk']);
    expect(person(a, 'Ahmed Salim Farouk')?.aliases).toContain('Abu Karim');
    expect(person(a, 'Amina Farouk')?.aliases).toContain('Mama Amina');
  });
});

describe('abbreviated military ranks', () => {
  const a = article(
    'Top generals of two countries hold talks',
    [
      'MANILA, May 9 (PNA) -- Gen. Romeo Castillo Bautista, chief of staff of the armed forces, held talks with Adm. Peter Hallworth in Manila on Thursday.',
      'Lt. Gen. Ramon Dizon briefed the visitors. Col. Teresa Magbanua, the military spokesperson, said the talks were productive.',
    ],
    { source: 'PNA', dateline: { place: 'MANILA', date: 'May 9' } },
  );

  it('are roles, and the period after them does not end the name', () => {
    expect(person(a, 'Romeo Castillo Bautista')?.roles).toContain('Gen.');
    expect(person(a, 'Peter Hallworth')?.roles).toEqual(['Adm.']);
    expect(person(a, 'Ramon Dizon')?.roles).toEqual(['Lt. Gen.']);
    expect(person(a, 'Teresa Magbanua')?.roles).toContain('Col.');
  });
});

describe('titles of courts, universities and registries', () => {
  it('reads "Registrar", "rector" and "lecturer" as titles', () => {
    const a = article('Chief justice meets envoy', [
      'Registrar Amina Yusuf Bello attended the meeting at the Supreme Court on Thursday.',
      'The court also invited Pedro Alvarado Ruiz, a former rector of the University of Lima, and university lecturer Dr Tan Boon Huat.',
    ]);
    expect(names(a)).toEqual(['Amina Yusuf Bello', 'Pedro Alvarado Ruiz', 'Tan Boon Huat']);
    expect(person(a, 'Amina Yusuf Bello')?.roles).toEqual(['Registrar']);
    expect(person(a, 'Pedro Alvarado Ruiz')?.roles).toEqual(['former rector of the University of Lima']);
    expect(person(a, 'Tan Boon Huat')?.roles).toEqual(['lecturer']);
  });
});

describe('an obituary', () => {
  it('reports a death, not an event: neither the dead nor those paying tribute take part', () => {
    const a = article(
      'Former finance minister Karl Obermann dies aged 84',
      [
        'Karl Obermann, who steered the country through two recessions, has died at the age of 84, his family said on Tuesday.',
        'Chancellor Petra Lindqvist said the country had lost "a great public servant." Opposition leader Jonas Hertel called him a role model.',
      ],
      { source: 'dpa', dateline: { place: 'Berlin', date: null } },
    );
    for (const p of run(a).people) expect(p.participant, p.name).toBe(false);
    expect(names(a)).toEqual(['Karl Obermann', 'Petra Lindqvist', 'Jonas Hertel']);
  });

  it('still has participants when the headline reports the funeral', () => {
    const a = article('Leaders attend funeral of Karl Obermann, who died last week', [
      'Chancellor Petra Lindqvist attended the funeral of Karl Obermann in Bonn on Saturday.',
    ]);
    expect(person(a, 'Petra Lindqvist')?.participant).toBe(true);
  });
});

describe('"Also present was X"', () => {
  it('makes X a participant, as "X was also present" does', () => {
    const a = article('King receives visiting premier', [
      'The King received visiting Premier Tomas Halvorsen at the palace on Wednesday.',
      'Also present was Foreign Minister Ingrid Solberg Dahl.',
    ]);
    expect(person(a, 'Ingrid Solberg Dahl')?.participant).toBe(true);
  });
});

describe('a title "of" a country, a legislature or a body with its acronym, before a name', () => {
  const a = article('Officials meet in Ulan Bator', [
    'ULAN BATOR, May 9 (Montsame) -- Chairman of the State Great Hural Batbold Enkhbayar met Chief Justice of South Africa Thandiwe Mokoena on Thursday.',
    'Director General of the World Intellectual Property Organization (WIPO) Carlos Ferreira Lima also attended.',
  ]);

  it('finds the person and keeps the whole title', () => {
    expect(person(a, 'Batbold Enkhbayar')?.roles).toEqual(['Chairman of the State Great Hural']);
    expect(person(a, 'Thandiwe Mokoena')?.roles).toEqual(['Chief Justice of South Africa']);
    expect(person(a, 'Thandiwe Mokoena')?.country).toBe('South Africa');
    expect(person(a, 'Carlos Ferreira Lima')?.roles).toEqual([
      'Director General of the World Intellectual Property Organization (WIPO)',
    ]);
  });
});

describe('countries', () => {
  it("gives a national agency's bare titles its country (APP, dpa, Agência Brasil)", () => {
    const app = article(
      'Finance minister meets IMF team',
      ['ISLAMABAD, May 9 (APP): Finance Minister Imran Qadir met an IMF team on Thursday.'],
      { source: 'APP', dateline: { place: 'ISLAMABAD', date: null } },
    );
    expect(person(app, 'Imran Qadir')?.country).toBe('Pakistan');
    const dpa = article(
      'Party leader calls for tax cuts',
      ['Opposition leader Jonas Hertel called for tax cuts on Monday.'],
      {
        source: 'dpa',
        dateline: { place: 'Berlin', date: null },
      },
    );
    expect(person(dpa, 'Jonas Hertel')?.country).toBe('Germany');
  });

  it("reads a legislature known by its own word as its country's", () => {
    const a = article('Speaker meets delegation', [
      'Speaker of the Sejm Tomasz Wrona met a delegation from Kenya on Thursday.',
    ]);
    expect(person(a, 'Tomasz Wrona')?.country).toBe('Poland');
  });

  it('does not give someone the country that a preposition makes the topic of what they do', () => {
    const a = article(
      'Allies discuss threats',
      [
        "SEOUL, May 9 (Yonhap) -- Lt. Gen. Park Dong-hwan briefed the visitors on North Korea's recent missile launches, the military said.",
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'May 9' } },
    );
    expect(person(a, 'Park Dong-hwan')?.country).toBe('South Korea');
  });
});

describe('who speaks about the event without taking part in it', () => {
  it('an analyst or a scholar quoted on a meeting comments on it', () => {
    const a = article('Foreign ministers hold joint press conference in Ankara', [
      'Foreign Minister Kemal Arslan and his Georgian counterpart Nino Beridze held a joint press conference in Ankara on Friday.',
      'Political analyst Levan Gvenetadze told reporters the visit showed the two sides were close.',
      'Mehmet Oral, a professor of international relations at Ankara University, said the talks were overdue.',
    ]);
    expect(person(a, 'Levan Gvenetadze')?.participant).toBe(false);
    expect(person(a, 'Mehmet Oral')?.participant).toBe(false);
    expect(person(a, 'Nino Beridze')?.participant).toBe(true);
  });

  it('a scholar who speaks at the forum takes part in it', () => {
    const a = article('Forum on green finance opens in Shanghai', [
      'A forum on green finance opened in Shanghai on Friday.',
      'Zhou Minghua, a professor at Fudan University, said at the forum that banks should price climate risk.',
    ]);
    expect(person(a, 'Zhou Minghua')?.participant).toBe(true);
  });

  it('calling someone after a vote is a call of its own', () => {
    const a = article('Ana Ferreira wins presidential election', [
      "Opposition candidate Ana Ferreira won Sunday's presidential election with 54 percent of the vote.",
      'Brazilian President Marcos Tavares called Ferreira to congratulate her.',
    ]);
    expect(person(a, 'Marcos Tavares')?.participant).toBe(false);
    expect(person(a, 'Ana Ferreira')?.participant).toBe(true);
  });

  it('a minister "in the delegation" takes part', () => {
    const a = article('Leaders close regional summit', [
      'Prime Minister Tran Van Hoa attended the closing ceremony of the summit on Friday.',
      'Deputy Prime Minister Le Thi Mai was also in the Vietnamese delegation.',
    ]);
    expect(person(a, 'Le Thi Mai')?.participant).toBe(true);
  });
});

describe('a role set off by commas before a name', () => {
  it("may open with a country's possessive or follow a preposition", () => {
    const a = article('Envoy hosts reception', [
      'Kenya’s ambassador to France, Wanjiru Kamau, hosted a reception in Paris on Thursday.',
      'The guests were welcomed by its curator, Helene Marchand.',
      'Pope Francis later met the wife of the president, Maria Lopes.',
    ]);
    expect(person(a, 'Wanjiru Kamau')?.roles).toEqual(['Kenya’s ambassador to France']);
    expect(person(a, 'Wanjiru Kamau')?.country).toBe('Kenya');
    expect(person(a, 'Helene Marchand')?.roles).toEqual(['curator']);
    expect(person(a, 'Maria Lopes')?.roles).toEqual([]);
  });

  it('may be a plural possessive ("the Netherlands\' minister for …")', () => {
    const a = article('Trade mission opens in Shanghai', [
      "Pieter de Vries, the Netherlands' minister for foreign trade, opened the mission on Thursday.",
    ]);
    expect(person(a, 'Pieter de Vries')?.roles).toEqual(["Netherlands' minister for foreign trade"]);
  });
});

describe('a summit that hands over a chair and elects officials', () => {
  const a = article('Summit opens as Ghana takes over bloc chairmanship', [
    'ACCRA, May 9 (Xinhua) -- The annual summit of the regional bloc opened on Thursday in Accra.',
    'Ghanaian President Kofi Mensah took over the rotating chairmanship of the bloc from Togolese President Komla Agbeko, who chaired it last year.',
    "Later in the day, the leaders elected Beninese Foreign Minister Aristide Hounkpe as president of the bloc's commission.",
    'Hounkpe will succeed Fatou Ndiaye Sarr, the outgoing president, who told the assembly that the bloc had to stay united.',
  ]);

  it('makes the outgoing chair, the one elected and the outgoing official who addressed it participants', () => {
    expect(person(a, 'Kofi Mensah')?.participant).toBe(true);
    expect(person(a, 'Komla Agbeko')?.participant).toBe(true);
    expect(person(a, 'Aristide Hounkpe')?.participant).toBe(true);
    expect(person(a, 'Fatou Ndiaye Sarr')?.participant).toBe(true);
  });
});

describe("a Chinese outlet's story", () => {
  it("does not give a Chinese-romanised name the foreign nationality of another person's title", () => {
    const a = article(
      'Danish furniture exhibition opens in Beijing',
      [
        'Danish Ambassador Lars Holm Jensen cut the ribbon together with Liu Jianguo, director of the gallery.',
      ],
      { source: 'China Daily', dateline: null },
    );
    expect(person(a, 'Lars Holm Jensen')?.country).toBe('Denmark');
    expect(person(a, 'Liu Jianguo')?.country).toBe('China');
  });
});

describe('"whose president, X,"', () => {
  it('gives X the role', () => {
    const a = article('Business forum closes', [
      'The forum was organized by the national export agency, whose president, Rafael Monteiro, said exports could double.',
    ]);
    expect(person(a, 'Rafael Monteiro')?.roles).toEqual(['president']);
  });
});

describe('an earlier event recalled after a name in apposition', () => {
  it('dates the whole sentence, not only the words after the name', () => {
    const a = article('King welcomes Spanish royals', [
      'King Harald Ostby welcomed Spain’s King Carlos Alvarez to Oslo on Thursday with a ceremony at the palace.',
      'The king’s father, Olav Ostby, made a state visit to Spain in 1982, when he was hosted by King Juan Torres.',
    ]);
    expect(person(a, 'Carlos Alvarez')?.participant).toBe(true);
    expect(person(a, 'Juan Torres')?.participant).toBe(false);
  });
});

describe('"X served as …"', () => {
  it('gives X the role, as "X, who served as …" does', () => {
    const a = article('Former minister dies aged 90', [
      'Hans Keller, a former minister, has died at the age of 90.',
      'Keller served as foreign minister from 1982 to 1990. Maria Weber has served as mayor of the city since 2019.',
    ]);
    expect(person(a, 'Hans Keller')?.roles).toContain('foreign minister');
    expect(person(a, 'Maria Weber')?.roles).toEqual(['mayor of the city']);
  });
});

describe('a lower-case title ending in a city before a name', () => {
  it('ends at the city: the name is the first name and surname after it', () => {
    const a = article('Envoy comments on nuclear talks', [
      "Earlier, Brazil's permanent representative to international organizations in Geneva Ricardo Almeida said the talks would be useful.",
    ]);
    expect(names(a)).toEqual(['Ricardo Almeida']);
    expect(run(a).places).toContain('Geneva');
  });
});
