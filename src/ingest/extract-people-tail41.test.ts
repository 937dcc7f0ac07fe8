// Leftovers of the forty-fourth and forty-fifth blind rounds of held-out articles (South and Southeast Asia, the
// Korean peninsula, crowded summits) and their organisations, on invented sentences with invented people: none of
// them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  orgsAndPlacesUnder,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

describe('names', () => {
  it('keeps "Sheikh" in a Bangladeshi name in a story from Dhaka, and drops it for a Gulf royal elsewhere', () => {
    const dhaka = article(
      'Adviser meets envoys',
      [
        'DHAKA, Aug 16, 2024 (BSS) - Chief Adviser Rafiqul Karim met foreign envoys today.',
        'It was his first meeting with them since the fall of Sheikh Nasrin’s government. Nasrin has been living in India since she left the country.',
      ],
      { source: 'BSS', dateline: { place: 'DHAKA', date: 'Aug 16, 2024' } },
    );
    expect(person(dhaka, 'Sheikh Nasrin')).toMatchObject({ aliases: ['Nasrin'], country: 'Bangladesh' });
    const doha = article(
      'Minister visits Doha',
      [
        'DOHA, May 2 (Bernama) -- Foreign Minister Aziz Karimuddin met the Emir of Qatar today.',
        'He later handed a letter to Sheikh Fahad, the Emir’s brother.',
      ],
      { source: 'Bernama', dateline: { place: 'DOHA', date: 'May 2' } },
    );
    expect(extract(doha).people.map((p) => p.name)).toContain('Fahad');
  });
});

describe('countries', () => {
  it('does not place one named after another’s trip by its destination, unless they are met there', () => {
    const a = article(
      'Prime minister signs accord abroad',
      [
        'Prime Minister Tawan Srisuk signed the accord in Kuala Lumpur on Sunday, Thai PBS reported.',
        'Tawan cut his visit to Malaysia to a few hours after the death of Queen Malai on Friday.',
        'On a later trip to Malaysia, Tawan met King Harun Aziz at the palace.',
      ],
      { source: 'Thai PBS', dateline: null },
    );
    expect(person(a, 'Malai')?.country).toBe('Thailand');
    expect(person(a, 'Harun Aziz')?.country).toBe('Malaysia');
  });

  it('reads two leaders named together beside a visit to another’s country as the visitor and the host', () => {
    const a = article(
      'Ministers hold dialogue',
      [
        'New Delhi [India], November 10 (ANI): External Affairs Minister Rohan Mehta held talks with US Secretary of State Dale Warwick in the national capital.',
        'Mehta said the meeting carried forward the agenda set by Prime Minister Arjun Varma and President Neil Hadley during the state visit to Washington in June.',
      ],
      { source: 'ANI', dateline: { place: 'New Delhi', date: 'November 10' } },
    );
    expect(person(a, 'Arjun Varma')?.country).toBe('India');
    expect(person(a, 'Neil Hadley')?.country).toBe('United States');
  });

  it('does not give a Korean-shaped name the Japan of "the Japanese companies" in its sentence', () => {
    const a = article(
      'Prime minister holds talks in Seoul',
      [
        'SEOUL (Kyodo) - Japanese Prime Minister Kenji Tanabe held talks in Seoul on Sunday with South Korean President Baek Min-ho on North Korean missile launches.',
        'Under the plan a foundation, rather than the Japanese companies, would pay the victims, a plan the main opposition party led by Jang Do-yun opposes.',
      ],
      { source: 'Kyodo', dateline: { place: 'SEOUL', date: 'May 7' } },
    );
    expect(person(a, 'Jang Do-yun')?.country).toBe('South Korea');
  });

  it('in a story from Seoul, keeps its president and his spokesman off the side of "the North’s delegation"', () => {
    const a = article(
      'President meets N. Korean delegation',
      [
        'SEOUL, Feb. 10 (Yonhap) -- President Baek Min-ho on Sunday received an invitation from North Korean leader Kim Tae-gon to visit Pyongyang, delivered at a luncheon with the North’s high-level delegation, the presidential office said.',
        'Kim Sol-mi, the leader’s sister, handed Baek a letter from her brother, presidential spokesman Kim Ha-neul told reporters.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'Feb. 10' } },
    );
    expect(person(a, 'Baek Min-ho')?.country).toBe('South Korea');
    expect(person(a, 'Kim Ha-neul')?.country).toBe('South Korea');
    expect(person(a, 'Kim Tae-gon')?.country).toBe('North Korea');
  });
});

describe('the leaders’ spouses', () => {
  it('gives the second of "the leaders and their wives, A and B" the other leader’s country', () => {
    const a = article(
      'Prime minister holds talks in Seoul',
      [
        'SEOUL (Kyodo) - Japanese Prime Minister Kenji Tanabe held talks in Seoul on Sunday with South Korean President Baek Min-ho.',
        'In the evening, the leaders and their wives, Akiko Tanabe and Kim Yun Mi, were to attend a dinner.',
      ],
      { source: 'Kyodo', dateline: { place: 'SEOUL', date: 'May 7' } },
    );
    expect(person(a, 'Akiko Tanabe')?.country).toBe('Japan');
    expect(person(a, 'Kim Yun Mi')?.country).toBe('South Korea');
  });
});

describe('countries of a firm’s heads', () => {
  it('does not give one firm’s chairman the country whose possessive names another firm', () => {
    const a = article(
      'Gas deal signed',
      [
        'The contract between Norland Energy Corp and Russia’s Torgaz was signed in Shanghai by NEC Chairman Li Wenhao and Torgaz CEO Ivan Petrenko.',
      ],
      { source: 'China Daily', dateline: null },
    );
    expect(person(a, 'Li Wenhao')?.country).toBe('China');
    expect(person(a, 'Ivan Petrenko')?.country).toBe('Russia');
  });
});

describe('organisations', () => {
  const entities = orgsAndPlacesUnder('Leaders adopt declaration');

  it('lists each name after "groups including" as a body, a lower-case "network" closing one', () => {
    expect(
      entities(
        'The leaders condemned terrorism and named groups including the Dark Hand, the Eastern Legion, al-Zarqa, the Varn network and Jund-e-Tamar.',
      ).organizations.sort(),
    ).toEqual(['Dark Hand', 'Eastern Legion', 'Jund-e-Tamar', 'Varn network', 'al-Zarqa']);
  });

  it('ends such a list at a country', () => {
    expect(entities('He named groups including the Dark Hand and Iran as threats.').organizations).toEqual([
      'Dark Hand',
    ]);
  });

  it('lists a word whose leaders or foreign ministers meet, or whose talks these are, as a grouping', () => {
    expect(entities('They discussed the upcoming Pentad Leaders’ Summit.').organizations).toEqual(['Pentad']);
    expect(entities('She attended the Pentad foreign ministers’ meeting here.').organizations).toEqual([
      'Pentad',
    ]);
    expect(entities('The ministers will meet on Tuesday for talks of the Pentad.').organizations).toEqual([
      'Pentad',
    ]);
  });

  it('takes no grouping from the sides of a meeting, an adjective after initials, or a meeting’s own name', () => {
    const forum = entities(
      'He travelled on to the Pacific Trade Forum (PTF) Economic Leaders’ Meeting, after the Norland-Vessia-Kestrel leaders’ meeting and the Summit of the Oceans.',
    ).organizations;
    expect(forum).not.toContain('Economic');
    expect(forum).toContain('Pacific Trade Forum');
    expect(entities('They held the Norland-Vessia leaders’ meeting.').organizations).toEqual([]);
    expect(entities('He spoke at the Summit of the Oceans.').organizations).not.toContain('Oceans');
  });

  it('lists no body nor place for a work named with "of" before its noun, nor a place for a body’s possessive', () => {
    const found = entities(
      'The contract between Norland Energy Corp and Russia’s Torgaz was signed by Torgaz CEO Ivan Petrenko.',
      'Gas will flow through the Light of Siberia pipeline, the largest contract in Torgaz’s history.',
    );
    expect(found.organizations).toEqual(['Norland Energy Corp', 'Torgaz']);
    expect(found.places).toEqual(['Beijing', 'Russia']);
  });

  it('lists initials a story credits its facts to', () => {
    expect(
      entities('He later met the army chief at the headquarters, according to the MPRB.').organizations,
    ).toEqual(['MPRB']);
  });

  it('lists a name ending in a spelled count before a word for what a grouping holds', () => {
    expect(
      entities(
        'The leaders turned the five-year-old "Kestrel Five" mechanism into a regional organization.',
        'Vessia had attended the previous Kestrel Five meeting as an observer.',
      ).organizations,
    ).toEqual(['Kestrel Five']);
    expect(
      entities('He thanked them for the release of the "Kestrel Nine" drug smuggling group.').organizations,
    ).toEqual([]);
  });

  it('reads a long name through "on", "and" and "in" to the initials in brackets it spells', () => {
    const found = entities(
      'Both leaders attended the fourth summit of the Council on Trade and Water Security in Asia (CTWA) on Wednesday.',
    );
    expect(found.organizations).toEqual(['Council on Trade and Water Security in Asia']);
    expect(found.places).not.toContain('Asia');
    expect(
      entities('Both attended the summit of the Council on Trade and Water Security in Asia (RKO).')
        .organizations,
    ).not.toContain('Council on Trade and Water Security in Asia');
  });
});
