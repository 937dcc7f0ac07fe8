// People seen first in the seventy-first blind round of held-out articles (state media of one-party and closed states:
// Pyongyang's "Present there were …" lines and "the C.C., WPK" chains, Tehran's clerical ranks and styles, Damascus's
// ministries and envoys, founders evoked beside the leaders of the elder generation), on invented sentences with
// invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const pyongyang = {
  source: 'KCNA',
  dateline: { place: 'Pyongyang', date: 'June 17' },
};

describe("Pyongyang's lines of those present", () => {
  it('counts the one "Present there was" names as taking part in the reception', () => {
    const a = article(
      'Leader receives visiting former president',
      [
        'Ryom Chol Man received Arlen Dobbs, former president of Arland, on June 16 and had a talk with him.',
        'Present there was Pak Chol Su, minister of Foreign Affairs.',
      ],
      pyongyang,
    );
    expect(person(a, 'Pak Chol Su')?.participant).toBe(true);
  });

  it('finds the names a "Present there were" line lists, with no title to go on', () => {
    const names = extract(
      article(
        'Banquet given for visiting leader',
        ['Present there were Ri Sol Hui and Peng Wanling.'],
        pyongyang,
      ),
    ).people.map((p) => p.name);
    expect(names).toEqual(['Ri Sol Hui', 'Peng Wanling']);
  });

  it('gives a plural title in "-men" after two names to both ("vice-chairmen of …")', () => {
    const a = article(
      'Banquet given for visiting leader',
      ['Also present were Pak Pong Sik and Ri Su Chol, vice-chairmen of the Central Committee.'],
      pyongyang,
    );
    expect(person(a, 'Pak Pong Sik')?.roles).toEqual(['vice-chairmen of the Central Committee']);
    expect(person(a, 'Ri Su Chol')?.roles).toEqual(['vice-chairmen of the Central Committee']);
  });

  it('reads "president of south Korea", with the small letter, as South Korea', () => {
    const a = article(
      'Leader receives visitor',
      ['The leader said he was ready to meet Choi Dong Hwan, president of south Korea, at any time.'],
      pyongyang,
    );
    expect(person(a, 'Choi Dong Hwan')?.country).toBe('South Korea');
  });
});

describe("Tehran's clerical ranks and styles", () => {
  it('takes "Hojatoleslam" as a rank before the name, not part of it', () => {
    const a = article('President receives visitor', [
      'Hojatoleslam Reza Tavakoli, the President of the Islamic Republic of Iran, was also present at the meeting.',
    ]);
    expect(person(a, 'Reza Tavakoli')?.roles).toEqual([
      'Hojatoleslam',
      'President of the Islamic Republic of Iran',
    ]);
  });

  it('finds the one a long title and the style "Sayyed" name, after "of the Islamic Revolution"', () => {
    const a = article('Minister visits Damascus', [
      'He conveyed the greetings of the Leader of the Islamic Revolution Sayyed Mahmoud Farahani to the president.',
    ]);
    expect(person(a, 'Mahmoud Farahani')?.roles).toEqual(['Leader of the Islamic Revolution']);
  });

  it('leaves a "Sheikh" after "the" to a place\'s name', () => {
    const found = extract(
      article('Minister opens mosque', ['He prayed at the Sheikh Omar Hadi Mosque on Friday.']),
    );
    expect(found.people.map((p) => p.name)).not.toContain('Omar Hadi Mosque');
    expect(found.places).toContain('Sheikh Omar Hadi Mosque');
  });
});

describe("Damascus's ministries and envoys", () => {
  it('reads "Deputy Foreign and Expatriates Minister X" as one portfolio, with no person "Foreign"', () => {
    const names = extract(
      article('President receives minister', [
        'The meeting was attended by Deputy Foreign and Expatriates Minister Nabil Qorvan.',
      ]),
    ).people.map((p) => p.name);
    expect(names).toEqual(['Nabil Qorvan']);
  });

  it('still reads a styled surname that is also a department word as the name ("Secretary Lord Home and …")', () => {
    const names = extract(
      article('Accord signed', [
        'British Trade Secretary Lord Home and Norwegian Trade Minister Kari Lunde signed the protocol on Monday.',
      ]),
    ).people.map((p) => p.name);
    expect(names).toEqual(['Home', 'Kari Lunde']);
  });

  it('keeps an ambassador\'s post given as the capital he serves in ("Ambassador in Damascus")', () => {
    const a = article('President receives minister', [
      "The meeting was attended by Iran's Ambassador in Damascus Hamid Sadeghi.",
    ]);
    expect(person(a, 'Hamid Sadeghi')?.roles).toEqual(["Iran's Ambassador in Damascus"]);
  });

  it('places the leaders whose greetings a minister conveys on his side', () => {
    const a = article(
      'President receives Iranian Foreign Minister',
      [
        'President Omar Lindvall received Iranian Foreign Minister Ali Moradi on Tuesday.',
        'Moradi conveyed the greetings of Leader Kamal Rahimi and President Nasser Golpari to President Lindvall, affirming that Iran will stand by Syria.',
      ],
      { source: 'SANA', dateline: { place: 'Damascus', date: null } },
    );
    expect(person(a, 'Kamal Rahimi')?.country).toBe('Iran');
    expect(person(a, 'Nasser Golpari')?.country).toBe('Iran');
  });
});

describe('the host of an earlier visit', () => {
  it('places one met on a visit "to" a capital, named in the sentence, in its country', () => {
    const a = article(
      'Presidents hold talks in Tehran, sign roadmap',
      [
        'Belarus President Aris Tarkin and President of Iran Tomas Veller held talks in Tehran on 13 March.',
        'The previous visit of the Belarusian leader to Tehran took place in 2006, when he held talks with President Omar Lindvall.',
      ],
      { source: 'BelTA', dateline: { place: 'TEHRAN', date: '13 March' } },
    );
    expect(person(a, 'Omar Lindvall')?.country).toBe('Iran');
  });
});

describe('who takes part', () => {
  it('keeps alive one set off as "the father of X" when the clause after it is about the father', () => {
    const a = article('Arland, Belmark leaders sign declaration', [
      'Arland President Tomas Veller and Belmark leader Ryom Ok Su signed a joint declaration after talks on Wednesday.',
      'Belmark was founded by Ryom Il Man, the father of Ryom Ok Su, who died in 1994.',
    ]);
    expect(person(a, 'Ryom Ok Su')?.participant).toBe(true);
    expect(person(a, 'Ryom Il Man')?.participant).toBe(false);
  });

  it('counts the chair of a summit "held under the chairmanship of" a president, and the delegations included', () => {
    const a = article(
      'The Third Lake Summit held in Port Ellis',
      [
        'Today, the Third Summit of the lake states was held in Port Ellis under the chairmanship of President of Kyrgyzstan Dovlet Orazov. It was attended by President of Tajikistan Aris Tarkin.',
        'The summit continued with the participation of the delegations, including the Minister of Foreign Affairs of Kyrgyzstan Merdan Annayev.',
      ],
      { source: null, dateline: null },
    );
    expect(participantNames(a)).toEqual(['Dovlet Orazov', 'Aris Tarkin', 'Merdan Annayev']);
  });

  it('does not count founders listed with "other leaders of the elder generation"', () => {
    const a = article(
      'Leader gives banquet for visiting guest',
      [
        'Chairman Ryom Chol Man gave a banquet on June 20 in honor of President Arlen Dobbs.',
        'He said that the friendship was forged by the great Comrade Ri Il Bok together with Chairman Chen Guoliang, Premier Zhao Mingde and other leaders of the elder generation.',
      ],
      pyongyang,
    );
    expect(participantNames(a)).toEqual(['Ryom Chol Man', 'Arlen Dobbs']);
  });

  it('finds the founders named after "the older generation of leaders such as"', () => {
    const a = article('Presidents hold talks', [
      'President Tomas Veller and President Aris Tarkin held talks on Sunday.',
      'Veller said the friendship was built up by the older generation of leaders such as Chen Guoliang and Zhao Mingde.',
    ]);
    expect(person(a, 'Chen Guoliang')?.participant).toBe(false);
    expect(person(a, 'Zhao Mingde')?.participant).toBe(false);
  });
});
