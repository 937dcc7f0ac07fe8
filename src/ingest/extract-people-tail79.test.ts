// Leftovers of the seventy-second blind round (arms control and nuclear talks), on invented sentences with invented
// people and places: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('one who leaves the venue without a word', () => {
  const a = article('Six-party talks adopt joint statement', [
    'The six parties adopted a joint statement at the end of the fourth round of talks here on Monday.',
    'Dariusz Wenk, the northern side’s chief delegate, left the guesthouse without speaking to reporters.',
  ]);

  it('was at the talks', () => {
    expect(person(a, 'Dariusz Wenk')?.participant).toBe(true);
  });

  it('is not one who left the country without a word', () => {
    const b = article('Six-party talks adopt joint statement', [
      'The six parties adopted a joint statement at the end of the fourth round of talks here on Monday.',
      'Dariusz Wenk, the northern side’s former delegate, left the country without saying goodbye in 2001.',
    ]);
    expect(person(b, 'Dariusz Wenk')?.participant).toBe(false);
  });
});

describe('one attending a named assembly in another city', () => {
  it('speaks from there, not at the talks the dateline reports', () => {
    const a = article('Six-party talks adopt joint statement', [
      'The six parties adopted a joint statement at the end of the fourth round of talks here on Monday.',
      'Deputy Minister Marisol Quevedo, who chaired the talks, read out the statement.',
      'Foreign Minister Anton Varnholt, attending the U.N. General Assembly in New York this week, said the statement ' +
        'showed that dialogue works.',
    ]);
    expect(person(a, 'Anton Varnholt')?.participant).toBe(false);
    expect(person(a, 'Marisol Quevedo')?.participant).toBe(true);
  });
});

describe('those who read out the statement of the outcome', () => {
  it('took part, both of them', () => {
    const a = article(
      'Talks agree framework for water deal',
      [
        'LAUSANNE (AFP) - Four states agreed Thursday on the outlines of a water deal after eight days of talks.',
        'EU envoy Teodor Ruske and Foreign Minister Ilham Varsadi read out a joint statement at a university campus.',
        '"We have reached solutions," Ruske said.',
      ],
      { source: 'AFP', dateline: { place: 'LAUSANNE', date: '' } },
    );
    expect(person(a, 'Ilham Varsadi')?.participant).toBe(true);
  });

  it('but not one who read a statement on television, another day', () => {
    const a = article('Guard chief declares himself head of junta', [
      'The head of the presidential guard declared himself the new leader on Friday.',
      'The takeover was first announced late Wednesday by Colonel Ilham Varsadi, who read a statement on ' +
        'television flanked by nine other officers.',
    ]);
    expect(person(a, 'Ilham Varsadi')?.participant).toBe(false);
  });
});

describe('"The chief negotiators of the two delegations at the negotiations, A of X and B of Y"', () => {
  const a = article(
    'Leaders sign water treaty',
    [
      'OSLO (AP) -- The two leaders signed the treaty at a long table in the castle hall on Friday.',
      'The chief negotiators of the two delegations at the negotiations, Ivar Halvorsen of Norway and Pekka Rantanen of ' +
        'Finland, flew in from Geneva only hours before the ceremony and watched it from the side of the hall.',
    ],
    { source: 'AP', dateline: { place: 'OSLO', date: '' } },
  );

  it('gives each the singular role and the country after the name', () => {
    expect(person(a, 'Ivar Halvorsen')).toMatchObject({ roles: ['chief negotiator'], country: 'Norway' });
    expect(person(a, 'Pekka Rantanen')).toMatchObject({ roles: ['chief negotiator'], country: 'Finland' });
  });

  it('has both at the ceremony they flew in for', () => {
    expect(person(a, 'Ivar Halvorsen')?.participant).toBe(true);
    expect(person(a, 'Pekka Rantanen')?.participant).toBe(true);
  });
});

describe('"before the summit" without an arrival', () => {
  it('still sets a meeting apart from the summit', () => {
    const a = article('Leaders agree to hold summit yearly', [
      'The president hosted the leaders of Norway and Finland in Oslo on Monday for the first summit in four years.',
      'Foreign Minister Ola Brekkestad met the envoy hours before the summit to discuss fishing rights.',
    ]);
    expect(person(a, 'Ola Brekkestad')?.participant).toBe(false);
  });
});

describe('"prepared by the A and B delegations at the talks in <another city>, led by Ambassadors X and Y"', () => {
  const a = article(
    'Water treaty signed in the castle',
    [
      'OSLO, July 31 (NTB) -- Norway and Finland signed a treaty on the shared rivers here today.',
      'The treaty was prepared by the Norwegian and Finnish delegations at the talks in Geneva, led by Ambassadors ' +
        'Lars Korvald and Eino Tarvainen.',
    ],
    { source: 'NTB', dateline: { place: 'OSLO', date: 'July 31' } },
  );

  it('gives each ambassador the side named in the same place of the list', () => {
    expect(person(a, 'Lars Korvald')?.country).toBe('Norway');
    expect(person(a, 'Eino Tarvainen')?.country).toBe('Finland');
  });

  it('has neither at the signing: they led the talks in Geneva', () => {
    expect(person(a, 'Lars Korvald')?.participant).toBe(false);
    expect(person(a, 'Eino Tarvainen')?.participant).toBe(false);
  });

  it('still has the leaders of delegations at talks held in the dateline’s city', () => {
    const b = article(
      'Water talks open',
      [
        'OSLO, July 31 (NTB) -- Norway and Finland opened talks on the shared rivers here today.',
        'The Norwegian and Finnish delegations at the talks in Oslo are led by Ambassadors Lars Korvald and ' +
          'Eino Tarvainen.',
      ],
      { source: 'NTB', dateline: { place: 'OSLO', date: 'July 31' } },
    );
    expect(person(b, 'Lars Korvald')?.participant).toBe(true);
  });
});

describe('"was joined by Under Secretary of State for <brief> X"', () => {
  const a = article(
    'Deputy Secretary’s meeting with Norwegian State Secretary',
    [
      'Deputy Secretary of State Mara Ellison led the U.S. delegation to the talks in Geneva on July 28.',
      'Ellison was joined by Under Secretary of State for Political Affairs Delphine Castellano and ' +
        'by senior officials from the Department of Energy.',
    ],
    { source: null, dateline: null },
  );

  it('keeps "Under" in the title', () => {
    expect(person(a, 'Delphine Castellano')?.roles).toEqual([
      'Under Secretary of State for Political Affairs',
    ]);
  });

  it('reads the State Department’s officer with a brief as American, under a headline naming the other side', () => {
    const b = article(
      'Deputy Secretary’s meeting with Russian Deputy Foreign Minister Orlov',
      [
        'The talks in Geneva were substantive, said Under Secretary of State for Arms Control and International ' +
          'Security Delphine Castellano.',
      ],
      { source: null, dateline: null },
    );
    expect(person(b, 'Delphine Castellano')?.country).toBe('United States');
  });
});

describe('the head of a delegation who speaks in the story of a conference', () => {
  const elected =
    'Ambassador Tomas Verhoek was elected president of the month-long conference by acclamation.';
  const opening =
    'The review conference of the treaty on river waters opened here on Monday, with Secretary-General ' +
    'Ana Ribeira urging the 90 states parties to act.';

  it('speaks at it', () => {
    const a = article('River treaty review conference opens, Ribeira urges action', [
      opening,
      elected,
      'Zheng Haolin, head of the Chinese delegation, said China had always shared its river data.',
    ]);
    expect(person(a, 'Zheng Haolin')?.participant).toBe(true);
  });

  it('but not from another city', () => {
    const a = article('River treaty review conference opens, Ribeira urges action', [
      opening,
      elected,
      'In Shanghai, Zheng Haolin, head of the Chinese delegation, said China had always shared its river data.',
    ]);
    expect(person(a, 'Zheng Haolin')?.participant).toBe(false);
  });
});

describe('under a headline of one side’s condemnation', () => {
  const a = article(
    'Water agency chief condemns dam breach',
    [
      'VIENNA, Sept. 3 (Xinhua) -- Renaud Falcke, executive secretary of the river water agency, on Sunday strongly ' +
        'condemned the breach of the dam announced earlier in the day.',
      '"This act is yet another breach of the norm," Falcke said in a statement.',
      'Polish Prime Minister Tomasz Orlik said the breach was "absolutely unacceptable".',
    ],
    { dateline: { place: 'VIENNA', date: 'Sept. 3' } },
  );

  it('the one condemning made the statement', () => {
    expect(person(a, 'Renaud Falcke')?.participant).toBe(true);
  });

  it('another leader quoted after the lede reacts on their own', () => {
    expect(person(a, 'Tomasz Orlik')?.participant).toBe(false);
  });
});

describe('the leader of the team whose act the headline reports', () => {
  const headline = 'UN inspectors verify closure of Dorsk chemical plant';
  const lede =
    'A team of U.N. inspectors has verified that Dorsk has closed its chemical plant, the agency said Monday.';

  it('took part, though the team arrived another day', () => {
    const a = article(headline, [
      lede,
      'The 10-member team, led by Idris Okafor, a senior safeguards official, arrived in Dorsk on Saturday.',
    ]);
    expect(person(a, 'Idris Okafor')?.participant).toBe(true);
  });

  it('not one leading some other group under another headline', () => {
    const a = article('Agency chief says plant is closed', [
      lede,
      'The 10-member team, led by Idris Okafor, a senior safeguards official, arrived in Dorsk on Saturday.',
    ]);
    expect(person(a, 'Idris Okafor')?.participant).toBe(false);
  });
});

describe('an envoy of one of the delegations a meeting was attended by', () => {
  const a = article(
    'Vienna talks resume with focus on water quotas',
    [
      'Vienna, Dec 27, IRNA -- The eighth round of talks on water quotas began in the Austrian capital on Monday ' +
        'with a meeting of the Joint Commission, chief negotiator Halima Dorsey said.',
      'The Joint Commission meeting was attended by the delegations of Iran and the group of countries – Britain, ' +
        'France, Germany, Russia and China.',
      'Pavel Gretsky, China’s ambassador to the international organizations in Vienna, said negotiators should ' +
        'build on the texts agreed before.',
      'Oskar Wendt, Canada’s ambassador to the international organizations in Vienna, said the meeting was useful.',
    ],
    { source: 'IRNA', dateline: { place: 'Vienna', date: 'Dec 27' } },
  );

  it('speaks for that side at the meeting', () => {
    expect(person(a, 'Pavel Gretsky')?.participant).toBe(true);
  });

  it('but not an envoy of a country the list lacks', () => {
    expect(person(a, 'Oskar Wendt')?.participant).toBe(false);
  });
});

describe('a bare office met "in the <Nationality> capital" of a foreign dateline', () => {
  const story = (where: string) =>
    article(
      'Agency chief hails progress on reactor',
      [
        'KUALA LUMPUR, July 16 (Kyodo) -- U.N. inspectors have confirmed that North Korea has stopped ' +
          'its reactor, agency chief Lena Marchetti said Monday.',
        `"Things are moving," Marchetti said at a press briefing in the ${where} capital after talks with ` +
          'Prime Minister Farid Hashimi.',
      ],
      { source: 'Kyodo', dateline: { place: 'KUALA LUMPUR', date: 'July 16' } },
    );

  it('is the host country’s, not the outlet’s', () => {
    expect(person(story('Malaysian'), 'Farid Hashimi')?.country).toBe('Malaysia');
  });

  it('not where the capital named is not the dateline’s', () => {
    const a = story('Thai');
    expect(person(a, 'Farid Hashimi')?.country).not.toBe('Thailand');
    expect(person(a, 'Farid Hashimi')?.roles).toEqual(['Prime Minister']);
  });
});
