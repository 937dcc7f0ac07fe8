// Organisations and places (session 21): faults a reader of the sidebar notices, found on the newest held-out rounds.
import { describe, expect, it } from 'vitest';
import { orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');

describe('seats of government', () => {
  it('reads a seat as its government when it is quoted, has an office or names the office won again', () => {
    expect(
      entities(
        'The two leaders have spoken twice since Morgan returned to the White House in January.',
        'According to the Kremlin, the call lasted an hour.',
        'The talks were attended by White House Coordinator for Trade Dana Pell.',
      ),
    ).toEqual({ organizations: ['White House', 'Kremlin'], places: ['Beijing'] });
    // A visit to the building is a place.
    expect(entities('Morgan received the delegation at the White House on Friday.')).toEqual({
      organizations: [],
      places: ['Beijing', 'White House'],
    });
  });
});

describe('portfolios', () => {
  it("names no body in a minister's portfolio, before the title or after its for", () => {
    expect(
      entities(
        'Digital Transformation Minister Taro Mori and Communications and Informatics Minister Budi Santoso met.',
        'Kwan, the Secretary for Financial Services, said the bond sale would deepen the market.',
        'The Minister of State for Petroleum Resources, John Okoro, said output would rise.',
      ).organizations,
    ).toEqual([]);
    // A body the minister answers for is still named after "for the".
    expect(entities('Ana Ruiz, the Minister for the Council of Ministers, said so.').organizations).toEqual([
      'Council of Ministers',
    ]);
  });
});

describe('places of two words and currencies', () => {
  it('reads a compass point and the region after it as one place', () => {
    expect(entities('They discussed the situation in Ukraine and West Asia.').places).toEqual([
      'Beijing',
      'Ukraine',
      'West Asia',
    ]);
    // A province of a word of no English, also before a governor's title, where it is no employer.
    expect(
      entities('He met East Valoria Governor Ana Moto, a former mayor of West Tavanu, on Monday.'),
    ).toEqual({ organizations: [], places: ['Beijing', 'East Valoria', 'West Tavanu'] });
  });

  it('names no country in a currency written "US$"', () => {
    expect(entities('The firm is valued at 1.48 trillion rupees (US$17.6 billion).').places).toEqual([
      'Beijing',
    ]);
  });
});

describe('bodies of bodies and forums', () => {
  it("names a body's own body on its own after the possessive", () => {
    expect(
      entities(
        "In a split vote, the Central Bank's Monetary Policy Committee cut the rate.",
        'The Bank of Norland’s Monetary Policy Committee voted 5 to 2 on Wednesday.',
      ).organizations,
    ).toEqual(['Central Bank', 'Monetary Policy Committee', 'Bank of Norland']);
    // A possessive inside one name stays in it.
    expect(
      entities("The Standing Committee of Norland's National People's Congress met.").organizations,
    ).toEqual(["Standing Committee of Norland's National People's Congress"]);
  });

  it('reads a forum that holds a meeting or an event as a body', () => {
    expect(
      entities(
        'He spoke at the Lakeside Economic Forum annual meeting on Tuesday.',
        'She spoke at the Harbour Trade Forum event.',
      ).organizations,
    ).toEqual(['Lakeside Economic Forum', 'Harbour Trade Forum']);
  });
});

describe('centres', () => {
  it('reads a centre named with its work as a body, one named with what it hosts as a venue', () => {
    expect(
      entities(
        "The rocket lifted off from the Norland Space Agency's Tamar Launch Center on Monday.",
        'The Lakeland Centres for Disease Control said cases had doubled.',
        'The summit opened at the Norland Convention Centre in the capital.',
      ),
    ).toEqual({
      organizations: ['Norland Space Agency', 'Tamar Launch Center', 'Lakeland Centres for Disease Control'],
      places: ['Beijing', 'Norland Convention Centre'],
    });
  });
});

describe('written forms of places', () => {
  it('reads a country with an elided particle as one place, with either apostrophe', () => {
    expect(entities("He will also visit Togo and Cote d'Ivoire.").places).toEqual([
      'Beijing',
      'Togo',
      'Ivory Coast',
    ]);
    expect(entities('Cote d’Ivoire and Ghana signed the deal.').places).toEqual([
      'Beijing',
      'Ivory Coast',
      'Ghana',
    ]);
  });

  it('names no place in a time zone', () => {
    expect(
      entities('The rocket lifted off at 4:27 a.m. (Moscow Time), or 3:36 p.m. Tokyo time, from the site.')
        .places,
    ).toEqual(['Beijing']);
  });
});

describe('subheadings', () => {
  it('names no place or body by the head word of a subheading in capitals', () => {
    expect(
      entities(
        'The bloc condemned the coup.',
        'MEDIATION UNDER WAY',
        'TALKS RESUME',
        'The Lakeland Commission said it would send envoys.',
      ),
    ).toEqual({ organizations: ['Lakeland Commission'], places: ['Beijing'] });
  });
});

describe('words that name no place', () => {
  it('reads a place\'s head alone before a title, or after "the", as no place', () => {
    expect(
      entities(
        'The vote was announced by House Speaker Ana Moto and watched by U.S. District Judge Tom Reyes.',
        'Ming, who was visiting the Kingdom, also met traders.',
      ).places,
    ).toEqual(['Beijing', 'United States']);
  });

  it('names no place in a deity', () => {
    expect(
      entities('We give glory to Almighty Allah for their return, praying to God for the injured.').places,
    ).toEqual(['Beijing']);
  });
});

describe('bodies beside titles', () => {
  it("keeps a body's name apart from the title and rank after it", () => {
    expect(
      entities(
        'He met Lakeland Armed Forces Chief of Staff Ali Nouri on Monday.',
        'Talks were held with the Chief of Staff of the Norland Armed Forces Major General Tom Reyes.',
      ).organizations,
    ).toEqual(['Lakeland Armed Forces', 'Norland Armed Forces']);
  });

  it('reads a command named with a compass point as a body, and a platform spoken through as none', () => {
    expect(
      entities(
        'The drill was launched by the Eastern Theater Command on Monday.',
        'Fighting on the Western Front resumed.',
        'The governor congratulated the crew, saying on Twitter that it was historic.',
      ).organizations,
    ).toEqual(['Eastern Theater Command']);
  });
});
