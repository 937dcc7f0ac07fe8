// Names, roles, countries and participants seen first in the twentieth blind round of held-out articles
// (security, courts, crime, elections and protests), on invented sentences: none of these people are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('titles of armed forces, police and envoys before a name', () => {
  it('reads "Commander-in-Chief of the Armed Forces of <Country>" as one title, with its country', () => {
    const a = article('Army chief visits brigades', [
      'Commander-in-Chief of the Armed Forces of Moldova Petru Ciobanu and Defense Minister Ion Rusu visited front-line brigades.',
    ]);
    expect(person(a, 'Petru Ciobanu')?.roles).toEqual(['Commander-in-Chief of the Armed Forces of Moldova']);
    expect(person(a, 'Petru Ciobanu')?.country).toBe('Moldova');
  });

  it('reads an envoy "for the <Region>" before a name as one title', () => {
    const a = article('Mediators announce truce', [
      'PRETORIA, Nov. 2 (Xinhua) -- The two sides signed a truce on Wednesday.',
      '"This is only the beginning," AU High Representative for the Great Lakes Region Tomas Oyelaran, who led the mediation, told a press conference.',
      'Norwegian Special Envoy for the Horn of Africa Lars Vik attended the talks as an observer.',
    ]);
    expect(person(a, 'Tomas Oyelaran')?.roles).toEqual(['AU High Representative for the Great Lakes Region']);
    expect(person(a, 'Lars Vik')?.roles).toEqual(['Norwegian Special Envoy for the Horn of Africa']);
  });

  it('reads "Inspector-General of Police", "Constable" and a minister "for Information and Broadcasting"', () => {
    const a = article('Police detain suspects after station attack', [
      'Police have detained five people, said Inspector-General of Police Tan Sri Hamdan Yusof.',
      'The attacker killed Constable Faiz Rahman Osman, 24, before he was shot dead.',
      'Federal Minister for Information and Broadcasting Tariq Mehmood said the capital was calm.',
    ]);
    expect(person(a, 'Hamdan Yusof')?.roles).toEqual(['Inspector-General of Police']);
    expect(person(a, 'Faiz Rahman Osman')?.roles).toEqual(['Constable']);
    expect(person(a, 'Tariq Mehmood')?.roles).toEqual(['Federal Minister for Information and Broadcasting']);
  });
});

describe('people introduced by what was done to them or by their family', () => {
  it('reads "the killing of a <role>, X," as a person with that role', () => {
    const a = article('Court frees convicted agent', [
      'He was serving a life sentence for the 2019 killing of an exiled dissident, Aslan Beridze, in a park.',
    ]);
    expect(person(a, 'Aslan Beridze')?.roles).toEqual(['exiled dissident']);
  });

  it('reads "one of his sons, X," as a person, though the name is unknown, of the father’s country', () => {
    const a = article('Officers seize power', [
      'Officers said the president was under house arrest and one of his sons, Nourredin Obame Valentin, was arrested.',
    ]);
    expect(person(a, 'Nourredin Obame Valentin')).toBeDefined();
    const b = article('Officers seize power', [
      'LIBREVILLE, Aug. 30 (Xinhua) -- Officers said they had placed Gabonese President Jean Obame Ndong under house arrest.',
      'One of his sons, Nourredin Obame Valentin, was arrested for treason.',
    ]);
    expect(person(b, 'Nourredin Obame Valentin')?.country).toBe('Gabon');
  });

  it('reads unknown names arrested or sentenced as people, and the rest of their list', () => {
    const a = article('Court remands four suspects', [
      'MOSCOW, March 24. /TASS/. A court has granted the motion to arrest Dilshod Rahimov, Saidali Nazarzoda, Farrukh Qodirov and Bekzod Ergashev.',
      'Ergashev was detained as he tried to cross the border.',
    ]);
    for (const name of ['Dilshod Rahimov', 'Saidali Nazarzoda', 'Farrukh Qodirov', 'Bekzod Ergashev'])
      expect(person(a, name)).toBeDefined();
    const b = article('Court jails two men', ['The court said Tolib Qodirzoda was sentenced to ten years.']);
    expect(person(b, 'Tolib Qodirzoda')).toBeDefined();
  });

  it('reads an unknown name set off after "the man charged …" as a person', () => {
    const a = article('Man arrested after attack on mayor', [
      'The man charged in that case, Ogawa Daisuke, is awaiting trial.',
    ]);
    expect(person(a, 'Ogawa Daisuke')).toBeDefined();
  });

  it('reads an unknown name with a particle ("de") before "who" as a person', () => {
    const a = article('Police arrest suspects', [
      'The investigation found that Élcio de Azevedo, who drove the car, had signed a plea deal.',
    ]);
    expect(person(a, 'Élcio de Azevedo')).toBeDefined();
  });
});

describe('who took part in an arrest, a coup or a prisoner exchange', () => {
  it('counts the arrested, not those who comment on the arrest', () => {
    const a = article('Man arrested after attack on mayor', [
      'LISBON, May 3 (Xinhua) -- A man threw a bottle at Mayor Ana Costa during a rally on Saturday.',
      'Police arrested Rui Tavares Lopes, 31, at the scene.',
      'Interior Minister Jorge Pinto told reporters that security for public events would be reviewed.',
    ]);
    expect(person(a, 'Rui Tavares Lopes')?.participant).toBe(true);
    expect(person(a, 'Jorge Pinto')?.participant).toBe(false);
  });

  it('does not count people arrested "earlier in the case", nor a politician quoted about it', () => {
    const a = article('Agency arrests party leader in bribery case', [
      'The agency on Thursday arrested opposition leader Karan Mehta in a bribery case.',
      'Two of his aides, Ravi Joshi and Amit Rao, were arrested earlier in the case and are in custody.',
      'Congress leader Vikram Sethi said the arrest was a political vendetta.',
    ]);
    expect(person(a, 'Karan Mehta')?.participant).toBe(true);
    expect(person(a, 'Ravi Joshi')?.participant).toBe(false);
    expect(person(a, 'Vikram Sethi')?.participant).toBe(false);
  });

  it('counts the suspects a court remands "until" a later date', () => {
    const a = article('Court arrests three suspects in attack', [
      'A court on Sunday remanded three suspects in the attack in custody, its press service said.',
      'The court granted the motion to arrest Dilshod Rahimov, Saidali Nazarzoda and Bekzod Ergashev until July 22.',
    ]);
    for (const name of ['Dilshod Rahimov', 'Saidali Nazarzoda', 'Bekzod Ergashev'])
      expect(person(a, name)?.participant).toBe(true);
  });

  it('counts neither the chief who reported the arrests to the president nor the president', () => {
    const a = article('Court arrests three suspects in attack', [
      'A court on Sunday remanded three suspects in the attack in custody.',
      'Security Service Director Pavel Sokolov reported to President Oleg Marin that 11 people had been detained.',
    ]);
    expect(person(a, 'Pavel Sokolov')?.participant).toBe(false);
    expect(person(a, 'Oleg Marin')?.participant).toBe(false);
  });

  it('does not count a leader who thanked "the countries that took part"', () => {
    const a = article('Prisoner exchange held at airport', [
      'Two countries exchanged prisoners at an airport on Thursday.',
      'President Mark Dalton thanked the countries that took part, calling the release a diplomatic success.',
    ]);
    expect(person(a, 'Mark Dalton')?.participant).toBe(false);
  });

  it('counts one whose release a prisoner exchange secured', () => {
    const a = article('Prisoner exchange held at airport', [
      'ANKARA, Aug. 1 (Xinhua) -- Two countries exchanged prisoners at an airport on Thursday.',
      'One side in return secured the release of Pavel Orlov, who was serving a life sentence.',
    ]);
    expect(person(a, 'Pavel Orlov')?.participant).toBe(true);
  });
});

describe('the signatories of a truce', () => {
  it('counts a spokesman who signs for his side, and does not place him in the capital where it is signed', () => {
    const a = article(
      'Government, rebels agree to end hostilities',
      [
        'The government and the rebel front on Wednesday signed an agreement to end hostilities.',
        'The deal was signed in the South African capital Pretoria by Abebe Kebede, adviser to the Ethiopian prime minister, and Tadesse Worku, spokesman for the front, at the end of talks.',
      ],
      { dateline: { place: 'NAIROBI', date: 'Nov. 2' } },
    );
    expect(person(a, 'Tadesse Worku')?.participant).toBe(true);
    expect(person(a, 'Tadesse Worku')?.country).not.toBe('South Africa');
  });
});

describe('reactions and mediators at a signing', () => {
  it('does not count a leader who welcomed the deal on Twitter, and counts the members of the mediation panel', () => {
    const a = article('Government, rebels agree to end hostilities', [
      'NAIROBI, Nov. 2 (Xinhua) -- The government and the rebel front on Wednesday signed an agreement to end hostilities.',
      'The mediation panel also included former Zambian President Joseph Banda and former Ghanaian Vice President Ama Mensah.',
      '"Peace is within reach," Prime Minister Tesfaye Alemu said on Twitter.',
    ]);
    expect(person(a, 'Joseph Banda')?.participant).toBe(true);
    expect(person(a, 'Ama Mensah')?.participant).toBe(true);
    expect(person(a, 'Tesfaye Alemu')?.participant).toBe(false);
  });
});

describe('countries of bare-titled officials in a national agency’s story', () => {
  /** The country `name` takes in a story `source` filed from `place` with these paragraphs. */
  const countryIn = (source: string, place: string, paragraphs: string[], name: string) =>
    person(article('Officials act', paragraphs, { source, dateline: { place, date: 'May 9' } }), name)
      ?.country;

  it('does not take the nationality of the venue where they sign, nor of troops in reported words', () => {
    const signing = [
      'The defense chiefs of the three countries signed a memorandum on Sunday.',
      "Defense Minister Kim Do-hyun, U.S. Defense Secretary Mark Reed and Japanese Defense Minister Ken Sato signed it in Tokyo at the Japanese defense ministry, according to Seoul's defense ministry.",
    ];
    expect(countryIn('Yonhap', 'TOKYO', signing, 'Kim Do-hyun')).toBe('South Korea');
    const front = [
      'The commander visited the brigades on Tuesday.',
      'Meanwhile, Taras Hrytsenko, commander of the eastern group of troops, said fierce fighting continued near the town, where Russian forces were attacking.',
    ];
    expect(countryIn('Ukrinform', 'KYIV', front, 'Taras Hrytsenko')).toBe('Ukraine');
  });

  it('does not take the country across a border, nor the capital an ambassador is sent to', () => {
    const border = [
      'A court has arrested four suspects.',
      'Security Service Director Pavel Sokolov said the suspects were caught near the border with Ukraine.',
    ];
    expect(countryIn('TASS', 'MOSCOW', border, 'Pavel Sokolov')).toBe('Russia');
    const cable = [
      'A Pakistani court jailed a former prime minister on Tuesday.',
      'The case centres on a cable sent by the then ambassador to Washington, Tariq Aziz Malik.',
    ];
    expect(countryIn('Reuters', 'ISLAMABAD', cable, 'Tariq Aziz Malik')).not.toBe('United States');
  });
});

describe('the dead in a prisoner exchange', () => {
  it('does not count the victim of the crime a freed prisoner was jailed for', () => {
    const a = article('Prisoner exchange held at airport', [
      'ANKARA, Aug. 1 (Xinhua) -- Two countries exchanged prisoners at an airport on Thursday.',
      'One side secured the release of Pavel Orlov, jailed for the killing of an exiled dissident, Aslan Beridze, in a park.',
    ]);
    expect(person(a, 'Aslan Beridze')?.participant).toBe(false);
    // Nor a second victim named after the first.
    const c = article('Police arrest suspected masterminds of murder', [
      'Police arrested Carlos Meireles on Sunday on suspicion of ordering the murder of councillor Rita Sousa and her driver, Joao Prado, in 2018.',
    ]);
    expect(person(c, 'Joao Prado')?.participant).toBe(false);
    // Not one named after the comma who acts: "After the murder of the journalist, Minister X vowed …".
    const b = article('Minister vows action after murder', [
      'After the murder of the journalist, Interior Minister Tom Hale vowed to find the killers.',
    ]);
    expect(person(b, 'Tom Hale')?.participant).toBe(true);
  });
});

describe('an election count', () => {
  it('gives a role set off between two names to the second, and counts the rival named in the lede', () => {
    const a = article('Candidate wins runoff with 16 million votes', [
      'Reza Karimi has won the runoff with 16 million votes against 13 million for his rival Hamid Tabrizi, the spokesman of the election headquarters, Ali Nouri, announced.',
    ]);
    expect(person(a, 'Hamid Tabrizi')?.roles).toEqual([]);
    expect(person(a, 'Hamid Tabrizi')?.participant).toBe(true);
    expect(person(a, 'Ali Nouri')?.roles).toEqual(['spokesman of the election headquarters']);
  });

  it('counts the minister who oversaw the count and a leader who cast his ballot', () => {
    const a = article('Candidate wins runoff with 16 million votes', [
      'Reza Karimi has won the runoff with 16 million votes, officials said.',
      'Interior Minister Hamid Sadeghi, who oversaw the count through the night, thanked voters.',
      'Supreme Leader Ayatollah Kazem Rahimi cast his ballot at a polling station in the capital.',
    ]);
    expect(person(a, 'Hamid Sadeghi')?.participant).toBe(true);
    expect(person(a, 'Kazem Rahimi')?.participant).toBe(true);
  });
});

describe('an army chief’s visit to the front', () => {
  it('does not count a commander quoted after "Meanwhile," about fighting elsewhere', () => {
    const a = article('Army chief visits front-line brigades', [
      'Commander-in-Chief Ivan Melnyk visited front-line brigades on Tuesday.',
      '"The situation is difficult," Melnyk said.',
      'Meanwhile, Taras Hrytsenko, commander of the southern group of troops, said fighting continued near the river.',
    ]);
    expect(person(a, 'Taras Hrytsenko')?.participant).toBe(false);
  });
});
