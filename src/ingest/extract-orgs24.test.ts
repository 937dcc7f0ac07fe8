// Organisations and places (session 24): faults a reader of the sidebar notices, found on the held-out rounds.
import { describe, expect, it } from 'vitest';
import { orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');

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
    expect(entities('Opposition leader Tomas Verhaar criticised the deal.').organizations).toEqual([]);
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
    const found = entities(
      'The envoy Ana Reis (Portugal) met Minister Vilho Kaarna (Finns) on Friday.',
      'The Finns Party leader Riia Sulo thanked him.',
    );
    expect(found.organizations).toEqual(['Finns Party']);
    expect(found.places).toContain('Portugal');
  });
});

describe('titles of two words', () => {
  it("lists no body for the first word of 'Ceann Comhairle' or 'Menteri Besar'", () => {
    expect(
      entities(
        'The sitting was suspended by Ceann Comhairle Orla Brannagh.',
        'The state was represented by Johor Menteri Besar Datuk Aziz Rahmat.',
      ).organizations,
    ).toEqual([]);
  });
});

describe('places in the headline', () => {
  it("reads a region of two words in the headline as one place, not its last word's country", () => {
    const headline = orgsAndPlacesUnder('Chancellor seeks lithium deal at start of Latin America tour');
    expect(headline('The chancellor said the talks went well.').places).toEqual(['Beijing', 'Latin America']);
  });
});
