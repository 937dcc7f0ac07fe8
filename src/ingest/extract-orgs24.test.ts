// Organisations and places (session 24): faults a reader of the sidebar notices, found on the held-out rounds.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import { extractionUnder, orgsAndPlacesUnder, personIn, testArticle } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const extraction = extractionUnder('Officials review the response');

describe('parties named with no cue word', () => {
  it('lists a party opening a sentence before its leader when the story writes it mid-sentence too', () => {
    expect(
      entities(
        'The premier was backed by the left-wing platform Tamsa and two regional parties.',
        'Tamsa leader Ilse Varnam said the coalition would raise wages.',
      ).organizations,
    ).toEqual(['Tamsa']);
  });

  it('leaves a capitalised word opening a sentence before a leader alone', () => {
    const found = extraction('Opposition leader Tomas Verhaar criticised the deal.');
    expect(found.organizations).toEqual([]);
    expect(personIn(found, 'Tomas Verhaar')?.roles).toEqual(['Opposition leader']);
  });

  it('lists initials that spell an English word before their leader, even opening a sentence', () => {
    expect(entities('ACT leader Daniel Seyler will take over as deputy premier.').organizations).toEqual([
      'ACT',
    ]);
  });

  it('lists mixed-case initials defined beside a party once, by the long form', () => {
    expect(
      entities(
        'He ran as an independent backed by the national-conservative Homeland Union (OiS) party.',
        'On Monday OiS leader Jan Kowal hailed the result.',
      ).organizations,
    ).toEqual(['Homeland Union']);
  });
});

describe("a party in brackets after a person's name", () => {
  it('lists initials or a one-word name in brackets after a person as their party', () => {
    expect(
      entities(
        'Mayor Ana Reis (MDB) was re-elected on Sunday, beating Tiago Lobo (PSOL), according to the Electoral Court.',
        'She thanked the governor, Rui Dias (Republicanos), who campaigned for her.',
      ).organizations,
    ).toEqual(['MDB', 'PSOL', 'Electoral Court', 'Republicanos']);
  });

  it('keeps a country in brackets after a person a place, and lists a party named later with its kind once', () => {
    const found = extraction(
      'The envoy Ana Reis (Portugal) met Minister Vilho Kaarna (Finns) on Friday.',
      'The Finns Party leader Riia Sulo thanked him.',
    );
    expect(found.organizations).toEqual(['Finns Party']);
    expect(found.places).toContain('Portugal');
  });
});

describe('titles of two words', () => {
  it("lists no body for the first word of 'Ceann Comhairle' or 'Menteri Besar'", () => {
    const found = extraction(
      'The sitting was suspended by Ceann Comhairle Orla Brannagh.',
      'The state was represented by Johor Menteri Besar Datuk Aziz Rahmat.',
    );
    expect(found.organizations).toEqual([]);
    expect(personIn(found, 'Orla Brannagh')?.roles).toEqual(['Ceann Comhairle']);
    expect(personIn(found, 'Aziz Rahmat')?.roles).toEqual(['Johor Menteri Besar']);
    expect(found.places).toContain('Johor');
  });
});

describe('places in the headline', () => {
  it("reads a region of two words in the headline as one place, not its last word's country", () => {
    const headline = orgsAndPlacesUnder('Chancellor seeks lithium deal at start of Latin America tour');
    expect(headline('The chancellor said the talks went well.').places).toEqual(['Beijing', 'Latin America']);
  });
});

describe('stops of a route written with dashes', () => {
  it('lists each end of a hyphenated route before its route noun', () => {
    expect(
      entities('The Norvik-Dalmora railway and the Tessin-Valbrun national highway were discussed.').places,
    ).toEqual(['Beijing', 'Norvik', 'Dalmora', 'Tessin', 'Valbrun']);
  });

  it("lists every stop of a route with spaced dashes, a name holding a person's word included", () => {
    expect(
      entities(
        'Officials met Secretary Dang Minh Phong on Monday.',
        'They will link the Kestrel – Lao Vinh – Hai Phong standard-gauge railway with the Orvan – Belo line.',
      ).places,
    ).toEqual(['Beijing', 'Kestrel', 'Lao Vinh', 'Hai Phong', 'Orvan', 'Belo']);
  });

  it('reads no places from dashes that close no route, nor from a nationality alone', () => {
    expect(
      entities(
        'The Norvik-Dalmora talks ended.',
        'The Kestrel – Orvan meeting was short, and the Lao – Thai railway was discussed.',
      ).places,
    ).toEqual(['Beijing']);
  });
});

describe('the dateline', () => {
  it('keeps the place a story was filed from when the story names the body there', () => {
    const article = testArticle(
      'Council backs truce plan',
      ['The UN Security Council on Monday adopted a resolution drafted by the United Nations envoy.'],
      { dateline: { place: 'UNITED NATIONS', date: 'June 10' } },
    );
    expect(extractEntities(article, emptyKnowledge).places).toEqual(['United Nations']);
  });
});

describe("a governor's state", () => {
  it("reads the name before a governor's title, or after 'governor of', as a place", () => {
    const found = extraction(
      'Okon Ebiri was sworn in as the Governor of Osaro on Tuesday.',
      'Former Tavira Gov. Rui Manso, who lost his post in June, won again, and Marvale Governor Ana Pires congratulated him.',
    );
    expect(found.places).toEqual(['Beijing', 'Osaro', 'Tavira', 'Marvale']);
    expect(found.organizations).toEqual([]);
  });

  it("keeps a central bank before its governor's title a body", () => {
    expect(
      entities('The RBI Governor Anil Dasu and Riksbank Governor Erik Thelin spoke on Monday.').organizations,
    ).toEqual(['RBI', 'Riksbank']);
  });
});

describe('capitals the gazetteer lacks', () => {
  it('lists a capital the country rules know when the story names it with no preposition', () => {
    expect(
      entities(
        "The minister said Moscow appreciates Vientiane's balanced position.",
        'Western governments accuse Kigali of backing the rebels.',
      ).places,
    ).toEqual(['Beijing', 'Moscow', 'Vientiane', 'Kigali']);
  });
});

describe('venues', () => {
  it('lists a hall inside a palace named on its own as two places, and a hall of no building as one', () => {
    expect(
      entities(
        'The ambassadors presented their credentials in the Orlov Hall of the Grand Tavrin Palace.',
        'The talks were held at the Great Hall of the Nation.',
      ).places,
    ).toEqual(['Beijing', 'Orlov Hall', 'Grand Tavrin Palace', 'Great Hall of the Nation']);
  });
});

describe('adjectives before a body or a leader', () => {
  it('lists no body for an adjective of a creed, a movement or a people', () => {
    expect(
      entities(
        'He led the Islamist group Tahrir al-Nur before the war.',
        'His Peronist coalition is divided, said Indigenous leader Raoni Teko.',
      ).organizations,
      // The group the adjective describes is a body by its name ("the Islamist group X"; round 75's "investment firm
      // X Y"); the adjectives are none.
    ).toEqual(['Tahrir al-Nur']);
  });
});

describe('adjectives of regions', () => {
  it("reads no place or body from a region's adjective", () => {
    const found = extraction(
      'The premier was backed by Catalan, Basque, Galician and Canarian parties.',
      'He met Bavarian Premier Max Order in the Bavarian state parliament, where many work in Bavaria.',
    );
    expect(found.places).toEqual(['Beijing', 'Bavaria']);
    expect(found.organizations).toEqual([]);
  });
});

describe('a grouping named as a country', () => {
  it("lists a country's name in capitals before 'bloc' as the grouping, not the country", () => {
    const real = entities('He mocked the protests of the opposition INDIA bloc in the capital.');
    expect(real.organizations).toEqual(['INDIA']);
    expect(real.places).toEqual(['Beijing']);
  });
});

describe('numbered venues', () => {
  it("lists a venue numbered after its kind, and the building of its 'of' complement on its own", () => {
    expect(entities('The talks were held in Villa 7 of the Tarnow State Guesthouse.').places).toEqual([
      'Beijing',
      'Villa 7',
      'Tarnow State Guesthouse',
    ]);
  });
});

describe("a party after its leader's or members' 'of'", () => {
  it('lists the name after a leader or members of a party as the party', () => {
    expect(
      entities(
        'Outgoing premier Tom Hale, the leader of Fianna Dubh, congratulated him.',
        'The coalition joins the Flemish socialists of Vooruk and the Christian democrats of CD&N.',
      ).organizations,
    ).toEqual(['Fianna Dubh', 'Vooruk', 'CD&N']);
  });

  it("reads places, not parties, after 'leader of' a country or 'the leaders of' provinces", () => {
    const found = extraction(
      'He thanked the leader of Germany and met the leaders of Tarlac and Pampanga provinces.',
    );
    expect(found.organizations).toEqual([]);
    expect(found.places).toEqual(['Beijing', 'Germany', 'Tarlac', 'Pampanga']);
  });
});

describe('a province named with and without its noun', () => {
  it('lists one province by its long form, whichever comes first, but keeps a city apart from its region', () => {
    expect(
      entities(
        'Officials in Tamsun said exports grew.',
        'The delegation toured Tamsun Province and then the Moscow Region, leaving Moscow on Friday.',
      ).places,
    ).toEqual(['Beijing', 'Tamsun Province', 'Moscow Region', 'Moscow']);
  });
});

describe('a story cut off mid-word', () => {
  it('reads no place from the fragment the story ends on', () => {
    expect(entities('He welcomed envoys of some twenty states, three of them from Scandin').places).toEqual([
      'Beijing',
    ]);
  });
});
