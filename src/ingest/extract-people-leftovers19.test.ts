// The held-out participant and role misses left by rounds 24–25 and older that a general rule fixes (session 19), on
// invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);
const ap = { source: 'AP', dateline: { place: 'WASHINGTON', date: null }, date: '2024-05-08' };

describe('statements and decisions', () => {
  it('counts the one sanctioned as its target and the official who announced it as taking part', () => {
    const a = article(
      'US says militia committed atrocities, sanctions its commander Ostrava',
      [
        "The United States on Tuesday determined that the Northern Militia had committed atrocities, and imposed sanctions on the group's commander, Gen. Pavel Ostrava.",
        'Deputy Secretary of State Helen Marchetti said in a statement that the militia had targeted civilians.',
        'Ostrava is now barred from travelling to the United States.',
      ],
      ap,
    );
    expect(person(a, 'Pavel Ostrava')?.participant).toBe(false);
    expect(person(a, 'Helen Marchetti')?.participant).toBe(true);
  });

  it('still counts a headline’s leader named after "sanctions on <country> as …"', () => {
    const a = article('EU weighs sanctions on Norvania as Lund meets Tamm', [
      'Norvanian Prime Minister Erik Lund met Estorian President Juhan Tamm in Brussels on Thursday.',
    ]);
    expect(person(a, 'Erik Lund')?.participant).toBe(true);
  });

  it('leaves a minister who comments on a central bank’s decision out, unless he spoke at its press conference', () => {
    const a = article(
      'Central bank raises rates for first time in a decade',
      [
        'The Bank of Norvania on Tuesday raised its key rate for the first time in ten years.',
        'Governor Lise Amundsen told a press conference at the bank that wage growth had brought inflation within sight.',
        'Finance Minister Karl Brekke told reporters the government would work with the central bank.',
        'Trade Minister Olav Dahl, who spoke at the same press conference, said exporters would cope.',
      ],
      { source: 'NTB', dateline: { place: 'OSLO', date: 'May 9' } },
    );
    expect(person(a, 'Lise Amundsen')?.participant).toBe(true);
    expect(person(a, 'Karl Brekke')?.participant).toBe(false);
    expect(person(a, 'Olav Dahl')?.participant).toBe(true);
  });

  it('leaves out a labour secretary who comments on a strike vote of a workforce', () => {
    const a = article(
      'Dock workers vote to end strike',
      [
        'Harbour dock workers voted to accept a new contract and end a six-week strike, the union said late Monday.',
        '"We won a fair deal," union president Mark Tolland told reporters after the results were announced.',
        'Acting Labor Secretary Dana Whitfield said the contract showed that bargaining works.',
      ],
      { ...ap, dateline: null },
    );
    expect(person(a, 'Mark Tolland')?.participant).toBe(true);
    expect(person(a, 'Dana Whitfield')?.participant).toBe(false);
  });

  it('reads "accompanied by" a thing as no cue of taking part', () => {
    const a = article('Zhou meets Peruvian president', [
      'Chinese President Zhou Wen met with Peruvian President Ana Torres in Beijing on Thursday.',
      'Economy Minister Raul Vega told reporters that trade would bring growth accompanied by rising wages.',
    ]);
    expect(person(a, 'Raul Vega')?.participant).toBe(false);
  });

  it('counts those who held the talks a joint statement is on, whatever their day', () => {
    const a = article(
      'Two countries release joint statement on Lisbon trade meeting',
      [
        'Norvania and Estoria on Monday issued a joint statement on the results of their trade talks in Lisbon.',
        'The two sides agreed to a mechanism with Norvanian Vice Premier Tomas Hald as the lead representative.',
        'Hald held the talks with Estorian Trade Secretary Ines Koppel on Saturday and Sunday.',
      ],
      { dateline: { place: 'LISBON', date: 'May 12' }, date: '2024-05-13' },
    );
    expect(person(a, 'Tomas Hald')?.participant).toBe(true);
  });
});

describe('meetings and visits', () => {
  it('leaves out a third delegation that is also in the capital for other events', () => {
    const a = article('Defence ministers hold talks in Minsk', [
      'Norvanian Defence Minister Erik Lund held talks with Estorian Defence Minister Juhan Tamm in Minsk on Wednesday.',
      'A Chinese delegation led by Li Wenhua is also in the capital for the anniversary events.',
    ]);
    expect(person(a, 'Li Wenhua')?.participant).toBe(false);
  });

  it('counts a member of the delegation the lede names at the signing', () => {
    const a = article(
      'Colombian government and rebels sign bilateral ceasefire in Havana',
      [
        'The Colombian government and the rebel front on Friday signed a ceasefire, in a ceremony attended by Cuban President Ramon Diaz and Colombian President Jorge Mena.',
        'The document was then signed by the head of the government delegation, Pablo Rivas, and the rebel commander Luis Ortiz.',
        'Senator Marta Quintero, a member of the government delegation, told Prensa Latina on Friday that Cuba had been a great help.',
      ],
      { source: 'Prensa Latina', dateline: { place: 'Havana', date: 'Jun 9' }, date: '2023-06-09' },
    );
    expect(person(a, 'Marta Quintero')?.participant).toBe(true);
  });

  it('leaves out the head of a mission that will take part in monitoring later', () => {
    const a = article('Government and rebels sign ceasefire in Havana', [
      'The government and the rebel front on Friday signed a ceasefire in Havana.',
      'The UN Verification Mission, headed by Carlos Medina, will take part in the monitoring of the ceasefire.',
    ]);
    expect(person(a, 'Carlos Medina')?.participant).toBe(false);
  });

  it('counts local officials of the group a visitor met on a tour', () => {
    const a = article(
      'Prime minister visits flood-hit town, pledges support',
      [
        'Prime Minister Kenji Sato on Sunday visited areas devastated by the floods, pledging support for evacuees.',
        '"We will rebuild," Sato told reporters after meeting Gov. Hiroko Ueno and local mayors.',
        'Town Mayor Takeshi Mori said most houses in his town had been destroyed.',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'May 9' } },
    );
    expect(person(a, 'Takeshi Mori')?.participant).toBe(true);
  });

  it('counts a governor of the "state governors" met, not the Secretary of State', () => {
    const a = article(
      'President visits flood-hit state',
      [
        'President Joe Carter on Tuesday visited towns devastated by the floods.',
        'Carter met state governors at the airport.',
        'Secretary of State Ann Lee said in Washington the aid would flow.',
        'Acting Governor Tom Hale said the state needed help.',
      ],
      ap,
    );
    expect(person(a, 'Tom Hale')?.participant).toBe(true);
    expect(person(a, 'Ann Lee')?.participant).toBe(false);
  });

  it('counts a provincial official who speaks after a working session with provincial leaders', () => {
    const a = article(
      'PM visits landslide-hit village, orders search for the missing',
      [
        'Prime Minister Tran Van Binh on May 9 visited a village buried by a landslide.',
        'Meeting provincial leaders at the scene, Secretary of the provincial Party Committee Le Van Hai reported that dozens were missing.',
        'Chairman of the provincial People’s Committee Do Minh Tuan said the province was short of excavators.',
      ],
      { source: 'VNA', dateline: { place: 'HANOI', date: 'May 9' } },
    );
    expect(person(a, 'Do Minh Tuan')?.participant).toBe(true);
  });
});

describe('acts, courts and ceremonies', () => {
  it('counts the lawyers of a custody hearing whose arguments name an earlier year', () => {
    const a = article(
      'Court sends Omar Vance to 10-day custody after extradition',
      [
        'A special court in Delhi has remanded terror accused Omar Vance to 10 days of custody, hours after he was extradited.',
        'The agency, represented by Senior Advocate Nikhil Rao, had sought 15 days of custody, telling the court that his questioning was needed to unravel the conspiracy behind the 2008 attacks.',
      ],
      { source: 'ANI', dateline: { place: 'NEW DELHI', date: 'April 11' }, date: '2025-04-11' },
    );
    expect(person(a, 'Nikhil Rao')?.participant).toBe(true);
  });

  it('leaves out one named in words about an act hours earlier', () => {
    const a = article('Government appoints new central bank governor after Lind resigns', [
      'Deputy Governor Paul Varga has been appointed governor of the central bank, according to a decree published on Saturday.',
      'The decree, signed by President Anton Horvath, came hours after Eva Lind announced her resignation.',
    ]);
    expect(person(a, 'Eva Lind')?.participant).toBe(false);
  });

  it('counts the officer a coup names transition president', () => {
    const a = article('Army officers seize power, place president under house arrest', [
      'Army officers said Wednesday they had seized power and placed President Omar Diallo under house arrest.',
      'Hours later, the officers named General Moussa Keita, the head of the presidential guard, as "transition president".',
    ]);
    expect(person(a, 'Moussa Keita')?.participant).toBe(true);
  });

  it('leaves out an officer of another body who comments on a court’s ruling', () => {
    const a = article(
      'Sprinter banned for four years in doping case',
      [
        'The Court of Arbitration for Sport on Monday banned sprinter Dana Holt for four years.',
        '“The panel determined that the violation was intentional,” CAS Secretary General Marc Perrin said at a news conference.',
        'Tom Haines, the chief executive of the National Anti-Doping Agency, called it a dark day for sport.',
      ],
      { source: 'AP', dateline: { place: 'LAUSANNE', date: null }, date: '2024-05-06' },
    );
    expect(person(a, 'Marc Perrin')?.participant).toBe(true);
    expect(person(a, 'Tom Haines')?.participant).toBe(false);
  });

  it('counts a widow who carries the urn at a state funeral', () => {
    const a = article('Country holds state funeral for former leader Hans Moller', [
      'The country held a state funeral for former Prime Minister Hans Moller on Tuesday.',
      'His widow, Mrs. Greta Moller, carried an urn containing his ashes into the hall.',
    ]);
    expect(person(a, 'Greta Moller')?.participant).toBe(true);
  });

  it('counts the cardinal by whom the Mass was concelebrated', () => {
    const a = article('Pope celebrates Mass at stadium', [
      'Pope Francis on Saturday celebrated Mass before 50,000 faithful at the city stadium.',
      'The Mass was concelebrated by the Archbishop of Lyon, Cardinal Pierre Aubry, who had invited the pope.',
    ]);
    expect(person(a, 'Pierre Aubry')?.participant).toBe(true);
  });

  it('leaves out one who led funeral prayers earlier in the day than the ceremony reported', () => {
    const a = article('Foreign dignitaries attend ceremony in honour of late president', [
      'Heads of state gathered in the capital on Wednesday evening for a ceremony honouring the late president.',
      'Acting President Reza Karimi, who hosted the ceremony, thanked the guests.',
      'Earlier in the day, Ayatollah Hossein Tabrizi led the funeral prayers at the university, attended by huge crowds.',
    ]);
    expect(person(a, 'Hossein Tabrizi')?.participant).toBe(false);
  });

  it('leaves out an actress named through her part in a prize-winning film and counts a juror', () => {
    const a = article('Director wins festival top prize', [
      'French director Claire Dumas won the top prize at the festival on Saturday for "The Verdict".',
      'The drama, in which German actress Anna Keller plays a lawyer, was chosen by a jury headed by director Sven Olsen.',
      'The two women who won before Dumas were Rosa Vidal, for "Tides" in 1993, and Marie Caron, who sat on this year\'s jury, for "Stone" in 2021.',
    ]);
    expect(person(a, 'Anna Keller')?.participant).toBe(false);
    expect(person(a, 'Marie Caron')?.participant).toBe(true);
  });

  it('leaves out the leader of an alliance a party signed with, and counts one who told the Dáil', () => {
    const a = article(
      'Niamh Byrne elected Taoiseach',
      [
        'Niamh Byrne was elected Taoiseach on Tuesday after lawmakers backed her by 88 votes to 69.',
        'Opposition leader Ciara Walsh told the Dáil ahead of the vote that the government had lost its way.',
        'The party has signed a statement of intent with the Liberal Alliance (LA), led by Sean Doyle, to form a government.',
      ],
      { source: 'Reuters', dateline: { place: 'DUBLIN', date: null }, date: '2024-05-07' },
    );
    expect(person(a, 'Ciara Walsh')?.participant).toBe(true);
    expect(person(a, 'Sean Doyle')?.participant).toBe(false);
  });
});

describe('speaking at a hearing', () => {
  it('counts a senator whose words follow another verb of his, joined by "and"', () => {
    const a = article(
      'Nominee says he backs safety as senators grill him at hearing',
      [
        "Tom Reddick, the president's nominee to run the health department, told senators on Wednesday that he did not oppose vaccines.",
        'Senator Ben Carver, an independent from Vermont, held up a bodysuit printed with a slogan and sold by a group Reddick founded, and asked him to condemn it.',
        'Senator Ann Pratt said leader Omar Sadik had observed the trial and called it a success.',
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: 'Jan 29' }, date: '2025-01-30' },
    );
    expect(person(a, 'Ben Carver')?.participant).toBe(true);
    // Inside the words another reports, and after "had", "and called" is no speech of the one named.
    expect(person(a, 'Omar Sadik')?.participant).toBe(false);
  });
});

describe('roles', () => {
  it('reads a role set off before a name through a possessive noun', () => {
    const a = article('Plane collides with jet on runway', [
      'A passenger jet collided with a small coast guard plane on the runway on Tuesday.',
      "The captain of the coast guard's Bombardier Dash 8, Kenji Oyama, 39, managed to get out of the aircraft.",
    ]);
    expect(person(a, 'Kenji Oyama')?.roles).toContain("captain of the coast guard's Bombardier Dash 8");
  });

  it('reads a title whose body is named by a list of its fields', () => {
    const a = article('Quake kills 40 in West Java', [
      'A strong earthquake killed at least 40 people in West Java on Thursday.',
      'Head of the Meteorology, Climatology and Geophysics Agency (BMKG) Rina Hartono said the quake was shallow.',
    ]);
    expect(person(a, 'Rina Hartono')?.roles).toEqual([
      'Head of the Meteorology, Climatology and Geophysics Agency (BMKG)',
    ]);
  });
});

describe('no people', () => {
  it('reads no person in an animal’s parent, a chant, a quoted coinage or a club left "as a free agent"', () => {
    const a = article('Real Madrid unveil new striker', [
      'Real Madrid presented their new striker Luis Ortega on Thursday, as pandas Mei Lan and Bao Bao made their debut at the zoo.',
      "Mei Lan's mother, Zhen Hua, was born at the zoo in 2007.",
      '"This is a dream," said Ortega, who signed a four-year deal after leaving Paris Saint-Germain as a free agent in June.',
      'He ended his short speech in Spanish with "¡Hala Madrid!".',
      'The mayor said the city would need something like a "Marshall Plan" to recover.',
    ]);
    expect(names(a)).toEqual(['Luis Ortega']);
    // The club left is a body, not its city.
    expect(run(a).organizations).toContain('Paris Saint-Germain');
    expect(run(a).places).not.toContain('Paris');
  });
});
