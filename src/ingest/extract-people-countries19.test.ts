// Wrong countries an analyst would notice (session 19): the sides of a country's own conflict given the host's or
// no country, envoys, international officials named by a past national office, people named in passing. Invented
// sentences; none of these people are in the annotated files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const countryOf = (a: ParsedArticle, name: string) =>
  extractEntities(a, emptyKnowledge).people.find((p) => p.name === name)?.country;

describe('the sides of a country’s own conflict', () => {
  it('places a movement’s officials with the government it is coordinated with in the headline’s country', () => {
    const a = article(
      'Peruvian government, NLF agree truce in talks abroad',
      [
        'The Peruvian government and the Andean National Liberation Front (NLF) on Thursday signed a truce after a week of talks hosted by Norway.',
        'The truce was signed by Interior Minister Carla Benavides and NLF spokesman Rufino Quispe in the presence of Norwegian mediators.',
        'NLF leader Tomas Huaman said the group would respect it.',
      ],
      { source: 'KUNA', dateline: { place: 'OSLO', date: 'May 9' } },
    );
    expect(countryOf(a, 'Rufino Quispe')).toBe('Peru');
    expect(countryOf(a, 'Tomas Huaman')).toBe('Peru');
  });

  it('places both delegations of talks a national outlet reports from its own capital', () => {
    const a = article(
      'Venezuelan government and rebels sign accord in Havana',
      [
        'The Venezuelan government and the Venezuelan guerrilla Bolivarian Popular Front (FBP) on Friday signed an accord in Havana, in a ceremony attended by Cuban President Ramon Ortega.',
        'The accord was signed by the head of the government delegation, Lucia Marquez, and the head of the FBP delegation, Andres Villalba, in the presence of the FBP commander Hector Salas.',
        'Senator Ines Rojas, a member of the government delegation, told Prensa Latina on Friday that Cuba had been a decisive host.',
      ],
      { source: 'Prensa Latina', dateline: { place: 'Havana', date: 'Jun 9' } },
    );
    expect(countryOf(a, 'Ramon Ortega')).toBe('Cuba');
    expect(countryOf(a, 'Lucia Marquez')).toBe('Venezuela');
    expect(countryOf(a, 'Andres Villalba')).toBe('Venezuela');
    expect(countryOf(a, 'Hector Salas')).toBe('Venezuela');
    expect(countryOf(a, 'Ines Rojas')).toBe('Venezuela');
  });

  it('does not give a movement the country of its backer', () => {
    const a = article(
      'Rebels attack shipping',
      [
        'The Iranian-backed Red Sea Resistance Front (RSRF) attacked two ships on Monday, RSRF spokesman Ali Qasem said.',
      ],
      { source: 'Reuters', dateline: null },
    );
    expect(countryOf(a, 'Ali Qasem')).toBe(null);
  });

  it('places one who heads a movement’s delegation, named with no role', () => {
    const a = article(
      'Mediators announce truce',
      [
        'Mediators announced a truce on Thursday after talks in Doha, in which the Hamas delegation was headed by Yusuf Darwish and the Israeli team by intelligence chief Avi Ronen.',
      ],
      { source: 'QNA', dateline: { place: 'Doha', date: 'May 9' } },
    );
    expect(countryOf(a, 'Yusuf Darwish')).toBe('Palestine');
  });
});

describe('offices named through another office', () => {
  it('gives an envoy the country of the office holder whose envoy they are', () => {
    const a = article(
      'Talks on truce resume',
      [
        'Talks resumed in Cairo, attended by US President-elect’s Special Envoy to the Middle East Dan Whitmore and Israeli negotiator Avi Ronen.',
      ],
      { source: 'QNA', dateline: { place: 'Doha', date: 'May 9' } },
    );
    expect(countryOf(a, 'Dan Whitmore')).toBe('United States');
  });

  it('gives no country to an international body’s envoy introduced by a past national office', () => {
    const a = article(
      'Rivals sign peace deal',
      [
        'The deal was signed in the presence of AU High Representative for the Great Lakes, former Ghanaian President Kofi Mensah-Bonsu.',
        'Mensah-Bonsu said the deal was only a beginning.',
      ],
      { source: 'KUNA', dateline: { place: 'NAIROBI', date: 'Nov 2' } },
    );
    expect(countryOf(a, 'Kofi Mensah-Bonsu')).toBe(null);
    // Without the international office, the past national office still places them.
    const b = article(
      'Rivals sign peace deal',
      [
        'The deal was signed in the presence of observers, former Ghanaian President Kofi Mensah-Bonsu among them.',
      ],
      { source: 'KUNA', dateline: { place: 'NAIROBI', date: 'Nov 2' } },
    );
    expect(countryOf(b, 'Kofi Mensah-Bonsu')).toBe('Ghana');
  });
});

describe('national outlets', () => {
  it('writes the Palestinian agency’s own minister with a bare title', () => {
    const a = article(
      'Rapporteur presents report on Gaza',
      [
        'UN special rapporteur Maria Lindqvist presented her report to the council in Geneva on Tuesday, and Israel rejected it.',
        'Minister of Foreign Affairs Nabil Haddad welcomed the report in a statement issued in Ramallah.',
      ],
      { source: 'WAFA', dateline: { place: 'GENEVA', date: 'March 26' } },
    );
    expect(countryOf(a, 'Nabil Haddad')).toBe('Palestine');
  });
});

describe('people named in passing', () => {
  it('gives no home country to a work’s cast in a national outlet’s story', () => {
    const a = article(
      'Novelist dies at 90',
      [
        'Novelist Jan Dvorak, who wrote "The Long Winter", has died at the age of 90, his publisher said.',
        'The novel was made into a film in 1990 by US director Sam Pollard, starring Marie Lenoir.',
      ],
      { source: 'dpa', dateline: null },
    );
    expect(countryOf(a, 'Sam Pollard')).toBe('United States');
    expect(countryOf(a, 'Marie Lenoir')).toBe(null);
  });

  it('gives no home country to someone named only by their show', () => {
    const a = article(
      'Prime minister visits flooded city',
      [
        'Prime Minister Tom Reid flew to Hamilton on Saturday to see the damage from the floods.',
        'The rain also forced the cancellation of Mark Ellison’s concert at the city stadium.',
      ],
      { source: 'RNZ', dateline: null },
    );
    expect(countryOf(a, 'Tom Reid')).toBe('New Zealand');
    expect(countryOf(a, 'Mark Ellison')).toBe(null);
  });

  it('does not give a work’s maker the nationality of the actors named before', () => {
    const a = article(
      'Festival awards top prize',
      [
        'French director Anne Morel won the top prize on Saturday.',
        'Danish star Lars Holm was named best actor for his role in Pablo Ferrante\'s "Night Bus", and Polish actress Ewa Nowak won best actress for "Cold Fields" by Tomas Andersen.',
      ],
      { source: 'AFP', dateline: { place: 'Cannes', date: 'May 27' } },
    );
    expect(countryOf(a, 'Lars Holm')).toBe('Denmark');
    expect(countryOf(a, 'Pablo Ferrante')).toBe(null);
    expect(countryOf(a, 'Tomas Andersen')).toBe(null);
  });

  it('gives no home country to someone named in a sentence about centuries ago', () => {
    const a = article(
      'President receives cardinal',
      [
        'President Batbold Tseren received Cardinal Paolo Ferri at the State Palace on Monday.',
        'The cardinal presented the President with a copy of a letter that Ogedei Noyon sent to a pope in 1248.',
      ],
      { source: 'MONTSAME', dateline: { place: 'ULAANBAATAR', date: 'May 9' } },
    );
    expect(countryOf(a, 'Batbold Tseren')).toBe('Mongolia');
    expect(countryOf(a, 'Ogedei Noyon')).toBe(null);
  });

  it('gives no home country to untitled people who take no part in a story filed from abroad', () => {
    const a = article(
      'Chemistry prize goes to enzyme designers',
      [
        'US chemist Ruth Calder and British physicist Owen Pryce won the Nobel Prize in Chemistry on Wednesday, the Royal Swedish Academy of Sciences said.',
        'The prize, the best known in Sweden, is worth about one million dollars.',
        'A day earlier the physics prize went to Lars Kettering and Amos Wilde for work on quantum sensors.',
      ],
      { source: 'dpa', dateline: { place: 'Stockholm', date: 'Oct 9' } },
    );
    expect(countryOf(a, 'Ruth Calder')).toBe('United States');
    expect(countryOf(a, 'Lars Kettering')).toBe(null);
    expect(countryOf(a, 'Amos Wilde')).toBe(null);
  });
});

describe('officers of companies registered elsewhere', () => {
  it('gives no home country to a firm’s chief executive named in a story filed from abroad', () => {
    const a = article(
      'President meets prime minister on sidelines of UN assembly',
      [
        'President Kemal Arslan met Prime Minister Avi Ronen on the sidelines of the UN General Assembly on Tuesday.',
        'On Sunday he received Orbitex CEO Dan Whitmore and asked him to build the company’s next factory in Turkey.',
        'Foreign Minister Selim Kaya also attended the meeting with Ronen.',
      ],
      { source: 'Anadolu', dateline: { place: 'NEW YORK', date: 'Sep 20' } },
    );
    expect(countryOf(a, 'Selim Kaya')).toBe('Turkey');
    expect(countryOf(a, 'Dan Whitmore')).toBe(null);
  });

  it('gives a domestic story’s locals its country, but not a foreign firm’s chief executive', () => {
    const a = article(
      'Dockworkers vote to end strike',
      [
        'Dockworkers in Seattle and Tacoma voted on Monday to end a six-week strike, union president Dale Hurst said.',
        'Governor Ann Collier of Washington state welcomed the vote, and port director Rick Sandoval said traffic would resume on Tuesday.',
        'Shipping lines have also felt the impact. Nordhavn Shipping Plc Chief Executive Officer Liam Gallagher said the strike had cost the company millions.',
      ],
      { source: 'Bloomberg', dateline: null },
    );
    expect(countryOf(a, 'Dale Hurst')).toBe('United States');
    expect(countryOf(a, 'Liam Gallagher')).toBe(null);
  });

  it('does not give a foreign firm’s officer a national outlet’s home country', () => {
    const a = article(
      'Minister meets investors',
      [
        'Trade Minister Ravi Menon met investors in the capital on Monday.',
        'Among them was Kestrel Holdings AG chief executive Jonas Weber, who said the company would expand.',
      ],
      { source: 'PTI', dateline: null },
    );
    expect(countryOf(a, 'Ravi Menon')).toBe('India');
    expect(countryOf(a, 'Jonas Weber')).toBe(null);
  });
});

describe('nationalities of things', () => {
  it('does not give one with no role a country from a pair of countries naming their ties', () => {
    const a = article('Zhou meets Portuguese president', [
      'Chinese President Zhou Wen met Portuguese President Rui Tavares in Beijing on Thursday.',
      'This year marks the 45th anniversary of the China-Portugal partnership and the 500th anniversary of the death of Luis Camacho, Zhou said.',
    ]);
    expect(countryOf(a, 'Rui Tavares')).toBe('Portugal');
    expect(countryOf(a, 'Luis Camacho')).toBe(null);
  });

  it('does not read a program’s or an era’s nationality after a name as the person’s', () => {
    const a = article(
      'Probe lost after engine fault',
      [
        'The probe crashed after its engine ran too long, the space agency said on Monday.',
        'Deputy Director Igor Belov, who took part in the Soviet lunar program, said the failure was a hard blow.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: 'August 21' } },
    );
    expect(countryOf(a, 'Igor Belov')).toBe('Russia');
  });
});

describe('local offices', () => {
  it('places the mayor of a town no word list knows in the story’s country', () => {
    const a = article(
      'Lava from Icelandic volcano reaches evacuated fishing town',
      [
        'Lava from a volcanic eruption reached the edge of the fishing town of Skeljavik on Sunday, setting several homes on fire.',
        'Skeljavik Mayor Einar Bjornsson said it was too early to say whether residents could return.',
      ],
      { dateline: { place: 'REYKJAVIK', date: 'Jan. 14' } },
    );
    expect(countryOf(a, 'Einar Bjornsson')).toBe('Iceland');
  });
});

describe('journalists of other outlets', () => {
  it('gives no home country to another outlet’s reporter, nor the nationality of a body opening the next sentence', () => {
    const a = article(
      'Foreign minister receives new ambassador',
      [
        'Foreign Minister Pavel Orlov received the new US ambassador on Monday.',
        'The meeting came a week after Daily Ledger reporter Sam Keller was detained in Kazan.',
        'The US State Department has demanded his release.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: 'April 5' } },
    );
    expect(countryOf(a, 'Pavel Orlov')).toBe('Russia');
    expect(countryOf(a, 'Sam Keller')).toBe(null);
  });
});

describe('bodies people head', () => {
  it('gives one who chairs a body the country the story introduced it with, and no local its passers-by', () => {
    const a = article(
      'Chemistry prize goes to enzyme designers',
      [
        'US chemist Ruth Calder won the Nobel Prize in Chemistry on Wednesday, the Royal Swedish Academy of Sciences announced.',
        '“This is a discovery of great importance,” said Nils Ekberg, who chairs the academy’s Nobel Committee for Chemistry.',
        'The winner was announced by Swedish academy secretary Eva Lund, and Swedish King Gustav Arvid will present the prize.',
        'The prize is the best known in Sweden.',
        'A day earlier the physics prize went to Lars Kettering.',
      ],
      { source: 'dpa', dateline: { place: 'Stockholm', date: 'Oct 9' } },
    );
    expect(countryOf(a, 'Nils Ekberg')).toBe('Sweden');
    expect(countryOf(a, 'Lars Kettering')).toBe(null);
  });
});
