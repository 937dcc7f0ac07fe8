// Names, roles, countries and participants seen first in the eighteenth blind round of held-out articles
// (multilateral meetings, briefings and crawled pages), on invented sentences: none of these people are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);

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
        'China is willing to work with the new US administration to manage differences, Foreign Ministry spokesman Zhou Wenli said on Tuesday.',
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
        'ABU DHABI, 9th May, 2024 (WAM) -- The exchange was attended by His Highness Sheikh Hamad bin Saif Al Nahyan, Deputy Ruler of Abu Dhabi and National Security Advisor; His Highness Sheikh Saif bin Hamad Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs; and other officials.',
      ],
      wam,
    );
    expect(person(a, 'Hamad bin Saif Al Nahyan')?.roles).toEqual([
      'Deputy Ruler of Abu Dhabi',
      'National Security Advisor',
    ]);
    expect(person(a, 'Saif bin Hamad Al Nahyan')?.roles).toEqual([
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
