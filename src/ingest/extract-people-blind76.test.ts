// People seen first in the seventy-sixth blind round of held-out articles (the wires of 1945–1979: TASS's initials,
// "Pandit", "Generalissimo", "Foreign Commissar", a surname that is a title word after two given names, the Arabic
// article as older transliteration writes it, a Soviet ministry), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

const tass = { source: 'TASS', date: '1975-08-02', dateline: { place: 'MOSCOW', date: 'August 2' } };
const ap = { source: 'AP', date: '1955-05-10', dateline: { place: 'PORT ELLIS', date: null } };
const pti = { source: 'PTI', date: '1955-05-10', dateline: { place: 'NEW DELHI', date: 'May 9' } };

describe('initials that are also words', () => {
  it('reads "A. A." and "A. F." before a surname as a name\'s initials, as TASS writes them', () => {
    const a = article(
      'Talks held in Moscow',
      [
        'Taking part in the conversation were A. A. Petrakov, USSR Minister of Foreign Trade, and A. F. Dremin, USSR Ambassador to Arland.',
      ],
      tass,
    );
    const names = extract(a).people.map((p) => p.name);
    expect(names).toEqual(['A. A. Petrakov', 'A. F. Dremin']);
    expect(person(a, 'A. F. Dremin')?.roles).toEqual(['USSR Ambassador to Arland']);
  });

  it('reads "Y. S." after an honorific as initials', () => {
    const a = article(
      'Minister opens dam',
      ['The Chief Minister, Dr. Y. S. Ranade, opened the dam on Monday.'],
      pti,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Y. S. Ranade']);
  });

  it('keeps the article "A" opening a sentence out of a name', () => {
    const a = article(
      'Minister opens dam',
      ['A Chief Minister, Mr. Ravi Kelkar, opened the dam on Monday.'],
      pti,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Ravi Kelkar']);
  });
});

describe('styles and titles of the time', () => {
  it('drops "Pandit" before a name and keeps the surname after it as an alias', () => {
    const a = article(
      'Prime Minister meets visitors',
      ['Pandit Ravi Kelkar received the visitors today.', 'They had two talks with Pandit Kelkar.'],
      pti,
    );
    const names = extract(a).people.map((p) => p.name);
    expect(names).toEqual(['Ravi Kelkar']);
    expect(person(a, 'Ravi Kelkar')?.aliases).toContain('Kelkar');
  });

  it('keeps "Pandit" as a surname after a given name', () => {
    const a = article(
      'Assembly elects president',
      ['Mrs. Meera Pandit, President of the Assembly, opened the session.'],
      pti,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Meera Pandit']);
  });

  it('reads "Generalissimo" and "Foreign Commissar" as titles before a name', () => {
    const a = article(
      'Leaders end conference',
      [
        'Generalissimo Tomas Vargo and Foreign Commissar Pavel Voskov ended the conference today.',
        'Vargo was host at a dinner.',
      ],
      ap,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Tomas Vargo', 'Pavel Voskov']);
    expect(person(a, 'Tomas Vargo')?.roles).toEqual(['Generalissimo']);
    expect(person(a, 'Pavel Voskov')?.roles).toEqual(['Foreign Commissar']);
  });

  it('reads a Soviet ministry of "State Farms" as the minister\'s portfolio, not a name', () => {
    const a = article(
      'Delegations arrive',
      ['The Soviet Union was represented by its Minister of State Farms, Oleg Varenko.'],
      ap,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Oleg Varenko']);
    expect(person(a, 'Oleg Varenko')?.roles).toEqual(['Minister of State Farms']);
  });
});

describe('names of older spellings', () => {
  it('reads a title word closing a name after two given names as the surname', () => {
    const a = article(
      'Guests arrive for ceremony',
      ['Dr. Carol Ann King, who led the campaign, came with a group of guests.'],
      ap,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Carol Ann King']);
  });

  it('keeps the Arabic article written "es-" inside a name', () => {
    const a = article(
      'Minister dines with king',
      ['The minister gave a dinner for the Iraqi Prime Minister, Karim es-Sayegh.'],
      ap,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Karim es-Sayegh']);
  });
});

describe('countries of the time', () => {
  it('gives no one the country of an occupied Germany with no government, 1945–1949', () => {
    const a = article(
      'BIG THREE END CONFERENCE; GERMANY TO BE RUN AS ONE UNIT',
      ['President Hadley and Prime Minister Tomas Vargo ended their conference at the palace today.'],
      { source: 'AP', date: '1945-08-03', dateline: { place: 'POTSDAM, GERMANY', date: 'AUG. 2' } },
    );
    expect(person(a, 'Hadley')?.country ?? null).not.toBe('Germany');
    expect(person(a, 'Tomas Vargo')?.country ?? null).not.toBe('Germany');
    expect(person(a, 'Tomas Vargo')?.roles).toEqual(['Prime Minister']);
    expect(person(a, 'Tomas Vargo')?.participant).toBe(true);
  });

  it('still gives a West German dateline its country after 1949', () => {
    const a = article(
      'Chancellor opens session',
      ['Chancellor Tomas Vargo opened the session of parliament today.'],
      { source: 'AP', date: '1955-08-03', dateline: { place: 'BONN, GERMANY', date: 'AUG. 2' } },
    );
    expect(person(a, 'Tomas Vargo')?.country).toBe('Germany');
  });

  it('reads a "Foreign Commissar" as the Soviet Union\'s', () => {
    const a = article('Ministers meet', ['Foreign Commissar Pavel Voskov met the envoys today.'], ap);
    expect(person(a, 'Pavel Voskov')?.country).toBe('Soviet Union');
  });

  it("does not make the last of a list of the powers' ministers a compatriot of the one before", () => {
    const a = article(
      'Ministers draft text',
      [
        'Secretary of State Alan Hadley, Foreign Commissar Pavel Voskov and Foreign Secretary Edwin Marsh worked over the text.',
      ],
      ap,
    );
    expect(person(a, 'Pavel Voskov')?.country).toBe('Soviet Union');
    expect(person(a, 'Edwin Marsh')?.country ?? null).not.toBe('Soviet Union');
  });

  it("reads Hsinhua as Xinhua: its Wade-Giles officials are China's, also where the story names Taiwan", () => {
    const a = article(
      'Chinese and foreign sides issue communique',
      [
        'The Chinese side reaffirmed that Taiwan is a province of China.',
        'Also present were Tang Hsiu-ming, Vice-Chairman of the Military Commission, and Kao Chien-fu, Vice-Premier.',
      ],
      { source: 'Hsinhua', date: '1972-02-28', dateline: { place: 'SHANGHAI', date: 'February 28' } },
    );
    expect(person(a, 'Tang Hsiu-ming')?.country).toBe('China');
    expect(person(a, 'Kao Chien-fu')?.country).toBe('China');
  });

  it('finds a leader named only by the group ruling with them ("the X clique")', () => {
    const a = article(
      'Statement issued',
      ['The side will never allow the Tomas Vargo clique to stand in the way of reunification.'],
      ap,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Tomas Vargo']);
  });
});

describe('a world wire from the country the story is about', () => {
  it("gives an Alexandria dateline Egypt's country, and its bare president the dateline's side", () => {
    const a = article(
      'President nationalises canal company',
      [
        'President Karim Haddad tonight announced that his government had taken over the canal company.',
        'In London, Foreign Secretary Alan Hadley made no comment.',
      ],
      { source: 'Reuter', date: '1956-07-27', dateline: { place: 'ALEXANDRIA', date: 'July 26' } },
    );
    // Nothing but the dateline says whose president he is: the story's other side is Britain's.
    expect(person(a, 'Karim Haddad')?.country).toBe('Egypt');
    expect(person(a, 'Alan Hadley')?.country).toBe('United Kingdom');
  });
});

describe('the parts of a meeting in the older wires', () => {
  it('reads "also sat in." and "Accompanying the President were …" as taking part', () => {
    const a = article(
      'Leaders end talks',
      [
        'President Tomas Vargo and Premier Pavel Voskov ended two days of talks today.',
        'Ambassador Lena Morrow and Ambassador Oleg Varenko also sat in.',
        'Accompanying the President were Mrs. Greta Vargo, Secretary of State Alan Hadley and other officials.',
      ],
      ap,
    );
    const part = extract(a)
      .people.filter((p) => p.participant)
      .map((p) => p.name);
    expect(part).toEqual(expect.arrayContaining(['Lena Morrow', 'Oleg Varenko', 'Greta Vargo']));
  });
});

describe("a quotation closed by the sentence's stop", () => {
  it("ends its sentence at the closing quote, so the next one's appositive names its person", () => {
    const a = article(
      'Summit debates blocs',
      [
        'He said the movement must "remain independent." Sweden\'s Foreign Minister, Ravi Kelkar, took the same line.',
      ],
      ap,
    );
    expect(person(a, 'Ravi Kelkar')?.roles).toEqual(["Sweden's Foreign Minister"]);
  });

  it('keeps "Before him, X …" after a quote in the event, the order of its speakers', () => {
    const a = article(
      'Games opened with ceremony on the river',
      [
        'President Tomas Vargo declared the Games open on Friday.',
        'Oleg Varenko, the Games federation president, speaks: “This is a Games of peace.” Before him, Lena Morrow, president of the organising committee, thanked the volunteers.',
      ],
      ap,
    );
    expect(person(a, 'Lena Morrow')?.participant).toBe(true);
  });
});

describe("offices of the story's year", () => {
  it("gives a bare prime minister in Accra in 1957 Ghana's country, the office the country had then", () => {
    const a = article(
      'NEW STATE IS BORN AT MIDNIGHT',
      ['As the flag came down, the Prime Minister, Dr. Kojo Asante, told a crowd of 100,000: "We are free."'],
      { source: 'Reuter', date: '1957-03-06', dateline: { place: 'ACCRA', date: 'March 6' } },
    );
    expect(person(a, 'Kojo Asante')?.country).toBe('Ghana');
  });
});

describe('the two Germanys of the Cold War', () => {
  it('keeps a president named before "Chancellor Y of West Germany" apart from Y\'s country', () => {
    const a = article(
      'Leaders sign treaty',
      [
        'President Tomas Vargo and Chancellor Oleg Varenko of West Germany put their names this morning to a pact on trade between France and the Federal Republic.',
        'It was signed as well by Prime Minister Alan Hadley for France and by Foreign Minister Pavel Voskov for West Germany.',
      ],
      { source: 'AFP', date: '1963-01-22', dateline: { place: 'PARIS', date: 'Jan 22' } },
    );
    expect(person(a, 'Oleg Varenko')?.country).toBe('Germany');
    expect(person(a, 'Tomas Vargo')?.country).toBe('France');
  });

  it('reads "In Bonn," as West Germany\'s seat', () => {
    const a = article(
      'Treaty signed',
      [
        'The two leaders signed the treaty in Paris today.',
        'In Bonn, Lena Morrow, leader of the opposition party, called the treaty a good start but warned against "any rift with Washington."',
      ],
      { source: 'AFP', date: '1963-01-22', dateline: { place: 'PARIS', date: 'Jan 22' } },
    );
    expect(person(a, 'Lena Morrow')?.country).toBe('Germany');
  });
});

describe('a faction named for a country it backs', () => {
  it('does not give a "leader of the pro-Taiwan group" Taiwan\'s country', () => {
    const a = article(
      'Two countries establish relations',
      [
        'In Tokyo, former Prime Minister Oleg Varenko, a leader of the pro-Taiwan group in the ruling party, said the government had acted too hastily.',
      ],
      { source: 'Kyodo', date: '1972-09-29', dateline: { place: 'PEKING', date: 'Sept. 29' } },
    );
    expect(person(a, 'Oleg Varenko')?.country).toBe('Japan');
  });
});
