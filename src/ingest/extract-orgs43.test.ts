// Organisations and places (session 43): bodies named alone, seats that speak, groupings named by a format.
import { describe, expect, it } from 'vitest';
import { orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');

describe('bodies the news names alone, with no head or cue', () => {
  it('lists the agency, the movement, the alliance and the bureau', () => {
    const found = entities(
      'Rosil Kade said the outlawed PKK had claimed the attack near the border.',
      'The bloc asked its border agency, Frontex, to send more patrol boats.',
      'Tomas Verhaar recalled the talks between NATO and the Warsaw Pact in 1989.',
      'Ilse Varnam, who sits on the 25-member Politburo, praised the plan.',
    );
    expect(found.organizations).toEqual(
      expect.arrayContaining(['PKK', 'Frontex', 'Warsaw Pact', 'Politburo']),
    );
    // The alliance's city is no place of the story.
    expect(found.places).not.toContain('Warsaw');
  });
});

describe('a seat of government named in words of no head', () => {
  it('is a body when it speaks', () => {
    const found = entities('Cheong Wa Dae said the two leaders would meet again in the autumn.');
    expect(found.organizations).toEqual(['Cheong Wa Dae']);
  });

  it('is no body where it does not speak', () => {
    const found = entities('Tomas Verhaar wrote a book on Cheong Wa Dae and its gardens.');
    expect(found.organizations).toEqual([]);
  });
});

describe('a grouping named by a town and "Triangle" or "format"', () => {
  it('lists the grouping as a body', () => {
    const found = entities(
      'The foreign ministers revived the Vessiny Triangle at a castle outside Paris.',
      'Rosil Kade said the Minsk format would meet again in the spring.',
    );
    expect(found.organizations).toEqual(['Vessiny Triangle', 'Minsk format']);
  });

  it('lists the town only where the story names it outside the grouping', () => {
    const found = entities('The talks follow the Astana format, which Tomas Verhaar backs.');
    expect(found.organizations).toEqual(['Astana format']);
    expect(found.places).toEqual(['Beijing']);
  });

  it('lists no grouping for a region named by a word or a side', () => {
    const found = entities('Opium comes from the Golden Triangle, migrants from the Northern Triangle.');
    expect(found.organizations).toEqual([]);
  });
});

describe('a group of states named by "G" and its number, or before its ministers’ meeting', () => {
  it('lists the group in the story and in the headline', () => {
    const found = entities(
      'The G15 leaders met in Lima, then the ministers attended the Kestra Foreign Ministers’ Meeting.',
    );
    expect(found.organizations).toEqual(['G15', 'Kestra']);
    const underHeadline = orgsAndPlacesUnder('Statement of the G9 Foreign Ministers’ Meeting');
    expect(underHeadline('The ministers met in Oslo on Monday.').organizations).toEqual(['G9']);
  });

  it('lists no group for an aircraft’s model', () => {
    const found = entities('Rosil Kade flew to Lima on a G650 jet.');
    expect(found.organizations).toEqual([]);
  });
});

describe('the Supreme Soviet, a legislature headed by a nationality’s word', () => {
  it('lists the legislature, alone, after its state’s initials or with the country it sits for', () => {
    expect(entities('The accord still has to be ratified by the Supreme Soviet.').organizations).toEqual([
      'Supreme Soviet',
    ]);
    expect(entities('Ilse Varnam urged the USSR Supreme Soviet to vote.').organizations).toEqual([
      'USSR Supreme Soviet',
    ]);
    const found = entities('Deputies of the Supreme Soviet of the Russian Federation met Tomas Verhaar.');
    expect(found.organizations).toEqual(['Supreme Soviet of the Russian Federation']);
    expect(found.places).toContain('Russia');
  });

  it('lists no body for the Soviet people', () => {
    expect(entities('The Soviet delegation arrived in Geneva.').organizations).toEqual([]);
  });
});

describe('a language after "in"', () => {
  it('lists no place', () => {
    const found = entities(
      'Ilse Varnam opened with a welcome in Hebrew, and Tomas Verhaar closed with a prayer in Latin.',
      'Rosil Kade answered in Tagalog before flying to Latin America.',
    );
    expect(found.places).toEqual(['Beijing', 'Latin America']);
  });
});

describe('a city by the name older wire copy spells it', () => {
  it('lists the city as written', () => {
    const found = entities(
      'Ilse Varnam left by air for Calcutta and Rangoon, and Tomas Verhaar toured Hangchow.',
    );
    expect(found.places).toEqual(['Beijing', 'Calcutta', 'Rangoon', 'Hangchow']);
  });
});

describe('the Commonwealth named alone', () => {
  it('lists the association mid-sentence', () => {
    const found = entities('Ilse Varnam said her country would stay a member of the Commonwealth.');
    expect(found.organizations).toEqual(['Commonwealth']);
  });

  it('lists no second body for the short name of a longer one', () => {
    const found = entities(
      'The Commonwealth of Independent States met in Minsk, and Tomas Verhaar said the Commonwealth works.',
    );
    expect(found.organizations).toEqual(['Commonwealth of Independent States']);
  });
});

describe('a name whose words a lower-case particle joins by hyphens, after a preposition', () => {
  it('lists the place', () => {
    const found = entities(
      'Ilse Varnam hosted Tomas Verhaar at Vel-a-Marro in April, then flew to Dorsk-les-Trois-Ponts.',
    );
    expect(found.places).toEqual(['Beijing', 'Vel-a-Marro', 'Dorsk-les-Trois-Ponts']);
  });

  it('lists no place for other hyphenated words', () => {
    const found = entities('Rosil Kade spoke of ties across the Norland-Vessia border.');
    expect(found.places).toEqual(['Beijing']);
  });
});
