// Organisations and places (session 19): legislatures, cabinets and parties the session-18 rules missed.
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-people.ts';
import { emptyKnowledge } from '../common/dataset.ts';
import { orgsAndPlacesUnder, testArticle } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');

const organizations = (...paragraphs: string[]): string[] => entities(...paragraphs).organizations;

describe('legislatures and cabinets', () => {
  it('finds legislatures known by words of their own language', () => {
    expect(
      organizations(
        'Opposition lawmaker Tomas Verde told the Lok Sabha on Monday that the bill was rushed.',
        'The pact must still be ratified by the Japanese Diet.',
      ),
    ).toEqual(['Lok Sabha', 'Japanese Diet']);
    // A legislature is a body, not the place a vote is held in.
    expect(entities('Ana Byrne was elected by 80 votes to 61 in the Dáil on Thursday.')).toEqual({
      organizations: ['Dáil'],
      places: ['Beijing'],
    });
    // One word that may be a town's name counts only as "the Dáil".
    expect(entities('Local officials in Dail said 2,000 residents took part.').organizations).toEqual([]);
  });

  it('finds a legislature by its head alone at a sentence start and before a title', () => {
    expect(organizations('Congress leader Arjun Mehta said the vote was unfair.')).toEqual(['Congress']);
    expect(organizations('The session was opened by Senate President Ade Bello on Monday.')).toEqual([
      'Senate',
    ]);
  });

  it('finds a capitalised Cabinet or Government standing alone, not in a title', () => {
    expect(
      organizations(
        'Prime Minister Rhys Caldor announced a reshuffle of his Cabinet on Friday.',
        'Caldor said the Government would compensate the families.',
      ),
    ).toEqual(['Cabinet', 'Government']);
    expect(
      organizations(
        'Chief Cabinet Secretary Ken Oda spoke on Monday.',
        'Head of Government Lina Marsh said aid was coming.',
        'Government spokesman Ali Darwen said the roads were open.',
      ),
    ).toEqual([]);
  });
});

describe('parties named in another language', () => {
  it('finds a name followed by initials its English words cannot give', () => {
    expect(
      organizations(
        'Lena Vogt, leader of the Christian Democrats (CVU), said the talks went well.',
        'The Order and Liberty (ZiS) party backed Piotr Lanek in the runoff.',
        'A delegation of Veltramar (VTM) lawmakers arrived on Monday.',
        'Later the CVU and the VTM issued a joint statement.',
      ),
    ).toEqual(['Christian Democrats', 'Order and Liberty', 'Veltramar']);
    // The credited agency's own service is no body of the story.
    const footer = extractEntities(
      testArticle(
        'Officials review the response',
        ['Only part of the stories is offered in the KA News Broadcasting System (HIS).'],
        { source: 'Kestrel Agency' },
      ),
      emptyKnowledge,
    ).organizations;
    expect(footer).toEqual([]);
    // Initials an English name gives are left to the rules on defined acronyms.
    expect(
      organizations(
        'The Intercontinental Ballistic Missile (ICBM) test was condemned.',
        'Work on the Kota Rendah-Selat Rapid Transit System (RTS) link goes on.',
      ),
    ).toEqual([]);
  });
});

describe('the body a person or an office belongs to', () => {
  it('finds the one word after "X of the" or "head of the"', () => {
    expect(
      organizations(
        'Anna Berg of the Greens, whose votes are needed, criticised the plan.',
        'Karl Ost, head of the KVP, and Berg spoke later.',
      ),
    ).toEqual(['Greens', 'KVP']);
    expect(organizations('Polls put the VLP and its sister party, the KVP, ahead.')).toEqual(['KVP']);
    // A name that qualifies a lower-case noun is no body of its own.
    expect(
      organizations('Dong-ho Park, chief of the Tanmoor fire station, told reporters it was a bird strike.'),
    ).toEqual([]);
  });
});

describe('acronyms', () => {
  it('finds an acronym before a capitalised title and a person', () => {
    expect(organizations('On Saturday, KGV Director Anton Belov reported that four men were held.')).toEqual([
      'KGV',
    ]);
    // A style of address is no body.
    expect(organizations('HM King Tomas III visited the hospital on Tuesday.')).toEqual([]);
  });

  it('keeps a body once when its initials, written inside its name or seven letters long, are used alone', () => {
    // Initials written inside a longer name stand for their own body (session 23: the README's "(PLA) Navy … the
    // PLA's experience" lists both), which is listed beside the longer one.
    expect(
      organizations(
        'Lin Bo, general secretary of the Workers Party of Norland (WPN) Central Committee, arrived.',
        'Lin thanked the WPN for its support.',
        'The WPN Central Committee meets in May.',
      ),
    ).toEqual(['Workers Party of Norland Central Committee', 'Workers Party of Norland']);
    expect(
      organizations(
        'Leaders of the Andean Island Community (ANDISCO) met on Thursday.',
        'ANDISCO Secretary-General Maria Felix said the talks went well.',
      ),
    ).toEqual(['Andean Island Community']);
  });

  it('keeps ASEAN once beside its long form, whose initials it does not follow', () => {
    expect(
      organizations(
        'Ministers of the Association of Southeast Asian Nations met on Friday.',
        'Lavin last attended the ASEAN foreign ministers meeting in 2023.',
      ),
    ).toEqual(['Association of Southeast Asian Nations']);
  });

  it("reads 'for' on after the 'of' complement of a body's head", () => {
    expect(
      organizations(
        'She was banned on Monday by the Court of Arbitration for Sport.',
        'CAS Secretary General Lena Moor said the panel was unanimous.',
      ),
    ).toEqual(['Court of Arbitration for Sport']);
  });
});

describe('papers, channels and employers', () => {
  it("finds a paper's or a channel's name beside its medium", () => {
    expect(
      organizations(
        'Orlov said in an interview with the Vostok-12 TV channel that the probe was lost.',
        'Orlov later told the Novaya Strela newspaper it had been a hard blow.',
        'In a statement read on state television Radio Kanem, the officers said the vote was void.',
      ),
    ).toEqual(['Vostok-12', 'Novaya Strela', 'Radio Kanem']);
    // A platform someone speaks through, a place beside a medium.
    const found = organizations(
      'The envoy wrote on his Telegram channel that the talks were useful.',
      'A Moscow newspaper reported the talks.',
    );
    expect(found).not.toContain('Telegram');
    expect(found).not.toContain('Moscow');
  });

  it('reads the name after "an economist at" as the employer, not a place', () => {
    expect(entities('Tao Lin, a senior economist at Vardenbank, said the cuts were deep.')).toEqual({
      organizations: ['Vardenbank'],
      places: ['Beijing'],
    });
  });
});

describe('movements and fronts; a headline name that is a person', () => {
  it('reads Movement and Front as heads of a body, not a war front', () => {
    expect(
      organizations(
        'Tomas Ruiz of the leftist Broad Front coalition won the runoff.',
        'The Olympic Movement is united, Ruiz said.',
        'Troops on the Western Front held their lines.',
      ),
    ).toEqual(['Broad Front', 'Olympic Movement']);
  });

  it('reads Command, Guard and Force as heads of armed bodies', () => {
    expect(
      organizations(
        'Adm. Tom Vale, commander of the Pacific Rim Command, attended.',
        'Five crew members of a Norland Coast Guard plane were killed, and the Republican Guard lined the square.',
        'Vela, a colonel in the Norland Air Force, is the pilot.',
      ),
    ).toEqual(['Pacific Rim Command', 'Norland Coast Guard', 'Republican Guard', 'Norland Air Force']);
  });

  it("names a body after a possessive when it has an 'of' complement, and a refinery", () => {
    expect(
      organizations(
        "Myanmar sent Tin Aung, a senior official of the country's Ministry of Foreign Affairs.",
        'The deal was signed with the Okafor Petroleum Refinery.',
        "The party's Central Committee met on Monday.",
      ),
    ).toEqual(['Ministry of Foreign Affairs', 'Okafor Petroleum Refinery']);
  });

  it("takes no place from a headline word that is a person's name", () => {
    const { places } = extractEntities(
      testArticle('Kingston elected first woman to lead the committee', [
        'Marla Kingston was elected on Thursday, the committee said.',
      ]),
      emptyKnowledge,
    );
    expect(places).toEqual(['Beijing']);
  });
});

describe('parties in power and clubs', () => {
  it('finds the body before "-led" or "-ruled", not a country, a nationality or a region', () => {
    expect(
      organizations(
        'The pressure came from the Harapan Raya-led government and the KNP-ruled states.',
        'The U.S.-led coalition, Saudi-backed forces and a Pacific-led plan were discussed.',
      ),
    ).toEqual(['Harapan Raya', 'KNP']);
  });

  it('finds a name of unknown words before "government"', () => {
    expect(
      organizations('Lim Wei was Health Minister in the Barisan Jaya government led by Tan Ong.'),
    ).toEqual(['Barisan Jaya']);
    expect(
      organizations(
        'The Hong Kong Special Administrative Region (HKSAR) sent a team.',
        'Lee praised the HKSAR government and the first Dutch-Brazilian government consultations.',
      ),
    ).toEqual([]);
  });

  it("finds a party of two words before its leader at a sentence's start", () => {
    expect(organizations('Sinn Dala leader Maire Quinn said the vote was a disgrace.')).toEqual([
      'Sinn Dala',
    ]);
  });

  it('finds a club named after its descriptor', () => {
    expect(organizations('Ana Solis, 34, now plays for Mexican club Toros.')).toEqual(['Toros']);
  });
});

describe('the body someone plays for, joins or belongs to', () => {
  it('finds a club after "plays for" and "joined", not a national side', () => {
    expect(
      entities(
        'Defender Park Jun-ho, who plays for Vardar Skopje, anchored the back line.',
        'Rui Matos, who joined Al Wahda in January, scored twice, and Tomas Vidal played for Brazil.',
      ),
    ).toEqual({ organizations: ['Vardar Skopje', 'Al Wahda'], places: ['Beijing', 'Brazil'] });
  });

  it('finds a name of two words after a person\'s "of", not a place', () => {
    expect(
      entities(
        'Jorge Ruiz of Partido Verdadero got 10% of the vote.',
        'Mia Roth of New Zealand came second.',
      ),
    ).toEqual({ organizations: ['Partido Verdadero'], places: ['Beijing', 'New Zealand'] });
  });
});

describe('a body beside another', () => {
  it('finds a word of no English joined by "and" to a body', () => {
    expect(
      organizations(
        'The European Union and Andesur on Friday concluded talks on a trade deal.',
        'Delays in deliveries from Boeing and Veltair were the main constraint.',
      ),
    ).toEqual(['European Union', 'Andesur', 'Boeing', 'Veltair']);
  });
});

describe('countries among places', () => {
  const places = (...paragraphs: string[]): string[] => entities(...paragraphs).places;

  it('keeps a country beside the city or the canal named after it', () => {
    expect(
      places(
        'Ana Ruiz was sworn in as Mexico City mayor on Thursday.',
        'She said Mexico would not pay for the wall.',
      ),
    ).toEqual(['Beijing', 'Mexico City', 'Mexico']);
    // A headline that names the country only inside the city's name does not name the country.
    const { places: named } = extractEntities(
      testArticle('Ruiz sworn in as Mexico City mayor', [
        'Ana Ruiz took the oath in Mexico City on Thursday.',
      ]),
      emptyKnowledge,
    );
    expect(named).toEqual(['Beijing', 'Mexico City']);
  });

  it('reads a country written with a hyphen as one place', () => {
    expect(places('Timor-Leste Prime Minister Jose Belo attended as an observer.')).toEqual([
      'Beijing',
      'Timor Leste',
    ]);
  });

  it("reads a name of unknown words before a venue's or a feature's lower-case noun as a place", () => {
    expect(
      places(
        'The urn was carried into the Kobuden hall as a salute was fired.',
        'Ostrava had visited the Rafah crossing and Kheo Noi village on Friday.',
      ),
    ).toEqual(['Beijing', 'Kobuden', 'Rafah', 'Kheo Noi']);
  });

  it('reads names in a list begun by a place, and after "hometown of" or "the area of"', () => {
    expect(
      places(
        'Fires broke out in Tamzit, Oued Lira, Kessar and Bou Tadla on Monday.',
        'Residents fled the area of Ait Lmor and his hometown of Verlaine.',
      ),
    ).toEqual(['Beijing', 'Tamzit', 'Oued Lira', 'Kessar', 'Bou Tadla', 'Ait Lmor', 'Verlaine']);
  });

  it('knows the countries compromise lacks', () => {
    expect(places('The minister is visiting Namibia, the Republic of the Congo and Chad this week.')).toEqual(
      ['Beijing', 'Namibia', 'Republic of the Congo', 'Chad'],
    );
  });

  it('keeps England, Scotland and Wales as written', () => {
    expect(places('Spain beat England 1-0 in the final in Sydney.')).toEqual([
      'Beijing',
      'Spain',
      'England',
      'Sydney',
    ]);
  });
});
