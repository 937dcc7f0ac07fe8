// People seen first in the forty-fourth blind round of held-out articles (South and Southeast Asia, the Korean
// peninsula, Russia and the CIS as their own agencies carry them: summits, state visits, courtesy calls, phone
// calls), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import {
  extractTest as run,
  orgsAndPlacesUnder,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('names', () => {
  it('reads a nickname quoted inside a name as an alias, and the words after it as the rest of the name', () => {
    const a = article(
      'Ministers sign rice deal',
      [
        'The deal was signed by Agriculture Secretary Ramon "Monching" Dela Rosa and President Wiryo “Wiwi” Hartanto.',
        'Dela Rosa said prices would stay stable. Wiwi thanked the farmers.',
      ],
      { source: 'PNA', dateline: { place: 'MANILA', date: null } },
    );
    expect(names(a)).toEqual(['Ramon Dela Rosa', 'Wiryo Hartanto']);
    expect(person(a, 'Ramon Dela Rosa')?.aliases).toContain('Monching');
    expect(person(a, 'Wiryo Hartanto')?.aliases).toContain('Wiwi');
  });
});

describe('countries of the hosts a visitor meets', () => {
  it('places bare-titled hosts met later in a story filed abroad in the dateline country', () => {
    const a = article(
      'President Orlov holds talks in Hanoi',
      [
        'Russian President Pavel Orlov held talks with Vietnamese President Dao Van Tu in Hanoi on Thursday.',
        'Orlov said Moscow valued the partnership.',
        'The Russian president was also due to meet Prime Minister Le Van Hai and the Chairman of the National Assembly, Tran Duc Lanh, before leaving for Moscow in the evening.',
      ],
      { source: 'TASS', dateline: { place: 'HANOI', date: 'June 20' } },
    );
    expect(person(a, 'Le Van Hai')?.country).toBe('Vietnam');
    expect(person(a, 'Tran Duc Lanh')?.country).toBe('Vietnam');
  });

  it("gives a bare-titled host met by a described visitor the host's country, not the visitor's nationality", () => {
    const a = article(
      'PM Aziz, Saudi FM discuss investment package',
      [
        'Prime Minister Kamran Aziz on Tuesday received Saudi Foreign Minister Prince Nayef bin Saad Al Saud.',
        'Earlier, the Saudi foreign minister co-chaired a session at the Foreign Office and afterwards met Chief of Army Staff General Tariq Mehmood at the army headquarters.',
      ],
      { source: 'APP', dateline: { place: 'ISLAMABAD', date: 'Apr 16' } },
    );
    expect(person(a, 'Tariq Mehmood')?.country).toBe('Pakistan');
  });

  it('reads "the situation in X" after the name as what was discussed, not where the speaker is from', () => {
    const a = article(
      'PM Mehra meets President Volkov on sidelines of summit',
      [
        'Prime Minister Arun Mehra held talks with Russian President Ilya Volkov on the sidelines of the summit here on Friday.',
        'Briefing reporters, Foreign Secretary Rohan Tandon said the talks covered trade, energy and the situation in Afghanistan.',
      ],
      { source: 'PTI', dateline: { place: 'Samarkand', date: 'Sep 16' } },
    );
    expect(person(a, 'Rohan Tandon')?.country).toBe('India');
  });
});

describe('who takes part', () => {
  const YONHAP = { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'April 27' } };

  it('counts those who accompanied a leader at the table, or sat with the other, and not the guests of a later banquet', () => {
    const a = article(
      'Leaders of two Koreas agree to end hostilities',
      [
        'South Korean President Park Min-ho and North Korean leader Ri Chol-su agreed Friday to end hostilities.',
        "Ri was accompanied at the table by his aide Jang Sun-ok, and Ko Hyon-chol, a party secretary. On the South's side, presidential chief of staff Han Dong-jin and intelligence chief Seo Ki-bong sat with Park.",
        "The North Korean leader's wife, Kang Mi-ran, came that evening to a banquet hosted by first lady Yu Hye-won.",
      ],
      YONHAP,
    );
    expect(taking(a)).toEqual([
      'Park Min-ho',
      'Ri Chol-su',
      'Jang Sun-ok',
      'Ko Hyon-chol',
      'Han Dong-jin',
      'Seo Ki-bong',
    ]);
  });

  it('counts each side\'s officials listed as "Present from the … side were"', () => {
    const a = article(
      'Talks between top leaders held',
      [
        'Talks between Chairman Ri Myong-guk and President Pavel Sergeyevich Orlov were held on June 19.',
        'Present at the talks from the Korean side were Premier Kim Song-nam and Foreign Minister Ro Un-hui.',
        'Present from the Russian side were Ivan Petrovich Zaitsev, minister of Foreign Affairs, and Oleg Ilyich Sokolov, minister of Defence.',
      ],
      { source: 'KCNA', dateline: { place: 'Pyongyang', date: 'June 20' } },
    );
    expect(taking(a)).toEqual([
      'Ri Myong-guk',
      'Pavel Sergeyevich Orlov',
      'Kim Song-nam',
      'Ro Un-hui',
      'Ivan Petrovich Zaitsev',
      'Oleg Ilyich Sokolov',
    ]);
  });

  it('counts leaders who "spoke in favour of" something at the meeting, and not one briefing reporters on it', () => {
    const a = article(
      'Leaders meet in St Petersburg',
      [
        'The leaders of the Commonwealth met informally in St Petersburg on Tuesday, Belarus President Yuri Sakovich said.',
        'Kazakhstan President Arman Nurlanov and Uzbekistan President Timur Azimov spoke in favour of cutting red tape for businesses.',
        'Briefing reporters, Foreign Secretary Anil Joshi said the talks covered trade.',
      ],
      { source: 'BelTA', dateline: { place: 'ST PETERSBURG', date: '26 December' } },
    );
    expect(taking(a)).toEqual(['Yuri Sakovich', 'Arman Nurlanov', 'Timur Azimov']);
  });

  it('leaves out both royals to whom greetings are conveyed, the second named by a compound title', () => {
    const a = article(
      'PM Aziz, Saudi FM discuss investment package',
      [
        'Prime Minister Kamran Aziz on Tuesday received Saudi Minister of Foreign Affairs Prince Nayef bin Saad Al Saud.',
        'The prime minister, who received his guest at his office, conveyed greetings to King Fahd bin Saad Al Saud and Crown Prince and Prime Minister Turki bin Fahd bin Saad Al Saud.',
      ],
      { source: 'APP', dateline: { place: 'ISLAMABAD', date: 'Apr 16' } },
    );
    expect(taking(a)).toEqual(['Kamran Aziz', 'Nayef bin Saad Al Saud']);
  });
});

describe('patronymics', () => {
  it('reads the given name and surname after a full name with a patronymic as the same person', () => {
    const a = article(
      'Leaders hold talks',
      [
        'Chairman Ri Myong-guk held talks with Pavel Sergeyevich Orlov, president of the Russian Federation.',
        'It was the first visit since Pavel Orlov came in 2000.',
      ],
      { source: 'KCNA', dateline: { place: 'Pyongyang', date: 'June 20' } },
    );
    expect(names(a)).toEqual(['Ri Myong-guk', 'Pavel Sergeyevich Orlov']);
  });
});

describe('countries of relatives and predecessors', () => {
  it("places a first lady by the outlet's own president, not by a surname she shares with a foreign leader", () => {
    const a = article(
      'Leaders of two Koreas agree to end hostilities',
      [
        'South Korean President Park Min-ho and North Korean leader Kim Chol-su agreed Friday to end hostilities.',
        'In Washington, U.S. President Dale Morton welcomed the agreement.',
        "The North Korean leader's wife, Kang Mi-ran, came that evening to a banquet hosted by first lady Kim Hye-won.",
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'April 27' } },
    );
    expect(person(a, 'Kim Hye-won')?.country).toBe('South Korea');
  });

  it("gives one set off as someone's predecessor that person's country", () => {
    const a = article(
      'Rahman, Singapore PM Tan agree to speed up economic zone',
      [
        'Prime Minister Datuk Seri Rahman Yusof and Singapore Prime Minister Daniel Tan today agreed to expedite the economic zone.',
        "Tan's predecessor, Senior Minister Goh Wei Ming, had held the last leaders' retreat with Rahman in Putrajaya in January.",
      ],
      { source: 'Bernama', dateline: { place: 'PUTRAJAYA', date: 'June 11' } },
    );
    expect(person(a, 'Goh Wei Ming')?.country).toBe('Singapore');
  });
});

describe('titles and bodies inside a run', () => {
  it('ends a titled name before "The Queen Mother", and reads "the General Headquarters" as no person', () => {
    const a = article(
      'PM returns home',
      [
        'The prime minister returned after the passing of Her Majesty Queen Malai The Queen Mother on Friday.',
        'He later met Chief of Army Staff General Tariq Mehmood at the General Headquarters in Rawalpindi.',
      ],
      { source: 'APP', dateline: { place: 'ISLAMABAD', date: 'Apr 16' } },
    );
    expect(names(a)).toEqual(['Malai', 'Tariq Mehmood']);
  });
});

describe('countries of aides and speakers', () => {
  it('places the aide of a titled principal ("Chief Adviser\'s press secretary X") in the principal\'s country, and not in a neighbour named among the partners', () => {
    const a = article(
      'Chief Adviser Rahim, Prime Minister Mehra hold phone talks',
      [
        'Chief Adviser Professor Abdur Rahim today spoke to Indian Prime Minister Arun Mehra over the telephone.',
        "During the conversation, Mehra said stability in the region was important for India, Chief Adviser's press secretary Kamal Uddin told BSS.",
        'Foreign Affairs Adviser Nasir Talukder told reporters on Thursday that the caretaker government sought warm ties with every neighbour, including India.',
      ],
      { source: 'BSS', dateline: { place: 'DHAKA', date: 'Aug 16, 2024' } },
    );
    expect(person(a, 'Kamal Uddin')?.country).toBe('Bangladesh');
    expect(person(a, 'Nasir Talukder')?.country).toBe('Bangladesh');
  });
});

describe('organisations', () => {
  it('reads "the Commonwealth of Independent States" as a body, not a place', () => {
    const found = orgsAndPlacesUnder('Leaders meet in St Petersburg')(
      'The Commonwealth of Independent States has proved its viability, the president said.',
    );
    expect(found.organizations).toContain('Commonwealth of Independent States');
    expect(found.places).not.toContain('Commonwealth');
  });
});
