// Session 37's leftovers of blind rounds 65–67 (held-out 990–1031), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

describe('others who make the same case elsewhere', () => {
  const story = (sentence: string) =>
    article(
      'Island minister addresses climate summit from the lagoon',
      [
        'The foreign minister of Pelora, Tomas Quillberg, addressed the climate summit on Tuesday in a video statement recorded in the lagoon off Pelora.',
        sentence,
      ],
      { source: 'Reuters', dateline: null },
    );

  it('does not count "Other ministers pressed the same case: A and B told a press conference …"', () => {
    const a = story(
      'Other island ministers pressed the same case in Glasgow on Tuesday: Ansel Farrowby and Dale Merrow told a press conference that rich countries had broken their promises.',
    );
    expect(participantNames(a)).toEqual(['Tomas Quillberg']);
  });

  it('does not count one who "pressed the same case" and then spoke to the press', () => {
    const a = story(
      "Dale Merrow, Varna's climate envoy, pressed the same case in Glasgow on Tuesday and told a news conference the talks were slow.",
    );
    expect(participantNames(a)).not.toContain('Dale Merrow');
    expect(participantNames(a)).toContain('Tomas Quillberg');
  });
});

describe('an Under Secretary is no one "under" whom others served', () => {
  const story = (sentence: string) =>
    article(
      'Delegates adopt climate protocol after all-night session',
      [
        'KYOTO, Japan (AFP) - The protocol, gavelled through early on Thursday by committee chairman Tomas Quillberg, commits industrialised nations to cut their emissions.',
        sentence,
      ],
      { source: 'AFP', dateline: { place: 'KYOTO, Japan', date: null }, date: '1997-12-11' },
    );

  it('counts "U.S. Under Secretary of State X, who led the American delegation, said …"', () => {
    const a = story(
      'U.S. Under Secretary of State Dale Farrowby, who led the American delegation, said Washington had won the flexibility it needed.',
    );
    expect(participantNames(a)).toContain('Dale Farrowby');
  });

  it('still reads "under" before a name as another time: "the treaty signed under President X"', () => {
    const a = story(
      'The protocol replaces a treaty signed under President Dale Farrowby, which had set no binding targets.',
    );
    expect(participantNames(a)).not.toContain('Dale Farrowby');
    expect(participantNames(a)).toContain('Tomas Quillberg');
    expect(person(a, 'Dale Farrowby')?.roles).toEqual(['President']);
  });
});

describe('the staff of an international campaign group comment from outside', () => {
  const story = (sentence: string) =>
    article(
      'Delegates adopt climate protocol after all-night session',
      [
        'KYOTO, Japan (AFP) - Delegates adopted a protocol to cut emissions early on Thursday after an all-night session chaired by Tomas Quillberg.',
        sentence,
      ],
      { source: 'AFP', dateline: { place: 'KYOTO, Japan', date: null }, date: '1997-12-11' },
    );

  it('does not count "X of Greenpeace called the targets weak"', () => {
    const a = story(
      'Environmental groups were divided. Dale Farrowby of Greenpeace called the targets "tragically weak".',
    );
    expect(participantNames(a)).not.toContain('Dale Farrowby');
    expect(participantNames(a)).toContain('Tomas Quillberg');
  });

  it('does not count "X, a climate adviser at Oxfam, said …"', () => {
    const a = story('Dale Farrowby, a climate adviser at Oxfam, said the deal was too weak.');
    expect(participantNames(a)).not.toContain('Dale Farrowby');
    expect(person(a, 'Dale Farrowby')?.roles).toEqual(['climate adviser at Oxfam']);
  });

  it('still counts a delegate who speaks: "Pelora\'s Environment Commissioner X said …"', () => {
    const a = story(
      "Pelora's Environment Commissioner Dale Farrowby said she was not fully satisfied with the targets.",
    );
    expect(participantNames(a)).toContain('Dale Farrowby');
  });
});

describe('a statement signed on its first line', () => {
  const statement = (...paragraphs: string[]) =>
    article(
      'Release of Dale Quillberg',
      [
        'Ansel Farrowby, Secretary of State',
        'We welcome the release today of Dale Quillberg, a U.S. citizen who was unjustly detained in Russia for two years.',
        ...paragraphs,
      ],
      { source: null, dateline: null, date: '2022-04-27' },
    );

  it('counts the signer as making the statement', () => {
    expect(participantNames(statement())).toContain('Ansel Farrowby');
  });

  it("places the page's bare offices in the signer's government", () => {
    const a = statement(
      'In return, the United States released Ivo Marchenko, a Russian pilot. President Merrow made the difficult decision to commute his sentence.',
      'I also thank Ambassador Tomas Brickell and the team at our embassy in Moscow, who visited Dale in detention.',
    );
    expect(person(a, 'Merrow')?.country).toBe('United States');
    expect(person(a, 'Tomas Brickell')?.country).toBe('United States');
  });

  it('counts the one released in return and the envoy "on the tarmac" at the exchange', () => {
    const a = statement(
      'In return, the United States released Ivo Marchenko, a Russian pilot who had been serving a long sentence.',
      'I want to thank Special Envoy Tomas Brickell, who was on the tarmac in Ankara when the two men were exchanged.',
    );
    expect(participantNames(a)).toEqual(
      expect.arrayContaining(['Ansel Farrowby', 'Dale Quillberg', 'Ivo Marchenko', 'Tomas Brickell']),
    );
  });
});

describe('the country asked to release someone', () => {
  it('does not place "X" of "We call on Russia to release X" in Russia', () => {
    const a = article(
      'Envoy welcomes release of detained teacher',
      [
        'WASHINGTON, May 3 (Reuters) - A detained American teacher, Dale Quillberg, was freed on Friday.',
        'We continue to call on Russia to release Tomas Brickell, who has been held since 2018, the envoy said.',
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: 'May 3' } },
    );
    expect(person(a, 'Tomas Brickell')?.country).not.toBe('Russia');
    expect(person(a, 'Dale Quillberg')?.country).toBe('United States');
  });
});

describe('a hearing before a court', () => {
  const hearing = (...paragraphs: string[]) =>
    article(
      'Pelora leader tells World Court genocide claims are misleading',
      [
        'THE HAGUE (Reuters) - Myanmar leader Tomas Quillberg told the International Court of Justice (ICJ) on Wednesday that the allegations against the country were misleading, defending the army that once kept him under house arrest for 15 years.',
        ...paragraphs,
      ],
      { source: 'Reuters', dateline: { place: 'THE HAGUE', date: null }, date: '2019-12-11' },
    );

  it('counts one who "listened from the other side of the hall" and a lawyer who "told the judges"', () => {
    const a = hearing(
      'Gambian Justice Minister Ansel Farrowby, who brought the case, listened from the other side of the Great Hall of Justice.',
      "After Quillberg, Dale Merrow, a law professor on Myanmar's legal team, told the judges that the evidence was thin.",
    );
    expect(participantNames(a)).toEqual(['Tomas Quillberg', 'Ansel Farrowby', 'Dale Merrow']);
  });

  it('gives a member of "Myanmar\'s legal team" that country', () => {
    const a = hearing(
      "Dale Merrow, a law professor on Myanmar's legal team, told the judges that the evidence was thin.",
    );
    expect(person(a, 'Dale Merrow')?.country).toBe('Myanmar');
  });

  it('finds and counts the judges "the panel includes": "X of South Africa for Gambia"', () => {
    const a = hearing(
      'The panel includes two judges ad hoc chosen by the parties, Navi Brickell of South Africa for Gambia and Claus Marchenko of Germany for Myanmar.',
    );
    expect(participantNames(a)).toEqual(expect.arrayContaining(['Navi Brickell', 'Claus Marchenko']));
  });

  it("still reads one placed under house arrest as the story's act", () => {
    const a = article(
      'Army officers seize power, place president under house arrest',
      [
        'LIBREVILLE (AFP) - Army officers said on Wednesday they had placed President Tomas Quillberg under house arrest.',
        'Opposition leader Ansel Farrowby said the country was calm.',
      ],
      { source: 'AFP', dateline: { place: 'LIBREVILLE', date: null } },
    );
    expect(participantNames(a)).toEqual(['Tomas Quillberg']);
  });
});

describe('where refugees fled, in the sentence before', () => {
  it("does not place the next sentence's commander in the country they fled to", () => {
    const a = article(
      'Pelora leader tells World Court genocide claims are misleading',
      [
        'THE HAGUE (Reuters) - Myanmar leader Tomas Quillberg told the court on Wednesday that the allegations were misleading.',
        'More than 700,000 people fled to Bangladesh after the crackdown. Investigators have named Commander-in-Chief Ansel Farrowby among the officers who should be prosecuted.',
      ],
      { source: 'Reuters', dateline: { place: 'THE HAGUE', date: null }, date: '2019-12-11' },
    );
    expect(person(a, 'Ansel Farrowby')?.country).not.toBe('Bangladesh');
    expect(person(a, 'Ansel Farrowby')?.roles).toEqual(['Commander-in-Chief']);
  });
});

describe("a headline's counted group named in the story", () => {
  const story = (...paragraphs: string[]) =>
    article(
      'Leader Meets Former President, Grants Special Pardon to Two U.S. Journalists',
      [
        'Pyongyang, August 5 (KCNA) -- Leader Tomas Quillberg met Ansel Farrowby, former president of the United States, who is on a visit to the DPRK.',
        ...paragraphs,
      ],
      { source: 'KCNA', dateline: { place: 'Pyongyang', date: 'August 5' }, date: '2009-08-05' },
    );

  it('gives "the two journalists, A and B" the headline\'s country and counts them', () => {
    const a = story(
      'Quillberg issued an order of the chairman of the DPRK National Defence Commission on granting a special pardon to the two journalists, Dale Merrow and Ivy Brickell of Current TV, who had been sentenced by the Central Court of the DPRK in June.',
    );
    expect(person(a, 'Dale Merrow')?.country).toBe('United States');
    expect(person(a, 'Ivy Brickell')?.country).toBe('United States');
    expect(participantNames(a)).toEqual(expect.arrayContaining(['Dale Merrow', 'Ivy Brickell']));
  });

  it('reads nothing when the story names more people than the headline counts', () => {
    const a = story(
      'The pardon covers the two journalists, Dale Merrow, Ivy Brickell and Tomas Reinholt, who had been sentenced by the Central Court of the DPRK in June.',
    );
    expect(person(a, 'Dale Merrow')?.participant).toBe(false);
  });

  it('counts those "on the U.S. side" of the talks', () => {
    const a = story(
      'On the U.S. side were Dale Merrow, former chief of staff of the White House, and members of the party.',
    );
    expect(participantNames(a)).toContain('Dale Merrow');
  });
});

describe('a summit of the Amazon states', () => {
  const summit = (...paragraphs: string[]) =>
    article(
      'Amazon Summit: leaders sign declaration to fight deforestation',
      [
        'The heads of state of the eight countries of the treaty organisation signed on Tuesday the declaration, a document with 113 points.',
        ...paragraphs,
      ],
      { source: 'Agência Brasil', dateline: null, date: '2023-08-08' },
    );

  it('keeps the title set off after "as well as": "…, as well as the Prime Minister of Guyana, X,"', () => {
    const a = summit(
      'Also at the table were the presidents of Bolivia, Tomas Quillberg, and Suriname, Ansel Farrowby, as well as the Prime Minister of Guyana, Dale Merrow, and others.',
    );
    expect(person(a, 'Dale Merrow')?.roles).toEqual(['Prime Minister of Guyana']);
  });

  it('counts one who welcomed the delegations and "recalled that <a city> will host" a later conference', () => {
    const a = summit(
      'The governor of the state, Dale Merrow, welcomed the delegations and recalled that Santarém will host the UN climate conference in 2025.',
    );
    expect(participantNames(a)).toContain('Dale Merrow');
  });

  it('still reads "recalled that <a person> will host" as a later act of theirs', () => {
    const a = summit(
      'Dale Merrow recalled that Farrowby will host the next summit in 2025.',
      'Farrowby said the forest could not wait.',
    );
    expect(participantNames(a)).not.toContain('Farrowby');
    expect(participantNames(a)).toContain('Dale Merrow');
  });
});

describe('signed "on behalf of" others "by" someone', () => {
  it('counts the one who signed on behalf of the partners', () => {
    const a = article(
      'Uganda, Tanzania sign crude oil pipeline deals as presidents look on',
      [
        'KAMPALA, April 11 (Xinhua) -- Uganda and Tanzania on Sunday signed a set of agreements in a ceremony witnessed by Ugandan President Tomas Quillberg.',
        "The agreements were signed by Ansel Farrowby, Uganda's Minister of Energy, and on behalf of the partners by Dale Merrow, chief executive officer of the national oil company.",
      ],
      { source: 'Xinhua', dateline: { place: 'KAMPALA', date: 'April 11' } },
    );
    expect(participantNames(a)).toContain('Dale Merrow');
  });
});

describe('at the scene of a handover', () => {
  const swap = (...paragraphs: string[]) =>
    article(
      'Dissident walks to freedom across Berlin bridge in East-West swap',
      [
        'BERLIN, Feb 11 (Reuters) - Dissident Tomas Quillberg walked across the bridge into West Berlin on Tuesday, freed in an East-West exchange.',
        ...paragraphs,
      ],
      { source: 'Reuters', dateline: { place: 'BERLIN', date: 'Feb 11' }, date: '1986-02-11' },
    );

  it('counts one who "stood at the eastern end of the bridge" and one "waiting for him on the Western side"', () => {
    const a = swap(
      'East German lawyer Ansel Farrowby, who has negotiated most of the exchanges since the 1960s, stood at the eastern end of the bridge throughout.',
      'Quillberg crossed the white line at 11:05 a.m. (1005 GMT) beside U.S. Ambassador Dale Merrow, who had been waiting for him on the Western side.',
    );
    expect(participantNames(a)).toEqual(expect.arrayContaining(['Ansel Farrowby', 'Dale Merrow']));
  });

  it('places a bare "Deputy Secretary of State" in the United States', () => {
    const a = article(
      'Freed hostages reach Algiers',
      [
        'ALGIERS, Algeria (AP) — The freed hostages landed in Algiers early Wednesday aboard an Algerian airliner.',
        'Deputy Secretary of State Dale Merrow, who negotiated the release through Algerian intermediaries, waited at the foot of the ramp.',
      ],
      { source: 'AP', dateline: { place: 'ALGIERS, Algeria', date: null }, date: '1981-01-21' },
    );
    expect(person(a, 'Dale Merrow')?.country).toBe('United States');
  });
});

describe('a spokesperson at the scene', () => {
  it('counts a spokeswoman who "was also at the airport to welcome her"', () => {
    const a = article(
      'Freed activist returns to Moscow after 15 months in US prison',
      [
        'MOSCOW, October 26. /TASS/. Activist Ivy Brickell, freed from a US prison, returned to Moscow on Saturday.',
        'Russian Foreign Ministry Spokeswoman Dale Merrow was also at the airport to welcome her.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: 'October 26' }, date: '2019-10-26' },
    );
    expect(participantNames(a)).toContain('Dale Merrow');
  });
});

describe('the city a judge sits in', () => {
  it('places "a federal judge in Washington, X," in a TASS story in the United States', () => {
    const a = article(
      'Freed activist returns to Moscow after 15 months in US prison',
      [
        'MOSCOW, October 26. /TASS/. Activist Ivy Brickell, freed from a US prison, returned to Moscow on Saturday.',
        'In April a federal judge in Washington, Dale Merrow, sentenced her to 18 months in prison.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: 'October 26' }, date: '2019-10-26' },
    );
    expect(person(a, 'Dale Merrow')?.country).toBe('United States');
  });
});
