// People seen first in the fortieth blind round of held-out articles (an ordinary day of the main Chinese and
// national agencies in 2015–2019: envoys, letters carried by visitors, press conferences with a chair and comments
// from elsewhere), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

describe('participants', () => {
  it('reads "since <month year>, when X …" as set at that date, not in the span since', () => {
    const a = article(
      'Envoy holds talks in Valdoria',
      [
        'Envoy Tang Wenbo met Valdorian Vice President Karel Odrana in the capital on Friday.',
        'He is the most senior official to visit since October 2015, when Lu Hanqing, then a member of the Standing Committee, attended celebrations and held talks with Valdorian leader Tomas Brelik.',
      ],
      { dateline: { place: 'ZENDA', date: 'Nov. 17' } },
    );
    expect(person(a, 'Karel Odrana')?.participant).toBe(true);
    expect(person(a, 'Lu Hanqing')?.participant).toBe(false);
    expect(person(a, 'Tomas Brelik')?.participant).toBe(false);
  });

  it('cites the leader whose envoy a headline reports, and the one whose letter a visitor brings to a meeting', () => {
    const envoy = article(
      "Tang's special envoy briefs Valdoria on party congress",
      [
        'Lu Hanqing, special envoy of President Tang Wenbo, met Valdorian Vice President Karel Odrana on Friday.',
        'Lu briefed Odrana on the congress.',
      ],
      { dateline: { place: 'ZENDA', date: 'Nov. 17' } },
    );
    expect(person(envoy, 'Tang Wenbo')?.participant).toBe(false);
    expect(person(envoy, 'Lu Hanqing')?.participant).toBe(true);
    const letter = article('Tang meets party chief Odrana, receives letter from Brelik', [
      'President Tang Wenbo met Karel Odrana, secretary-general of the ruling party, in Beijing on Tuesday.',
      'Odrana handed Tang a personal letter from Prime Minister Tomas Brelik.',
    ]);
    expect(person(letter, 'Tomas Brelik')?.participant).toBe(false);
    expect(person(letter, 'Karel Odrana')?.participant).toBe(true);
    // A headline of the message alone reports its exchange: the sender takes part.
    const message = article('Tang receives congratulatory message from President Brelik', [
      'President Tang Wenbo on Monday received a congratulatory message from Valdorian President Tomas Brelik.',
    ]);
    expect(person(message, 'Tomas Brelik')?.participant).toBe(true);
  });

  it('at a press conference: the spokesperson who chairs it takes part; words said in another city or to the paper do not', () => {
    const a = article(
      'Valdoria ‘forced’ to answer tariffs: vice ministers',
      [
        'Valdoria was forced to answer the tariffs, two vice ministers said at a news briefing in Beijing on Wednesday.',
        'Vice Minister of Finance Tang Wenbo and Vice Minister of Commerce Karel Odrana spoke at the press conference.',
        '“We had no choice,” Odrana said. Tomas Brelik, spokesperson of the information office, chaired the event.',
        'Ambassador Lu Hanqing said in Washington that Valdoria did not want a trade war.',
        'Hana Kovarik, a senior research fellow at the Institute of Trade, told the Zenda Times that the list was carefully chosen.',
      ],
      { source: 'Zenda Times', dateline: null },
    );
    expect(person(a, 'Karel Odrana')?.participant).toBe(true);
    expect(person(a, 'Tomas Brelik')?.participant).toBe(true);
    expect(person(a, 'Lu Hanqing')?.participant).toBe(false);
    expect(person(a, 'Hana Kovarik')?.participant).toBe(false);
  });
  it('under a headline reporting a visit, the hosts and spouses at its welcoming banquet take part', () => {
    const visit = article(
      'Tomas Brelik pays unofficial visit to Valdoria, holds talks with Tang',
      [
        "Tomas Brelik, chairman of the People's Party, paid an unofficial visit to Valdoria from Sunday to Wednesday.",
        'During the visit, Tang Wenbo held talks with Brelik in Zenda. Tang and his wife Mila Korrin held a welcoming banquet for Brelik and his wife Ana Vesnic, and watched an art performance with them.',
      ],
      { dateline: { place: 'ZENDA', date: 'March 28' } },
    );
    expect(person(visit, 'Mila Korrin')?.participant).toBe(true);
    expect(person(visit, 'Ana Vesnic')?.participant).toBe(true);
    // Under a headline of the talks alone, the banquet is another event.
    const talks = article(
      'Brelik holds talks with President Tang Wenbo',
      [
        "Tomas Brelik, chairman of the People's Party, held talks with President Tang Wenbo in Zenda on Monday.",
        'Tang and his wife Mila Korrin hosted a welcoming banquet for Brelik and his wife Ana Vesnic.',
      ],
      { dateline: { place: 'ZENDA', date: 'March 28' } },
    );
    expect(person(talks, 'Mila Korrin')?.participant).toBe(false);
  });

  it('places those an aide names in the delegation at the talks, whenever the aide told reporters', () => {
    const a = article(
      'Brelik, Tang agree to raise ties',
      [
        'President Tomas Brelik and President Tang Wenbo held talks in the Kremlin on Wednesday.',
        'Presidential aide Ivo Marek told reporters on Tuesday that the delegation at the talks would include Foreign Minister Lev Orlik and Defense Minister Pavel Zima.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: 'June 5' } },
    );
    expect(person(a, 'Lev Orlik')?.participant).toBe(true);
    expect(person(a, 'Pavel Zima')?.participant).toBe(true);
    expect(person(a, 'Ivo Marek')?.participant).toBe(false);
  });
});

describe('names', () => {
  it('keeps a headline\'s given name the story does not use as an alias ("Harry" for Henry J. Pell Jr.)', () => {
    const a = article('Tang meets Valdorian governor Harry Pell, backs climate cooperation', [
      'President Tang Wenbo met Valdorian Governor Henry J. Pell Jr. in Beijing on Tuesday.',
      'Pell said the province would stay committed to fighting climate change.',
    ]);
    expect(person(a, 'Henry J. Pell Jr')?.aliases).toContain('Harry Pell');
  });
});

describe('countries and roles', () => {
  it('reads "the WPK" as North Korea\'s party, whatever the shape of the name', () => {
    const a = article(
      'Envoy briefs DPRK on congress',
      [
        "Lu Hanqing met officials of the Workers' Party of Korea (WPK) on Friday in the capital.",
        'Lu will hold talks on Saturday with Ri Su Jin, vice chairman of the WPK Central Committee.',
      ],
      { dateline: { place: 'PYONGYANG', date: 'Nov. 17' } },
    );
    expect(person(a, 'Ri Su Jin')?.country).toBe('North Korea');
  });

  it("knows Cheong Wa Dae as South Korea's presidential office, not a person; a nationality of a past rule ties no one", () => {
    const tokyo = article(
      'Leaders to meet in Tokyo',
      [
        'Japanese Prime Minister Sato Kenji will host President Lee Jun-ho in Tokyo next week, Cheong Wa Dae spokesman Kim Dae-sung told reporters on Monday.',
      ],
      { source: 'AFP', dateline: { place: 'TOKYO', date: null } },
    );
    expect(person(tokyo, 'Kim Dae-sung')?.country).toBe('South Korea');
    const beijing = article(
      'Leaders agree to restore exchanges',
      [
        'President Lee Jun-ho and Chinese President Tang Wenbo agreed on Thursday to restore exchanges.',
        'Lee will travel to Chongqing to see the site of the provisional government that resisted Japanese colonial rule, and meet Chen Haoyu, the Communist Party chief of the city.',
        'Cheong Wa Dae said it had lodged a complaint.',
      ],
      { source: 'Yonhap', dateline: { place: 'BEIJING', date: 'Dec. 14' } },
    );
    expect(person(beijing, 'Chen Haoyu')?.country).toBe('China');
    expect(run(beijing).people.map((p) => p.name)).not.toContain('Cheong Wa Dae');
  });

  it('gives no one the country of the topic a closing "according to" attributes to them', () => {
    const a = article(
      'Two ministers hold talks',
      [
        'Foreign Minister Karel Odrana and Chinese Foreign Minister Lu Hanqing held talks at the Foreign Office on Saturday.',
        'The two sides discussed the region, including Afghanistan, according to Foreign Office Spokesperson Dr Amir Qadri.',
      ],
      { source: 'APP', dateline: { place: 'ISLAMABAD', date: '8th Sep, 2018' } },
    );
    expect(person(a, 'Amir Qadri')?.country).toBe('Pakistan');
  });

  it('reads "took office as <role>" past a party, and a field of study as no country', () => {
    const a = article('Leader meets party chief', [
      'President Tang Wenbo met party chairwoman Lin Meiyu in Beijing on Tuesday.',
      'Relations have cooled since Chen Yuling of the Progressive Party took office as Taiwan leader in May.',
      'Zhou Lianhe, a professor of Taiwan studies at Zenda Union University, said the meeting sent a clear signal.',
    ]);
    expect(person(a, 'Chen Yuling')?.roles).toEqual(['Taiwan leader']);
    expect(person(a, 'Chen Yuling')?.country).toBe('Taiwan');
    expect(person(a, 'Zhou Lianhe')?.country).toBe('China');
  });
  it('keeps "Former" opening a sentence before a nationality and a lower-case title, and a remit through "change affairs"', () => {
    const a = article('Tang meets envoy', [
      "President Tang Wenbo met Xie Lianhe, China's special representative for climate change affairs, on Tuesday.",
      'Former Japanese prime minister Sato Kenji wrote on Twitter on Sunday that the plan was good.',
      'Chen Yuling took office as his deputy.',
    ]);
    expect(person(a, 'Sato Kenji')?.roles).toEqual(['Former Japanese prime minister']);
    expect(person(a, 'Xie Lianhe')?.roles).toEqual([
      "China's special representative for climate change affairs",
    ]);
    expect(person(a, 'Chen Yuling')?.roles).toEqual([]);
  });
});

describe('places', () => {
  it('reads "St. Petersburg" as one place, with no "St" of its own', () => {
    const a = article('Leaders agree to raise ties', [
      'The leader goes on to St. Petersburg on Thursday, where St. Petersburg State University will give him an honorary degree.',
    ]);
    expect(run(a).places).toContain('St. Petersburg');
    expect(run(a).places).not.toContain('St');
  });
});
