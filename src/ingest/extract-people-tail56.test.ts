// Leftovers of the fifty-seventh blind round (conflict and crisis diplomacy), on invented sentences with invented
// people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';
import { parseArticle } from './parse-article.ts';

describe('a headline that names leaders by their office only', () => {
  const mediation = (headline: string) =>
    article(
      headline,
      [
        'NAIROBI, 3rd March, 2021 (KNA) -- Kenya and Jordan have succeeded in mediation efforts led by President Daniel Mwangi Karanja and His Royal Highness Prince Hamza bin Faisal, Crown Prince of Jordan, to release two aid workers, Lena Ostrova and Paul Dubec, according to a joint statement.',
        'The two were handed over at Nairobi airport on Wednesday.',
      ],
      { dateline: { place: 'NAIROBI', date: '3rd March, 2021' }, source: 'KNA' },
    );

  it('counts the one holder of each office the headline names with a country', () => {
    const a = mediation(
      'Kenyan President, Jordanian Crown Prince succeed in mediation to release two aid workers',
    );
    expect(taking(a)).toEqual(expect.arrayContaining(['Daniel Mwangi Karanja', 'Hamza bin Faisal']));
  });

  it('does not count an office held in the possessive or a title before another name', () => {
    const a = mediation(
      "Kenyan President's envoy, Jordanian Crown Prince Ali Hamdan welcome release of aid workers",
    );
    expect(taking(a)).not.toContain('Daniel Mwangi Karanja');
    expect(taking(a)).not.toContain('Hamza bin Faisal');
    expect(taking(a)).toContain('Lena Ostrova');
    expect(person(a, 'Hamza bin Faisal')?.country).toBe('Jordan');
  });
});

describe('one a headline says was told something', () => {
  const session = (quote: string) =>
    article("'Step back from the brink', Lindqvist tells Kostel as Security Council meets on border crisis", [
      'In an emergency meeting of the Security Council on Wednesday, Secretary-General Mara Lindqvist appealed for a halt to any attack across the border.',
      `${quote} the UN chief told the council, which met at the request of Armenia.`,
      'Moldovan Ambassador Tomas Berec said the troops announced by President Anton Kostel were there to protect civilians and that Moldova was not at war with anyone.',
    ]);

  it('does not count one the speaker called on from a session far from them', () => {
    const a = session('"President Kostel, pull back your troops. Give talks a chance,"');
    expect(taking(a)).toContain('Mara Lindqvist');
    expect(taking(a)).not.toContain('Anton Kostel');
  });

  it('does not place the one called on by the country their words are about', () => {
    const a = session('"President Kostel, stop your troops from attacking Armenia. Give talks a chance,"');
    expect(person(a, 'Anton Kostel')?.country).toBe('Moldova');
  });

  it('still counts one told face to face', () => {
    const a = session(
      '"We ask for restraint," President Anton Kostel was told when the two met in the capital.',
    );
    expect(taking(a)).toContain('Anton Kostel');
  });
});

describe('two people named for "the two countries"', () => {
  it('pairs them in order with the two countries of the headline', () => {
    const a = article('Chile, Peru agree to restore ambassadors after talks in Quito', [
      'QUITO, March 3 -- The two neighbours agreed on Friday to restore ambassadors after four days of talks hosted by Ecuador.',
      'Under the statement, the foreign ministers of the two countries, Carla Ruiz Tapia and Tomas Quispe Mamani, will meet within two months to arrange the return of the envoys.',
    ]);
    expect(person(a, 'Carla Ruiz Tapia')?.country).toBe('Chile');
    expect(person(a, 'Tomas Quispe Mamani')?.country).toBe('Peru');
  });
});

describe('an outlet written in mixed case on its masthead', () => {
  it('credits "UN News" as the masthead writes it', () => {
    const file = [
      ' date 2021-03-04 Skip to main content',
      'Welcome to the United Nations',
      'UN News',
      'Global perspective Human stories',
      'Council hears appeal for calm as talks on water dispute resume',
      '4 March 2021 Peace and Security',
      '',
      'The Security Council on Thursday heard an appeal for calm from Under-Secretary-General Mara Lindqvist as talks on the water dispute resumed.',
    ].join('\n');
    expect(parseArticle(file).article?.source).toBe('UN News');
  });
});
