// Behaviour of the extractor on invented wire-style articles (none of these people are in the corpus):
// names, roles, countries, participants, coreference, knowledge corrections, organisations and places.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyKnowledge, type Knowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle, k: Knowledge = emptyKnowledge) => extractEntities(a, k);
const person = (a: ParsedArticle, name: string, k?: Knowledge) =>
  run(a, k).people.find((p) => p.name === name);

describe('titles that name a body: "Speaker of the National Assembly"', () => {
  const a = article('Vietnamese speaker meets Brazilian counterpart', [
    'Vietnamese Speaker of the National Assembly Nguyen Thanh Binh held talks with Brazilian Speaker of the National Assembly Carla Mendes Rocha on Monday in Hanoi.',
    'Nguyen said the two legislatures should deepen exchanges. The Speaker of the National Assembly said more visits would follow.',
  ]);

  it('reads the whole title, body included, and the name after it, for both sides of the talks', () => {
    expect(person(a, 'Nguyen Thanh Binh')).toMatchObject({
      roles: ['Vietnamese Speaker of the National Assembly'],
      country: 'Vietnam',
      participant: true,
    });
    expect(person(a, 'Carla Mendes Rocha')).toMatchObject({
      roles: ['Brazilian Speaker of the National Assembly'],
      country: 'Brazil',
      participant: true,
    });
  });

  it('keeps the body an organisation and invents no person from a title with no name after it', () => {
    const out = run(a);
    expect(out.organizations).toContain('National Assembly');
    expect(out.people.map((p) => p.name).sort()).toEqual(['Carla Mendes Rocha', 'Nguyen Thanh Binh']);
  });
});

describe('name parts that are also interjections ("Hai", "Oh")', () => {
  const a = article('Vietnamese and South Korean ministers hold talks', [
    'Vietnamese Foreign Minister Le Thi Hai held talks with South Korean Foreign Minister Oh Jin-ho on Monday in Hanoi.',
  ]);

  it('keeps them inside the name instead of cutting the name short', () => {
    expect(run(a).people.map((p) => p.name)).toEqual(['Le Thi Hai', 'Oh Jin-ho']);
  });
});

describe('surnames that are also function words ("He", "Le") right after a title', () => {
  const a = article('Chinese vice premier holds talks with Vietnamese security advisor', [
    'Chinese Vice Premier He Jianmin held talks with Vietnamese national security advisor Le Van Son on Monday in Beijing.',
    'He said the two countries should deepen cooperation.',
  ]);

  it('reads them as the first word of the name, with the title as the role', () => {
    expect(person(a, 'He Jianmin')).toMatchObject({ roles: ['Chinese Vice Premier'], participant: true });
    expect(person(a, 'Le Van Son')).toMatchObject({
      roles: ['Vietnamese national security advisor'],
      participant: true,
    });
  });

  it('also after a title that ends in a department or a body', () => {
    const b = article('Ministers meet', [
      'Chinese Minister of Agriculture He Zhiqiang met with Chinese Speaker of the National Assembly He Hong on Monday in Beijing.',
    ]);
    expect(run(b).people.map((p) => [p.name, p.roles])).toEqual([
      ['He Zhiqiang', ['Chinese Minister of Agriculture']],
      ['He Hong', ['Chinese Speaker of the National Assembly']],
    ]);
  });

  it('still reads a sentence-initial "He" as a pronoun, not a person', () => {
    expect(run(a).people.map((p) => p.name)).toEqual(['He Jianmin', 'Le Van Son']);
  });
});

describe('names and titles', () => {
  const a = article('Gao meets Saudi crown prince in Beijing', [
    'Chinese President Gao Jianping met with Saudi Crown Prince Mohammed bin Fahd in the Great Hall of the People in Beijing on Sunday.',
    'UAE President Sheikh Hamdan bin Saif Al Nahyan and European Commission President Helga von der Brandt sent messages of support.',
    'Kazakh President Yerlan-Marat Suleimenov and Vietnamese President Vo Van Khai were not at the meeting.',
  ]);
  const out = run(a);

  it('separates the title from the name, keeping the nationality adjective in the role', () => {
    expect(out.people[0]).toMatchObject({
      name: 'Gao Jianping',
      roles: ['Chinese President'],
      country: 'China',
    });
    expect(person(a, 'Mohammed bin Fahd')).toMatchObject({
      roles: ['Saudi Crown Prince'],
      country: 'Saudi Arabia',
    });
  });
  it('keeps name particles and drops honorifics such as Sheikh', () => {
    expect(person(a, 'Hamdan bin Saif Al Nahyan')).toMatchObject({
      roles: ['UAE President'],
      country: 'United Arab Emirates',
    });
    expect(person(a, 'Helga von der Brandt')?.roles).toEqual(['European Commission President']);
  });
  it('gives officials of international bodies no country', () => {
    expect(person(a, 'Helga von der Brandt')?.country).toBeNull();
  });
  it('reads hyphenated and three-part names', () => {
    expect(person(a, 'Yerlan-Marat Suleimenov')?.country).toBe('Kazakhstan');
    expect(person(a, 'Vo Van Khai')?.country).toBe('Vietnam');
  });
  it('lists people in order of first mention, headline first', () => {
    expect(out.people.map((p) => p.name)).toEqual([
      'Gao Jianping',
      'Mohammed bin Fahd',
      'Hamdan bin Saif Al Nahyan',
      'Helga von der Brandt',
      'Yerlan-Marat Suleimenov',
      'Vo Van Khai',
    ]);
  });
});

describe('roles', () => {
  const a = article('Chinese FM holds talks with Brazilian counterpart', [
    'Chinese State Councilor and Foreign Minister Zhao Minghua held talks on Thursday with Brazilian Foreign Minister Marcos Teixeira, who is on an official visit to China.',
    'Park Hoon, former South Korean foreign minister and a member of the National Assembly, also attended.',
    'Zhao, also a member of the Political Bureau of the CPC Central Committee, said the two sides should work more closely.',
  ]);
  it('splits compound titles joined by "and"', () => {
    expect(person(a, 'Zhao Minghua')?.roles.slice(0, 2)).toEqual([
      'Chinese State Councilor',
      'Foreign Minister',
    ]);
  });
  it('reads appositive roles, keeps "former" and drops "a"/"also"', () => {
    expect(person(a, 'Park Hoon')?.roles).toEqual([
      'former South Korean foreign minister',
      'member of the National Assembly',
    ]);
    expect(person(a, 'Zhao Minghua')?.roles).toContain(
      'member of the Political Bureau of the CPC Central Committee',
    );
  });
  it('does not take "counterpart" or family relations for roles', () => {
    const b = article('Leader mourns', [
      'Mexican President Luis Fernando Ruiz Salinas met with French President Laurent Morel on Thursday in Paris.',
      'Ruiz Salinas travelled only days after the funeral of his brother, Jose Ramon Ruiz Salinas, a former mayor of Macuspana.',
    ]);
    expect(person(b, 'Jose Ramon Ruiz Salinas')?.roles).toEqual(['former mayor of Macuspana']);
  });
});

describe('coreference', () => {
  const a = article('Kenyan president holds talks with Finnish PM', [
    'Kenyan President Daniel Kiprono held talks with Finnish Prime Minister Mikko Laine in Helsinki on Thursday.',
    'Kiprono said Kenya values its ties with Finland. He stressed the importance of trade.',
    'For his part, Laine said Finland is ready to deepen cooperation.',
  ]);
  it('resolves surnames to the person introduced earlier', () => {
    expect(person(a, 'Daniel Kiprono')?.aliases).toEqual(['Kiprono']);
    expect(person(a, 'Mikko Laine')?.aliases).toEqual(['Laine']);
    expect(run(a).people).toHaveLength(2);
  });
  it('keeps people who share a surname apart', () => {
    const b = article('Leaders meet', [
      'U.S. President Joe Smithson and Canadian Prime Minister Anne Carter met in Ottawa on Thursday.',
      'Smithson and first lady Jill Smithson later visited a school. Smithson said the visit was moving.',
    ]);
    const out = run(b);
    expect(out.people.map((p) => p.name)).toEqual(['Joe Smithson', 'Anne Carter', 'Jill Smithson']);
    expect(person(b, 'Jill Smithson')).toMatchObject({
      roles: ['first lady'],
      country: 'United States',
      participant: false,
    });
    expect(person(b, 'Joe Smithson')?.aliases).toEqual(['Smithson']);
  });
  it('resolves "she" and "For her part" without making pronouns aliases', () => {
    const b = article('Ministers meet', [
      'Australian Foreign Minister Penny Lau met with Indonesian Foreign Minister Retno Wulandari in Jakarta on Thursday.',
      'For her part, Lau said Australia values the partnership. She added that trade had grown.',
    ]);
    const lau = person(b, 'Penny Lau');
    expect(lau?.aliases).toEqual(['Lau']);
    expect(lau?.participant).toBe(true);
  });
});

describe('participants', () => {
  it('takes the subjects of the reported meeting, not a courtesy call before it', () => {
    const a = article('Foreign ministers meet in Jakarta', [
      'JAKARTA foreign ministers met on Thursday. Indonesian Foreign Minister Retno Wulandari hosted Malaysian Foreign Minister Mohamad Rosli and Thai Foreign Minister Maris Sangiampongsa.',
      'Before the meeting, the two visiting ministers paid a courtesy call on Indonesian President Joko Prasetyo, who took office in 2014. Prasetyo told them that regional unity matters.',
    ]);
    const out = run(a);
    expect(person(a, 'Mohamad Rosli')?.participant).toBe(true);
    expect(person(a, 'Maris Sangiampongsa')?.participant).toBe(true);
    expect(out.people.find((p) => p.name === 'Joko Prasetyo')?.participant).toBe(false);
  });
  it('does not count a leader attended "on behalf of", or one who is absent', () => {
    const a = article('Summit opens in Rio', [
      'RIO DE JANEIRO leaders gathered on Thursday for the summit.',
      'Chinese Premier Li Weidong is attending the summit on behalf of President Gao Jianping. Mexican President Claudia Barrera is also absent, with Foreign Minister Juan Pablo de la Vega leading the Mexican delegation.',
    ]);
    expect(person(a, 'Li Weidong')?.participant).toBe(true);
    expect(person(a, 'Gao Jianping')?.participant).toBe(false);
    expect(person(a, 'Claudia Barrera')?.participant).toBe(false);
    expect(person(a, 'Juan Pablo de la Vega')).toMatchObject({ participant: true, country: 'Mexico' });
  });
  it('does not count leaders whose initiative is cited or people of past years', () => {
    const a = article('Ministers discuss initiative', [
      'Egyptian Foreign Minister Sameh Hamdy held talks with Chinese Foreign Minister Wang Lin on Thursday in Beijing.',
      'The talks took place under an initiative of Egyptian President Abdel Karim al-Masri.',
      'In 1956, Egyptian President Gamal Abdel Nasser held talks with Premier Zhou Enlai in Bandung.',
    ]);
    expect(person(a, 'Sameh Hamdy')?.participant).toBe(true);
    expect(person(a, 'Abdel Karim al-Masri')?.participant).toBe(false);
    expect(person(a, 'Gamal Abdel Nasser')?.participant).toBe(false);
    expect(person(a, 'Zhou Enlai')?.participant).toBe(false);
  });
  it('does not count a leader whose letter is read out', () => {
    const a = article("Gao's letter read at forum opening", [
      "Chinese President Gao Jianping's congratulatory letter was read out at the opening of the forum in Beijing on Thursday by Chinese Vice President Han Wei, who chaired the ceremony.",
    ]);
    expect(person(a, 'Gao Jianping')?.participant).toBe(false);
    expect(person(a, 'Han Wei')?.participant).toBe(true);
  });
  it('counts people who join by phone or video link', () => {
    const a = article('BRICS leaders meet', [
      'The summit opened on Thursday in Kazan.',
      'Brazilian President Jose Carlos Tito da Rocha, who took part in the summit by video link, said the group must grow. Tito thanked the hosts.',
    ]);
    expect(person(a, 'Jose Carlos Tito da Rocha')).toMatchObject({ participant: true, aliases: ['Tito'] });
  });
  it('does not count spokespeople commenting on an event', () => {
    const a = article('Spokesperson comments on talks', [
      'Chinese Foreign Ministry spokesperson Mao Yun said on Thursday that the talks were candid.',
    ]);
    expect(person(a, 'Mao Yun')).toMatchObject({ participant: false, country: 'China' });
  });
  it('counts the spokesperson whose own briefing is reported, not the leaders they speak of', () => {
    const a = article("Spokesperson rejects Prime Minister Harada's remarks", [
      'Chinese Foreign Ministry spokesperson Wang Hongbin on Tuesday rejected remarks by Japanese Prime Minister Kenji Harada at a regular press conference in Beijing.',
      'Wang said Harada had met South Korean President Yoon Dae Ho the week before.',
    ]);
    expect(person(a, 'Wang Hongbin')?.participant).toBe(true);
    expect(person(a, 'Kenji Harada')?.participant).toBe(false);
  });
  it('does not count a separate meeting earlier that day, during the visit, or hosting the wider gathering', () => {
    const a = article('Morel, Lee hold talks in Seoul on APEC sidelines', [
      'French President Laurent Morel held talks with South Korean President Lee Sang-woo in Seoul on Friday on the sidelines of the summit.',
      'Earlier on Friday, Japanese Prime Minister Kenta Ishikawa received Morel at a hotel.',
      'During his visit, Morel also met with National Assembly Speaker Woo Won-shik.',
      "Vietnamese President Luong Tuan hosts this year's APEC meetings.",
      'Earlier in the day, French Foreign Minister Jean-Noel Barrot joined the two presidents for a working lunch.',
    ]);
    expect(person(a, 'Lee Sang-woo')?.participant).toBe(true);
    expect(person(a, 'Kenta Ishikawa')?.participant).toBe(false);
    expect(person(a, 'Woo Won-shik')?.participant).toBe(false);
    expect(person(a, 'Luong Tuan')?.participant).toBe(false);
    expect(person(a, 'Jean-Noel Barrot')?.participant).toBe(true);
  });
  it('does not count someone reacting in a statement or on social media', () => {
    const a = article('Leaders sign trade pact in Lima', [
      'Peruvian President Pedro Castillo and Chilean President Gabriel Fuentes signed a trade pact in Lima on Monday.',
      'Bolivian President Luis Arce welcomed the pact in a statement issued in La Paz.',
      'Colombian President Gustavo Ramirez later wrote on social media that the pact was good news.',
    ]);
    expect(person(a, 'Gabriel Fuentes')?.participant).toBe(true);
    expect(person(a, 'Luis Arce')?.participant).toBe(false);
    expect(person(a, 'Gustavo Ramirez')?.participant).toBe(false);
  });
});

describe('countries from institutions, "to <Country>" titles and bare titles', () => {
  const a = article('Chancellor meets President in Vienna', [
    'Austrian Chancellor Karl Gruber received Kenyan President Daniel Kiprono in Vienna on Monday.',
    'Kremlin spokesman Dmitry Medvedev and White House press secretary Karine Jean-Pierre commented on the visit.',
    'U.S. Ambassador to Kenya Meg Whitman also attended the talks.',
    'The last such visit took place in 2016 under then Chancellor Christian Kern and then President Uhuru Kenyatta.',
  ]);
  it('reads the country of a government seat in the role', () => {
    expect(person(a, 'Dmitry Medvedev')).toMatchObject({ roles: ['Kremlin spokesman'], country: 'Russia' });
    expect(person(a, 'Karine Jean-Pierre')?.country).toBe('United States');
  });
  it('keeps "to <Country>" in an envoy\'s title, and the envoy\'s own country', () => {
    expect(person(a, 'Meg Whitman')).toMatchObject({
      roles: ['U.S. Ambassador to Kenya'],
      country: 'United States',
      participant: true,
    });
  });
  it("gives a bare title the country of the story's first holder of that title", () => {
    expect(person(a, 'Christian Kern')).toMatchObject({ country: 'Austria', participant: false });
    expect(person(a, 'Uhuru Kenyatta')?.country).toBe('Kenya');
  });
});

describe('single-name people and regnal numbers', () => {
  const a = article('Pope meets king', [
    'Pope Clement, head of the Roman Catholic Church, met King Edmund III of Britain at the Vatican on Thursday.',
    'Bartholomew, Ecumenical Patriarch of Constantinople, sent a message.',
  ]);
  it('reads a name known by one word through its title', () => {
    expect(person(a, 'Clement')).toMatchObject({
      roles: ['Pope', 'head of the Roman Catholic Church'],
      country: 'Vatican',
    });
    expect(person(a, 'Bartholomew')?.roles).toEqual(['Ecumenical Patriarch of Constantinople']);
  });
  it('keeps the regnal number and takes the country from "of Britain"', () => {
    expect(person(a, 'Edmund III')).toMatchObject({ roles: ['King'], country: 'United Kingdom' });
  });
});

describe('what is never a person', () => {
  it('ignores places, organisations, months and headline phrases', () => {
    const a = article('Belt and Road Forum Opens in Beijing', [
      'The Belt and Road Forum for International Cooperation opened on Thursday at the China National Convention Center in Beijing.',
      'Officials from the Asian Infrastructure Investment Bank and the Jose Marti International Airport attended, the Ministry of Commerce said in May.',
    ]);
    const found = run(a);
    expect(found.people).toEqual([]);
    expect(found.organizations).toEqual([
      'Belt and Road Forum for International Cooperation',
      'Asian Infrastructure Investment Bank',
      'Ministry of Commerce',
    ]);
    expect(found.places).toEqual(
      expect.arrayContaining(['China National Convention Center', 'Jose Marti International Airport']),
    );
  });
  it('does not take a firm named after a person for a person', () => {
    const a = article('Report', ['Analysts at Gordon Brothers said on Thursday that sales rose.']);
    expect(run(a).people).toEqual([]);
    expect(run(a).organizations).toEqual(['Gordon Brothers']);
  });
  it('honours notPeople from seeds/people.json', () => {
    const b = article('Report', [
      'Analyst Maria Lopez said on Thursday that sales rose. Maria Lopez added more.',
    ]);
    expect(run(b, { people: [], notPeople: ['Maria Lopez'] }).people).toEqual([]);
    // Without the entry the same sentence names her.
    expect(person(b, 'Maria Lopez')?.roles).toEqual(['Analyst']);
  });
});

describe('knowledge from seeds/people.json', () => {
  const k: Knowledge = {
    people: [
      {
        name: 'Jose Carlos Tito da Rocha',
        aliases: ['Tito'],
        roles: ['Brazilian President'],
        country: 'Brazil',
      },
    ],
    notPeople: [],
  };
  it('resolves a known alias to the known person and fills the gaps', () => {
    const a = article('Tito visits factory', [
      'Tito visited a car factory in Sao Paulo on Thursday, his office said.',
    ]);
    expect(run(a, k).people).toEqual([
      {
        name: 'Jose Carlos Tito da Rocha',
        aliases: ['Tito'],
        roles: ['Brazilian President'],
        country: 'Brazil',
        participant: true,
      },
    ]);
  });
});

describe('organizations and places', () => {
  const a = article(
    'Japan, Philippines sign defense pact',
    [
      "The agreement was signed at Malacanang Palace in Manila, according to Japan's Ministry of Defense and the Association of Southeast Asian Nations (ASEAN).",
      'ASEAN welcomed the pact. Tensions in the South China Sea have risen, and the U.S. side backed the deal.',
    ],
    { dateline: { place: 'MANILA', date: 'May 9' } },
  );
  const out = run(a);
  it('names bodies with their "of" complements and maps acronyms to them', () => {
    expect(out.organizations).toEqual(['Ministry of Defense', 'Association of Southeast Asian Nations']);
  });
  it('normalises countries and keeps venues and regions', () => {
    expect(out.places).toEqual(
      expect.arrayContaining([
        'Manila',
        'Malacanang Palace',
        'Japan',
        'South China Sea',
        'Philippines',
        'United States',
      ]),
    );
    expect(out.places).not.toContain('Japanese');
  });
});

describe('robustness', () => {
  const words = fc.constantFrom(
    'President',
    'Chinese',
    'Gao',
    'Jinping',
    'said',
    'met',
    'with',
    'the',
    ',',
    '.',
    'of',
    'and',
    'Al-Aiban',
    'bin',
    'former',
    'Minister',
    'U.S.',
    'Korea',
    '(CPC)',
    'he',
    'She',
    'von',
    'Kim',
    '’s',
    '“',
    '北京',
    'Mr.',
    'on behalf of',
    // Titles, bodies and countries that may end one paragraph and be read with a name that opens the next.
    'director',
    'chief',
    'head',
    'Gen.',
    'Director-General',
    'UN',
    '(WHO)',
    'France',
    'meets',
  );
  const paragraph = fc
    .array(fc.oneof(words, fc.string({ maxLength: 8 })), { maxLength: 40 })
    .map((w) => w.join(' '));
  it('never throws, and every name, alias and role is written within the title or within one paragraph', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), paragraph, fc.boolean(), (paras, title, derived) => {
        // A title derived from the lede is read as the story's first paragraph.
        const out = run(article(title, paras, { titleDerived: derived }));
        const written = (s: string) => s === title || title.includes(s) || paras.some((p) => p.includes(s));
        for (const p of out.people) {
          expect(p.name.trim()).not.toBe('');
          for (const s of [p.name, ...p.aliases, ...p.roles]) expect(written(s), s).toBe(true);
        }
        const names = out.people.map((p) => p.name.toLowerCase());
        expect(new Set(names).size).toBe(names.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('an article in the corpus style that is not in the corpus', () => {
  const a = article(
    'Gao, Morel, von der Brandt hold trilateral meeting in Paris',
    [
      "Chinese President Gao Jianping on Monday attended a China-France-EU trilateral leaders' meeting with French President Laurent Morel and European Commission President Helga von der Brandt at the Elysee Palace in Paris.",
      'Morel said France hopes to strengthen dialogue with China. Von der Brandt said the EU is ready to work with China.',
      'Before the meeting, Gao met with French Prime Minister Gabriel Attal, who greeted him at Orly Airport on Sunday. Attal said France attaches great importance to ties.',
      "Peng Lihua, Gao's wife, accompanied him. Chinese Foreign Ministry spokesperson Lin Tao said the trip was a success.",
      'Wang Ke, a member of the Political Bureau of the CPC Central Committee, attended the talks.',
    ],
    { date: '2024-05-07', dateline: { place: 'PARIS', date: 'May 6' } },
  );
  const out = run(a);
  it('finds everyone, with countries and participation', () => {
    expect(out.people.map((p) => [p.name, p.country, p.participant])).toEqual([
      ['Gao Jianping', 'China', true],
      ['Laurent Morel', 'France', true],
      ['Helga von der Brandt', null, true],
      ['Gabriel Attal', 'France', false],
      ['Peng Lihua', 'China', false],
      ['Lin Tao', 'China', false],
      ['Wang Ke', 'China', true],
    ]);
    expect(person(a, 'Helga von der Brandt')?.aliases.map((x) => x.toLowerCase())).toEqual([
      'von der brandt',
    ]);
    expect(person(a, 'Peng Lihua')?.roles).toEqual([]);
  });
  it('finds the venues and bodies', () => {
    expect(out.places).toEqual(
      expect.arrayContaining(['Paris', 'Elysee Palace', 'Orly Airport', 'France', 'China']),
    );
    expect(out.organizations).toEqual(
      expect.arrayContaining([
        'European Commission',
        'Chinese Foreign Ministry',
        'Political Bureau of the CPC Central Committee',
      ]),
    );
  });
});

describe('participation scoped to a clause, and attendance at a gathering', () => {
  const a = article(
    'Pacific leaders open summit in Suva',
    [
      'Pacific leaders on Tuesday opened a two-day summit in Suva on climate finance.',
      'Samoan Prime Minister Tavita Leauma, who met Chinese Premier Li Wenhao in Beijing last week, also attended the summit.',
      'Forum Secretary General Henry Puna, attending his last summit before handing over to former Tongan Prime Minister Sione Vaipulu in October, said the region must act together.',
      'Tongan King Tupou VII joined the leaders on Wednesday for a session on ocean policy.',
      'New Zealand Prime Minister Grace Holloway made her debut at the gathering, a month after taking office.',
      'Australian Prime Minister Daniel Archer met Tongan officials in Canberra on Wednesday.',
      'Palauan President Surangel Whipps, who toured Suva on Tuesday, said in letters to the leaders that he backed the plan.',
    ],
    { date: '2024-05-08', dateline: { place: 'SUVA', date: 'May 7' } },
  );
  const out = run(a);
  const participant = (name: string) => out.people.find((p) => p.name === name)?.participant;

  it('judges a relative clause on its own time marker, and the main clause without it', () => {
    expect(participant('Tavita Leauma')).toBe(true);
    expect(participant('Li Wenhao')).toBe(false);
  });
  it('does not let a time marker inside an appositive block the speaker, only the people in it', () => {
    expect(participant('Henry Puna')).toBe(true);
    expect(participant('Sione Vaipulu')).toBe(false);
  });
  it('counts joining the leaders or a debut at the gathering, even on another day of the summit', () => {
    expect(participant('Tupou VII')).toBe(true);
    expect(participant('Grace Holloway')).toBe(true);
  });
  it('still treats a meeting elsewhere on another day as another event', () => {
    expect(participant('Daniel Archer')).toBe(false);
  });
  it('treats a reaction in letters as coming from elsewhere, whatever the clause before it says', () => {
    expect(participant('Surangel Whipps')).toBe(false);
  });
});

describe('relatives and first ladies', () => {
  const a = article('Chilean, Japanese leaders visit memorial together', [
    'Chilean President Rafael Ortega and Japanese Prime Minister Kenji Mori on Monday laid wreaths together at a memorial in Osaka.',
    "Mori's wife Haruka Sato and first lady Lucia Vargas also attended.",
    'The funeral of his father, Akira Mori, was held in 2019.',
  ]);
  const out = run(a);

  it('introduces a person named after a relation noun, with no role and the country of the relative', () => {
    expect(out.people.find((p) => p.name === 'Haruka Sato')).toMatchObject({
      roles: [],
      country: 'Japan',
      participant: true,
    });
  });
  it("gives a first lady the country of the story's only president", () => {
    expect(out.people.find((p) => p.name === 'Lucia Vargas')).toMatchObject({
      roles: ['first lady'],
      country: 'Chile',
      participant: true,
    });
  });
  it('leaves a relative cited in apposition out of the event', () => {
    expect(out.people.find((p) => p.name === 'Akira Mori')?.participant).toBe(false);
  });
  it('leaves a first lady without a country when presidents of two countries are in the story', () => {
    const two = run(
      article('Presidents meet', [
        'Chilean President Rafael Ortega met Peruvian President Ana Quispe in Lima on Monday.',
        'First lady Lucia Vargas also attended.',
      ]),
    );
    expect(two.people.find((p) => p.name === 'Lucia Vargas')?.country ?? null).toBeNull();
    expect(two.people.find((p) => p.name === 'Lucia Vargas')?.roles).toEqual(['First lady']);
    expect(two.people.find((p) => p.name === 'Rafael Ortega')).toMatchObject({
      roles: ['Chilean President'],
      country: 'Chile',
    });
  });
});

describe('participation: lists, later plans, other calls, envoys and absentees', () => {
  it('counts every member of a semicolon list of attendees with their appositive titles', () => {
    const a = article('Foreign ministers of Nordic and Baltic countries meet in Riga', [
      'RIGA, May 9 (Xinhua) -- Latvian Foreign Minister Anna Berzina hosted a meeting of Nordic and Baltic foreign ministers in Riga on Thursday.',
      'The meeting was attended by Lars Holm, foreign minister of Denmark; Eino Virtanen, foreign minister of Finland; and Kristjan Tamm, foreign minister of Estonia.',
    ]);
    for (const name of ['Lars Holm', 'Eino Virtanen', 'Kristjan Tamm'])
      expect(person(a, name), name).toMatchObject({ participant: true });
    expect(person(a, 'Eino Virtanen')?.country).toBe('Finland');
  });

  it('does not count a leader who only looks forward to, or will, attend a later event', () => {
    const a = article('Chinese, Kazakh FMs hold talks in Beijing', [
      'Chinese Foreign Minister Zhao Ming held talks with Kazakh Foreign Minister Aidos Serikov in Beijing on Thursday.',
      "Serikov said Kazakh President Nurlan Bekov looks forward to attending the summit in Gao'an next month. Chinese President Sun Hao will chair the summit, Zhao said.",
    ]);
    expect(person(a, 'Nurlan Bekov')?.participant).toBe(false);
    expect(person(a, 'Sun Hao')?.participant).toBe(false);
    expect(person(a, 'Aidos Serikov')?.participant).toBe(true);
  });

  it('treats an earlier or additional phone conversation as another event', () => {
    const a = article('Chinese FM holds phone talks with Danish counterpart', [
      'Chinese Foreign Minister Zhao Ming held a phone conversation with Danish Foreign Minister Lars Holm on Monday.',
      'Earlier on Monday, Zhao also held a phone conversation with Swedish Foreign Minister Karin Lund.',
    ]);
    expect(person(a, 'Karin Lund')?.participant).toBe(false);
    expect(person(a, 'Lars Holm')?.participant).toBe(true);
  });

  it('does not count the leader an envoy represents, or one whose greetings are conveyed', () => {
    const a = article(
      'Chinese Vice President Liu Bing, as special envoy of Chinese President Sun Hao, attended the inauguration ceremony of Kenyan President Peter Otieno in Nairobi on Tuesday.',
      ["On the sidelines of the ceremony, Liu met with Otieno and conveyed Sun's congratulations."],
      { titleDerived: true },
    );
    expect(person(a, 'Sun Hao')?.participant).toBe(false);
    expect(person(a, 'Liu Bing')?.participant).toBe(true);
    expect(person(a, 'Peter Otieno')?.participant).toBe(true);
  });

  it('does not count a leader who did not travel and whose speech was read out for them', () => {
    const a = article('SCO summit opens in Dushanbe', [
      'DUSHANBE, May 9 (Xinhua) -- Leaders of the Shanghai Cooperation Organization met in Dushanbe on Thursday.',
      "Indian Prime Minister Ravi Sharma did not travel to Dushanbe. India was represented by External Affairs Minister Anil Kapoor, who read out Sharma's speech at the meeting.",
    ]);
    expect(person(a, 'Ravi Sharma')?.participant).toBe(false);
    expect(person(a, 'Anil Kapoor')?.participant).toBe(true);
  });

  it('counts those sworn in at an inauguration, and not the predecessor they succeed', () => {
    const a = article('Chilean president sworn in', [
      'SANTIAGO, May 9 (Xinhua) -- Chinese Vice President Liu Bing attended the inauguration of Chilean President Pablo Rojas in Santiago on Thursday.',
      'Rojas and Vice President Camila Soto were sworn in before the National Congress, succeeding President Jorge Vidal.',
    ]);
    expect(person(a, 'Camila Soto')?.participant).toBe(true);
    expect(person(a, 'Jorge Vidal')?.participant).toBe(false);
  });
});

describe('name shapes: "ul" particles, initials, "To" as a surname, "Minister for …" titles', () => {
  it('keeps "ul" inside a name, and resolves the surname to it', () => {
    const a = article('Interview: ties with China time-tested, says Pakistani envoy', [
      'The partnership has stood the test of time, Pakistani Ambassador to China Zafar ul Hassan has said.',
      'Hassan said the corridor has brought jobs to Pakistan.',
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual(['Zafar ul Hassan']);
    expect(person(a, 'Zafar ul Hassan')).toMatchObject({ aliases: ['Hassan'], country: 'Pakistan' });
  });

  it('reads a name that starts with an initial', () => {
    const a = article('Indian, Austrian ministers meet', [
      'Indian External Affairs Minister R. Venkataraman met Austrian Foreign Minister Karl Huber in Vienna on Thursday.',
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual(['R. Venkataraman', 'Karl Huber']);
    expect(person(a, 'R. Venkataraman')?.country).toBe('India');
  });

  it('reads a capitalised function word after a lower-case word as the start of a name ("with To Huy")', () => {
    const a = article('Chinese premier meets Vietnamese leader', [
      'Chinese Premier Zhao Ming met with To Huy, vice president of Vietnam, in Beijing on Monday.',
      'Huy said Vietnam values its ties with China.',
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual(['Zhao Ming', 'To Huy']);
    expect(person(a, 'To Huy')).toMatchObject({ aliases: ['Huy'], participant: true });
  });

  it('keeps "First" in "First Lady" and "First Vice Premier"', () => {
    const a = article('Chinese president meets Kenyan president', [
      'Chinese President Zhao Ming met with Kenyan President Peter Otieno and First Lady Grace Otieno in Beijing on Tuesday.',
      'First Vice Premier Liu Bing attended the meeting.',
    ]);
    expect(person(a, 'Grace Otieno')).toMatchObject({ roles: ['First Lady'], country: 'Kenya' });
    expect(person(a, 'Liu Bing')?.roles).toEqual(['First Vice Premier']);
  });

  it('reads "Jun" or "May" ending a sentence as the end of a name, not a month', () => {
    const a = article('Chinese, British officials meet', [
      'The talks were attended by Chinese Ambassador Zhao Jun. British Prime Minister Theresa May also attended.',
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual(['Zhao Jun', 'Theresa May']);
  });

  it('reads a long name of several "bin" particles whole', () => {
    const a = article('Chinese vice president holds talks with Qatari emir', [
      'Chinese Vice President Liu Bing met with the emir in Doha on Monday.',
      'Qatari Prime Minister Sheikh Khalid bin Abdullah bin Nasser Al Mahmoud was present at the meeting.',
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual([
      'Liu Bing',
      'Khalid bin Abdullah bin Nasser Al Mahmoud',
    ]);
  });

  it('keeps "Minister for Trade and Industry" in the title and finds the name after it', () => {
    const a = article('Chinese, Singaporean ministers meet', [
      "Chinese Vice Premier Zhao Ming and Singapore's Deputy Prime Minister and Minister for Finance Tan Boon Hock co-chaired the meeting in Tianjin on Thursday.",
      "Singapore's Minister for Trade and Industry Lim Wei Ling also attended.",
    ]);
    expect(person(a, 'Tan Boon Hock')).toMatchObject({
      roles: ["Singapore's Deputy Prime Minister", 'Minister for Finance'],
      country: 'Singapore',
    });
    expect(person(a, 'Lim Wei Ling')?.roles).toEqual(["Singapore's Minister for Trade and Industry"]);
  });
});

describe('coreference and countries of the two sides', () => {
  it('does not give one side the other side\'s country because their surnames are joined by "and"', () => {
    const a = article('Chinese, Singaporean leaders co-chair council', [
      "Chinese Vice Premier Zhao Ming and Singapore's Deputy Prime Minister Tan Boon Hock co-chaired the council meeting on Thursday.",
      'Zhao and Tan also co-chaired meetings of the steering councils.',
    ]);
    expect(person(a, 'Tan Boon Hock')?.country).toBe('Singapore');
  });

  it('reads a closing "…, he said." as the previous speaker, not a name inside the reported words', () => {
    const a = article('Chinese president meets Italian PM', [
      'Chinese President Zhao Ming met with Italian Prime Minister Giulia Conti in Beijing on Monday.',
      'Zhao said the two countries have a long history. This year marks the 700th anniversary of the death of Marco Bellini, he said.',
    ]);
    expect(person(a, 'Marco Bellini')?.participant).toBe(false);
  });
});

describe('untitled names listed beside a person', () => {
  const a = article('Chinese, Japanese, South Korean FMs meet in Busan', [
    'Chinese Foreign Minister Zhao Ming, Japanese Foreign Minister Aiko Mori and South Korean Foreign Minister Park Sung-ho met in Busan on Sunday.',
    "The three countries' leaders last met in Chengdu in 2018, when Zhu Rongwen, Takeshi Yamada and Kang Min-jae held their summit.",
  ]);

  it('finds every name of the list, with no title and no verb of its own', () => {
    const names = run(a).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Zhu Rongwen', 'Takeshi Yamada', 'Kang Min-jae']));
    expect(person(a, 'Takeshi Yamada')?.participant).toBe(false);
  });

  it('does not take a Japanese name for a Chinese one', () => {
    expect(person(a, 'Takeshi Yamada')?.country).not.toBe('China');
    expect(person(a, 'Zhu Rongwen')?.country).toBe('China');
  });
});

describe('speakers, reported words, animals and relative clauses', () => {
  it("gives a bare title named in someone's reported words the speaker's country", () => {
    const a = article('Chinese president meets South Korean PM in Hangzhou', [
      'Chinese President Zhao Ming met with South Korean Prime Minister Lee Jun-ho in Hangzhou on Saturday.',
      'Lee said South Korea values its ties with China. He said President Choi Min-soo had asked him to convey his greetings to Zhao.',
    ]);
    expect(person(a, 'Choi Min-soo')).toMatchObject({ country: 'South Korea', participant: false });
  });

  it('does not count someone quoted in a story whose headline reports a meeting of two sides', () => {
    const a = article('Chinese president meets South Korean PM ahead of games', [
      'Chinese President Zhao Ming met with South Korean Prime Minister Lee Jun-ho in Hangzhou on Saturday, hours before the opening of the games.',
      'Rahul Verma, acting president of the Olympic Council of Asia, told reporters the games would be the largest in their history.',
    ]);
    expect(person(a, 'Rahul Verma')?.participant).toBe(false);
    expect(person(a, 'Lee Jun-ho')?.participant).toBe(true);
  });

  it('never takes the names of pandas for people', () => {
    const a = article('Giant pandas make debut at zoo', [
      'Giant pandas Mei Lan and Bao Bao made their debut at the zoo on Thursday at a ceremony attended by Chinese Ambassador Zhao Ming.',
      "Mei Lan's mother was born at the zoo in 2007, Zhao said.",
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual(['Zhao Ming']);
  });

  it('reads an unknown name followed by ", who" as a person', () => {
    const a = article('Indonesian president sworn in', [
      'JAKARTA, May 9 (Xinhua) -- Indonesian President Budi Santoso was sworn in on Sunday, succeeding Agus Wibisono, who served two terms.',
    ]);
    expect(person(a, 'Agus Wibisono')).toMatchObject({ participant: false });
  });
});

describe('counterparts, recent talks and described interviewees', () => {
  it('finds a person introduced as "his Kazakh counterpart", with that country and no role', () => {
    const a = article('Russian, Kazakh presidents discuss cooperation over phone', [
      'MOSCOW, May 9 (Xinhua) -- Russian President Ivan Sokolov and his Kazakh counterpart Nurlan Abenov discussed bilateral cooperation in a phone conversation on Thursday.',
      'Abenov said Kazakhstan wants more trade with Russia.',
    ]);
    expect(person(a, 'Nurlan Abenov')).toMatchObject({ roles: [], country: 'Kazakhstan', participant: true });
  });

  it('does not count the other side of a recent meeting that is only recalled', () => {
    const a = article('Russian, Kazakh presidents discuss cooperation over phone', [
      'MOSCOW, May 9 (Xinhua) -- Russian President Ivan Sokolov held a phone conversation with Kazakh President Nurlan Abenov on Thursday.',
      'Sokolov briefed Abenov on the outcome of his recent talks with Uzbek President Rustam Karimov in Tashkent.',
    ]);
    expect(person(a, 'Rustam Karimov')?.participant).toBe(false);
  });

  it('gives an interviewee the nationality the headline describes them by', () => {
    const a = article('Interview: summit to open new chapter in ties, says Kenyan scholar', [
      'NAIROBI, May 9 (Xinhua) -- The summit will open a new chapter in relations, a Kenyan scholar has said.',
      'Peter Mwangi, chief executive of the Africa Policy Institute, told Xinhua that Africa hopes for more investment.',
    ]);
    expect(person(a, 'Peter Mwangi')).toMatchObject({ country: 'Kenya', participant: true });
  });
});

describe('countries of leaders listed one after another', () => {
  const a = article('China, Japan, ROK agree to restore trilateral cooperation', [
    'Premier Zhao Ming, Japanese Prime Minister Aiko Mori and Republic of Korea President Park Sung-ho agreed on Monday to restore trilateral cooperation at their summit in Seoul.',
  ]);

  it('reads "Republic of Korea" inside a title as South Korea', () => {
    expect(person(a, 'Park Sung-ho')).toMatchObject({ country: 'South Korea' });
    expect(person(a, 'Park Sung-ho')?.roles[0]).toContain('Republic of Korea');
  });

  it('does not make a Western name the compatriot of the Chinese name it is paired with', () => {
    const b = article('Chinese, U.S. defense chiefs hold talks', [
      'Chinese Defense Minister Zhao Ming held talks with U.S. Defense Secretary John Miller in Singapore on Friday.',
      'Their predecessors, Wei Jianhua and Mark Dawson, met in person in 2019.',
    ]);
    expect(person(b, 'Wei Jianhua')?.country).toBe('China');
    expect(person(b, 'Mark Dawson')?.country).not.toBe('China');
  });

  it("does not give a bare-titled leader the nationality in the next leader's title", () => {
    expect(person(a, 'Zhao Ming')?.country).toBe('China');
  });
});

describe('delegations and officials present', () => {
  const a = article('Chinese president holds talks with Indian PM', [
    'BEIJING, May 9 (Xinhua) -- Chinese President Zhao Ming held talks with Indian Prime Minister Ravi Sharma in Beijing on Thursday.',
    'Sharma was accompanied by External Affairs Minister Anil Kapoor and National Security Advisor Vikram Rao.',
    'Also present were Chinese Foreign Minister Liu Bing and Director of the General Office Cai Wei.',
  ]);

  it('counts the members of a delegation, with the country of the leader they accompany', () => {
    expect(person(a, 'Anil Kapoor')).toMatchObject({ country: 'India', participant: true });
    expect(person(a, 'Vikram Rao')).toMatchObject({ country: 'India', participant: true });
  });

  it('counts officials listed after "Also present were", reading a title whose body holds a title word', () => {
    expect(person(a, 'Liu Bing')?.participant).toBe(true);
    expect(person(a, 'Cai Wei')).toMatchObject({
      roles: ['Director of the General Office'],
      participant: true,
    });
  });
});

describe('"Sheikh" names and a leader met separately', () => {
  it('keeps "Sheikh" in a one-word name, and still resolves "Emir Sheikh X" to a known full name', () => {
    const a = article('Chinese premier holds talks with Bangladeshi prime minister', [
      'Chinese Premier Liu Bing held talks with Bangladeshi Prime Minister Sheikh Rehana in Beijing on Wednesday.',
      'Rehana said Bangladesh regards China as a reliable friend.',
    ]);
    expect(person(a, 'Sheikh Rehana')).toMatchObject({ aliases: ['Rehana'], country: 'Bangladesh' });
    const b = article('Chinese vice president holds talks with Qatari emir', [
      'Chinese Vice President Liu Bing met with Qatari Emir Sheikh Khalid bin Hamad Al Thani in Doha on Monday.',
      'Emir Sheikh Khalid said Qatar values its ties with China.',
    ]);
    expect(run(b).people.map((p) => p.name)).toEqual(['Liu Bing', 'Khalid bin Hamad Al Thani']);
  });

  it('does not count a leader who sent a delegation, nor the one who led it elsewhere', () => {
    const a = article('Chinese president meets Chilean president at forum', [
      'BEIJING, May 9 (Xinhua) -- Chinese President Zhao Ming met with Chilean President Pablo Rojas, who is in Beijing for the forum, on Wednesday.',
      'Uruguayan President Diego Suarez, who visited Beijing in 2023, sent a delegation led by Foreign Minister Omar Rivas to the forum.',
    ]);
    expect(person(a, 'Diego Suarez')?.participant).toBe(false);
    expect(person(a, 'Omar Rivas')?.participant).toBe(false);
  });

  it('does not count a leader first named meeting one side later, when the lede names both sides', () => {
    const a = article('Chinese premier holds talks with Bangladeshi prime minister', [
      'BEIJING, May 9 (Xinhua) -- Chinese Premier Liu Bing held talks with Bangladeshi Prime Minister Sheikh Rehana in Beijing on Wednesday.',
      'Rehana said Bangladesh regards China as a reliable friend. Rehana met with Chinese President Zhao Ming on the same day.',
    ]);
    expect(person(a, 'Zhao Ming')?.participant).toBe(false);
    expect(person(a, 'Sheikh Rehana')?.participant).toBe(true);
  });
});

describe('fifth blind round: attendee lists and ministry titles', () => {
  it('reads untitled names listed as "were present at the talks" as people who took part', () => {
    const a = article('Chinese president holds talks with Peruvian president', [
      'BEIJING, May 9 (Xinhua) -- Chinese President Zhao Ming held talks with Peruvian President Pablo Rojas in Beijing on Thursday.',
      'Gao Feng, Song Lan and Tang Wei were present at the talks.',
    ]);
    expect(
      run(a)
        .people.slice(2)
        .map((p) => [p.name, p.country, p.participant]),
    ).toEqual([
      ['Gao Feng', 'China', true],
      ['Song Lan', 'China', true],
      ['Tang Wei', 'China', true],
    ]);
  });

  it('reads "Minister of Natural Resources" and similar ministries as the whole title before a name', () => {
    const a = article('Chinese envoy attends inauguration', [
      'Chinese Minister of Natural Resources Gao Feng and Minister of Emergency Management Song Lan attended the ceremony.',
    ]);
    expect(run(a).people.map((p) => [p.name, p.roles])).toEqual([
      ['Gao Feng', ['Chinese Minister of Natural Resources']],
      ['Song Lan', ['Minister of Emergency Management']],
    ]);
  });
  it('reads a spokesperson answering questions as the briefing, when the next sentence names it', () => {
    const a = article('Chinese FM spokesperson responds to questions on U.S. cabinet picks', [
      "BEIJING, May 9 (Xinhua) -- Chinese Foreign Ministry spokesperson Gao Feng on Wednesday would not comment on U.S. President-elect Tom Baker's choice of Senator John Miller as his secretary of state.",
      'Asked at a regular press briefing about comments by Japanese Prime Minister Kenji Sato, Gao urged Japan to honor its commitments.',
    ]);
    expect(run(a).people.map((p) => [p.name, p.participant])).toEqual([
      ['Gao Feng', true],
      ['Tom Baker', false],
      ['John Miller', false],
      ['Kenji Sato', false],
    ]);
  });

  it('never counts the dead, and counts who delivered the eulogy or was among the guests', () => {
    const a = article('State funeral held for former U.S. President Tom Baker', [
      'WASHINGTON, May 9 (Xinhua) -- A national funeral for former U.S. President Tom Baker, who died on May 1 at the age of 99, was held in Washington on Thursday.',
      'U.S. President John Miller delivered a eulogy. British Prime Minister Alan Hughes was among the guests.',
      'Hamas political chief Omar Haddad was killed in Tehran, where he had attended the ceremony.',
      'A eulogy written by former Vice President Paul Grant was read by his son David Grant.',
    ]);
    expect(run(a).people.map((p) => [p.name, p.participant])).toEqual([
      ['Tom Baker', false],
      ['John Miller', true],
      ['Alan Hughes', true],
      ['Omar Haddad', false],
      ['Paul Grant', false],
      ['David Grant', true],
    ]);
  });

  it('does not count someone who "attended the forum several times" in the past', () => {
    const a = article('Chinese military leader meets Cambodian defense minister', [
      'BEIJING, May 9 (Xinhua) -- Chinese Defense Minister Zhao Ming met with Cambodian Defense Minister Tea Sokha in Beijing on Thursday, on the sidelines of the forum.',
      "Tea Sokha's father, former Cambodian Defense Minister Tea Vuthy, attended the forum several times.",
    ]);
    expect(person(a, 'Tea Vuthy')?.participant).toBe(false);
  });
  it('reads "Chief of Army Staff" whole, so its nationality is not given to the Chinese host', () => {
    const a = article('Chinese military leader holds talks with Pakistani army chief', [
      'BEIJING, May 9 (Xinhua) -- Gao Feng, vice chairman of the Central Military Commission, met with Pakistani Chief of Army Staff Asad Karim in Beijing on Thursday.',
    ]);
    expect(run(a).people.map((p) => [p.name, p.roles, p.country])).toEqual([
      ['Gao Feng', ['vice chairman of the Central Military Commission'], 'China'],
      ['Asad Karim', ['Pakistani Chief of Army Staff'], 'Pakistan'],
    ]);
  });

  it('gives a "President-elect" the country of the story\'s president', () => {
    const a = article('State funeral held in Washington', [
      'WASHINGTON, May 9 (Xinhua) -- U.S. President John Miller delivered a eulogy. President-elect Tom Baker attended the service.',
    ]);
    expect(person(a, 'Tom Baker')?.country).toBe('United States');
  });

  it('does not give a bare "President" the country of another president (one holder per country)', () => {
    const a = article('Trade talks end in Geneva', [
      'GENEVA, May 9 (Xinhua) -- Swiss President Anna Keller welcomed the outcome of the talks in a statement on Monday.',
      'The talks followed higher tariffs imposed by President Tom Baker earlier this year.',
    ]);
    expect(person(a, 'Anna Keller')?.country).toBe('Switzerland');
    expect(person(a, 'Tom Baker')?.country).not.toBe('Switzerland');
  });

  it('does not take a country from the title of another person named before a later mention', () => {
    const a = article('Mexico swears in new president', [
      "MEXICO CITY, May 9 (Xinhua) -- Ana Torres was sworn in as Mexico's president on Tuesday in Mexico City.",
      'Outgoing President Carlos Ruiz Ortega handed the presidential sash to her at the ceremony.',
      'Spanish King Alfonso XIV was not invited, after he left unanswered a letter from Ruiz Ortega about the history of Mexico.',
    ]);
    expect(person(a, 'Carlos Ruiz Ortega')?.country).toBe('Mexico');
  });
});

describe('sixth blind round: who took part', () => {
  it('counts those "also present" and those a gathering "included" as taking part', () => {
    const a = article('Welcome ceremony held for visiting president', [
      'RIGA, May 9 (Xinhua) -- Latvian President Ivars Ozols held a welcome ceremony for Chilean President Camila Reyes on Wednesday.',
      'Latvian Prime Minister Janis Berzins and Parliament Speaker Liga Kalnina were also present.',
      'Executives at the forum included Nordvia Chief Executive Peter Lund and Baltrex CEO Anna Saar.',
    ]);
    for (const name of ['Janis Berzins', 'Liga Kalnina', 'Peter Lund', 'Anna Saar'])
      expect(person(a, name)?.participant).toBe(true);
  });

  it('leaves out those who come a day later, later this month, or "will then" travel, and those not scheduled to attend', () => {
    const a = article('Army chiefs meet in Beijing', [
      'BEIJING, May 9 (Xinhua) -- Chinese Defense Minister Zhao Ming met with Nepalese Army Chief General Ram Thapa in Beijing on Thursday.',
      'The meeting came a day before Thapa accompanied Nepalese Prime Minister Hari Koirala to talks with Chinese Premier Sun Wei.',
      'Thapa will then travel to Chengdu for a visit hosted by Sichuan Governor Lu Fang.',
      'Defense Secretary Ravi Adhikari also attended the meeting, while Foreign Minister Maya Rana was not scheduled to attend.',
    ]);
    expect(person(a, 'Ravi Adhikari')?.participant).toBe(true);
    for (const name of ['Hari Koirala', 'Sun Wei', 'Lu Fang', 'Maya Rana'])
      expect(person(a, name)?.participant).toBe(false);
  });

  it('judges a subordinate clause after a name apart: "represented by X, as President Y prepares to …"', () => {
    const a = article('Regional leaders open summit', [
      'MANILA, May 9 (Xinhua) -- Regional leaders opened their annual summit in Manila on Thursday.',
      'Indonesia was represented by Vice President Budi Santoso, as President Agus Wibowo is preparing to hand over power later this month.',
    ]);
    expect(person(a, 'Budi Santoso')?.participant).toBe(true);
    expect(person(a, 'Agus Wibowo')?.participant).toBe(false);
  });

  it('never makes the one whose death a message mourns a participant', () => {
    const a = article('Chinese president sends condolences over death of Ruritanian President Marko Horvat', [
      'BEIJING, May 9 (Xinhua) -- Chinese President Li Ming on Monday sent a message of condolences to Ruritanian Vice President Ivan Petric over the death of Ruritanian President Marko Horvat in a plane crash.',
      'Horvat had made important contributions to the friendship of the two countries, Li said.',
    ]);
    expect(person(a, 'Marko Horvat')?.participant).toBe(false);
    expect(person(a, 'Ivan Petric')?.participant).toBe(true);
  });

  it('counts speakers at a council who "blamed" or "said" even when their words name another day', () => {
    const a = article('UN Security Council holds emergency meeting over missile launch', [
      'UNITED NATIONS, May 9 (Xinhua) -- The UN Security Council held an emergency meeting on Monday over a missile launch.',
      'U.S. Ambassador Mary Collins said the launch last Tuesday violated council resolutions.',
      "Russia's deputy ambassador Oleg Sokolov blamed U.S.-led drills for the tension.",
      'Italian Foreign Minister Marco Bassi said in Rome in March last year that the region needed calm.',
    ]);
    expect(person(a, 'Mary Collins')?.participant).toBe(true);
    expect(person(a, 'Oleg Sokolov')).toMatchObject({
      participant: true,
      country: 'Russia',
      roles: ["Russia's deputy ambassador"],
    });
    expect(person(a, 'Marco Bassi')?.participant).toBe(false);
  });

  it('counts the official a country "sent" to a summit', () => {
    const a = article('Regional leaders open summit', [
      'MANILA, May 9 (Xinhua) -- Regional leaders opened their annual summit in Manila on Thursday.',
      "Myanmar, whose leaders remain barred from the bloc's meetings, sent Aung Min Thu, a senior official of its foreign ministry.",
    ]);
    expect(person(a, 'Aung Min Thu')).toMatchObject({
      participant: true,
      roles: ['senior official of its foreign ministry'],
      country: 'Myanmar',
    });
  });
});

describe('sixth blind round: names, titles and countries', () => {
  it('reads hyphenated "Vice-" titles as titles, whatever the surname ("He")', () => {
    const a = article('Vice-premier holds video call with US treasury chief', [
      'Vice-Premier He Wenbin held a video call with US Treasury Secretary Laura Stone on Friday.',
      'Vice-Minister of Finance Qiao Lin and Vice-Mayor Dong Rui took part in the call.',
    ]);
    expect(person(a, 'He Wenbin')?.roles).toEqual(['Vice-Premier']);
    expect(person(a, 'Qiao Lin')?.roles).toEqual(['Vice-Minister of Finance']);
    expect(person(a, 'Dong Rui')?.roles).toEqual(['Vice-Mayor']);
    expect(person(a, 'Laura Stone')).toMatchObject({
      roles: ['US Treasury Secretary'],
      country: 'United States',
    });
  });

  it('keeps a short capitalised function word inside a Korean name ("Kim Il Sung", "Kim Jong Il")', () => {
    const a = article('Leader visits mausoleum', [
      'PYONGYANG, May 9 (Xinhua) -- The leader visited the mausoleum of Kim Il Nam and Kim Chol Il on Monday.',
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual(['Kim Il Nam', 'Kim Chol Il']);
  });

  it('keeps an honorific out of the name, reads "founding father of" as a role and an occupation before a name as one', () => {
    const a = article('IOC chief visits Nairobi', [
      'NAIROBI, May 9 (Xinhua) -- The friendship was forged by Mwalimu Daniel Otieno, the founding father of Kenya.',
      'The visitor will also meet swimmer Grace Wanjiru.',
    ]);
    expect(run(a).people.map((p) => p.name)).toEqual(['Daniel Otieno', 'Grace Wanjiru']);
    expect(person(a, 'Grace Wanjiru')?.roles).toEqual(['swimmer']);
    expect(person(a, 'Daniel Otieno')?.roles).toEqual(['founding father of Kenya']);
  });

  it("gives a country possessive before a body's title to the title holder", () => {
    const a = article('Council meets over launch', [
      "UNITED NATIONS, May 9 (Xinhua) -- North Korea's U.N. Ambassador Ri Chol Su told the council on Monday that the launch was legitimate.",
    ]);
    expect(person(a, 'Ri Chol Su')).toMatchObject({
      country: 'North Korea',
      roles: ["North Korea's U.N. Ambassador"],
    });
  });

  it('reads hyphenated country names and ruling parties whose names hold an ambiguous "Korea"', () => {
    const a = article('Leaders meet in Dili', [
      'DILI, May 9 (Xinhua) -- Bruneian Foreign Minister Ahmad Yusof met Timor-Leste Prime Minister Joao Belo in Dili on Monday.',
      "The talks came as Ri Jong Nam, general secretary of the Workers' Party of Korea, visited Laos.",
    ]);
    expect(person(a, 'Joao Belo')?.country).toBe('Timor Leste');
    expect(person(a, 'Ri Jong Nam')?.country).toBe('North Korea');
  });

  it('does not give a name the nationality of the conjunct after "and"', () => {
    const a = article('Indonesian president visits Beijing', [
      'BEIJING, May 9 (Xinhua) -- Chinese President Li Ming held talks with Indonesian President Budi Santoso on Thursday.',
      'Li recalled that President Sastro and Chinese leaders of the older generation had advocated the spirit of Bandung.',
    ]);
    expect(person(a, 'Sastro')).toMatchObject({ roles: ['President'] });
    expect(person(a, 'Sastro')?.country).not.toBe('China');
  });

  it("gives an office holder with no nationality near the one country of the story's other side", () => {
    const a = article('Chinese, US officials hold video call', [
      'Chinese Vice Premier Zhao Ming held a video call with US Treasury Secretary Laura Stone on Friday.',
      'Deputy Treasury Secretary Paul Meyer took part in the call. Commerce Secretary Dana Price did not join.',
    ]);
    expect(person(a, 'Paul Meyer')?.country).toBe('United States');
    expect(person(a, 'Dana Price')?.country).toBe('United States');
  });

  it('gives no such country beside an official of an international body, nor to an office in a named body', () => {
    const a = article('UN chief calls Ruritanian president', [
      'UNITED NATIONS, May 9 (Xinhua) -- UN Secretary-General Ana Lima held a phone call with Ruritanian President Marko Horvat on Monday.',
      'Spokesperson for the secretary-general Tom Reed told reporters that the two had discussed the crisis.',
    ]);
    expect(person(a, 'Tom Reed')?.country).toBeNull();
    const b = article('Talks on Gaza truce', [
      'CAIRO, May 9 (Xinhua) -- Egyptian Foreign Minister Samir Fahmy held talks with Hamas political chief Khaled Nasser on Monday.',
      'Nordvia Chief Executive Peter Lund also attended.',
    ]);
    expect(person(b, 'Khaled Nasser')).toMatchObject({
      country: 'Palestine',
      roles: ['Hamas political chief'],
    });
    expect(person(b, 'Peter Lund')?.country).toBeNull();
  });
});

describe('sixth blind round: organisations', () => {
  it('takes the employer named in a title before a name, and a body described after its name', () => {
    const a = article('Premier meets business leaders', [
      'BEIJING, May 9 (Xinhua) -- Executives at the forum included Nordvia Chief Executive Peter Lund, Baltrex CEO Anna Saar and Saudi Aramco President and CEO Omar Rashid.',
      'San Marino Mayor Luca Conti also spoke. The delegation will visit BYD, the electric carmaker.',
    ]);
    const orgs = run(a).organizations;
    expect(orgs).toEqual(expect.arrayContaining(['Nordvia', 'Baltrex', 'Saudi Aramco', 'BYD']));
    expect(orgs).not.toContain('San Marino');
  });
});

describe('seventh blind round: organisations', () => {
  it('takes no recurring event named "… Forum" for a body, but keeps a forum with a complement', () => {
    const a = article('Ministers meet at forum', [
      'BEIJING, May 9 (Xinhua) -- Foreign Minister Ana Lima spoke at the annual Varna Security Forum on Monday.',
      'She later addressed the Forum for Baltic Cooperation and the Lakeside Peace Conference.',
    ]);
    const orgs = run(a).organizations;
    expect(orgs).toContain('Forum for Baltic Cooperation');
    expect(orgs).not.toContain('Varna Security Forum');
    expect(orgs).not.toContain('Lakeside Peace Conference');
  });

  it('takes no body from a bare head or a city inside a title', () => {
    const a = article('Defense chiefs meet', [
      'BEIJING, May 9 (Xinhua) -- Ruritanian Chief of Army Staff Marko Horvat met Chengdu Party Secretary Tom Reed on Monday.',
      'Horvat also met officials of the Ruritanian Army.',
    ]);
    const orgs = run(a).organizations;
    expect(orgs).not.toContain('Army');
    expect(orgs).not.toContain('Chengdu Party');
    expect(orgs).toContain('Ruritanian Army');
    expect(person(a, 'Tom Reed')?.roles).toEqual(['Chengdu Party Secretary']);
  });

  it('takes a seat of government that speaks for it as a body, and as a place otherwise', () => {
    const a = article('Leaders talk by phone', [
      'MOSCOW, May 9 (Xinhua) -- The two presidents discussed trade by phone on Monday, the Kremlin said.',
      'A Pentagon spokesperson said the talks were noted.',
    ]);
    expect(run(a).organizations).toEqual(expect.arrayContaining(['Kremlin', 'Pentagon']));
    const b = article('Leaders meet', [
      'MOSCOW, May 9 (Xinhua) -- The two presidents met at the Kremlin on Monday.',
    ]);
    expect(run(b).organizations).not.toContain('Kremlin');
    expect(run(b).places).toContain('Kremlin');
  });

  it('knows cabinets, chancelleries and chambers as bodies and cathedrals as places', () => {
    const a = article('Chancellor hosts visitor', [
      'VIENNA, May 9 (Xinhua) -- Marko Horvat, deputy chairman of the Cabinet of Ministers, was hosted at the Federal Chancellery on Monday.',
      'He met Ana Lima, president of the Chamber of Deputies, and attended a service at Lakeside National Cathedral.',
    ]);
    const out = run(a);
    expect(out.organizations).toEqual(
      expect.arrayContaining(['Cabinet of Ministers', 'Federal Chancellery', 'Chamber of Deputies']),
    );
    expect(out.organizations).not.toContain('Lakeside National Cathedral');
    expect(out.places).toContain('Lakeside National Cathedral');
  });

  it('takes a movement and a legislature named by one word as bodies', () => {
    const a = article('Envoy discusses truce', [
      'CAIRO, May 9 (Xinhua) -- The envoy discussed the conflict between Israel and Hamas on Monday.',
      'He will brief a committee of Congress next week.',
    ]);
    expect(run(a).organizations).toEqual(expect.arrayContaining(['Hamas', 'Congress']));
  });

  it('takes a name followed by a descriptor, and a body on one side of a hyphen, once', () => {
    const a = article('Trade talks advance', [
      'BRUSSELS, May 9 (Xinhua) -- Officials discussed a trade deal with the Andela bloc and EU-China relations on Monday.',
      'The European Union said talks would go on.',
    ]);
    // One entry per body, by its long form (tests/fixtures/corpus/README.md).
    const orgs = run(a).organizations;
    expect(orgs).toEqual(expect.arrayContaining(['Andela', 'European Union']));
    expect(orgs).not.toContain('EU');
  });

  it('takes a body and its initials once, in either order', () => {
    const a = article('Envoy meets fund chief', [
      'GENEVA, May 9 (Xinhua) -- Ruritania, together with the International Monetary Fund, has prepared new proposals.',
      'IMF Managing Director Ana Lima welcomed them on Monday.',
    ]);
    expect(run(a).organizations).toEqual(['International Monetary Fund']);
    const b = article('Envoy meets fund chief', [
      'GENEVA, May 9 (Xinhua) -- IMF Managing Director Ana Lima welcomed the proposals on Monday.',
      'Ruritania, together with the International Monetary Fund, had prepared them.',
    ]);
    // The long form names the body, whichever comes first.
    expect(run(b).organizations).toEqual(['International Monetary Fund']);
  });

  it("takes no body from a minister's portfolio", () => {
    const a = article('Ministers meet', [
      'BEIJING, May 9 (Xinhua) -- Ruritanian Minister of Natural Resources Marko Horvat attended the ceremony on Monday.',
    ]);
    expect(run(a).organizations).not.toContain('Natural Resources');
    expect(person(a, 'Marko Horvat')?.roles).toEqual(['Ruritanian Minister of Natural Resources']);
  });
});

describe('page chrome among the paragraphs', () => {
  it('finds no one in photo credits, editor lines or share prompts, in any case or spacing, but reads the story', () => {
    const a = article('Premier meets visitors', [
      'Chinese Premier Liang Wenzhou met Kenyan President Peter Mwangi in Beijing on Monday.',
      'Photo: Foreign Minister Zhao Minghui at the talks',
      '  (Editor: Vice Premier Sun Haoran)',
      'WEB EDITOR: Ambassador Tao Jingwen',
      'Source / Governor Qian Yuelin',
      'Share this story with Senator Wu Kaiping',
      'read more: Mayor Lin Guohua opens a park',
      'Peter Mwangi said the talks were fruitful.',
    ]);
    const names = run(a).people.map((p) => p.name);
    expect(names).toEqual(['Liang Wenzhou', 'Peter Mwangi']);
  });
});
