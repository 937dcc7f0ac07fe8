// People seen first in the sixty-seventh blind round of held-out articles (climate, environment and energy
// diplomacy: climate envoys and energy ministers, a UN convention's secretary, India's releases, a negotiations
// bulletin's delegates, two presidents at a signing, a caption's title), on invented sentences with invented
// people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

describe('climate and energy portfolios in titles', () => {
  it('reads "Envoy for Climate" as the title before the name, not the name\'s first word', () => {
    const a = article('Envoy visits', [
      'US Special Presidential Envoy for Climate Tom Barlow met officials on Thursday.',
    ]);
    expect(person(a, 'Tom Barlow')?.roles).toEqual(['US Special Presidential Envoy for Climate']);
    expect(person(a, 'Climate Tom Barlow')).toBeUndefined();
  });

  it('finds a minister of electricity and renewable energy, and one for climate policy', () => {
    const a = article('Plant deal signed', [
      "Egypt's Minister of Electricity and Renewable Energy Ahmed Farouk signed the contract.",
      'Vice Minister for Climate Policy Jan Rolf also spoke.',
    ]);
    expect(person(a, 'Ahmed Farouk')?.roles).toEqual([
      "Egypt's Minister of Electricity and Renewable Energy",
    ]);
    expect(person(a, 'Jan Rolf')?.roles).toEqual(['Vice Minister for Climate Policy']);
  });

  it("takes no person from the words of an envoy's brief or of a convention's name", () => {
    const names = extract(
      article('Talks open', [
        'Karl Mendez, Special Envoy for International Climate Action at the Foreign Office, also spoke.',
        'Nora Lind, Executive Secretary of the UN Framework Convention on Climate Change, attended.',
      ]),
    ).people.map((p) => p.name);
    expect(names).toEqual(['Karl Mendez', 'Nora Lind']);
  });

  it("gives a convention's executive secretary the convention's whole name as the title", () => {
    const a = article('Talks open', [
      'Ida Sten, Executive Secretary of the UN Framework Convention on Climate Change, spoke first.',
      'Olga Brun, Executive Secretary of the UN Convention to Combat Desertification, attended.',
    ]);
    expect(person(a, 'Ida Sten')?.roles).toEqual([
      'Executive Secretary of the UN Framework Convention on Climate Change',
    ]);
    expect(person(a, 'Olga Brun')?.roles).toEqual([
      'Executive Secretary of the UN Convention to Combat Desertification',
    ]);
  });
});

describe("India's official releases", () => {
  const pib = { source: 'PIB', dateline: null };

  it('gives a minister of two ministries the whole title before "Shri"', () => {
    const a = article(
      'Ministers meet',
      [
        'The review was chaired by Union Minister for Culture, Tourism and Civil Aviation and Youth and Sports, Shri Ravi Menon.',
      ],
      pib,
    );
    expect(person(a, 'Ravi Menon')?.roles).toEqual([
      'Union Minister for Culture, Tourism and Civil Aviation and Youth and Sports',
    ]);
  });

  it('reads "Thiru" as a style, and the title after an opening clause as the name\'s', () => {
    const a = article(
      'Ministers meet',
      ['Addressing the opening session, Chief Minister of Kerala, Thiru K.R. Nair welcomed the delegates.'],
      pib,
    );
    expect(person(a, 'K.R. Nair')?.roles).toEqual(['Chief Minister of Kerala']);
    expect(person(a, 'Thiru K.R. Nair')).toBeUndefined();
  });

  it('reads "Secretary, Ministry of …, Smt. X," as one title, the ministry\'s portfolios listed with commas', () => {
    const a = article(
      'Ministers meet',
      ['Secretary, Ministry of Water, Land and Coastal Affairs, Smt. Lata Iyer, presented a summary.'],
      pib,
    );
    expect(person(a, 'Lata Iyer')?.roles).toEqual(['Secretary, Ministry of Water, Land and Coastal Affairs']);
  });
});

describe("a negotiations bulletin's delegates", () => {
  const a = article('SUMMARY OF THE CLIMATE CONFERENCE', [
    'Maldives, for AOSIS, speaking through Amir Nadeem (Maldives), welcomed the text.',
    'South Africa, for the G-77/China, speaking through Zanele Mbeko (South Africa), said the group would join.',
  ]);

  it('finds the one a party speaks through, of the country in brackets, taking part', () => {
    const p = person(a, 'Zanele Mbeko');
    expect(p?.country).toBe('South Africa');
    expect(p?.aliases).toEqual([]);
    expect(person(a, 'Amir Nadeem')?.country).toBe('Maldives');
    expect(taking(a)).toEqual(['Amir Nadeem', 'Zanele Mbeko']);
  });
});

describe("the summit's table", () => {
  it('counts those "also at the table" as taking part', () => {
    const a = article('Leaders sign forest pact', [
      'The leaders signed the Manaus Declaration on Tuesday.',
      'Also at the table were the presidents of Chile, Tomas Vela, and Peru, Rosa Quispe.',
    ]);
    expect(taking(a)).toEqual(['Tomas Vela', 'Rosa Quispe']);
  });
});

describe('two holders of one office named together', () => {
  it("does not give the second president the first one's nationality", () => {
    const a = article(
      'Leaders witness signing of plant contracts in Cairo',
      [
        "Russian President Ivan Petrov and President Omar Farid on Monday witnessed the signing of the contracts for Egypt's first nuclear power plant, after talks at the presidential palace in Cairo.",
      ],
      { dateline: null, source: null },
    );
    expect(person(a, 'Ivan Petrov')?.country).toBe('Russia');
    expect(person(a, 'Omar Farid')).toBeDefined();
    expect(person(a, 'Omar Farid')?.country).not.toBe('Russia');
  });

  it("still reads a president's premier beside him as a compatriot", () => {
    const a = article('Leaders meet guests', [
      'Chinese President Li Wenhao and Premier Zhou Ping met the delegation on Monday.',
    ]);
    expect(person(a, 'Zhou Ping')?.country).toBe('China');
  });
});

describe("a caption's title", () => {
  it("gives someone the story names in full without a title the caption's title and country", () => {
    const a = article(
      'Minister addresses summit standing in the sea',
      [
        'Peter Latu stood at a lectern set up in the sea for the video statement, shown at the summit on Tuesday.',
      ],
      {
        dateline: null,
        source: 'Reuters',
        captions: ["Tonga's Foreign Minister Peter Latu delivers a statement while standing in the ocean."],
      },
    );
    const p = person(a, 'Peter Latu');
    expect(p?.roles).toEqual(["Tonga's Foreign Minister"]);
    expect(p?.country).toBe('Tonga');
  });
});

describe('at the talks, or at the next stop', () => {
  it('counts a go-between "who shuttled between the … camps for much of the night" as taking part', () => {
    const a = article(
      'Delegates agreed a protocol on emissions on Thursday morning after talks that ran through the night in Kyoto.',
      [
        'The protocol commits industrialised nations to cut their emissions.',
        'British Deputy Prime Minister Carl Webb, who shuttled between the two camps for most of the night, said Europe had got more than it expected.',
      ],
      { titleDerived: true, dateline: { place: 'KYOTO, Japan', date: null }, source: 'AFP' },
    );
    expect(taking(a)).toContain('Carl Webb');
  });

  it('counts one who "opened the plenary" or "led the working sessions" as at the conference', () => {
    const a = article('Ocean conference opens', [
      'President Dana Roos opened the plenary at the arena on Monday.',
      'State Secretary Ivo Salm led the working sessions on finance.',
    ]);
    expect(taking(a)).toEqual(['Dana Roos', 'Ivo Salm']);
  });

  it('leaves out the one a visitor "flew on to" meet after the event', () => {
    const a = article('Leaders sign plant deal in Cairo', [
      'President Petra Lind and Prime Minister Ines Moll signed the deal in Cairo on Monday.',
      'Lind then went on to Riga for talks with Latvian President Omar Kaya.',
    ]);
    expect(taking(a)).not.toContain('Omar Kaya');
    expect(taking(a)).toEqual(expect.arrayContaining(['Petra Lind', 'Ines Moll']));
    expect(person(a, 'Omar Kaya')?.roles).toEqual(['Latvian President']);
  });
});
