// Organisations and places (session 23): faults a reader of the sidebar notices, found on the newest held-out rounds.
import { describe, expect, it } from 'vitest';
import { extractionUnder, orgsAndPlacesUnder, personIn } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');
const extraction = extractionUnder('Officials review the response');

describe('bodies named inside longer names', () => {
  it('lists initials written inside a longer name as their own body when used alone, and the longer name once', () => {
    expect(
      entities(
        'Ren Tao, head of the Liaison Office of the Workers Party of Norland (WPN) Central Committee, met the guests.',
        'Ren said the WPN is ready to deepen exchanges.',
        'Mai Lin, deputy head of the Liaison Office of the WPN Central Committee, attended.',
      ).organizations,
    ).toEqual([
      'Liaison Office of the Workers Party of Norland Central Committee',
      'Workers Party of Norland',
    ]);
  });

  it('reads a later name with the initials as the body first named in full', () => {
    expect(
      entities(
        "Ola Berg, chairman of the Grand People's Assembly (GPA) Standing Committee, met them.",
        'Kai Moe, vice chairman of the GPA Standing Committee, was present.',
      ).organizations,
    ).toEqual(["Grand People's Assembly Standing Committee"]);
  });

  it("lists initials closing a body's 'of' complement as that body's when used alone", () => {
    expect(
      entities(
        'The Assembly of the Coastal States Union (CSU) opened on Saturday at the CSU headquarters.',
        'The Norland Defence Forces (NDF) held a parade. The NDF has 9,000 troops.',
      ).organizations,
    ).toEqual(['Assembly of the Coastal States Union', 'Coastal States Union', 'Norland Defence Forces']);
  });

  it('keeps the nationality before the initials in the long form', () => {
    expect(
      entities(
        "The drill is led by the Coastal Command of the Chilean People's Defence Army (PDA) Navy.",
        'The PDA has sent 700 personnel.',
      ).organizations,
    ).toEqual(["Coastal Command of the Chilean People's Defence Army Navy", "Chilean People's Defence Army"]);
  });
});

describe('initials of the words opening a body', () => {
  it("names by those words the body that initials used alone stand for ('the African Union Commission … the AU')", () => {
    expect(
      entities(
        'The Chairperson of the Coastal States Commission condemned the coup.',
        "He expressed the CS's full solidarity with the president.",
      ).organizations,
    ).toEqual(['Coastal States Commission', 'Coastal States']);
  });
});

describe('nationalities', () => {
  it('reads a nationality of two words before a title as no employer', () => {
    const found = extraction('He recalled talks with Costa Rican President Ana Mora in October.');
    expect(found.organizations).toEqual([]);
    expect(personIn(found, 'Ana Mora')).toMatchObject({
      roles: ['Costa Rican President'],
      country: 'Costa Rica',
    });
  });
});

describe('a country before a body', () => {
  it("lists a country of two words before a body's name as a place, and the body without it", () => {
    expect(
      entities("They met a delegation of New Zealand's Rural Reform Alliance (RRA) led by its leader."),
    ).toEqual({ organizations: ['Rural Reform Alliance'], places: ['Beijing', 'New Zealand'] });
  });

  it("lists the country of a body's 'of' complement as a place", () => {
    expect(
      entities("Chen Bo, vice chairman of the Standing Committee of Kenya's Grand Council, attended.").places,
    ).toContain('Kenya');
  });
});

describe('regions and units', () => {
  it('finds the Far East as a region', () => {
    expect(entities("The train carried him to Russia's Far East for talks.").places).toEqual([
      'Beijing',
      'Russia',
      'Far East',
    ]);
  });

  it("names a navy's fleet as a body", () => {
    expect(entities('The drill is run by the Baltic Fleet and the coast guard.').organizations).toEqual([
      'Baltic Fleet',
    ]);
  });
});

describe('events', () => {
  it("reads a numbered congress as one meeting of a series, and keeps the body of its 'of' complement", () => {
    expect(
      entities(
        'It was his first trip abroad since the 21st National Congress of the Labour Party of Norland.',
        "Delegates returned home after the party's 9th National Congress.",
      ).organizations,
    ).toEqual(['Labour Party of Norland']);
  });
});

describe('names joined by "and"', () => {
  it("reads a title's second portfolio as no body, and a ministry's as part of its name", () => {
    expect(
      entities(
        'Ali Nahar, Minister of Fisheries and International Cooperation, spoke.',
        'The Ministry of Fisheries and International Cooperation said prices would fall.',
      ).organizations,
    ).toEqual(['Ministry of Fisheries and International Cooperation']);
  });

  it('keeps a grouping of the states of two regions, and of heads of state and government, in one name', () => {
    expect(
      entities(
        'She took over the presidency of the Union of South American and African States (USAAS) on Friday.',
        'He chairs the Authority of Heads of State and Government of the bloc.',
      ).organizations,
    ).toEqual(['Union of South American and African States', 'Authority of Heads of State and Government']);
  });

  it('reads a Roman numeral before a summit as its number, not a body', () => {
    expect(entities('The leaders met at the close of the IX Summit of the bloc.').organizations).toEqual([]);
    // The bloc the summit is of, named, is a body.
    expect(
      entities('The leaders met at the close of the IX Summit of the Coral Rim Council.').organizations,
    ).toEqual(['Coral Rim Council']);
  });
});

describe('seats of government', () => {
  it('finds a seat before the region its officer covers, and the region', () => {
    expect(
      entities('Officials said White House Middle East coordinator John Harper attended the talks.'),
    ).toEqual({
      organizations: ['White House'],
      places: ['Beijing', 'Middle East'],
    });
  });
});

describe('headline places', () => {
  it("reads no town from a person's hyphenated name in the headline", () => {
    expect(
      orgsAndPlacesUnder('Emir swears in new government headed by Sheikh Ahmad Al-Salem')(
        'The Emir swore in the new government headed by Prime Minister Sheikh Ahmad Nasser Al-Salem on Sunday.',
      ).places,
    ).toEqual(['Beijing']);
  });
});

describe('venues', () => {
  it("finds a venue whose name holds a particle of the people's names, and one after a venue's part", () => {
    expect(
      entities(
        'Sheikh Khalid bin Hamad Al Nuaimi received the delegation at Qasr Al Noor in Doha.',
        'A ceremony was held at the forecourt of Bayt Zahra, where the guest met officials.',
      ).places,
    ).toEqual(['Beijing', 'Qasr Al Noor', 'Doha', 'Bayt Zahra']);
  });
});

describe('provinces', () => {
  it("lists the province or city named in a local body's name", () => {
    expect(
      entities('He received Secretary of the Zhonghe Provincial Party Committee Wang Ping in Hanoi.').places,
    ).toEqual(['Beijing', 'Zhonghe', 'Hanoi']);
  });

  it('lists every name of a list closed by a plural place noun', () => {
    expect(entities('He met the leaders of Bac Tam, Nam Kieu and Dong Vinh provinces.').places).toEqual([
      'Beijing',
      'Bac Tam',
      'Nam Kieu',
      'Dong Vinh',
    ]);
  });
});

describe('destinations', () => {
  it('reads the name after a departure\'s "for" as a place', () => {
    expect(
      entities('The prime minister later left for Valdora, where the king will receive him.').places,
    ).toEqual(['Beijing', 'Valdora']);
  });
});

describe('countries named with "and"', () => {
  it('keeps a country whose name holds "and" in one place', () => {
    expect(
      entities(
        'He flew to Trinidad and Tobago and then to Bosnia and Herzegovina.',
        'In neighbouring St Vincent and the Grenadines, the prime minister spoke.',
      ).places,
    ).toEqual([
      'Beijing',
      'Trinidad and Tobago',
      'Bosnia and Herzegovina',
      'Saint Vincent and the Grenadines',
    ]);
  });
});

describe('rooms of a seat of government', () => {
  it('lists a room where leaders meet as a venue, though an office heads its name', () => {
    expect(entities('The two leaders met in the Oval Office before lunch in the Cabinet Room.')).toEqual({
      organizations: [],
      places: ['Beijing', 'Oval Office', 'Cabinet Room'],
    });
  });
});

describe('regions with a lower-case noun', () => {
  it('finds a region written with a lower-case noun after its adjective', () => {
    expect(entities('They discussed stability on the Korean peninsula on Monday.').places).toEqual([
      'Beijing',
      'Korean peninsula',
    ]);
  });
});

describe('federal states', () => {
  it("lists a state named by its capital as a place, also after a governor's 'of' and before a title", () => {
    expect(
      entities(
        'Gov. Ade Bello of Kano State announced the release on Sunday.',
        'Lagos State Governor Tunde Ojo said the port would help.',
      ),
    ).toEqual({ organizations: [], places: ['Beijing', 'Kano State', 'Lagos State'] });
  });
});

describe("parties' factions", () => {
  it("keeps a party's faction named after a hyphen as one body, its hyphenated initials as its short form", () => {
    expect(
      entities(
        'Ali, the president of the Norland Muslim League-Karim (NML-K), was elected on Monday.',
        'NML-K President Omar Ali congratulated her.',
      ).organizations,
    ).toEqual(['Norland Muslim League-Karim']);
  });
});

describe('ensembles of the performing arts', () => {
  it('names an orchestra, a philharmonic or an opera company as a body, once', () => {
    expect(
      entities(
        'She led the Halden Symphony Orchestra for ten years and sang at the Oslo Philharmonic.',
        'She was music director of the Halden Symphony and then of the Bergen State Opera.',
      ),
    ).toEqual({
      organizations: ['Halden Symphony Orchestra', 'Oslo Philharmonic', 'Bergen State Opera'],
      places: ['Beijing'],
    });
  });
});

describe('prizes', () => {
  it("reads the field after a prize's 'in' as no place", () => {
    expect(entities('The Halvorsen Prize in Mycology goes this year to two scientists.').places).toEqual([
      'Beijing',
    ]);
  });
});

describe('missions abroad', () => {
  it("names a country's embassy as a body", () => {
    expect(entities('He visited the Kenyan Embassy in Oslo to offer condolences.')).toEqual({
      organizations: ['Kenyan Embassy'],
      places: ['Beijing', 'Oslo'],
    });
  });
});

describe("a mayor's town", () => {
  it("lists the name before a mayor's title as a town, not an employer", () => {
    expect(entities('Kastrup Mayor Lene Holm asked for help with housing.')).toEqual({
      organizations: [],
      places: ['Beijing', 'Kastrup'],
    });
  });
});

describe('names that end early', () => {
  it("stops a body's name before a month, reads a name numbered by its year as an event, and a chamber by its rank", () => {
    expect(
      entities(
        'Norland holds the presidency of the Security Council for June.',
        'The Northern Shield-2024 naval exercise was held at a port.',
        'The bill passed the Upper House on Monday.',
      ),
    ).toEqual({ organizations: ['Security Council', 'Upper House'], places: ['Beijing'] });
  });
});
