// People seen first in the fifty-second blind round of held-out articles (names of every tradition: royal and
// honorary styles, patronymic initials, kunyas, names spelled with and without hyphens), on invented sentences with
// invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const names = (a: ReturnType<typeof article>) => extract(a).people.map((p) => p.name);

describe('styles before a name are no part of it', () => {
  it('drops a Malay ruler\'s "Tuanku", a prince\'s "Tunku" and a lone "Tun" before a name of two words', () => {
    const a = article('New premier sworn in', [
      'KUALA LUMPUR -- Datuk Seri Razali Hamid was sworn in before the Yang di-Pertuan Agong Tuanku Ismail Putra Jalil at the palace today.',
      'He is the third Prime Minister after Tunku Azman Rahman, Tun Kamal Yusof and Tun Hashim Nor.',
    ]);
    expect(names(a)).toEqual([
      'Razali Hamid',
      'Ismail Putra Jalil',
      'Azman Rahman',
      'Kamal Yusof',
      'Hashim Nor',
    ]);
    expect(person(a, 'Ismail Putra Jalil')?.roles).toEqual(['Yang di-Pertuan Agong']);
  });

  it('keeps "Tun" as a name syllable after Burmese "U" and in "Tun Tun"', () => {
    const a = article('Minister visits port', [
      'Minister U Tun Myat Lin visited the port on Monday with Tun Tun Naing, the port director.',
    ]);
    expect(names(a)).toEqual(['Tun Myat Lin', 'Tun Tun Naing']);
  });

  it('drops the Khmer styles after "Samdech", and a style alone names no one', () => {
    const a = article('Premier receives envoy', [
      'Samdech Moha Borvor Thipadei Chea Sokha, Prime Minister of the Kingdom of Cambodia, received the envoy today.',
      'Samdech Thipadei thanked the envoy. His father, Samdech Akka Moha Sena Padei Techo Chea Vong, is president of the party.',
    ]);
    expect(names(a)).toEqual(['Chea Sokha', 'Chea Vong']);
  });

  it('reads a name after "H.E." as a person, whatever its words', () => {
    const a = article('Premiers meet', [
      'Prime Minister Chea Sokha held talks with his Thai counterpart H.E. Wiroj Kamol at the Government House.',
    ]);
    expect(names(a)).toContain('Wiroj Kamol');
  });
});

describe('Mongolian names with a patronymic initial', () => {
  it('reads "Ts." as an initial, and a glued "Kh.Dorj" answers to "Dorj" alone', () => {
    const a = article('Kh.Dorj takes oath as President', [
      'ULAANBAATAR -- The newly elected President Kh.Dorj took the oath at the State Palace today, before outgoing President Ts.Baatar.',
      'Dorj, a former wrestler and businessman, served as minister from 2012.',
    ]);
    expect(names(a)).toEqual(['Kh.Dorj', 'Ts.Baatar']);
    expect(person(a, 'Kh.Dorj')?.aliases).toEqual(['Dorj']);
    expect(person(a, 'Kh.Dorj')?.roles).toContain('former wrestler');
  });
});

describe('other names of the same person', () => {
  it("takes a kunya in brackets after a name as that person's alias", () => {
    const a = article('President takes oath', [
      'RAMALLAH -- President Karim Nasser (Abu Rami) took the oath today before Speaker Omar Haddad.',
      'Prime Minister Walid Saad (Abu Fadi) attended. Abu Rami said peace was near.',
    ]);
    expect(names(a)).toEqual(['Karim Nasser', 'Omar Haddad', 'Walid Saad']);
    expect(person(a, 'Karim Nasser')?.aliases).toEqual(['Abu Rami']);
    expect(person(a, 'Walid Saad')?.aliases).toEqual(['Abu Fadi']);
  });

  it("takes a Korean name spelled without its hyphen, in another agency's words, as the same person", () => {
    const a = article('Leaders meet at airport', [
      'SEOUL -- President Park Sung-min arrived in Pyongyang and was greeted by leader Ri Chol-ho.',
      'The agency said "Chairman Ri Chol Ho warmly welcomed President Park Sung Min".',
    ]);
    expect(names(a)).toEqual(['Park Sung-min', 'Ri Chol-ho']);
    expect(person(a, 'Ri Chol-ho')?.aliases).toEqual(['Ri Chol Ho']);
  });
});

describe('a name set off by commas with its party', () => {
  it('reads "The third candidate, X of the Y Party, had …" as a person', () => {
    const a = article('President sworn in', [
      'ULAANBAATAR -- The new president was sworn in on Monday.',
      "The third candidate of the first round, R.Dorj of the Mongolian People's Revolutionary Party, had called for blank ballots.",
    ]);
    expect(names(a)).toEqual(['R.Dorj']);
  });
});

describe("an office held in a country's possessive", () => {
  it('makes a person of one who "was Ethiopia\'s prime minister"', () => {
    const a = article('Leaders recall war', [
      "The two countries fought the war when Tesfaye Bekele was Ethiopia's prime minister; thousands died.",
    ]);
    expect(names(a)).toEqual(['Tesfaye Bekele']);
  });
});

describe('Japanese names in both orders', () => {
  it('reads a family name in capitals before the given name as a person, and the family name alone as theirs', () => {
    const a = article(
      'New cabinet named',
      [
        'The office listed the new Cabinet in Japanese name order. Among its members:',
        'Chief Cabinet Secretary: SATO Hiroshi',
        'Minister for Foreign Affairs: MORI Kenji',
        'Sato said the cabinet would meet on Friday.',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: null } },
    );
    expect(names(a)).toEqual(['SATO Hiroshi', 'MORI Kenji']);
    expect(person(a, 'SATO Hiroshi')?.aliases).toEqual(['Sato']);
  });

  it('gives the title before the colon of a cabinet list line to the name after it', () => {
    const a = article(
      'New cabinet named',
      [
        'The office listed the new Cabinet. Among its members:',
        'Chief Cabinet Secretary: SATO Hiroshi',
        'Deputy Prime Minister and Minister of Finance: MORI Kenji',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: null } },
    );
    expect(person(a, 'SATO Hiroshi')?.roles).toEqual(['Chief Cabinet Secretary']);
    expect(person(a, 'MORI Kenji')?.roles).toEqual(['Deputy Prime Minister', 'Minister of Finance']);
  });

  it("names a person as the headline first writes them, family name first, the story's order an alias", () => {
    const a = article(
      'Sato Hiroshi elected prime minister',
      [
        'TOKYO -- Hiroshi Sato was elected prime minister by parliament on Wednesday.',
        'Sato said he would continue reforms.',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: null } },
    );
    expect(names(a)).toEqual(['Sato Hiroshi']);
    expect(person(a, 'Sato Hiroshi')?.aliases).toContain('Hiroshi Sato');
  });

  it("reads no name in a body's capitals before a Hepburn-shaped word", () => {
    const a = article(
      'Alliance opens office',
      ['The NATO Tokyo office opened on Monday, the alliance said.'],
      {
        source: 'Kyodo',
      },
    );
    expect(names(a)).toEqual([]);
    expect(extract(a).organizations).toContain('NATO');
  });
});

describe('where someone studied is not whom they stand for', () => {
  it('gives a "German-trained engineer" the country of the story, not Germany', () => {
    const a = article(
      'President sworn in',
      [
        'JAKARTA -- Vice President Budi Santoso was sworn in as president on Thursday.',
        'Santoso, 61, a German-trained aircraft engineer, served as minister for two decades.',
      ],
      { source: 'Antara', dateline: { place: 'JAKARTA', date: null } },
    );
    expect(person(a, 'Budi Santoso')?.country).toBe('Indonesia');
  });
});

describe('who takes part in an arrival or a swearing-in', () => {
  it('counts those a leader "was accompanied by", a first lady written in lower case among them', () => {
    const a = article(
      'President arrives for summit',
      [
        'SEOUL -- President Han Min-jun arrived in Pyongyang on Tuesday for the summit and was greeted by leader Ri Chol-ho.',
        'President Han was accompanied by first lady Yoon Mi-ra, Unification Minister Seo Dae-ho and spy chief Baek Jin-woo, who had prepared the summit.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: null } },
    );
    expect(taking(a)).toEqual(['Han Min-jun', 'Ri Chol-ho', 'Yoon Mi-ra', 'Seo Dae-ho', 'Baek Jin-woo']);
  });

  it('counts the one who chairs the session where the oath is taken', () => {
    const a = article(
      'President takes office',
      [
        'BRASILIA - Carlos Mendes took office today as president before a joint session of the Federal Congress, chaired by Senate President Paulo Teixeira.',
        'He promised reforms.',
      ],
      { source: 'Agência Brasil', dateline: { place: 'BRASILIA', date: null } },
    );
    expect(taking(a)).toEqual(['Carlos Mendes', 'Paulo Teixeira']);
  });

  it('counts those the oath "was taken before", and the one who handed the president-elect a certificate', () => {
    const a = article(
      'Kh.Dorj takes oath as President',
      [
        'ULAANBAATAR -- The newly elected President Kh.Dorj took the oath at the State Palace today.',
        'The oath was taken before Speaker M.Bold, Members of Parliament, Prime Minister J.Tsend and outgoing President Ts.Baatar. The Chairman of the Election Commission, Ch.Naran, handed the President-elect his certificate before the oath.',
      ],
      { source: 'MONTSAME', dateline: { place: 'ULAANBAATAR', date: null } },
    );
    expect(taking(a)).toEqual(['Kh.Dorj', 'M.Bold', 'J.Tsend', 'Ts.Baatar', 'Ch.Naran']);
  });

  it('leaves out one who "welcomed the resignation" or "the news" from elsewhere', () => {
    const a = article(
      'President steps down, deputy sworn in',
      [
        'JAKARTA -- President Budi Santoso resigned on Thursday and Vice President Agus Salim was sworn in before Chief Justice Hadi Purnomo.',
        'Opposition leader Rina Wulandari welcomed the resignation but called for early elections. Student leader Dimas Prakoso welcomed the news.',
      ],
      { source: 'Antara', dateline: { place: 'JAKARTA', date: null } },
    );
    expect(taking(a)).toEqual(['Budi Santoso', 'Agus Salim', 'Hadi Purnomo']);
  });

  it('reads the day of a dateless story\'s "today" from its header, so another weekday is another day', () => {
    const a = article(
      'President sworn in at temple',
      [
        'Gamini Perera was sworn in as president today at the temple.',
        'Outgoing President Nimal Silva, who had not stood again, formally handed over his office on Sunday night.',
      ],
      { date: '2019-11-18', source: 'Colombopost', dateline: null },
    );
    expect(taking(a)).toEqual(['Gamini Perera']);
  });
});
