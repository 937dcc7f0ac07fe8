// Names, roles, countries and participation seen first in the eleventh blind round of held-out articles, on
// invented sentences (none of these people are in the held-out files): British, Indian and Nigerian titles and
// honorifics, a summit's closing news conference.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);
const afp = { source: 'AFP', dateline: { place: 'Paris', date: null } };
const nan = { source: 'NAN', dateline: { place: 'Abuja', date: 'Jan. 21' } };

describe('titles with "of the" and long departments', () => {
  it('reads "Leader of the Opposition", "Chancellor of the Exchequer" and "Minister of the Interior" as titles', () => {
    const a = article(
      'Budget row in parliament',
      [
        'Chancellor of the Exchequer Amelia Thornbury presented the budget on Wednesday.',
        'Leader of the Opposition Gregory Ashcombe replied to the statement.',
        'Minister of the Interior Claude Berthier also spoke.',
      ],
      afp,
    );
    expect(names(a)).toEqual(['Amelia Thornbury', 'Gregory Ashcombe', 'Claude Berthier']);
    expect(person(a, 'Amelia Thornbury')?.roles).toEqual(['Chancellor of the Exchequer']);
    // Only Britain has a Chancellor of the Exchequer, whatever the dateline.
    expect(person(a, 'Amelia Thornbury')?.country).toBe('United Kingdom');
    expect(person(a, 'Gregory Ashcombe')?.roles).toEqual(['Leader of the Opposition']);
  });

  it('keeps an Indian "Union Minister of Road Transport and Highways" whole, and "Shri" off the name', () => {
    const a = article(
      'Minister opens highway',
      [
        'Union Minister of Road Transport and Highways Arjun Deshpande on Saturday opened the highway.',
        'According to an official release, Shri Deshpande said the road would halve travel times.',
      ],
      { source: 'PTI', dateline: { place: 'Pune', date: 'Feb 15' } },
    );
    expect(names(a)).toEqual(['Arjun Deshpande']);
    expect(person(a, 'Arjun Deshpande')?.roles).toEqual(['Union Minister of Road Transport and Highways']);
    expect(person(a, 'Arjun Deshpande')?.country).toBe('India');
  });
});

describe('honorifics and titles set off by commas', () => {
  it('drops "Alhaji" and "Prof." from names and keeps a title that ends the sentence', () => {
    const a = article(
      'President witnesses signing of supply deal',
      [
        'The deal was signed by the chairman of the Obi Group, Alhaji Musa Obi.',
        'An energy economist, Prof. Tunde Adeyemi, said the deal would ease pressure on the currency.',
      ],
      nan,
    );
    expect(names(a)).toEqual(['Musa Obi', 'Tunde Adeyemi']);
    expect(person(a, 'Musa Obi')?.roles).toEqual(['chairman of the Obi Group']);
  });

  it('reads a title after "a"/"an" set off by commas before a name', () => {
    const a = article('Deal signed', [
      'An energy economist, Prof. Tunde Adeyemi, said the deal would ease pressure on the currency.',
      'A spokesman, Idris Bello, declined to comment.',
    ]);
    expect(person(a, 'Tunde Adeyemi')?.roles).toEqual(['energy economist']);
    expect(person(a, 'Idris Bello')?.roles).toEqual(['spokesman']);
  });

  it('reads two titles joined by "and", and a title "on" a subject, before an honorific and a name', () => {
    const a = article(
      'President witnesses signing of supply deal',
      [
        'The Minister of Finance and Coordinating Minister of the Economy, Mr Ade Bankole, was also present.',
        'Addressing the gathering, the Special Adviser to the President on Energy, Mrs Ngozi Eze, said the deal was good.',
      ],
      nan,
    );
    // Two offices joined by "and" are two roles (the corpus README's convention; session 29).
    expect(person(a, 'Ade Bankole')?.roles).toEqual([
      'Minister of Finance',
      'Coordinating Minister of the Economy',
    ]);
    expect(person(a, 'Ngozi Eze')?.roles).toEqual(['Special Adviser to the President on Energy']);
    // "… on Monday" is a time, not the subject of a title.
    const monday = article('Talks held', [
      'The adviser to the president on Monday, Ngozi Eze, said the talks went well.',
    ]);
    expect(person(monday, 'Ngozi Eze')?.roles ?? []).not.toContain('adviser to the president on Monday');
  });
});

describe('participation at a gathering', () => {
  it('counts the chair at the closing news conference and a leader who addressed it by video a day earlier', () => {
    const a = article(
      'Caribbean leaders end summit with call for more help for Haiti',
      [
        'Caribbean leaders ended their regular meeting here on Thursday with a call for more funding.',
        'Prime Minister Janice Harewood, the bloc chair, told a closing news conference that the region would act.',
        'Kenyan President Daniel Kiprop addressed the leaders by video link on Wednesday.',
      ],
      { source: 'CMC', dateline: { place: 'BRIDGETOWN, Barbados', date: 'Feb 20' } },
    );
    expect(person(a, 'Janice Harewood')?.participant).toBe(true);
    expect(person(a, 'Daniel Kiprop')?.participant).toBe(true);
  });
});

describe('given names, initials and surnames that are other words', () => {
  it('reads accented and hyphenated given names, and initials after a title', () => {
    const a = article(
      'Cabinet sworn in',
      [
        'Hélène Marchand and François-Xavier Dubois were sworn in on Friday.',
        'Vice President TJ Harlow has criticised the court.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(names(a)).toEqual(['Hélène Marchand', 'François-Xavier Dubois', 'TJ Harlow']);
  });

  it('keeps a country that is a surname in the name, and out of the countries of others', () => {
    const a = article(
      'Prime minister resigns',
      [
        'Portuguese Prime Minister Carlos Ferreira resigned on Tuesday.',
        'Opposition leader Pedro Montenegro called for an early election, and Finance Minister Rui Tavares declined to comment.',
      ],
      { source: 'Reuters', dateline: { place: 'LISBON', date: 'Nov 7' } },
    );
    expect(names(a)).toContain('Pedro Montenegro');
    expect(person(a, 'Rui Tavares')?.country).toBe('Portugal');
  });

  it('reads "New Zealand" before a title as the country, and "DR Congo" as no doctor', () => {
    const a = article(
      'Pacific leaders meet',
      [
        'New Zealand Prime Minister Tom Hallett attended the forum.',
        'Fighters seized swathes of eastern DR Congo last year.',
      ],
      { source: 'AAP', dateline: { place: 'APIA, Samoa', date: null } },
    );
    expect(names(a)).toEqual(['Tom Hallett']);
    expect(person(a, 'Tom Hallett')?.roles).toEqual(['New Zealand Prime Minister']);
    expect(person(a, 'Tom Hallett')?.country).toBe('New Zealand');
  });
});

describe('countries from the headline', () => {
  it('gives a country whose possessive stands before a name in the headline', () => {
    const a = article(
      "Burundi's Ndikumana, Uganda's Okello meet in Qatar",
      [
        'Paul Ndikumana and Samuel Okello held talks in Qatar on Tuesday.',
        'The meeting was brokered by the emir.',
      ],
      { source: 'AFP', dateline: { place: 'Doha', date: null } },
    );
    expect(person(a, 'Paul Ndikumana')?.country).toBe('Burundi');
    expect(person(a, 'Samuel Okello')?.country).toBe('Uganda');
  });

  it('does not give the subject the country of the other side\'s possessive after "talks with"', () => {
    const a = article(
      "PM Malhotra holds talks with Nepal's Thapa, Bangladesh's Rahman",
      [
        "Prime Minister Raj Malhotra on Friday held separate talks with his Nepalese counterpart Hari Thapa and Chief Adviser of Bangladesh's interim government Karim Rahman on the sidelines of the summit here.",
      ],
      { source: 'PTI', dateline: { place: 'Bangkok', date: 'Apr 4' } },
    );
    expect(person(a, 'Karim Rahman')?.country).toBe('Bangladesh');
    expect(person(a, 'Raj Malhotra')?.country).toBe('India');
  });
});

describe('participation: what a sentence or a clause says of a person', () => {
  const reuters = { source: 'Reuters', dateline: { place: 'ATHENS', date: 'March 20' } };

  it('counts the host of "the surprise meeting" and one "who also took part"', () => {
    const a = article(
      'Leaders of two neighbours meet in Qatar, call for ceasefire',
      [
        'Doha (AFP) – The presidents of the two countries met in Qatar on Tuesday for their first talks in person.',
        "Paul Ndikumana and Samuel Okello held the surprise meeting with Qatar's emir, Sheikh Hamad bin Nasser Al Kuwari, who brokered the talks.",
        'The trade envoy Li Mingde, who also took part, told reporters the statement would help the region.',
      ],
      { source: 'AFP', dateline: { place: 'Doha', date: null } },
    );
    expect(person(a, 'Hamad bin Nasser Al Kuwari')?.participant).toBe(true);
    expect(person(a, 'Li Mingde')?.participant).toBe(true);
  });

  it('counts the candidates of an election, and not a leader whose office reacted', () => {
    const a = article(
      'Skater elected first woman to lead sports federation',
      [
        'Anna Lindqvist was elected president of the federation on Thursday in the first round.',
        'She beat four other candidates, among them Vice President Marco Bellini, who finished second.',
        'Federation treasurer Hugo Brandt and former champion Lena Vogt were also on the ballot.',
        "Prime Minister Oskar Nilsson's office welcomed the result.",
      ],
      reuters,
    );
    for (const n of ['Anna Lindqvist', 'Marco Bellini', 'Hugo Brandt', 'Lena Vogt'])
      expect(person(a, n)?.participant, n).toBe(true);
    expect(person(a, 'Oskar Nilsson')?.participant).toBe(false);
  });

  it('does not count an economist speaking of another year', () => {
    const a = article(
      'City raises bond sales in new budget',
      [
        'Financial Secretary Peter Wong delivered the budget on Wednesday.',
        'Tommy Lau, senior economist at Alpha Bank, said the cuts were the deepest since 2017.',
      ],
      { source: 'China Daily', dateline: null },
    );
    expect(person(a, 'Tommy Lau')?.participant).toBe(false);
  });

  it('counts a relative set off by commas who is the subject of what happened at the ceremony', () => {
    const a = article(
      'New prime minister sworn in',
      [
        'Governor General Ruth Okafor administered the oath to Daniel Price, whose wife, Clara Price, stood beside him during the ceremony.',
        "Price's father, Edward Price, was a farmer.",
      ],
      { source: 'The Canadian Press', dateline: { place: 'OTTAWA', date: null } },
    );
    expect(person(a, 'Clara Price')?.participant).toBe(true);
    expect(person(a, 'Edward Price')?.participant).toBe(false);
  });
});

describe('countries of national offices', () => {
  it('places a national agency by its acronym, and a mayor of the dateline city, in their country', () => {
    const a = article(
      'Agency chief tours flooded city',
      [
        'NASA Administrator Helen Carter toured the flooded city on Thursday with Mayor Alan Reyes.',
        'Boone Mayor Jane Tully said the water would be back within weeks.',
        'Gov. Gen. Ruth Okafor also sent a message.',
      ],
      { source: 'AP', dateline: { place: 'BOONE, N.C.', date: null } },
    );
    expect(person(a, 'Helen Carter')?.country).toBe('United States');
    expect(person(a, 'Jane Tully')?.country).toBe('United States');
    // An abbreviated title names no body.
    const ottawa = article('Prime minister sworn in', ['Gov. Gen. Ruth Okafor administered the oath.'], {
      source: 'The Canadian Press',
      dateline: { place: 'OTTAWA', date: null },
    });
    expect(person(ottawa, 'Ruth Okafor')?.country).toBe('Canada');
  });

  it('reads an agency acronym only in capitals ("Isro" or "Faa" opening a sentence is no agency)', () => {
    const a = article('Villagers gather', [
      'Isro villagers gathered on Monday. Faa elders said the harvest was good.',
    ]);
    expect(run(a).organizations).toEqual([]);
    // In capitals before a title, the agency is named and gives its country.
    const b = article('Launch succeeds', ['ISRO chairman Ilse Varnam said the launch went well.']);
    expect(run(b).organizations).toEqual(['ISRO']);
    expect(person(b, 'Ilse Varnam')).toMatchObject({ roles: ['ISRO chairman'], country: 'India' });
  });
});

describe('names with initials, "Sheikh", and the country they come from', () => {
  it('reads "K. P. Bahadur Rai" whole, and "Sheikh" before a lone name word as part of the name', () => {
    const a = article(
      'Leaders meet on summit sidelines',
      [
        'Prime Minister Ravi Menon held talks with his Nepalese counterpart K. P. Bahadur Rai on Friday.',
        'It was their first meeting since the ouster of former prime minister Sheikh Nasrin in August. Nasrin fled abroad.',
      ],
      { source: 'PTI', dateline: { place: 'Bangkok', date: 'Apr 4' } },
    );
    expect(names(a)).toEqual(['Ravi Menon', 'K. P. Bahadur Rai', 'Sheikh Nasrin']);
    expect(person(a, 'Sheikh Nasrin')?.aliases).toEqual(['Nasrin']);
  });

  it('reads a list of unknown names each followed by "of" and a country as people', () => {
    const a = article(
      'Washington sanctions three judges',
      [
        'Washington on Friday placed three judges of an international court under sanctions.',
        'The judges are Odala Mbeki Tanu of Uganda, Irune Sato-Valle of Peru and Bekita Holm of Slovenia.',
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: 'June 5' } },
    );
    expect(names(a)).toEqual(['Odala Mbeki Tanu', 'Irune Sato-Valle', 'Bekita Holm']);
    for (const p of run(a).people) expect(p.participant, p.name).toBe(false);
  });
});

describe('roles taken and titles of an object', () => {
  it('reads the office someone "was sworn in as", and a title set off by commas after a verb', () => {
    const a = article(
      'New prime minister sworn in',
      [
        "Daniel Price was sworn in as Canada's 25th prime minister on Friday.",
        'A February order placed its chief prosecutor, Omar Haddad, on the sanctions list.',
      ],
      { source: 'The Canadian Press', dateline: { place: 'OTTAWA', date: null } },
    );
    expect(person(a, 'Daniel Price')?.roles).toEqual(["Canada's 25th prime minister"]);
    expect(person(a, 'Omar Haddad')?.roles).toEqual(['chief prosecutor']);
  });

  it('reads the office someone "becomes" or "stays on as", up to the next person', () => {
    const a = article(
      'New cabinet sworn in',
      [
        'Ann Lee becomes finance minister, Mary Stone stays on as foreign affairs minister and Dominic Ross becomes minister responsible for trade.',
        'Mary Stone became the first woman to lead the party.',
      ],
      { source: 'The Canadian Press', dateline: { place: 'OTTAWA', date: null } },
    );
    expect(person(a, 'Ann Lee')?.roles).toEqual(['finance minister']);
    expect(person(a, 'Mary Stone')?.roles).toEqual(['foreign affairs minister']);
    expect(person(a, 'Dominic Ross')?.roles).toEqual(['minister responsible for trade']);
  });
});

describe('national agencies of Nigeria, Canada and Australia', () => {
  it("places an office in a company in the agency's country, and a minister where they are introduced", () => {
    const nanStory = article(
      'President witnesses signing of supply deal',
      [
        'The contract was signed by the Group Chief Executive Officer of Delta Oil Ltd, Mr Femi Ade, on Tuesday.',
      ],
      nan,
    );
    expect(person(nanStory, 'Femi Ade')?.country).toBe('Nigeria');
    const cp = article(
      'New cabinet sworn in',
      [
        'Paul Girard becomes finance minister in the new cabinet.',
        'Girard, a former industry minister, must answer a new round of American tariffs.',
      ],
      { source: 'The Canadian Press', dateline: { place: 'OTTAWA', date: null } },
    );
    expect(person(cp, 'Paul Girard')?.country).toBe('Canada');
  });
});

describe('a lede whose subject is a title alone', () => {
  it('gives the title, and part in the event, to the first person the story then names', () => {
    const a = article(
      'The chancellor on Wednesday unveiled the biggest tax rises in three decades.',
      [
        'The chancellor on Wednesday unveiled the biggest tax rises in three decades.',
        'Helen Carter, the first woman to hold the post, told lawmakers the budget would raise taxes.',
        'Paul Brooks, director of a think tank, said the rises were huge.',
      ],
      { titleDerived: true, source: 'AFP', dateline: { place: 'London', date: null } },
    );
    expect(person(a, 'Helen Carter')?.roles).toEqual(['chancellor']);
    expect(person(a, 'Helen Carter')?.participant).toBe(true);
    expect(person(a, 'Helen Carter')?.country).toBe('United Kingdom');
    expect(person(a, 'Paul Brooks')?.roles).toEqual(['director of a think tank']);
    // A lede that names its subject is left alone.
    const named = article('x', [
      'The president, Anna Kovac, on Monday opened the session.',
      'Ivan Horvat said the session would last two days.',
    ]);
    expect(person(named, 'Ivan Horvat')?.roles ?? []).toEqual([]);
  });
});

describe('officials of Hong Kong and Macao', () => {
  it('represent China', () => {
    const a = article(
      'City to sell more bonds',
      [
        'Hong Kong will sell more bonds, the city said on Wednesday.',
        "Hong Kong's Chief Executive Tony Leung Wai-man said the budget struck a balance.",
      ],
      { source: 'Reuters', dateline: { place: 'HONG KONG', date: 'Feb 26' } },
    );
    expect(person(a, 'Tony Leung Wai-man')?.country).toBe('China');
  });
});

describe('relatives of a title, and party leaders', () => {
  it("gives a title holder's relative their country, and a party leader the dateline's", () => {
    const a = article(
      'King welcomes emperor',
      [
        "Britain's King Edmund welcomed Japan's Emperor Kenta to London on Tuesday.",
        "The emperor's father, Hiroto, made a state visit to Britain in 1998.",
        'Labour Party leader Tom Weller called on the emperor at his hotel late on Monday.',
      ],
      { source: 'AP', dateline: { place: 'LONDON', date: null } },
    );
    expect(person(a, 'Hiroto')?.country).toBe('Japan');
    expect(person(a, 'Tom Weller')?.country).toBe('United Kingdom');
  });
});
