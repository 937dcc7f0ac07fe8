// Names, roles and countries seen first in the seventeenth blind round of held-out articles (non-diplomatic news
// from regional and national agencies), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const agencyStory = (source: string, place: string, paragraphs: string[]) =>
  article('Officials respond', paragraphs, { source, dateline: { place, date: null } });

describe('portfolios in a minister’s title', () => {
  it('keeps the portfolios listed after the title’s comma in the role before the name', () => {
    const a = agencyStory('APS', 'ORAN', [
      'The Minister of the Interior, Local Authorities and Regional Planning, Karim Bensalah, said in a statement that the roads had reopened.',
    ]);
    expect(person(a, 'Karim Bensalah')?.roles).toEqual([
      'Minister of the Interior, Local Authorities and Regional Planning',
    ]);
    // Two names listed after a title are no portfolios.
    const b = agencyStory('APS', 'ORAN', [
      'The ministers of the Interior, Nabil Kaci and Amine Saidi, met on Monday.',
    ]);
    expect(person(b, 'Nabil Kaci')?.roles).toEqual([]);
  });

  it('reads "Protection" as the last word of a title, not a person', () => {
    const a = agencyStory('MAP', 'Fez', [
      'The King was accompanied on the tour by the Minister of Health and Social Protection, Samir Alaoui.',
      'The Director General of Civil Protection, Youssef Tazi, told the press that the fires were out.',
    ]);
    const people = run(a).people;
    expect(people.map((p) => p.name)).not.toContain('Protection');
    expect(person(a, 'Samir Alaoui')?.roles).toEqual(['Minister of Health and Social Protection']);
    expect(person(a, 'Youssef Tazi')?.roles).toEqual(['Director General of Civil Protection']);
  });
});

describe('countries of bare titles', () => {
  it('places the bare-titled officials of an Algerian or Moroccan agency’s home story in its country', () => {
    const a = agencyStory('APS', 'ORAN', [
      'Prime Minister Karim Bensalah chaired a meeting on Tuesday on the damage.',
    ]);
    expect(person(a, 'Karim Bensalah')?.country).toBe('Algeria');
    const b = agencyStory('MAP', 'Fez', ['Head of Government Samir Alaoui said the aid would be paid.']);
    expect(person(b, 'Samir Alaoui')?.country).toBe('Morocco');
  });

  it('places the chair of the US central bank, by its short name, in the United States', () => {
    const a = agencyStory('KUNA', 'KUWAIT', [
      'The central bank cut its rate on Wednesday. Fed Chair Jane Doe said inflation was easing.',
    ]);
    expect(person(a, 'Jane Doe')?.country).toBe('United States');
  });
});

describe('people of sport and politics wires', () => {
  it('reads an unfamiliar name after a country’s possessive as the opponent a player beat or lost to', () => {
    const a = agencyStory('Bernama', 'PARIS', [
      'National shuttler Tan Kok Wai beat India’s Varun Thakre 19-21, 21-15, 21-12 in the bronze medal match today.',
      'Tan had lost to Thailand’s Sakda Phromsiri in the semifinals.',
    ]);
    expect(person(a, 'Varun Thakre')?.country).toBe('India');
    expect(person(a, 'Sakda Phromsiri')?.country).toBe('Thailand');
    expect(person(a, 'Tan Kok Wai')?.roles).toEqual(['National shuttler']);
    // A region after "to" is no opponent.
    const b = agencyStory('Xinhua', 'BEIJING', ['Exports to China’s Guangxi Zhuang rose in May.']);
    expect(run(b).people).toEqual([]);
  });

  it('reads a member of parliament or of a state assembly by the initials before the name', () => {
    const a = agencyStory('PTI', 'New Delhi', [
      'Two party leaders, former minister Manoj Verma and Rajya Sabha MP Rakesh Kumar, were arrested earlier.',
      'State MLA Vinod Rawat said the party would appeal.',
    ]);
    expect(person(a, 'Rakesh Kumar')?.roles).toEqual(['Rajya Sabha MP']);
    expect(person(a, 'Vinod Rawat')?.roles).toEqual(['State MLA']);
  });

  it('gives a plural title to names listed with their portfolios in brackets', () => {
    const a = agencyStory('Agência Brasil', 'Brasília', [
      'The trip also included ministers Joao Ferraz (Civil House) and Marta Vidal (Social Communication).',
    ]);
    expect(person(a, 'Joao Ferraz')?.roles).toEqual(['minister']);
    expect(person(a, 'Marta Vidal')?.roles).toEqual(['minister']);
  });
});

describe('names that name things', () => {
  it('reads no person in a stadium, a prayer or a body named for someone', () => {
    const a = agencyStory('EFE', 'Madrid', [
      'The striker was presented before 70,000 fans at the Roberto Ferrandis, a year after the club first tried to sign him.',
      'The bishop prayed during the Maria Dolores prayer on Sunday.',
      'Two soldiers died in the fire, the Ministry of National Defence said.',
      'Brotherhood of Samuel Okafor (BSO) founder Daniel Ekwueme was arrested on Sunday.',
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual(['Daniel Ekwueme']);
    // A leader's rule still names the leader.
    const b = agencyStory('EFE', 'Madrid', ['The fall of the Roberto Ferrandis regime surprised many.']);
    expect(run(b).people.map((p) => p.name)).toEqual(['Roberto Ferrandis']);
    const c = agencyStory('EFE', 'Madrid', ['He said the Roberto Ferrandis’s government had kept its word.']);
    expect(run(c).people.map((p) => p.name)).toEqual(['Roberto Ferrandis']);
  });

  it('reads a plural body word after a title word as part of a body, not a name', () => {
    const a = agencyStory('NAN', 'Abuja', [
      'The strike was called off after an emergency session of the National Executive Councils (NEC) of both unions in Kano.',
    ]);
    expect(run(a).people).toEqual([]);
    expect(run(a).organizations).toEqual(['National Executive Councils']);
    expect(run(a).places).toContain('Kano');
  });
});

describe('companions of a visit or a flight', () => {
  it('counts those who travel or fly with the lede’s subject, brief them or show them around', () => {
    const a = agencyStory('RNZ', 'WELLINGTON', [
      'Prime Minister Tom Ashby has flown to the flooded city to see the damage.',
      'Ashby travelled with Civil Defence Minister Rua Tipene. The pair were briefed by Mayor Helen Cartwright at the coordination centre.',
      'Museum director Paolo Santini showed the prime minister around the damaged galleries.',
    ]);
    for (const name of ['Rua Tipene', 'Helen Cartwright', 'Paolo Santini'])
      expect(person(a, name)?.participant, name).toBe(true);
    const b = agencyStory('Anadolu', 'ISTANBUL', [
      'Astronaut Kemal Aydin lifted off on Thursday aboard a rocket bound for the space station.',
      'Aydin is flying with the mission commander, Piotr Kowalczyk, and astronaut Lars Holmqvist.',
    ]);
    for (const name of ['Piotr Kowalczyk', 'Lars Holmqvist'])
      expect(person(b, name)?.participant, name).toBe(true);
  });
});

describe('popes and monarchs by their regnal names', () => {
  it('reads a name before a regnal number as a person, even a dictionary word, but not a numbered thing', () => {
    const a = agencyStory('ANSA', 'ROME', [
      'The last pope to visit the island was Innocent XIV, in 1790.',
      'Pope Gregory XXIII opened the council, which met after World War II and before Phase III of the works.',
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual(['Innocent XIV', 'Gregory XXIII']);
  });
});

describe('spectators and future calls', () => {
  it('counts officials who watched a launch, not a leader only expected to speak to the crew later', () => {
    const a = agencyStory('Anadolu', 'ISTANBUL', [
      'Astronaut Kemal Aydin lifted off on Thursday aboard a rocket bound for the space station.',
      'Space Agency President Murat Ekinci watched the launch at the space center.',
      'President Deniz Ulusoy is expected to talk with the crew by video link once the capsule has docked.',
    ]);
    expect(person(a, 'Murat Ekinci')?.participant).toBe(true);
    expect(person(a, 'Deniz Ulusoy')?.participant).toBe(false);
  });
});
