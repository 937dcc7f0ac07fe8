// Session 35's older leftovers and roles audit, on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const roles = (a: ReturnType<typeof article>, name: string) => person(a, name)?.roles;

describe('a title qualified by a noun that is also a verb ("party", "rights", "farm")', () => {
  it('keeps the noun after an article, a title modifier or a nationality', () => {
    const a = article('Opposition meets', [
      'Among the guests were the rights activist Ana Veltri and senior party leader Halvard Korvane.',
      'East Dunmorian envoy Petra Brann and Polish party chief Maren Lindell arrived later.',
    ]);
    expect(roles(a, 'Ana Veltri')).toEqual(['rights activist']);
    expect(roles(a, 'Halvard Korvane')).toEqual(['senior party leader']);
    expect(roles(a, 'Maren Lindell')).toEqual(['Polish party chief']);
  });

  it('keeps it at the start of a sentence, as written there', () => {
    const a = article('Election results', [
      'Ruling party candidate Kaspar Orlik won the vote on Sunday.',
      'The ruling party leader Vesna Tellan congratulated him.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['Ruling party candidate']);
    expect(roles(a, 'Vesna Tellan')).toEqual(['ruling party leader']);
  });

  it('opens the title after a contest\'s verb or a participle ("beat farm minister X")', () => {
    const a = article('Party picks new leader', [
      'Ana Veltri beat farm minister Kaspar Orlik in a runoff.',
      'The army ousted veteran president Halvard Korvane in April.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['farm minister']);
    expect(roles(a, 'Halvard Korvane')).toEqual(['veteran president']);
  });

  it('still reads the verb as a verb after a subject', () => {
    const a = article('Talks resume', ['The minister said party leader Maren Lindell would attend.']);
    expect(roles(a, 'Maren Lindell')).toEqual(['leader']);
  });
});

describe('a second appositive that a name after it closes ("X, the candidate of …, the president of …, Y Z, said")', () => {
  it('gives that office to the name after it, not to the one before', () => {
    const a = article('Election results', [
      'The count gave 56% to Halvard Korvane against 44% for Ana Veltri, the candidate of the Citizen Movement, the president of the National Electoral Council, Maren Lindell, said in the capital.',
    ]);
    expect(roles(a, 'Ana Veltri')).toEqual(['candidate of the Citizen Movement']);
    expect(roles(a, 'Maren Lindell')).toEqual(['president of the National Electoral Council']);
  });
});

describe("a national outlet's story from its own country that places two people there", () => {
  const A = 'Russian Energy Minister Kaspar Orlik said the new reactor would open next year.';
  const B = 'Kremlin spokesman Halvard Korvane confirmed the date.';
  const C = 'Engineer Maren Lindell, 70, who designed the first reactor, told a newspaper she was pleased.';
  const inMoscow = (source: string, paragraphs: string[]) =>
    article('Reactor to open next year, minister says', paragraphs, {
      source,
      dateline: { place: 'MOSCOW', date: 'Aug. 21' },
    });

  it('is a domestic story: the others it names are locals', () => {
    expect(person(inMoscow('TASS', [A, B, C]), 'Maren Lindell')?.country).toBe('Russia');
  });

  it("is not one when a foreigner is placed too, or when the outlet is not that country's", () => {
    const D = 'French Ambassador Ana Veltri attended the briefing.';
    expect(person(inMoscow('TASS', [A, B, D, C]), 'Maren Lindell')?.country).toBeNull();
    expect(person(inMoscow('Reuters', [A, B, C]), 'Maren Lindell')?.country).toBeNull();
  });
});

describe('"Former" opening a sentence, or the story after its dateline\'s dash', () => {
  it('keeps the word of time with the title', () => {
    const a = article('Race won', [
      'Former economic security minister Kaspar Orlik won the race on Friday.',
      'Outgoing police chief Ana Veltri congratulated him.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['Former economic security minister']);
    expect(roles(a, 'Ana Veltri')).toEqual(['Outgoing police chief']);
  });

  it('keeps it after the dash that follows the dateline', () => {
    const a = article('New premier sworn in', [
      'The Hague (AFP) – Former spy chief Kaspar Orlik was sworn in on Tuesday.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['Former spy chief']);
  });
});

describe('a relative clause after an appositive office', () => {
  it('ends the office at "whom"', () => {
    const a = article('Palace banquet', [
      'At the banquet sat Kaspar Orlik, the former Dunmore governor whom Prime Minister Halvard Korvane had named to plan the tour.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['former Dunmore governor']);
    expect(roles(a, 'Halvard Korvane')).toEqual(['Prime Minister']);
  });
});

describe('the words that qualify a lower-case title before a name', () => {
  it('keeps a qualifying participle the verb list holds ("ruling")', () => {
    const a = article('Runoff held', [
      'Ana Veltri won the runoff, defeating ruling coalition candidate Kaspar Orlik.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['ruling coalition candidate']);
  });

  it("keeps a country's name, or a bloc's written as one, before the title", () => {
    const a = article('Speaker elected', [
      'The motion passed by a voice vote, defeating INDIA bloc candidate Kaspar Orlik.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['INDIA bloc candidate']);
  });

  it('keeps a body\'s name with its "of" ("Democratic Party of Japan leader")', () => {
    const a = article('Opposition reacts', [
      'He met Constitutional Democratic Party of Japan leader Kaspar Orlik and University of Tokyo professor Ana Veltri on Monday.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['Constitutional Democratic Party of Japan leader']);
    expect(roles(a, 'Ana Veltri')).toEqual(['University of Tokyo professor']);
  });
});

describe('a legislator named by the seat they were elected from', () => {
  it('keeps "from" and the seat with the title, and the office after "and"', () => {
    const a = article('Runoff won', [
      'Kaspar Orlik, a lawmaker from Tabriz and a former finance minister, won the vote.',
      'Ana Veltri, a former senator from Florida, and Halvard Korvane, the MLA from Sultanpur Majra, congratulated him.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['lawmaker from Tabriz', 'former finance minister']);
    expect(roles(a, 'Ana Veltri')).toEqual(['former senator from Florida']);
    expect(roles(a, 'Halvard Korvane')).toEqual(['MLA from Sultanpur Majra']);
  });

  it("leaves out a date, and a seat named by its state's possessive", () => {
    const a = article('Candidate fielded', [
      "Kaspar Orlik, a senator from March 2010, and Ana Veltri, an eight-time MP from Kerala's Mavelikkara, were fielded.",
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['senator']);
    expect(roles(a, 'Ana Veltri')).toEqual(['eight-time MP']);
  });
});

describe("an international body's name before a lower-case title", () => {
  it('keeps the body and a title word opening the sentence ("Chief UN weapons inspector")', () => {
    const a = article('Inspectors report', [
      'Chief UN weapons inspector Kaspar Orlik said the search would go on.',
      'He was joined by the U.N. weapons inspector Ana Veltri.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual(['Chief UN weapons inspector']);
    expect(roles(a, 'Ana Veltri')).toEqual(['U.N. weapons inspector']);
  });
});

describe('a participle after the complement of an appositive office', () => {
  it('ends the office before "living in exile"', () => {
    const a = article('Prize awarded', [
      'Ana Veltri, an activist of the movement living in exile, accepted the prize.',
    ]);
    expect(roles(a, 'Ana Veltri')).toEqual(['activist of the movement']);
  });
});

describe('where someone is from or lives', () => {
  it('is no role ("a native of Dunmore")', () => {
    const a = article('Bodies recovered', [
      'Police named the dead as Kaspar Orlik, 35, a native of Dunmore who lived in the capital, and Ana Veltri, 26.',
    ]);
    expect(roles(a, 'Kaspar Orlik')).toEqual([]);
  });
});
