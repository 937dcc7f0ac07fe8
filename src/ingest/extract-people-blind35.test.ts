// People seen first in the thirty-fifth blind round of held-out articles (party, parliamentary and military
// diplomacy as China's outlets and their partners report it), on invented sentences: none of these people are in
// the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('titles', () => {
  it('keeps the house in Pakistan\'s "Chairman Senate" and "Speaker National Assembly", out of the name', () => {
    const a = article('Chairman Senate meets envoy', [
      'Chairman Senate Tariq Mehmood Awan met the envoy at the Parliament House on Wednesday.',
      'Speaker National Assembly Rana Asif Khan was also present.',
    ]);
    expect(names(a)).toEqual(['Tariq Mehmood Awan', 'Rana Asif Khan']);
    expect(person(a, 'Tariq Mehmood Awan')?.roles).toEqual(['Chairman Senate']);
    expect(person(a, 'Rana Asif Khan')?.roles).toEqual(['Speaker National Assembly']);
  });

  it('reads "Ambassador of <country> to <country>" as one title, of the sending country', () => {
    const a = article('Chairman Senate meets envoys', [
      'Chairman Senate Tariq Mehmood Awan met Ambassador of Chile to Pakistan Rodrigo Fuentes on Wednesday.',
      "He later met Ambassador of the People's Republic of China to Pakistan Lin Hao.",
    ]);
    expect(person(a, 'Rodrigo Fuentes')?.roles).toEqual(['Ambassador of Chile to Pakistan']);
    expect(person(a, 'Rodrigo Fuentes')?.country).toBe('Chile');
    expect(person(a, 'Lin Hao')?.roles).toEqual(["Ambassador of the People's Republic of China to Pakistan"]);
    expect(person(a, 'Lin Hao')?.country).toBe('China');
  });

  it('reads "Permanent member of the … Secretariat" before a name as a title, split from one before "and"', () => {
    const a = article('Prime Minister receives provincial delegation', [
      'Prime Minister Tran Van Nam received a provincial delegation in Hanoi on May 25.',
      "The delegation was also received by Politburo member and Permanent member of the Party Central Committee's Secretariat Le Thi Hoa.",
    ]);
    expect(names(a)).toContain('Le Thi Hoa');
    expect(person(a, 'Le Thi Hoa')?.roles).toEqual([
      'Politburo member',
      "Permanent member of the Party Central Committee's Secretariat",
    ]);
  });

  it('keeps the place out of a title after "received in the Kremlin"', () => {
    const a = article('President receives defense minister', [
      'The president received in the Kremlin Mongolian Defense Minister Bat Erdene on Sunday.',
    ]);
    expect(person(a, 'Bat Erdene')?.roles).toEqual(['Mongolian Defense Minister']);
  });

  it('reads a military staff ("the Joint Chiefs of Staff", "the General Staff") as the body of a title', () => {
    const a = article('Military chiefs hold video call', [
      'Zhou Lin and U.S. Chairman of the Joint Chiefs of Staff General Mark Dalton spoke by video link on Thursday.',
      'He had spoken with Chief of the General Staff General Pavel Sorokin in May.',
    ]);
    expect(person(a, 'Mark Dalton')?.roles).toEqual([
      'U.S. Chairman of the Joint Chiefs of Staff',
      'General',
    ]);
    expect(person(a, 'Pavel Sorokin')?.roles).toEqual(['Chief of the General Staff', 'General']);
  });

  it('reads ", who is also <office>," as a further role', () => {
    const a = article('Leader meets party chairman', [
      'President Zhou Lin met with Pavel Sorokin, chairman of the Union party, on Wednesday.',
      'Sorokin, who is also deputy secretary of the Security Council of Ruritania, handed over a letter from his party.',
    ]);
    expect(person(a, 'Pavel Sorokin')?.roles).toContain(
      'deputy secretary of the Security Council of Ruritania',
    );
  });

  it('splits a rank off "Minister of National Defense"', () => {
    const a = article('Defense chiefs meet', [
      'Minister of National Defense General Tran Van Long met his Lao counterpart in Hanoi on Monday.',
    ]);
    expect(person(a, 'Tran Van Long')?.roles).toEqual(['Minister of National Defense', 'General']);
  });

  it('reads "parliamentarian" before a name as a title, like "lawmaker"', () => {
    const a = article('Party delegation visits', [
      'A delegation led by Ravi Gunawardena arrived on Tuesday.',
      'The delegation, which includes NPP parliamentarian Kumari Dias and JVP member Nalin Perera, will stay a week.',
    ]);
    expect(names(a)).toContain('Kumari Dias');
    expect(person(a, 'Kumari Dias')?.roles).toEqual(['NPP parliamentarian']);
  });
});

describe('delegations', () => {
  it('gives a party leader the country of the party "its" refers to, however many words the country has', () => {
    const a = article('Senior official meets party delegation', [
      "Wu Gang, head of a department of the Communist Party of China, met with a delegation of New Zealand's Green Party led by its leader Sarah Tane in Beijing on Tuesday.",
    ]);
    expect(person(a, 'Sarah Tane')?.country).toBe('New Zealand');
  });

  it('places and counts the members a delegation "includes" with the one who leads it', () => {
    const a = article('Senior official meets party delegation', [
      "Wu Gang met with a delegation of Sri Lanka's Freedom Alliance led by its chairman Ravi Gunawardena in Beijing on Tuesday.",
      'Wu said the two parties should deepen exchanges.',
      'The delegation, which includes Alliance lawmaker Kumari Dias and JVP Political Bureau member Nalin Perera, is visiting China at the invitation of the party.',
    ]);
    expect(person(a, 'Nalin Perera')?.country).toBe('Sri Lanka');
    expect(person(a, 'Nalin Perera')?.participant).toBe(true);
  });

  it('places those listed after "Members of the delegation included" with its head', () => {
    const a = article("Top legislator meets Danish lawmakers' delegation", [
      'Zhou Ming, chairman of the legislature, met on Wednesday with a delegation of the Denmark-China Friendship Group led by its chairman Lars Holm.',
      'Members of the delegation included Mette Krag, secretary general of the Venstre party, and Jens Lund.',
    ]);
    expect(person(a, 'Mette Krag')?.country).toBe('Denmark');
    expect(person(a, 'Jens Lund')?.country).toBe('Denmark');
  });
});

describe('names', () => {
  it('keeps a closing "Bin" as a Chinese given name, not a father’s name left without its name', () => {
    const a = article('Commerce ministers meet', [
      'Chinese Minister of Commerce Tian Bin held talks with his Spanish counterpart on Monday.',
      'Crown Prince Faisal Bin Salman attended a separate meeting.',
    ]);
    expect(names(a)).toEqual(['Tian Bin', 'Faisal Bin Salman']);
  });
});

describe('mentions', () => {
  it('reads "Al-X" opening a sentence as the surname of "… al-X"', () => {
    const a = article('President receives grand imam', [
      'The president received Grand Imam Sheikh Hassan al-Masri at the palace on Wednesday.',
      'Al-Masri, who is also chairman of the Council of Elders, thanked the president.',
    ]);
    expect(names(a)).toEqual(['Hassan al-Masri']);
    expect(person(a, 'Hassan al-Masri')?.aliases).toEqual(['Al-Masri']);
  });
});

describe('countries', () => {
  it('gives an officer of a national house the country of its placed chairman, not the headline’s one side', () => {
    const a = article(
      'Chairman Senate, Chilean Ambassador discuss parliamentary cooperation',
      [
        'Chairman Senate Tariq Mehmood Awan said the friendship between Pakistan and Chile was strong.',
        'He expressed these views during a meeting with Ambassador Rodrigo Fuentes on Wednesday.',
        'Senator Imran Qadir, Chairman of the Senate Standing Committee on Defence, was also at the meeting.',
      ],
      { dateline: { place: 'Islamabad', date: null }, source: null },
    );
    expect(person(a, 'Tariq Mehmood Awan')?.country).toBe('Pakistan');
    expect(person(a, 'Imran Qadir')?.country).toBe('Pakistan');
  });
});

describe('participants', () => {
  it('leaves out one who received the visitor "the same day", at a meeting of their own', () => {
    const a = article(
      'Prime Minister receives Chinese provincial official',
      [
        'Prime Minister Tran Van Nam received Secretary of the Guangxi Regional Party Committee Zhou Lin in Hanoi on May 25.',
        'The two sides discussed border trade.',
        'The same day, Zhou was received by National Assembly Chairman Vo Van Hai.',
      ],
      { dateline: { place: 'Hanoi', date: null }, source: 'VNA' },
    );
    expect(person(a, 'Zhou Lin')?.participant).toBe(true);
    expect(person(a, 'Vo Van Hai')?.participant).toBe(false);
  });

  it('leaves out one the visitor held talks with before, whose results he reports', () => {
    const a = article('Prime Minister receives Chinese provincial official', [
      'Prime Minister Tran Van Nam received Secretary of the Guangxi Regional Party Committee Zhou Lin in Hanoi on May 25.',
      'Zhou briefed his host on the outcome of his talks with Secretary of the Lang Son provincial Party Committee Ho Tien Dung.',
    ]);
    expect(person(a, 'Ho Tien Dung')?.participant).toBe(false);
  });

  it('leaves out one met at another meeting who speaks in the next sentence', () => {
    const a = article('Refinery deal signed as ministers look on', [
      'A state oil firm on Tuesday signed a framework agreement with a Chinese refiner in a ceremony witnessed by Energy Minister Faisal bin Nasser and Chinese Vice Premier Zhou Lin.',
      "Zhou, who was touring the region, also met Trade Minister Omar Talbi that evening. Talbi said Chinese firms had put $2 billion into the country's ports last year.",
    ]);
    expect(person(a, 'Zhou Lin')?.participant).toBe(true);
    expect(person(a, 'Omar Talbi')?.participant).toBe(false);
  });

  it('leaves out the host of a gathering on whose sidelines the reported talks were held', () => {
    const a = article(
      '',
      [
        "Defense Minister Li Ping met with Australian Defence Minister Tom Carter on the sidelines of the regional defense ministers' meeting in Vientiane on Tuesday.",
        'The two ministers discussed maritime security.',
        'The gathering was hosted by Lao Defense Minister Somsak Vong.',
        'Li also met with Somsak and with Indian Defence Secretary Arun Mehta, who represented New Delhi at the meeting.',
      ],
      { titleDerived: true },
    );
    expect(person(a, 'Tom Carter')?.participant).toBe(true);
    expect(person(a, 'Somsak Vong')?.participant).toBe(false);
    expect(person(a, 'Arun Mehta')?.participant).toBe(false);
  });
});
