// People seen first in the sixty-first blind round of held-out articles (the diplomatic corps at work: credentials,
// farewell calls, envoys summoned, recalled and sent home, a consul general's call, a Senate hearing), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

const dubai = { dateline: { place: 'Dubai', date: null }, source: 'WAM' };

describe('the Gulf style "Shaikh"', () => {
  it('keeps "Shaikh" out of a royal\'s name, as "Sheikh" is', () => {
    const a = article(
      'Ruler receives credentials of new ambassadors',
      [
        'His Highness Shaikh Saif Bin Rashed Al Qassimi, Ruler of the emirate, on Tuesday received the credentials of three ambassadors.',
        'The ceremony was attended by Shaikh Omar Bin Rashed Al Qassimi, Minister of Presidential Affairs.',
      ],
      dubai,
    );
    expect(person(a, 'Saif Bin Rashed Al Qassimi')?.roles).toContain('Ruler of the emirate');
    expect(person(a, 'Omar Bin Rashed Al Qassimi')).toBeDefined();
    expect(person(a, 'Shaikh Saif Bin Rashed Al Qassimi')).toBeUndefined();
  });
});

describe("an envoy's rank and post before the name", () => {
  const ceremony = article(
    'President receives credentials of new ambassadors',
    [
      'The President received the letters of credence of Ambassador Extraordinary and Plenipotentiary of the Republic of Chile to Kazakhstan Ana Sotomayor, Mary Dunmore, Ambassador of the United Kingdom, and Germany’s ambassador in Astana Otto Kessner.',
      'Ambassador Extraordinary of Sweden Nils Holmberg also presented his credentials.',
    ],
    { dateline: { place: 'ASTANA', date: null }, source: null },
  );

  it('reads "Ambassador Extraordinary and Plenipotentiary of <State> to <Country>" as the title before the name', () => {
    const p = person(ceremony, 'Ana Sotomayor');
    expect(p?.roles[0]).toBe(
      'Ambassador Extraordinary and Plenipotentiary of the Republic of Chile to Kazakhstan',
    );
    expect(p?.country).toBe('Chile');
    expect(person(ceremony, 'Nils Holmberg')?.country).toBe('Sweden');
  });

  it('gives the next envoy of the list only her own title and country', () => {
    const p = person(ceremony, 'Mary Dunmore');
    expect(p?.roles).toEqual(['Ambassador of the United Kingdom']);
    expect(p?.country).toBe('United Kingdom');
  });

  it('cuts the city of a lower-case envoy\'s post off the name ("ambassador in Astana X Y")', () => {
    const p = person(ceremony, 'Otto Kessner');
    expect(p?.roles).toEqual(['Germany’s ambassador in Astana']);
    expect(p?.country).toBe('Germany');
  });

  it('finds a name after "the <nationality> ambassador to <Country>" and a consul general "in <City>"', () => {
    const a = article('Envoys attend forum', [
      'Also present were the Japanese ambassador to China Kenji Arakawa and the Chinese consul general in Lahore Qu Pingyu.',
    ]);
    expect(person(a, 'Kenji Arakawa')?.roles).toEqual(['Japanese ambassador to China']);
    expect(person(a, 'Kenji Arakawa')?.country).toBe('Japan');
    expect(person(a, 'Qu Pingyu')?.roles).toEqual(['Chinese consul general in Lahore']);
  });

  it('takes no place into a name where no envoy is posted there', () => {
    const a = article('Film shown', ['The film was shown to the ambassador in Paris Hilton Hotel staff.']);
    expect(taking(a)).toEqual([]);
    // A name of a person there is the envoy, with the post.
    const b = article('Film shown', ['The film was shown to the ambassador in Paris Ilse Varnam.']);
    expect(person(b, 'Ilse Varnam')?.roles).toEqual(['ambassador in Paris']);
  });
});

describe('envoys a headline names by their country or their post', () => {
  it('counts the one envoy of the country the headline names, and the one posted to the country it names', () => {
    const a = article(
      'Latvia recalls envoy to Moldova, sends Moldovan ambassador home',
      [
        'Latvia has recalled its ambassador to Moldova and ordered Chisinau’s envoy in Riga to leave the country.',
        'In a statement on Saturday, Latvian State Secretary Jonah Tarbuck said Ambassador Paul Hewson had been called back for consultations.',
        'Moldova’s Ambassador to Latvia Ion Velasko had been asked to return home for the same purpose.',
        'Latvian Foreign Minister Rita Pellow told reporters last week that the dispute was grave.',
      ],
      { dateline: null, source: null },
    );
    expect(taking(a)).toEqual(expect.arrayContaining(['Paul Hewson', 'Ion Velasko']));
    expect(taking(a)).not.toContain('Rita Pellow');
  });

  it('counts the envoy summoned when the headline names him by his country only', () => {
    const a = article(
      'Moldovan envoy summoned over border shelling',
      [
        'Moldovan Ambassador to Latvia Ion Velasko was summoned to the foreign ministry on Sunday, the ministry said.',
      ],
      { dateline: null, source: null },
    );
    expect(taking(a)).toContain('Ion Velasko');
  });
});

describe("a caption's full name for one the story names by a word", () => {
  it('gives "Ambassador Vinh" the full name and the title the photo caption writes', () => {
    const a = article(
      'National Day celebrated abroad',
      [
        'The embassy held a reception on Friday to celebrate National Day.',
        'Speaking at the event, Ambassador Vinh reviewed the achievements of the past year.',
      ],
      {
        dateline: { place: 'VIENTIANE', date: null },
        source: 'VNS',
        captions: ['Vietnamese Ambassador to Laos Trần Quang Vinh speaks at the reception on Friday.'],
      },
    );
    const p = person(a, 'Trần Quang Vinh');
    expect(p?.aliases).toContain('Vinh');
    expect(p?.roles).toContain('Vietnamese Ambassador to Laos');
  });
});

describe('the country of an attack on someone', () => {
  it('is the attacker\'s, not the one killed in it ("in a U.S. drone strike")', () => {
    const a = article(
      'Ministry summons envoy over killing of general',
      [
        'The Foreign Ministry summoned the envoy on Friday to protest against the killing of General Reza Faragher, the commander of the Quds Force, in a U.S. drone strike near the airport.',
      ],
      { dateline: { place: 'TEHRAN', date: null }, source: null },
    );
    expect(person(a, 'Reza Faragher')?.country).toBe('Iran');
  });
});
