// People seen first in the forty-first blind round of held-out articles (one ordinary day of 2025 wires: a chancellor
// elected, swearing-ins, a party's leadership runoff, a cup final, an inauguration Mass), on invented sentences with
// invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as run,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const AP = { source: 'AP', dateline: { place: 'ROME', date: null } };

describe('participants', () => {
  it('keeps a second listed name, set off by its title, in the verb its list shares', () => {
    const a = article('New president sworn in, pledges to rebuild economy', [
      'Jomo Mensah was on Tuesday sworn in as president at a ceremony in the capital.',
      "Nigeria's President Kola Adeyemi and Burkina Faso's military leader, Captain Issa Ouedraogo, were among the heads of state who witnessed the ceremony, which drew thousands of supporters.",
    ]);
    expect(taking(a)).toEqual(['Jomo Mensah', 'Kola Adeyemi', 'Issa Ouedraogo']);
  });

  it('reads "who attended with his wife, Y," as both there, whatever the sentence plans next', () => {
    const a = article(
      'Pope begins his ministry before world leaders',
      [
        'Pope Pius XIV formally began his ministry on Sunday before a crowd in the square.',
        'Ukrainian President Dmytro Koval, who attended with his wife, Oksana Koval, was due to meet the pope after the Mass.',
      ],
      AP,
    );
    expect(taking(a)).toEqual(['Pius XIV', 'Dmytro Koval', 'Oksana Koval']);
  });

  it('leaves out a party leader named through the party', () => {
    const a = article('New government sworn in, promises stability', [
      'Tiago Ferraz was sworn in as prime minister on Thursday at a ceremony in the capital.',
      'The far-right Avante, led by Mario Antunes, became the second-largest force in parliament.',
    ]);
    expect(taking(a)).toEqual(['Tiago Ferraz']);
  });

  it('leaves out one "who did not attend the ceremony", whatever else the clause names', () => {
    const a = article('New government sworn in, promises stability', [
      'Tiago Ferraz was sworn in as prime minister on Thursday at a ceremony in the capital.',
      'Opposition leader Mario Antunes, who did not attend the ceremony, said his party would hold the government to account.',
    ]);
    expect(taking(a)).toEqual(['Tiago Ferraz']);
  });

  it('counts ministers who remain in office or take over a ministry at a swearing-in', () => {
    const a = article('New government sworn in, promises stability', [
      'Tiago Ferraz was sworn in as prime minister on Thursday, heading a minority government.',
      'Most ministers keep their posts: Ana Ribeiro remains Minister of Foreign Affairs, and Carlos Lobo, leader of the CDS, Minister of Defence.',
      'Among the new faces is former ombudsman Maria Teresa Sousa, who takes over Internal Administration.',
    ]);
    expect(taking(a)).toEqual(['Tiago Ferraz', 'Ana Ribeiro', 'Carlos Lobo', 'Maria Teresa Sousa']);
  });

  it('counts the candidates beaten in a leadership runoff or eliminated in the first round', () => {
    const a = article(
      'Morimoto wins ruling party leadership race',
      [
        "Former trade minister Aiko Morimoto won the ruling party's presidential election on Saturday.",
        'Morimoto beat farm minister Kenta Ishikawa, 44, in a runoff after no candidate won a majority.',
        'Former defence minister Hiroto Sakamoto and former party secretary general Daichi Yoshino were eliminated in the first round.',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'Oct. 4' } },
    );
    expect(taking(a)).toEqual(['Aiko Morimoto', 'Kenta Ishikawa', 'Hiroto Sakamoto', 'Daichi Yoshino']);
  });

  it('counts who stood beside the winners, walked on stage with the presenter or handed over the trophy', () => {
    const a = article(
      'Rovers beat City 3-0 in cup final as president hands over trophy',
      [
        'Tom Haddon scored twice as Rovers beat City 3-0 in the cup final on Sunday, before President Ellen Hartley presented the trophy.',
        'Hartley walked onto the stage with federation president Marco Bellini to hand over the trophy, then stayed beside Rovers captain Sam Okoro as the players lifted it.',
      ],
      { source: 'Reuters', dateline: { place: 'LONDON', date: 'July 13' } },
    );
    expect(person(a, 'Marco Bellini')?.participant).toBe(true);
    expect(person(a, 'Sam Okoro')?.participant).toBe(true);
  });
  it('counts who read out the result of a vote in parliament and who handed over the certificate of appointment', () => {
    const a = article('Chancellor elected at second attempt', [
      'Party leader Otto Brandt was elected chancellor by parliament on Tuesday at the second attempt.',
      'Parliament President Heike Wendt read out the result to loud applause.',
      'Brandt then drove to the palace, where President Karl Hauser handed him his certificate of appointment.',
    ]);
    expect(taking(a)).toEqual(['Otto Brandt', 'Heike Wendt', 'Karl Hauser']);
  });
});

describe('countries', () => {
  it('does not give a former president the country he lives in', () => {
    const a = article(
      'President wins re-election',
      [
        "Ecuador's President Mario Vera won Sunday's runoff election by a wide margin.",
        "His rival's mentor, former President Jaime Lopez Ortega, who lives in Belgium, backed her call for a recount on social media.",
      ],
      { source: 'EFE', dateline: { place: 'Quito', date: 'Apr 13' } },
    );
    expect(person(a, 'Jaime Lopez Ortega')?.country).toBe('Ecuador');
  });
});

describe('nationality in a speech tag', () => {
  it('gives the speaker named by nationality after a quotation the country of that nationality', () => {
    const a = article(
      'Rovers beat City 3-0 in cup final',
      [
        'Tom Haddon scored twice as Rovers beat City 3-0 in the cup final on Sunday.',
        'Rovers manager Luca Ferrante said his players had followed the plan. "Nobody believed in us, but we did," the Italian told reporters.',
      ],
      { source: 'Reuters', dateline: { place: 'EAST RUTHERFORD, New Jersey', date: 'July 13' } },
    );
    expect(person(a, 'Luca Ferrante')?.country).toBe('Italy');
  });
});

describe('roles', () => {
  it('gives a former ombudsman her office as a role', () => {
    const a = article('Ministers sworn in', [
      'Among the new faces is former ombudsman Maria Teresa Sousa, who takes over Internal Administration.',
    ]);
    expect(person(a, 'Maria Teresa Sousa')?.roles).toEqual(['former ombudsman']);
  });
});

describe('organisations and places', () => {
  it('reads "Paris St Germain" without a hyphen as a club, not the city', () => {
    const a = article(
      'Rovers stun Paris St Germain in final',
      ['Rovers stunned Paris St Germain 3-0 in the final on Sunday.'],
      { source: 'Reuters', dateline: { place: 'LONDON', date: 'July 13' } },
    );
    expect(run(a).organizations).toContain('Paris St Germain');
    expect(run(a).places).not.toContain('Paris');
  });

  it("reads a country name that ends a person's name as the surname, unless a place preposition comes before it", () => {
    const a = article(
      'Government sworn in',
      [
        'Prime Minister Tiago Chile was sworn in on Thursday.',
        'The previous Chile government fell in March.',
      ],
      { source: 'Lusa', dateline: { place: 'Lisbon', date: null } },
    );
    expect(run(a).places).not.toContain('Chile');
    const b = article(
      'Government sworn in',
      ['Prime Minister Tiago Chile was sworn in on Thursday, a day after he returned from a visit to Chile.'],
      { source: 'Lusa', dateline: { place: 'Lisbon', date: null } },
    );
    expect(run(b).places).toContain('Chile');
  });

  it('reads "Federal" before a title as part of the title, not as a body', () => {
    const a = article('Chancellor appointed', [
      'Federal President Karl Hauser appointed Otto Brandt chancellor on Tuesday.',
      'Federal Reserve Chairman Paul Dressler welcomed the appointment.',
    ]);
    expect(run(a).organizations).toEqual(['Federal Reserve']);
    expect(person(a, 'Karl Hauser')?.roles).toEqual(['Federal President']);
  });

  it('reads a shrine as a venue', () => {
    const a = article('Party elects new leader', [
      'Aiko Morimoto, who has regularly visited Ikuta Shrine, was elected party leader on Saturday.',
    ]);
    expect(run(a).places).toContain('Ikuta Shrine');
  });

  it('reads initials joined by a hyphen after "the" as one body, not a lawmaker\'s party and state', () => {
    const a = article('Ministers sworn in', [
      'Carlos Lobo, leader of the CDS-PP, became defence minister on Thursday.',
      'He replaces Paulo Reis (PSD-MG), who led the ministry for two years.',
    ]);
    expect(run(a).organizations).toEqual(['CDS-PP']);
  });

  it("reads a country name that ends a person's name as the surname in the headline too", () => {
    const a = article(
      "Chile's second government sworn in",
      ['Prime Minister Tiago Chile was sworn in for a second time on Thursday.'],
      { source: 'Lusa', dateline: { place: 'Lisbon', date: null } },
    );
    expect(run(a).places).toEqual(['Lisbon']);
  });
});
