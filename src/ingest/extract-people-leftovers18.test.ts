// The held-out misses left by rounds 21–23 that a general rule fixes (session 18), on invented sentences: none of
// these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const bernama = { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'May 9' } };

describe('a cabinet reshuffle', () => {
  const reshuffle = article(
    'Cabinet reshuffle: Tan Boon Keat named trade minister',
    [
      'Prime Minister Osman Rahim today announced a reshuffle of his Cabinet, naming Works Minister Tan Boon Keat as the new Trade Minister.',
      'Tan replaces Datuk Rosli Hamid, who moves to the Education Ministry, while Nurul Aini Sulaiman takes over the Works portfolio.',
      "Dr Salmah Yusof, whom Rosli succeeds as Education Minister, becomes Minister in the Prime Minister's Department (Religious Affairs).",
      'Osman named former bank chief Datuk Seri Kamal Idris as Second Finance Minister.',
      'The ministry was split in two, with Ravi Chandran heading the new Energy Ministry while Lim Wei Ming stays on as Transport Minister.',
      'Health Minister Aminah Said and Home Minister Farid Latif swapped portfolios.',
      'The new ministers took their oaths of office this evening before the Yang di-Pertuan Agong Al-Sultan Idris Mu’adzam Billah Shah at the palace.',
      'Kamal replaces Zainal Abidin, who retired last month.',
    ],
    bernama,
  );

  it('counts the ministers moved or appointed in it as taking part, not one who stays on or left before', () => {
    const taking = run(reshuffle)
      .people.filter((p) => p.participant)
      .map((p) => p.name);
    for (const name of [
      'Rosli Hamid',
      'Nurul Aini Sulaiman',
      'Salmah Yusof',
      'Kamal Idris',
      'Ravi Chandran',
      'Aminah Said',
      'Farid Latif',
    ])
      expect(taking).toContain(name);
    expect(taking).not.toContain('Lim Wei Ming');
    expect(taking).not.toContain('Zainal Abidin');
  });

  it('reads the post taken past a clause about another ("X, whom Y succeeds as …, becomes Minister in …")', () => {
    expect(person(reshuffle, 'Salmah Yusof')?.roles).toEqual([
      "Minister in the Prime Minister's Department (Religious Affairs)",
    ]);
  });

  it('reads a king titled "Yang di-Pertuan Agong" with his regnal name, who swore the ministers in', () => {
    // "Al-Sultan" is the title "the Sultan" (round 64), not the regnal name's first word.
    const king = person(reshuffle, 'Idris Mu’adzam Billah Shah');
    expect(king?.roles).toEqual(['Yang di-Pertuan Agong Al-Sultan']);
    expect(king?.participant).toBe(true);
    expect(run(reshuffle).organizations).not.toContain('Yang di-Pertuan');
  });

  it('leaves those moves alone outside a reshuffle', () => {
    const a = article(
      'Malaysian, Thai foreign ministers hold talks',
      [
        'Foreign Minister Osman Rahim held talks with Thai Foreign Minister Somchai Wongsa in Kuala Lumpur on Friday.',
        'The ambassador in Bangkok, Aishah Karim, who moves to Paris next month, had prepared the visit.',
      ],
      bernama,
    );
    expect(person(a, 'Aishah Karim')?.participant).toBe(false);
  });
});

describe('a named alliance whose words look like given names', () => {
  it('reads "the opposition X" and "X, comprising …" as a body, not a person', () => {
    const a = article(
      'Chief minister sworn in',
      [
        'Rohan Desai was sworn in as chief minister on Thursday.',
        'The opposition Maha Jan Morcha, comprising the Congress and the Left, was reduced to 46 seats.',
        'Rahul Vikas Sena, comprising three regional parties, won 12.',
      ],
      { source: 'PTI', dateline: { place: 'MUMBAI', date: 'Dec 5' } },
    );
    const { people, organizations } = run(a);
    expect(people.map((p) => p.name)).toEqual(['Rohan Desai']);
    expect(organizations).toEqual(expect.arrayContaining(['Maha Jan Morcha', 'Rahul Vikas Sena']));
  });
});

describe('Gulf shapes', () => {
  const a = article(
    'Saudi, Omani ministers discuss ties',
    [
      'Saudi Foreign Minister Prince Faisal bin Khalid met with Omani Foreign Minister Hamad Al Harthy in Riyadh on Thursday.',
      'Sultan bin Majed Al Otaibi said the talks covered regional security.',
      'The Custodian of the Two Holy Mosques King Abdullah bin Saud Al Saud received a message from the Sultan of Oman.',
    ],
    { source: 'SPA', dateline: { place: 'RIYADH', date: 'May 9' } },
  );

  it('reads an untitled "Sultan bin X" as a given name, not a title', () => {
    expect(person(a, 'Sultan bin Majed Al Otaibi')).toBeDefined();
    expect(run(a).people.some((p) => p.name.startsWith('bin '))).toBe(false);
  });

  it('reads "Custodian of the Two Holy Mosques" as a Saudi title of its own before "King"', () => {
    const king = person(a, 'Abdullah bin Saud Al Saud');
    expect(king?.roles).toEqual(['Custodian of the Two Holy Mosques', 'King']);
    expect(king?.country).toBe('Saudi Arabia');
  });
});

describe('hosts abroad in a national outlet’s story', () => {
  it('places the hosts a visitor meets or who receive the visitors in the dateline’s country', () => {
    const a = article(
      'Vietnamese Prime Minister holds talks with Australian counterpart',
      [
        'Vietnamese Prime Minister Tran Van Hoa held talks with Prime Minister Oliver Grant in Canberra on Thursday.',
        'Governor-General Ruth Callan hosted a reception for the Vietnamese delegation.',
      ],
      { source: 'VNA', dateline: { place: 'CANBERRA', date: 'May 9' } },
    );
    expect(person(a, 'Tran Van Hoa')?.country).toBe('Vietnam');
    expect(person(a, 'Oliver Grant')?.country).toBe('Australia');
    expect(person(a, 'Ruth Callan')?.country).toBe('Australia');
  });

  it('takes no country from the partner of the ties someone speaks of ("relations with Chile")', () => {
    const a = article(
      'Spain, Chile sign strategic partnership',
      [
        'Prime Minister Carlos Ruiz Vela received President Tomás Fuentes at the Moncloa Palace on Thursday.',
        'Foreign Minister Javier Ortega Blanco said relations with Chile were excellent.',
      ],
      { source: 'EFE', dateline: { place: 'Madrid', date: 'May 9' } },
    );
    expect(person(a, 'Javier Ortega Blanco')?.country).toBe('Spain');
  });
});

describe('teammates and coaches', () => {
  it('gives teammates and a coach named through someone that person’s country', () => {
    const a = article(
      'Skater cleared by court',
      [
        'The Court of Arbitration for Sport on Monday cleared Norwegian skater Ingrid Dahl of doping.',
        "She had finished fourth behind teammates Anna Berg and Emma Lund and Japan's Aiko Mori at the Games.",
        'Her coach, Lars Eide, said the ruling was fair.',
      ],
      { source: 'AP', dateline: { place: 'LAUSANNE, Switzerland', date: 'Jan. 29' } },
    );
    expect(person(a, 'Anna Berg')?.country).toBe('Norway');
    expect(person(a, 'Emma Lund')?.country).toBe('Norway');
    expect(person(a, 'Aiko Mori')?.country).toBe('Japan');
    expect(person(a, 'Lars Eide')?.country).toBe('Norway');
  });
});

describe('a long list of teammates', () => {
  it('gives each of a hundred and twenty-one teammates the country of the one they are named through', () => {
    // Invented names: twelve stems and ten endings make 120 family names, each ending with its own given name.
    const given = ['Astrid', 'Berit', 'Kari', 'Liv', 'Marit', 'Nora', 'Randi', 'Sigrid', 'Turid', 'Unni'];
    const stems = [
      'Berg',
      'Dahl',
      'Holm',
      'Lund',
      'Moe',
      'Nes',
      'Rud',
      'Sand',
      'Strand',
      'Tveit',
      'Vik',
      'Aas',
    ];
    const ends = ['rud', 'vik', 'heim', 'stad', 'land', 'dal', 'berg', 'nes', 'seth', 'gaard'];
    const teammates = stems.flatMap((stem) => ends.map((end, i) => `${given[i]} ${stem}${end}`));
    const a = article(
      'Skaters cleared by court',
      [
        'The Court of Arbitration for Sport on Monday cleared Norwegian skater Ingrid Dahl of doping.',
        `She had finished fourth behind teammates ${teammates.join(', ')} and Hege Ostby at the Games.`,
      ],
      { source: 'AP', dateline: { place: 'LAUSANNE, Switzerland', date: 'Jan. 29' } },
    );
    const { people } = run(a);
    const countryOf = new Map(people.map((p) => [p.name, p.country]));
    expect([...teammates, 'Hege Ostby'].filter((name) => countryOf.get(name) !== 'Norway')).toEqual([]);
  });
});

describe('footballers named in one word or with a nickname', () => {
  it('reads a one-word name that went off or came on as a player', () => {
    const a = article('Portugal beat Italy 2-1 in final', [
      'Portugal beat Italy 2-1 in the final on Sunday with a late goal from striker Rui Costa Neves.',
      'Portugal played the second half without Zito, who went off at the interval with a knee problem.',
    ]);
    const zito = person(a, 'Zito');
    expect(zito).toBeDefined();
    expect(zito?.participant).toBe(true);
  });

  it('reads the subject of a death set off by a nickname, the nickname an alias, and the headline’s appositive country', () => {
    const a = article(
      'Tatu, Portugal’s greatest goalkeeper, dies aged 80',
      [
        'Arnaldo Sousa Ferreira, Tatu, considered by many the greatest goalkeeper of all time, died on Thursday.',
        'Goalkeeper Nuno Reis, who equalled a record at the World Cup in Mexico this month, wrote that "Tatu changed everything".',
      ],
      { source: 'Lusa', dateline: { place: 'LISBON', date: 'May 9' } },
    );
    const tatu = person(a, 'Arnaldo Sousa Ferreira');
    expect(tatu?.aliases).toEqual(['Tatu']);
    expect(tatu?.country).toBe('Portugal');
    expect(person(a, 'Tatu')).toBeUndefined();
  });
});

describe('small shapes', () => {
  it('reads dotted initials ("E.U.") as the international body they abbreviate', () => {
    const a = article(
      'Ministers discuss ties',
      ['E.U. foreign policy chief Marta Lindqvist met Foreign Minister Park Ji-hoon in Seoul on Thursday.'],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'May 9' } },
    );
    expect(person(a, 'Marta Lindqvist')?.country).toBeNull();
  });

  it('reads "educator" as an occupation, not read back past a verb of showing', () => {
    const a = article('New banknotes issued', [
      'The 5,000 yen note features educator Haruko Mitsui, who founded a university for women.',
    ]);
    expect(person(a, 'Haruko Mitsui')?.roles).toEqual(['educator']);
  });
});

describe('a courtesy call reported from a statement', () => {
  const a = article(
    'King receives courtesy call from Thai Prime Minister Somsak Chai',
    [
      'The King received a courtesy call from Thai Prime Minister Somsak Chai at the palace here this morning.',
      'During the 30-minute audience, Sultan Hamid and Somsak exchanged views on bilateral relations, according to a statement posted on the palace Facebook page.',
      'Somsak arrived on Tuesday for a three-day visit. He later held talks with Prime Minister Datuk Seri Razak Omar at Seri Perdana.',
    ],
    bernama,
  );

  it('counts who exchanged views at the audience, whatever source the report cites', () => {
    expect(person(a, 'Hamid')?.participant).toBe(true);
  });

  it('leaves out the one the visitor "later held talks with"', () => {
    expect(person(a, 'Razak Omar')?.participant).toBe(false);
  });
});

describe('a hearing about an earlier attack', () => {
  it('leaves out the one attacked, named in the headline as its topic and in the lede inside the words reported', () => {
    const a = article(
      'Police chief faces calls to resign at hearing on Marlow shooting',
      [
        'Police Commissioner Dana Ortiz acknowledged Monday that her force failed to protect Senator Paul Marlow at a campaign rally, as lawmakers on the oversight committee called on her to step down.',
        'Ortiz told the committee that the gunman should never have reached the roof.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: 'July 22' } },
    );
    expect(person(a, 'Dana Ortiz')?.participant).toBe(true);
    expect(person(a, 'Paul Marlow')?.participant).toBe(false);
  });
});

describe('voting in the election whose result is reported', () => {
  it('counts one who cast a ballot on polling day, the day before the count was announced', () => {
    const a = article(
      'Reformist wins presidential runoff',
      [
        'Darius Farahani has won the presidential runoff with 16 million votes, the spokesman of the election headquarters, Reza Karimi, announced on Saturday.',
        'The Supreme Leader, Ayatollah Hossein Motlagh, cast his ballot at a polling station in the capital shortly after voting began on Friday morning.',
      ],
      { source: 'IRNA', dateline: { place: 'Tehran', date: 'Jul 6' } },
    );
    expect(person(a, 'Hossein Motlagh')?.participant).toBe(true);
  });
});

describe('a birthplace', () => {
  it('is not the country someone stands for ("Polish-born French writer")', () => {
    const a = article(
      'Writer dies at 90',
      [
        'Polish-born French writer Anton Wierzba has died in Paris at the age of 90, his publisher said on Wednesday.',
      ],
      { source: 'dpa', dateline: { place: 'Warsaw', date: 'Jul 12' } },
    );
    expect(person(a, 'Anton Wierzba')?.country).toBe('France');
  });
});
