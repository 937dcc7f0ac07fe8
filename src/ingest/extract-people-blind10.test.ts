// Participation, names and countries seen first in the tenth blind round of held-out articles, on invented
// sentences (none of these people are in the held-out files): who a gathering "brought together", the guests a
// funeral "included", the one a headline says was replaced, "Earlier, X said".
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);
const reuters = { source: 'Reuters', dateline: { place: 'LISBON', date: 'Nov 7' } };

describe('participation', () => {
  it('counts those a session "brought together" and guests a ceremony "included"', () => {
    const a = article('Leaders open regional summit', [
      'ASTANA, May 3 (Xinhua) -- The regional summit opened on Wednesday.',
      'The session brought together Nepali Prime Minister Ram Bahadur Thapa and Chilean President Andres Molina Rojas.',
      'Foreign guests included Peruvian President Carla Mendoza Vidal and Kenyan Prime Minister David Otieno.',
    ]);
    for (const n of ['Ram Bahadur Thapa', 'Andres Molina Rojas', 'Carla Mendoza Vidal', 'David Otieno'])
      expect(person(a, n)?.participant, n).toBe(true);
  });

  it('counts whom a trophy was presented by, the captain who lifted it, and a resignation handed over', () => {
    const final = article('Hosts beat visitors 2-1 in cup final', [
      'DOHA, May 3 (Xinhua) -- The hosts won the cup final 2-1 on Saturday.',
      'Captain Omar Fadel lifted the trophy after it was presented by Sports Minister Khalid Nasser Al Badr.',
    ]);
    expect(person(final, 'Omar Fadel')?.participant).toBe(true);
    expect(person(final, 'Khalid Nasser Al Badr')?.participant).toBe(true);
    const quits = article(
      'Prime minister resigns over inquiry',
      [
        'Prime Minister Rui Tavares Pinto resigned on Tuesday over an inquiry into his office.',
        'He handed his resignation to President Carlos Mota Ribeiro at the presidential palace.',
      ],
      reuters,
    );
    expect(person(quits, 'Carlos Mota Ribeiro')?.participant).toBe(true);
  });

  it('does not count one who cancelled the trip, or one who spoke "Earlier,"', () => {
    const a = article('State funeral held for former leader', [
      'TOKYO, May 3 (Xinhua) -- A state funeral was held in Tokyo on Tuesday, attended by Nepali Prime Minister Ram Bahadur Thapa.',
      'Kenyan Prime Minister David Otieno cancelled his trip because of floods.',
      'Earlier, opposition leader Mika Hoshino said the cost was too high.',
    ]);
    expect(person(a, 'Ram Bahadur Thapa')?.participant).toBe(true);
    expect(person(a, 'David Otieno')?.participant).toBe(false);
    expect(person(a, 'Mika Hoshino')?.participant).toBe(false);
  });

  it('does not count the dead a headline mourns, nor the one it says was replaced (with "Ms." before the name)', () => {
    const a = article('Nation holds state funeral for former PM Daisuke Mori', [
      'TOKYO, May 3 (Xinhua) -- The country held a state funeral for former Prime Minister Daisuke Mori on Tuesday.',
      'Prime Minister Kenji Sato delivered a eulogy.',
    ]);
    expect(person(a, 'Daisuke Mori')?.participant).toBe(false);
    expect(person(a, 'Kenji Sato')?.participant).toBe(true);
    const b = article('President installs Budi Santoso as minister, replacing Dewi Lestari', [
      'JAKARTA, May 3 (Xinhua) -- President Joko Hartono on Monday swore in Budi Santoso as trade minister, replacing Ms. Dewi Lestari.',
    ]);
    expect(person(b, 'Budi Santoso')?.participant).toBe(true);
    expect(person(b, 'Dewi Lestari')?.participant).toBe(false);
    expect(names(b)).toContain('Joko Hartono');
  });
});

describe('the dateline as the last clue to a country', () => {
  it('places a bare title in the country of a capital, a US state abbreviation or a "CITY, Country" dateline', () => {
    const london = article(
      'Prime minister meets visiting leader',
      [
        'Prime Minister Alan Pryce hosted a summit on Saturday.',
        'Chilean President Andres Molina Rojas and Peruvian President Carla Mendoza Vidal arrived on Friday.',
        'The foreign secretary, Helen Cartwright, also attended.',
      ],
      { source: 'AP', dateline: { place: 'LONDON', date: null } },
    );
    expect(person(london, 'Alan Pryce')?.country).toBe('United Kingdom');
    expect(person(london, 'Helen Cartwright')?.country).toBe('United Kingdom');
    expect(person(london, 'Andres Molina Rojas')?.country).toBe('Chile');
    const state = article(
      'Governor tours flood damage',
      ['Gov. Tom Hadley toured flooded towns on Monday with Lt. Gov. Mary Ostrander.'],
      { source: 'AP', dateline: { place: 'SPRINGFIELD, Ill.', date: null } },
    );
    expect(person(state, 'Tom Hadley')?.country).toBe('United States');
    const astana = article('Ministers meet', ['Foreign Minister Daniyar Serikov met visitors on Tuesday.'], {
      source: 'AFP',
      dateline: { place: 'ASTANA, Kazakhstan', date: null },
    });
    expect(person(astana, 'Daniyar Serikov')?.country).toBe('Kazakhstan');
  });

  it('gives nothing for a city of international bodies, or to someone with no title', () => {
    const geneva = article(
      'Health body meets',
      ['Health Minister Pierre Mbeki Lunda addressed the assembly on Monday.'],
      { source: 'AFP', dateline: { place: 'GENEVA', date: null } },
    );
    expect(person(geneva, 'Pierre Mbeki Lunda')?.country).toBe(null);
    const untitled = article('Crowds gather', ['Alan Pryce watched the parade on Saturday.'], {
      source: 'AP',
      dateline: { place: 'LONDON', date: null },
    });
    expect(person(untitled, 'Alan Pryce')?.country).toBe(null);
  });
});

describe('honorifics and abbreviated titles', () => {
  it('reads "Gov." and "Rep." as titles, and keeps "Hun Sen" whole', () => {
    const a = article(
      'Governor tours damage',
      [
        'Gov. Tom Hadley and Rep. Lisa Moreau toured the town, as did former Cambodian Prime Minister Hun Sen.',
      ],
      { source: 'AP', dateline: { place: 'SPRINGFIELD, Ill.', date: null } },
    );
    expect(names(a)).toEqual(['Tom Hadley', 'Lisa Moreau', 'Hun Sen']);
    expect(person(a, 'Tom Hadley')?.roles).toEqual(['Gov.']);
  });

  it('leaves "Madam" and a Malaysian "Datuk Seri Utama" out of the name', () => {
    const a = article('Leaders meet', [
      'The president and his spouse, Madam Tran Thi Hoa, were welcomed by Foreign Minister Datuk Seri Utama Rahman Yusof.',
    ]);
    expect(names(a)).toEqual(expect.arrayContaining(['Tran Thi Hoa', 'Rahman Yusof']));
    expect(names(a).some((n) => /madam|utama/i.test(n))).toBe(false);
  });
});

describe('countries of a national outlet and of abbreviated country names', () => {
  it("keeps a national outlet's bare-titled lede subject its own, beside the host country named as a noun", () => {
    const a = article(
      'Prime minister received by emir',
      [
        'Prime Minister Rahman Yusof was received by the Emir of Qatar at the palace here today.',
        'The two leaders discussed energy cooperation.',
      ],
      { source: 'Bernama', dateline: { place: 'DOHA', date: 'May 13' } },
    );
    expect(person(a, 'Rahman Yusof')?.country).toBe('Malaysia');
  });

  it('reads "DRC" as the Democratic Republic of the Congo', () => {
    const a = article('Health ministers meet', [
      'DRC Health Minister Pierre Mbeki Lunda met Kenyan Health Minister David Otieno on Monday.',
    ]);
    expect(person(a, 'Pierre Mbeki Lunda')?.country).toBe('Democratic Republic of the Congo');
  });
});

describe('more titles and names', () => {
  it('reads "Administrator" as a title before a name, and "Sri" as a name word unless "Lanka" follows', () => {
    const a = article('Officials visit', [
      'Agency Administrator Dora Whitfield and Finance Minister Sri Wahyuni Hartono visited the site, with Sri Lankan President Ranil Perera.',
    ]);
    expect(names(a)).toEqual(['Dora Whitfield', 'Sri Wahyuni Hartono', 'Ranil Perera']);
    expect(person(a, 'Dora Whitfield')?.roles).toEqual(['Agency Administrator']);
    expect(person(a, 'Ranil Perera')?.country).toBe('Sri Lanka');
  });
});

describe('Indonesian cabinet titles', () => {
  it('reads "Coordinating Minister for Economic Affairs" as a title before a name', () => {
    const a = article('Cabinet sworn in', [
      'Also present was Coordinating Minister for Economic Affairs Bambang Wirahadi.',
    ]);
    expect(names(a)).toEqual(['Bambang Wirahadi']);
    expect(person(a, 'Bambang Wirahadi')?.roles).toEqual(['Coordinating Minister for Economic Affairs']);
  });
});

describe('the headline as the last clue to a country', () => {
  it('places a bare title in the one country the headline names, when the dateline names none', () => {
    const a = article(
      'Japan holds state funeral for former leader',
      [
        'The country held a state funeral on Tuesday, attended by 4,000 guests.',
        'Prime Minister Kenji Sato delivered a eulogy, and Crown Prince Akihiro attended.',
      ],
      { source: 'CGTN', dateline: null },
    );
    expect(person(a, 'Kenji Sato')?.country).toBe('Japan');
    expect(person(a, 'Akihiro')?.country).toBe('Japan');
  });

  it('gives nothing when the headline names two countries', () => {
    const a = article(
      'Japan, Peru sign trade deal',
      ['The two countries signed a deal on Tuesday.', 'Prime Minister Kenji Sato welcomed it.'],
      { source: 'CGTN', dateline: null },
    );
    expect(person(a, 'Kenji Sato')?.country).toBe(null);
  });
});

describe('one holder of an office per country, by the dateline', () => {
  it('gives a former president the country, but not a second current president', () => {
    const a = article(
      'Storm damage surveyed',
      [
        'President Joe Hadley surveyed the damage on Wednesday.',
        'Former President Tom Ridley visited the state on Monday.',
        'Messages of condolence came from abroad, one of them from President Ivan Petrov.',
      ],
      { source: 'AP', dateline: { place: 'ASHEVILLE, N.C.', date: null } },
    );
    expect(person(a, 'Joe Hadley')?.country).toBe('United States');
    expect(person(a, 'Tom Ridley')?.country).toBe('United States');
    expect(person(a, 'Ivan Petrov')?.country).not.toBe('United States');
  });
});

describe('words said at another place', () => {
  it('does not count one who "told reporters in" another city than the dateline\'s', () => {
    const a = article(
      'Health body declares emergency',
      [
        'GENEVA, Aug. 14 (Xinhua) -- The health body declared an emergency on Wednesday.',
        'Its chief, Dora Whitfield, said the spread was worrying.',
        'Health Minister Pierre Mbeki Lunda told reporters in Kinshasa that vaccines were coming.',
        'Deputy chief Tom Ridley told reporters in Geneva that funds were short.',
      ],
      { dateline: { place: 'GENEVA', date: 'Aug. 14' } },
    );
    expect(person(a, 'Dora Whitfield')?.participant).toBe(true);
    expect(person(a, 'Pierre Mbeki Lunda')?.participant).toBe(false);
    expect(person(a, 'Tom Ridley')?.participant).toBe(true);
  });
});
