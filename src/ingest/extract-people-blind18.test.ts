// Names, roles, countries and participants seen first in the eighteenth blind round of held-out articles
// (multilateral meetings, briefings and crawled pages), on invented sentences: none of these people are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

describe('who took part in a council session or a summit', () => {
  it('counts a speaker at a vote on a resolution as taking part, though the headline has a "call"', () => {
    const a = article('Country blocks Council call for truce in the region', [
      'UNITED NATIONS, May 9 (Xinhua) -- A permanent member on Thursday blocked a draft resolution in the Security Council demanding a truce.',
      'Explaining his vote, Norwegian Ambassador Lars Bergstad said the text was unbalanced.',
    ]);
    expect(person(a, 'Lars Bergstad')?.participant).toBe(true);
  });

  it('counts the ambassador who opened the meeting', () => {
    const a = article('Council fails to adopt truce text', [
      'UNITED NATIONS, May 9 (Xinhua) -- The Security Council on Thursday failed to adopt a draft resolution on a truce.',
      'The envoy spoke after Ambassador Pedro Alvarado of Peru, which holds the presidency for May, opened the meeting.',
    ]);
    expect(person(a, 'Pedro Alvarado')?.participant).toBe(true);
  });

  it('reads "Along with X, the meeting was attended by A, B and C" as one list of those present', () => {
    const a = article('Leaders hold session at summit', [
      'OSLO, May 9 (Xinhua) -- The leaders of the bloc met on Thursday.',
      'Along with Norwegian Prime Minister Kari Holm, the meeting was attended by Danish Prime Minister Erik Lund, Swedish Prime Minister Anna Berg and Finnish President Mikko Salo.',
    ]);
    for (const name of ['Kari Holm', 'Erik Lund', 'Anna Berg', 'Mikko Salo'])
      expect(person(a, name)?.participant).toBe(true);
  });
});

describe('speakers at a council session named by their country or by an envoy’s title', () => {
  const session = () =>
    article('Council fails to adopt truce text', [
      'UNITED NATIONS, May 9 (Xinhua) -- The Security Council on Thursday failed to adopt a draft resolution on a truce.',
      'Introducing the draft, Samir Haddad, Deputy Permanent Representative of the UAE, said the text was balanced.',
      'Liu Jun of China expressed deep disappointment, and Oren Shamir of Israel told members the text was flawed.',
      'Palestinian Permanent Observer Khalil Nasser called the outcome a failure.',
    ]);

  it('reads an unknown name followed by "of <Country>" and a verb as a person of that country', () => {
    expect(person(session(), 'Liu Jun')?.country).toBe('China');
    expect(person(session(), 'Oren Shamir')?.country).toBe('Israel');
  });

  it('reads "Permanent Observer" and "Deputy Permanent Representative of …" as titles', () => {
    expect(person(session(), 'Khalil Nasser')?.roles).toEqual(['Palestinian Permanent Observer']);
    expect(person(session(), 'Samir Haddad')?.roles).toEqual(['Deputy Permanent Representative of the UAE']);
  });
});

describe('Chinese-romanised names in a Chinese outlet’s story', () => {
  const daily = { source: 'China Daily', dateline: null };

  it('does not place a spokesman by a country in the words reported before the name', () => {
    const a = article(
      'Beijing ready to work with new administration, spokesman says',
      [
        'China is ready to work with the new US administration to manage differences, Foreign Ministry spokesman Zhou Wenli said on Tuesday.',
        'Zhou told a regular news conference in Beijing that dialogue would continue.',
      ],
      daily,
    );
    expect(person(a, 'Zhou Wenli')?.country).toBe('China');
    expect(person(a, 'Zhou Wenli')?.participant).toBe(true);
  });

  it('does not place a bare-titled official by the foreign city or country they spoke in', () => {
    const a = article(
      'Official speaks at forum',
      [
        'Vice-Premier Gao Ming spoke at the annual meeting in Davos, Switzerland, on Tuesday, saying that opening-up would continue.',
      ],
      daily,
    );
    expect(person(a, 'Gao Ming')?.country).toBe('China');
  });

  it('reads the nationality after "X met" as the other side’s', () => {
    const a = article(
      'Envoy attends ceremony',
      [
        'The envoy attended the ceremony on Monday.',
        'On Sunday, Vice-President Lu Hong met Canadian Deputy Prime Minister Jane Doe and members of the Canadian business community.',
      ],
      daily,
    );
    expect(person(a, 'Lu Hong')?.country).toBe('China');
  });
});

describe('titles of legislatures and parties with initials inside', () => {
  it('keeps a body’s possessive and initials inside the title before the name', () => {
    const a = article('Legislators meet', [
      "BEIJING, May 9 (Xinhua) -- The visitor held talks with Chairman of the National People's Congress (NPC) Standing Committee Qiao Wenbo on Thursday.",
    ]);
    expect(person(a, 'Qiao Wenbo')?.roles).toEqual([
      "Chairman of the National People's Congress (NPC) Standing Committee",
    ]);
    expect(run(a).people.some((p) => p.name === 'People')).toBe(false);
  });

  it('reads a body given by its initials alone after "of the"', () => {
    const a = article('Legislators meet', [
      'HANOI, May 9 (VNA) – The chairman received the delegation on Thursday.',
      'Attending the meeting were Vice Chairman of the NA Le Van Thanh and others.',
    ]);
    expect(person(a, 'Le Van Thanh')?.roles).toEqual(['Vice Chairman of the NA']);
  });

  it('gives another country’s national agency its home country in a story datelined Beijing', () => {
    const a = article(
      'Legislators meet',
      [
        'The top legislator met the Chinese leader on Thursday as part of his official visit to China.',
        'Attending the meeting were Vice Chairman of the NA Le Van Thanh and others.',
      ],
      { source: 'VNA', dateline: { place: 'Beijing', date: null } },
    );
    expect(person(a, 'Le Van Thanh')?.country).toBe('Vietnam');
  });
});

describe('a Gulf agency’s lists of leaders and officials', () => {
  const wam = { source: 'WAM', dateline: { place: 'ABU DHABI', date: '9th May, 2024' } };

  it('does not give a bare-titled leader the country of the other leader’s own appositive title', () => {
    const a = article(
      'Leaders witness exchange of agreements',
      [
        'ABU DHABI, 9th May, 2024 (WAM) -- President His Highness Sheikh Khalid bin Omar Al Nahyan and Ravi Menon, Prime Minister of India, today witnessed the exchange of agreements.',
      ],
      wam,
    );
    expect(person(a, 'Khalid bin Omar Al Nahyan')?.country).toBe('United Arab Emirates');
    expect(person(a, 'Ravi Menon')?.country).toBe('India');
  });

  it('reads "Deputy Prime Minister" and "Deputy Ruler of …" in apposition, with no person "Ruler"', () => {
    const a = article(
      'Leaders witness exchange of agreements',
      [
        'ABU DHABI, 9th May, 2024 (WAM) -- The exchange was attended by His Highness Sheikh Saif bin Hamad Al Mazrouei, Deputy Prime Minister and Minister of Foreign Affairs; His Highness Sheikh Hamad bin Saif Al Mansoori, Deputy Ruler of Abu Dhabi and National Security Advisor; and other officials.',
      ],
      wam,
    );
    expect(person(a, 'Hamad bin Saif Al Mansoori')?.roles).toEqual([
      'Deputy Ruler of Abu Dhabi',
      'National Security Advisor',
    ]);
    expect(person(a, 'Saif bin Hamad Al Mazrouei')?.roles).toEqual([
      'Deputy Prime Minister',
      'Minister of Foreign Affairs',
    ]);
    expect(run(a).people.map((p) => p.name)).not.toContain('Ruler');
  });
});

describe('the office taken at an inauguration', () => {
  it('reads the office after "sworn in" and a time ("sworn in Tuesday as", "for a second term as")', () => {
    const a = article('President sworn in', [
      'LIMA, May 9 (Xinhua) -- Rosa Quispe was sworn in Tuesday as Peru’s first woman president.',
      'Jorge Salas was sworn in for a second term as Chile’s president on Monday.',
    ]);
    expect(person(a, 'Rosa Quispe')?.roles).toEqual(['Peru’s first woman president']);
    expect(person(a, 'Jorge Salas')?.roles).toEqual(['Chile’s president']);
  });
});

describe('who took part in a summit, a sideline meeting or a ceremony', () => {
  it('counts those who "led their countries’ delegations"', () => {
    const a = article('Leaders attend ceremony in capital', [
      'OSLO, May 9 (Xinhua) -- Leaders from many countries attended a ceremony in Oslo on Thursday.',
      'Danish Vice President Erik Lund and Swedish Vice President Anna Berg also led their countries’ delegations.',
    ]);
    expect(person(a, 'Erik Lund')?.participant).toBe(true);
    expect(person(a, 'Anna Berg')?.participant).toBe(true);
  });

  it('does not count one who represented a leader at "the September summit"', () => {
    const a = article('Leaders hold virtual summit', [
      'NEW DELHI, Nov. 22 (Xinhua) -- Leaders of the group held a virtual summit on Wednesday.',
      'Denmark’s prime minister was represented at the September summit by Foreign Minister Jon Dahl.',
    ]);
    expect(person(a, 'Jon Dahl')?.participant).toBe(false);
  });

  it('reads "is arranging to visit … to hold talks with Y" as later, but a clause "who sat in on the meeting" as taking part', () => {
    const a = article('Leaders hold first talks on sidelines of forum', [
      'LIMA, Nov. 15 (Xinhua) -- Two leaders held their first talks on the sidelines of the forum on Friday.',
      'Foreign Minister Ken Mori, who sat in on the meeting, plans to visit Norway soon to hold talks with his counterpart Jon Dahl.',
    ]);
    expect(person(a, 'Jon Dahl')?.participant).toBe(false);
    expect(person(a, 'Ken Mori')?.participant).toBe(true);
  });

  it('does not count a leader who "remains barred" from the meetings', () => {
    const a = article('Leaders open summit', [
      'VIENTIANE, Oct. 9 (Xinhua) -- Leaders of the bloc opened their summit on Wednesday.',
      'Norway was represented by Vice President Ola Berg, while the junta sent Jon Dahl, permanent secretary of its Ministry of Defence, as the military regime’s leader, Senior General Tun Aung, remains barred from the grouping’s high-level meetings.',
    ]);
    expect(person(a, 'Tun Aung')?.participant).toBe(false);
    expect(person(a, 'Jon Dahl')?.participant).toBe(true);
  });

  it('does not count an adviser "briefing reporters before the summit"', () => {
    const a = article('Leaders agree to hold annual summits', [
      'CAMP HILL, Aug. 18 (Xinhua) -- Three leaders agreed on Friday to hold annual summits.',
      'Briefing reporters before the summit, National Security Advisor Tom Hale said the leaders would also discuss trade.',
    ]);
    expect(person(a, 'Tom Hale')?.participant).toBe(false);
  });

  it('does not count the one a ceremony honours, nor the one funeral prayers are said for', () => {
    const a = article('Dignitaries attend ceremony in honor of late President Karimi', [
      'TEHRAN, May 22 (Xinhua) -- Dignitaries attended a ceremony on Wednesday honoring President Reza Karimi and his companions, who were killed in a crash.',
      'Earlier in the day, the cleric Ali Nouri led the funeral prayers for Karimi at the university.',
    ]);
    expect(person(a, 'Reza Karimi')?.participant).toBe(false);
  });

  it('reads a legislature named after its state as the body of the title', () => {
    const a = article('Dignitaries attend ceremony', [
      'TEHRAN, May 22 (Xinhua) -- Speaker of the Russian State Duma Pavel Orlov attended the ceremony on Wednesday.',
    ]);
    expect(person(a, 'Pavel Orlov')?.roles).toEqual(['Speaker of the Russian State Duma']);
  });
});

describe('countries of delegates and companions at a summit', () => {
  const summit = () =>
    article(
      'Prime minister joins leaders at summit',
      [
        'OSLO, Oct 9 (Bernama) -- Prime Minister Ahmad Zaki today joined fellow leaders at the summit.',
        'Norway was represented by Vice President Ola Berg, while Sweden sent Jon Dahl, permanent secretary of its foreign ministry.',
        'Ahmad Zaki, who is accompanied by Foreign Minister Datuk Seri Rahim Omar, is expected to raise the situation in Sweden and the South China Sea.',
      ],
      { source: 'Bernama', dateline: { place: 'OSLO', date: 'Oct 9' } },
    );

  it('gives a delegate the country that "was represented by" them', () => {
    expect(person(summit(), 'Ola Berg')?.country).toBe('Norway');
  });

  it('does not place a companion by a country in what the one accompanied is to raise', () => {
    expect(person(summit(), 'Rahim Omar')?.country).toBe('Malaysia');
  });
});

describe('a national agency’s story of a virtual summit', () => {
  const pti = () =>
    article(
      'Leaders join virtual summit hosted by prime minister',
      [
        'New Delhi, Nov 22 (PTI) Prime Minister Ravi Menon on Wednesday hosted a virtual summit, with Chinese Premier Zhou Ming among those who joined.',
        'Zhou said China supported the grouping. President Gao Feng had stayed away from the summit in New Delhi in September.',
        'Briefing reporters after the summit, India’s G20 Sherpa Vikram Rao said most decisions had been acted upon.',
      ],
      { source: 'PTI', dateline: { place: 'New Delhi', date: 'Nov 22' } },
    );

  it('gives a bare-titled Chinese-romanised name China, not the agency’s country, in a story naming China', () => {
    expect(person(pti(), 'Gao Feng')?.country).toBe('China');
  });

  it('reads a Sherpa as a title, and one briefing reporters after the summit as no participant', () => {
    expect(person(pti(), 'Vikram Rao')?.roles).toEqual(['India’s G20 Sherpa']);
    expect(person(pti(), 'Vikram Rao')?.participant).toBe(false);
  });
});
