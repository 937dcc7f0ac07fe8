// Held-out leftovers of session 26 on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { personNamed as person, testArticle as article } from './test-article.ts';

const people = (a: ParsedArticle) => extractEntities(a, emptyKnowledge).people;

describe('the name a person bore before', () => {
  const pope = (sentence: string) =>
    article(
      'Pope Gregory XVII begins his pontificate',
      [
        'Pope Gregory XVII formally began his ministry on Sunday before a crowd of pilgrims in the square.',
        sentence,
        'Gregory later received the delegations one by one.',
      ],
      { source: 'AP', dateline: { place: 'VATICAN CITY', date: 'May 18' } },
    );

  it('reads ", the former Cardinal X of Boston," after a pope\'s name as his own earlier name, not a second person', () => {
    const a = pope('Gregory, the former Cardinal Tomas Arlen of Boston, toured the square before the Mass.');
    expect(people(a).map((p) => p.name)).not.toContain('Tomas Arlen');
    const gregory = person(a, 'Gregory XVII');
    expect(gregory?.aliases).toContain('Tomas Arlen');
    expect(gregory?.roles).toEqual(['Pope', 'former Cardinal']);
  });

  it('keeps a titled name listed after a full name a second person', () => {
    const a = article('Leaders attend funeral', [
      'Guests included Dale Harmon, the former President Milo Kestrin, and Ana Lima.',
    ]);
    expect(person(a, 'Milo Kestrin')).toBeDefined();
  });
});

describe('a predecessor whose term the office holder completes', () => {
  it('gives "the term of X" the country of the one completing it', () => {
    const a = article(
      'Kestrin wins re-election in Ecuador',
      [
        'Ecuador’s President Dale Kestrin won the runoff election on Sunday by a wide margin.',
        'Kestrin first came to office in March 2021 to serve out the term of Milo Harmon, who had dissolved the National Assembly.',
      ],
      { source: 'EFE', dateline: { place: 'Quito', date: 'Apr 13' } },
    );
    expect(person(a, 'Milo Harmon')?.country).toBe('Ecuador');
  });
});

describe('a given name that is also an English word', () => {
  it('finds "Bill X" as the name it is, as "Mark X" is', () => {
    const a = article(
      'Trade deal signed',
      [
        'Trade Minister Tom Arlen signed the agreement with his Chinese counterpart Wei Lan on Monday.',
        'The deal still needs the approval of parliament, where the opposition party under Bill Kestrin has raised concerns.',
      ],
      { source: 'AAP', dateline: { place: 'CANBERRA', date: 'Jun 17' } },
    );
    expect(person(a, 'Bill Kestrin')?.participant).toBe(false);
  });
});

describe('the one a person meets', () => {
  it('finds a Chinese name whose surname is also an English word after "held talks with"', () => {
    const a = article('Vice premier meets visiting minister', [
      'Vice Premier Zhao Lin held talks with Tang Wenhao in Beijing on Monday.',
    ]);
    expect(person(a, 'Tang Wenhao')?.participant).toBe(true);
  });

  it('finds a given name that is also an English word after "held talks with" and "met with"', () => {
    const a = article(
      'Prime minister hosts visitors',
      [
        'Prime Minister Dale Harmon held talks with Rose Kestrin in Canberra on Monday.',
        'Harmon later met with Hope Okonjo at Parliament House.',
      ],
      { source: 'AAP', dateline: { place: 'CANBERRA', date: 'Jun 17' } },
    );
    expect(person(a, 'Rose Kestrin')?.participant).toBe(true);
    expect(person(a, 'Hope Okonjo')).toBeDefined();
  });

  it('still reads a body met as no person', () => {
    const a = article('Minister meets lenders', [
      'Finance Minister Dale Harmon held talks with Asian Development Bank officials on Monday.',
    ]);
    expect(people(a).map((p) => p.name)).toEqual(['Dale Harmon']);
  });
});

describe('roles whose body or prize has an apostrophe in its name', () => {
  it('keeps the words before "Women\'s" and "People\'s" in a title', () => {
    const a = article('Delegation visits Beijing', [
      "All-China Women's Federation President Zhao Lin met the delegation on Monday.",
      "National People's Congress Chairman Wei Lan also attended the meeting.",
    ]);
    expect(person(a, 'Zhao Lin')?.roles).toEqual(["All-China Women's Federation President"]);
    expect(person(a, 'Wei Lan')?.roles).toEqual(["National People's Congress Chairman"]);
  });

  it('keeps a prize\'s name with its elided French article ("Palme d\'Or winner")', () => {
    const a = article(
      'Film festival opens',
      ['Palme d’Or winner Milo Kestrin opened the festival on Monday with a new film.'],
      { source: 'AFP', dateline: { place: 'CANNES', date: 'May 13' } },
    );
    expect(person(a, 'Milo Kestrin')?.roles).toEqual(['Palme d’Or winner']);
  });
});

describe('a plural abbreviated rank before two names', () => {
  it('gives each name of "Gens. A and B" the rank, in the sentence it opens', () => {
    const a = article(
      'Generals brief lawmakers',
      ['The defense secretary was joined by Gens. Dale Harmon and Milo Kestrin at the hearing on Monday.'],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: 'Mar 4' } },
    );
    expect(person(a, 'Dale Harmon')?.roles).toEqual(['Gen.']);
    expect(person(a, 'Milo Kestrin')?.roles).toEqual(['Gen.']);
  });
});

describe('an ally commenting on a party vote', () => {
  it("leaves the leader of the ruling party's coalition partner out of its leadership election", () => {
    const a = article(
      'Harmon wins ruling party leadership race',
      [
        "Former finance minister Dale Harmon won the ruling Unity Party's leadership election on Saturday, putting her on course to become prime minister.",
        'Harmon beat farm minister Milo Kestrin in a runoff after none of the candidates won a majority in the first round.',
        "Tom Arlen, head of the Unity Party's junior coalition partner Greenway, said he had concerns about her stance on defence spending, and that his party would have to talk them over with her before it agreed to stay in the coalition.",
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'Oct. 4' } },
    );
    expect(person(a, 'Milo Kestrin')?.participant).toBe(true);
    expect(person(a, 'Tom Arlen')?.participant).toBe(false);
  });
});

describe('players in a final played abroad', () => {
  it('gives a goalkeeper no country from the dateline of the venue', () => {
    const a = article(
      'Rovers beat United in the cup final',
      [
        'Tom Arlen scored twice as Rovers beat United 3-0 in the cup final on Sunday, before US President Dale Harmon presented the trophy.',
        'Arlen curled in the opener in the 22nd minute before chipping over goalkeeper Milo Kestrin just before halftime.',
        'Rovers manager Ugo Bellandi said his players had followed the plan. "We believed," the Italian told reporters.',
      ],
      { source: 'Reuters', dateline: { place: 'EAST RUTHERFORD, New Jersey', date: 'July 13' } },
    );
    expect(person(a, 'Dale Harmon')?.country).toBe('United States');
    expect(person(a, 'Milo Kestrin')?.country).toBeNull();
  });
});

describe('a role set off before "the late Mr X"', () => {
  it('gives the late holder the role before the comma', () => {
    const a = article(
      'New prime minister sworn in',
      [
        "Dale Harmon was sworn in as the country's fourth prime minister at the palace on Wednesday night.",
        'He is only the fourth person in the job since the country became independent, after the founding prime minister, the late Mr Tan Boon Kiat, Mr Goh Wee Lim and the younger Mr Tan.',
      ],
      { source: 'CNA', dateline: { place: 'SINGAPORE', date: 'May 15' } },
    );
    expect(person(a, 'Tan Boon Kiat')?.roles).toEqual(['founding prime minister']);
    expect(person(a, 'Goh Wee Lim')?.roles).toEqual([]);
  });
});

describe('the Gulf agencies\' "Amir"', () => {
  it('places "the Amir Sheikh X" by the dateline as "the Emir" is placed', () => {
    const a = article(
      'Gulf state announces success of mediation',
      [
        'The State of Qatar announced on Wednesday the success of its joint mediation efforts, the Ministry of Foreign Affairs said in a statement.',
        'Later, the Amir Sheikh Hamad bin Khalid Al-Nasser thanked the mediators for their work.',
      ],
      { source: 'Agencies', dateline: { place: 'Doha', date: null } },
    );
    const amir = person(a, 'Hamad bin Khalid Al-Nasser');
    expect(amir?.roles).toEqual(['Amir']);
    expect(amir?.country).toBe('Qatar');
  });

  it("gives the Amir thanked by a republic's president no country of that president", () => {
    const a = article(
      'Gulf state announces humanitarian pause',
      [
        'The State of Qatar announced on Wednesday the success of its mediation, the Ministry of Foreign Affairs said.',
        'In Washington, US President Tom Hale welcomed the deal and thanked the Amir Sheikh Hamad bin Khalid Al-Nasser for his partnership.',
      ],
      { source: null, dateline: { place: 'Doha', date: null } },
    );
    expect(person(a, 'Hamad bin Khalid Al-Nasser')?.country).toBe('Qatar');
  });
});

describe('a plural lower-case post before two names', () => {
  it('gives each of "his assistants A and B" the post', () => {
    const a = article(
      'Federation sacks national coach after heavy defeat',
      [
        'The football federation sacked national coach Tom Arlen on Sunday after a 4-1 defeat.',
        'His assistants Marcus Kolb and Danny Rehm also have to go, the federation said.',
      ],
      { source: 'DPA', dateline: { place: 'BERLIN', date: 'Sep 10' } },
    );
    expect(person(a, 'Marcus Kolb')?.roles).toEqual(['assistant']);
    expect(person(a, 'Danny Rehm')?.roles).toEqual(['assistant']);
  });
});

describe('a retired office', () => {
  it('reads "a retired Navy admiral" after a predecessor\'s surname as his role, without the ancestry after it', () => {
    const a = article(
      'New U.S. ambassador arrives in Seoul',
      [
        'Tom Arlen, the new U.S. ambassador to South Korea, reached Seoul on Thursday, taking up a post empty since the departure of his predecessor, Dale Harmon.',
        'Harmon, a retired Navy admiral of Japanese descent, had been mocked over his mustache.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'July 21' } },
    );
    const harmon = person(a, 'Dale Harmon');
    expect(harmon?.roles).toEqual(['retired Navy admiral']);
    expect(harmon?.country).toBe('United States');
  });

  it('keeps "retired" in a rank before the name', () => {
    const a = article('Former general named minister', [
      'President Ana Lima named retired General Milo Kestrin as security adviser on Monday.',
    ]);
    expect(person(a, 'Milo Kestrin')?.roles).toContain('retired General');
  });
});

describe('an office given by a participle after the name', () => {
  it('reads ", appointed foreign minister on Wednesday in …," as the office', () => {
    const a = article(
      'PROFILE: Kestrel becomes top diplomat',
      [
        'Ana Kestrel, appointed foreign minister on Wednesday in Prime Minister Dale Harmon’s Cabinet reshuffle, is a lawmaker best known for her work on prison reform.',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'Sept. 13' } },
    );
    expect(person(a, 'Ana Kestrel')?.roles).toEqual(['foreign minister']);
  });

  it('takes no office from ", elected to the House six times,"', () => {
    const a = article('Profile', [
      'Ana Kestrel, elected to the House of Representatives six times, has long worked on prison reform.',
    ]);
    expect(person(a, 'Ana Kestrel')?.roles).toEqual([]);
  });
});
