// People seen first in the seventieth blind round of held-out articles (defence and military diplomacy: defence
// ministers by their ministries' names, generals and their commands, a leader's relative who holds a party post), on
// invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { withoutCapsLabel } from './extract/page-chrome.ts';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

describe("defence ministers by their ministries' names", () => {
  it("finds the minister of the people's armed forces, and the title is the whole portfolio", () => {
    const a = article('Military pact signed', [
      "Defence Minister Aris Tarkin and North Korea's Minister of People's Armed Forces Ryom Kwang Sok signed the pact.",
    ]);
    expect(person(a, 'Ryom Kwang Sok')?.roles).toEqual(["North Korea's Minister of People's Armed Forces"]);
  });

  it("finds a minister of armed forces and a minister of people's security", () => {
    const a = article('Ministers meet', [
      "Minister of Armed Forces Lena Harlan met Minister of People's Security Sim Chol Ho on Friday.",
    ]);
    expect(person(a, 'Lena Harlan')?.roles).toEqual(['Minister of Armed Forces']);
    expect(person(a, 'Sim Chol Ho')?.roles).toEqual(["Minister of People's Security"]);
  });
});

describe("a commander's title", () => {
  it('takes no person "Commanding" from "General Officer Commanding"', () => {
    const names = extract(
      article('Generals meet', [
        'Lt Gen Vikram Sethu, the General Officer Commanding of the 9 Corps, led the delegation.',
      ]),
    ).people.map((p) => p.name);
    expect(names).toEqual(['Vikram Sethu']);
  });
});

describe("a leader's relative who holds a post", () => {
  it('keeps the post after "the leader\'s sister and"', () => {
    const a = article('Lines cut', [
      "The North stopped answering calls after Ryom Sol Hui, the leader's sister and a senior ruling party official, denounced the leaflets.",
    ]);
    expect(person(a, 'Ryom Sol Hui')?.roles).toEqual(['senior ruling party official']);
  });
});

describe("a factbox's items", () => {
  it('reads past the label in capitals: the one who led the opening ceremony took part', () => {
    const a = article('FACTBOX-Joint drills open in Port Ellis', [
      'Arland and Belmark opened joint drills on Tuesday. Here are some facts:',
      'OPENING: Army chief Gen. Aris Tarkin led the opening ceremony, telling troops the drills were routine.',
      'BACKGROUND: Former President Lena Harlan had suspended the drills in 2019.',
    ]);
    expect(person(a, 'Aris Tarkin')?.participant).toBe(true);
    expect(person(a, 'Aris Tarkin')?.roles).toContain('Army chief');
    expect(person(a, 'Lena Harlan')?.participant).toBe(false);
  });

  it("keeps a transcript's speaker labels and a label that names a place", () => {
    expect(withoutCapsLabel('QUESTION: Has the minister spoken to you?')).toBe(
      'QUESTION: Has the minister spoken to you?',
    );
    expect(withoutCapsLabel('MR TARKIN: Good afternoon.')).toBe('MR TARKIN: Good afternoon.');
    expect(withoutCapsLabel('CHINA: The ministry said the drills were a provocation.')).toMatch(/^CHINA: /);
    expect(withoutCapsLabel('LIVE FIRE: Troops will sink a ship.')).toBe('Troops will sink a ship.');
  });
});

describe('who was at the event', () => {
  it('counts one "who attended in person", whatever they later said on social media', () => {
    const a = article('Allies pledge air defences at ministers meeting', [
      'Defence ministers met in Port Ellis on Wednesday and pledged air defences.',
      'Arland Defence Minister Aris Tarkin, who attended in person, said on Twitter that the first systems had arrived.',
    ]);
    expect(person(a, 'Aris Tarkin')?.participant).toBe(true);
  });

  it('counts those who "also attended the ceremony" after their titles set off by commas', () => {
    const a = article('Minister welcomes troops of the battlegroup in Arland', [
      'Defence Minister Lena Harlan today visited the soldiers and took part in the welcoming ceremony.',
      "Arland's Minister of Defence, Aris Tarkin, and the Chief of Defence of Arland, Major General Vikram Sethu, also attended the ceremony.",
    ]);
    expect(person(a, 'Aris Tarkin')?.participant).toBe(true);
    expect(person(a, 'Vikram Sethu')?.participant).toBe(true);
  });

  it("counts the ambassador quoted at the pier and the ship's commanders under a port call", () => {
    const a = article(
      'Belmark aircraft carrier makes first port call in Arland',
      [
        'A Belmark aircraft carrier arrived in Arland on Monday for the first time in decades.',
        '“This visit marks a milestone in our relations,” Belmark Ambassador Lena Harlan said at a news conference on the pier.',
        'Rear Adm. Aris Tarkin, commander of Carrier Strike Group 5, said the sailors would play football with local youth.',
        '“We are here to strengthen the friendship,” said Capt. Vikram Sethu, the carrier’s commanding officer.',
        'The visit was agreed in January by Defence Minister Tomas Veller.',
      ],
      { dateline: { place: 'PORT ELLIS', date: null } },
    );
    expect(person(a, 'Lena Harlan')?.participant).toBe(true);
    expect(person(a, 'Aris Tarkin')?.participant).toBe(true);
    expect(person(a, 'Vikram Sethu')?.participant).toBe(true);
    expect(person(a, 'Tomas Veller')?.participant).toBe(false);
  });
});

describe('countries of generals named beside others', () => {
  it('places the one named after "his <nationality> counterpart at the time"', () => {
    const a = article(
      'Top generals of Arland and Belmark hold talks',
      [
        'Gen. Aris Tarkin held a video call on Thursday with Gen. Vikram Sethu, chief of the general staff of Belmark.',
        "Tarkin's predecessor, Gen. Lena Harlan, last spoke to his Russian counterpart at the time, Gen. Ryom Sol Hui, in 2022.",
      ],
      { dateline: { place: 'WASHINGTON', date: 'Dec 21' }, source: 'Reuters' },
    );
    expect(person(a, 'Ryom Sol Hui')?.country).toBe('Russia');
  });

  it('does not place an air force chief in the countries his force faces threats from', () => {
    const a = article(
      'India signs deal for fighter jets',
      [
        'India on Friday signed a deal to buy 36 fighter jets from France.',
        'Air Chief Marshal Vikram Sethu, the head of the air force, said in March that the service needed more squadrons to counter threats from both Pakistan and China.',
      ],
      { dateline: null, source: 'AFP' },
    );
    expect(person(a, 'Vikram Sethu')?.country).not.toBe('Pakistan');
    expect(person(a, 'Vikram Sethu')?.roles).toContain('Air Chief Marshal');
    expect(person(a, 'Vikram Sethu')?.country).toBe('India');
  });
});
