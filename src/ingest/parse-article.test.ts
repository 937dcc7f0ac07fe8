import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { deriveTitle, parseArticle, type ParsedArticle } from './parse-article.ts';
import { scorerNorm as norm } from './test-scorer-norm.ts';

/** Parses text that must yield an article. */
function parse(text: string): ParsedArticle {
  const { article } = parseArticle(text);
  if (!article) throw new Error('expected an article');
  return article;
}

interface Gold {
  date: string;
  title: string | null;
  dateline: { place: string; date: string | null } | null;
  source: string | null;
}

const corpusDir = join(__dirname, '../../tests/fixtures/corpus');
const goldFiles: [string, string, Gold][] = [
  [
    'seed 000',
    join(__dirname, '../../seeds/000_e91136500cf297be.txt'),
    JSON.parse(readFileSync(join(__dirname, '../../tests/fixtures/seed-000.gold.json'), 'utf8')) as Gold,
  ],
  ...readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f): [string, string, Gold] => [
      `corpus ${f}`,
      join(corpusDir, f),
      JSON.parse(readFileSync(join(corpusDir, f.replace(/\.txt$/, '.json')), 'utf8')) as Gold,
    ]),
];

describe('parseArticle on the seed and the annotated corpus', () => {
  it.each(goldFiles)('%s gives the gold date, title, dateline and source', (_name, file, gold) => {
    const decoded = decodeText(readFileSync(file));
    expect(decoded.warnings).toEqual([]);
    const { article, warnings } = parseArticle(decoded.text!);
    expect(warnings).toEqual([]);
    expect(article!.date).toBe(gold.date);
    if (gold.title) {
      expect(norm(article!.title)).toBe(norm(gold.title));
      expect(article!.titleDerived).toBe(false);
    } else {
      expect(article!.titleDerived).toBe(true);
      expect(article!.title.length).toBeGreaterThan(10);
      // About 90 characters, a name the cut would split kept whole up to 12 more, then "…".
      expect(article!.title.length).toBeLessThanOrEqual(103);
    }
    expect(article!.dateline).toEqual(gold.dateline);
    expect(article!.source).toBe(gold.source);
    // Story text only: no trailer, credit or share line leaks into the paragraphs.
    for (const p of article!.paragraphs) {
      expect(p).not.toMatch(/^(?:Editor:|Share this|Facebook$|Email$|X$|\(Photo)|\(Xinhua\) -- /);
    }
  });

  it('reads the seed in full: source line, dateline removed from the first paragraph, nine paragraphs', () => {
    const a = parse(decodeText(readFileSync(goldFiles[0]![1])).text!);
    expect(a).toMatchObject({
      date: '2024-10-22',
      title: 'Wang Yi holds phone talk with Japanese national security official',
      titleDerived: false,
      source: 'Xinhua',
      publishedTime: '08:38',
      dateline: { place: 'BEIJING', date: 'Oct. 21' },
      captions: [],
    });
    expect(a.paragraphs).toHaveLength(9);
    expect(a.paragraphs[0]).toMatch(/^Wang Yi, director of the Office/);
    expect(a.paragraphs[8]).toMatch(/maintain regular communication\.$/);
  });

  it('keeps a lede found on line 1 as the first story paragraph (corpus 012)', () => {
    const a = parse(readFileSync(join(corpusDir, '012.txt'), 'utf8'));
    expect(a.paragraphs[0]).toMatch(
      /^Chinese President Xi Jinping held a phone call on Wednesday .* February last year\.$/,
    );
    // Not "…with Ukrainian President…": his name runs 13 characters past 90, so the title stops before the run.
    expect(a.title).toBe('Chinese President Xi Jinping held a phone call on Wednesday…');
    expect(a.publishedTime).toBe('07:15');
  });

  it('drops the Editor line and the photo credit, and the Share this block (corpus 019, 018)', () => {
    const a = parse(readFileSync(join(corpusDir, '019.txt'), 'utf8'));
    expect(a.paragraphs.at(-1)).toMatch(/Hainan Province\.$/);
    const b = parse(readFileSync(join(corpusDir, '018.txt'), 'utf8'));
    expect(b.paragraphs.at(-1)).toMatch(/east coast\.$/);
    expect(b.source).toBeNull();
  });
});

describe('line 1: the header', () => {
  it('accepts a month-only date', () => {
    expect(parse(' date 2023-09 Council approves budget\nThe council approved it.').date).toBe('2023-09');
  });

  it('strips page metadata glued to the headline', () => {
    const a = parse(
      ' date 2024-10-22 Farmers rally over crop prices 2 min read . Updated: 22 Oct 2024, 08:38 AM IST\n\nBody.',
    );
    expect(a.title).toBe('Farmers rally over crop prices');
  });

  it.each([
    ['Home>>'],
    ['News / Nation'],
    ['Left Menu'],
    ['Skip to Content'],
    ['Latest News'],
    ['Chief Editor: Tariq Mahmood'],
    ['@harbourgazette'],
    ['12'],
    ['Tuesday, October 22, 2024'],
  ])('skips site chrome %j on line 1 and finds the headline below it', (chrome) => {
    const a = parse(
      ` date 2024-10-22 ${chrome}\n\nHarbour bridge reopens after repairs\n\nThe bridge reopened on Monday, the city said.`,
    );
    expect(a.title).toBe('Harbour bridge reopens after repairs');
    expect(a.titleDerived).toBe(false);
    expect(a.paragraphs).toEqual(['The bridge reopened on Monday, the city said.']);
  });

  it('skips a section label between the chrome and the headline', () => {
    const a = parse(
      ' date 2024-05-01 Home>>\nPolitics\nMinister opens rail line\n(Xinhua) 09:00, May 01, 2024\nTrains ran.',
    );
    expect(a).toMatchObject({
      title: 'Minister opens rail line',
      source: 'Xinhua',
      paragraphs: ['Trains ran.'],
    });
  });

  it('finds the headline on line 3 after two chrome lines', () => {
    const a = parse(
      ' date 2024-05-01 Left Menu\nSkip to Content\nMinister opens rail line\nTrains ran on Wednesday.',
    );
    expect(a.title).toBe('Minister opens rail line');
  });

  it('derives the title from a lede on line 1 and keeps the lede as story text', () => {
    const lede =
      'The city council on Tuesday approved a plan to plant 10,000 trees along the river, the mayor told reporters after a two-hour vote.';
    const a = parse(` date 2024-03-02 ${lede}\n\nWork begins next month.`);
    expect(a.titleDerived).toBe(true);
    expect(a.title).toBe(
      'The city council on Tuesday approved a plan to plant 10,000 trees along the river…',
    );
    expect(a.paragraphs).toEqual([lede, 'Work begins next month.']);
  });

  it('derives the title from a whole article on line 1, removing its dateline', () => {
    const a = parse(
      ' date 2023-07-07 ISLAMABAD, July 7 (DNA) – The government on Friday announced a relief package for flooded districts. It covers housing. More aid will follow.',
    );
    expect(a.title).toBe('The government on Friday announced a relief package for flooded districts');
    expect(a.titleDerived).toBe(true);
    expect(a.dateline).toEqual({ place: 'ISLAMABAD', date: 'July 7' });
    expect(a.source).toBe('DNA');
    expect(a.paragraphs).toEqual([
      'The government on Friday announced a relief package for flooded districts. It covers housing. More aid will follow.',
    ]);
  });

  it('moves a photo caption on line 1 to captions and derives the title from the story', () => {
    const a = parse(
      ' date 2023-05-02 Rescuers search the rubble of a building in Izmir, May 1, 2023. (Xinhua/Osman Ucar)\nXinhua) 09:00, May 02, 2023\nIZMIR, May 1 (Xinhua) -- Rescuers searched the rubble of a collapsed building on Monday.',
    );
    expect(a.captions).toEqual(['Rescuers search the rubble of a building in Izmir, May 1, 2023.']);
    expect(a.title).toBe('Rescuers searched the rubble of a collapsed building on Monday');
    expect(a.titleDerived).toBe(true);
    expect(a.paragraphs.join(' ')).not.toContain('Osman');
  });

  it('takes the headline from the next line when line 1 has nothing after the date', () => {
    expect(parse(' date 2023-06-01 \nPorts reopen after storm\nThe ports reopened.').title).toBe(
      'Ports reopen after storm',
    );
    const a = parse(
      ' date 2023-06-01\n\nXinhua) 08:00, June 01, 2023\n\nBEIJING, May 31 (Xinhua) -- China on Wednesday launched a weather satellite.',
    );
    expect(a).toMatchObject({
      title: 'China on Wednesday launched a weather satellite',
      titleDerived: true,
      source: 'Xinhua',
    });
  });

  it('warns about an impossible or missing date but still returns the article', () => {
    for (const [line1, why] of [
      [' date 2023-02-30 Title', /2023-02-30 is not a real date.*expected YYYY-MM-DD/],
      [' date 2023-13-01 Title', /2023-13-01 is not a real date \(month 13/],
      [' date 22/10/2024 Title', /"22\/10\/2024" is not in the form YYYY-MM-DD/],
      ['Title', /no header date/],
    ] as const) {
      const r = parseArticle(`${line1}\nBody text.`);
      expect(r.article).toMatchObject({ date: '', title: 'Title', paragraphs: ['Body text.'] });
      expect(r.warnings).toEqual([{ line: 1, message: expect.stringMatching(why) }]);
    }
    expect(parse(' date 2024-02-29 Leap day\nBody.').date).toBe('2024-02-29');
  });
});

describe('headline clean-up', () => {
  it.each([
    ['Zhou meets Horne in Woodside - Xinhua', 'Zhou meets Horne in Woodside'],
    ['Trade grows in first quarter | China Daily', 'Trade grows in first quarter'],
    ['Ceasefire talks resume - Global Times', 'Ceasefire talks resume'],
    ['Pakistan - China ties deepen', 'Pakistan - China ties deepen'],
  ])('removes a site name appended to the headline: %j', (line1, title) => {
    expect(parse(` date 2024-10-22 ${line1}\nText.`).title).toBe(title);
  });

  it('accepts "date:" and a headline glued to the date', () => {
    expect(parse(' date: 2024-10-22 Talks end\nText.')).toMatchObject({
      date: '2024-10-22',
      title: 'Talks end',
    });
    expect(parse(' date 2024-10-22Talks end\nText.')).toMatchObject({
      date: '2024-10-22',
      title: 'Talks end',
    });
  });
});

describe('the line after the headline', () => {
  it.each([
    ['Xinhua) 08:38, October 22, 2024', 'Xinhua', '08:38'],
    ['(Xinhua) 08:38, October 22, 2024', 'Xinhua', '08:38'],
    ["(People's Daily Online) 16:02, March 05, 2024", "People's Daily Online", '16:02'],
    ['By Zhang Wei (Chinadaily.com.cn) 10:15, October 22, 2024', 'China Daily', '10:15'],
    ['Reuters | Moscow | Updated: February 24, 2024 08:10 IST', 'Reuters', '08:10'],
    ['Xinhua08:38, October 22, 2024', 'Xinhua', '08:38'],
    ['22 Oct 2024, 08:38 AM IST Xinhua', 'Xinhua', '08:38'],
    ['March 22, 2023', null, null],
  ])('reads %j as source %j and time %j, not as story text', (line, source, time) => {
    const a = parse(` date 2024-10-22 Leaders meet in capital\n\n${line}\n\nThe leaders met on Monday.`);
    expect(a.source).toBe(source);
    expect(a.publishedTime).toBe(time);
    expect(a.paragraphs).toEqual(['The leaders met on Monday.']);
  });

  it.each([
    ['Source: Xinhua| 2024-10-22 08:38:15| Editor: huaxia', 'Xinhua', '08:38'],
    ['By ZHANG YI | chinadaily.com.cn | Updated: 2024-10-22 08:38', 'China Daily', '08:38'],
    ['By HT News Desk | Updated on Oct 22, 2024 08:38 AM IST', null, '08:38'],
    ['Source: Xinhua', 'Xinhua', null],
    ['Source: Xinhua Editor: Liu Wen 2024-10-22', 'Xinhua', null],
  ])('reads the site credit line %j', (line, source, time) => {
    const a = parse(` date 2024-10-22 Leaders meet in capital\n${line}\nThe leaders met on Monday.`);
    expect(a).toMatchObject({ source, publishedTime: time, paragraphs: ['The leaders met on Monday.'] });
  });

  it('keeps the byline name out of the story text', () => {
    const a = parse(
      ' date 2024-10-22 China, EU hold trade talks\nBy Zhang Wei (Chinadaily.com.cn) 10:15, October 22, 2024\nOfficials met.',
    );
    expect(a.paragraphs.join(' ')).not.toContain('Zhang Wei');
  });

  it('goes straight into the dateline paragraph', () => {
    const a = parse(' date 2023-03-11 Talks end\nRIYADH, March 10 (Xinhua) -- The talks ended on Friday.');
    expect(a).toMatchObject({ source: 'Xinhua', dateline: { place: 'RIYADH', date: 'March 10' } });
    expect(a.paragraphs).toEqual(['The talks ended on Friday.']);
  });

  it('moves a photo caption after the headline to captions', () => {
    const a = parse(
      ' date 2024-01-02 New bridge opens\nCars cross the new bridge in Wuhan, Jan. 1, 2024. (Photo/China News Service)\nWUHAN, Jan. 1 (Xinhua) -- A new bridge opened.',
    );
    expect(a.captions).toEqual(['Cars cross the new bridge in Wuhan, Jan. 1, 2024.']);
    expect(a.paragraphs).toEqual(['A new bridge opened.']);
  });

  it('keeps a standfirst as story text before the dateline paragraph', () => {
    const a = parse(
      ' date 2024-01-15 Ministers agree on climate fund\nThe fund will help poorer nations adapt\nDUBAI, Dec. 13 (Xinhua) -- Ministers agreed on a fund.',
    );
    expect(a.paragraphs).toEqual(['The fund will help poorer nations adapt', 'Ministers agreed on a fund.']);
    expect(a.dateline).toEqual({ place: 'DUBAI', date: 'Dec. 13' });
  });

  it('reads a source line that comes after the standfirst', () => {
    const a = parse(
      ' date 2024-01-15 Fund agreed\nThe fund will help poorer nations adapt\nXinhua) 08:00, January 15, 2024\nMinisters agreed.',
    );
    expect(a).toMatchObject({ source: 'Xinhua', publishedTime: '08:00' });
    expect(a.paragraphs).toEqual(['The fund will help poorer nations adapt', 'Ministers agreed.']);
  });

  it('keeps bullet points as story text without their bullet glyphs', () => {
    const a = parse(
      ' date 2024-01-15 Island votes\n• Turnout was high\n• Results due Sunday\nTAIPEI, Jan. 13 (Reuters) -- Voters cast ballots.',
    );
    expect(a.paragraphs).toEqual(['Turnout was high', 'Results due Sunday', 'Voters cast ballots.']);
    expect(a.source).toBe('Reuters');
  });

  it('reads a lone outlet name above the publication date as the source, not as a byline', () => {
    const a = parse(
      ' date 2025-02-05 Home>>China\nSpokesperson rejects remarks\nGlobal Times\nPublished: Feb 05, 2025 07:58 PM\nThe spokesperson spoke.',
    );
    expect(a.title).toBe('Spokesperson rejects remarks');
    expect(a.source).toBe('Global Times');
    expect(a.paragraphs).toEqual(['The spokesperson spoke.']);
  });

  it('drops a blog byline block', () => {
    const a = parse(
      ' date 2024-04-01 Why the summit matters\nMaria Lopez\nPosted on April 1, 2024\n3 min read\nThe summit matters for trade.',
    );
    expect(a.paragraphs).toEqual(['The summit matters for trade.']);
  });

  it('finds the agency in a timestamp line with the credit glued on', () => {
    const a = parse(' date 2024-10-22 Leaders meet\nUpdated 08:38 | 2024-10-22 Xinhua\nThe leaders met.');
    expect(a.source).toBe('Xinhua');
    expect(a.paragraphs).toEqual(['The leaders met.']);
  });
});

describe('datelines', () => {
  const dl = (first: string): ParsedArticle =>
    parse(` date 2024-03-11 Headline here\n\n${first}\n\nSecond paragraph.`);

  it.each([
    [
      'SAN FRANCISCO, Nov. 15 (Xinhua) -- Leaders met.',
      { place: 'SAN FRANCISCO', date: 'Nov. 15' },
      'Xinhua',
    ],
    ['NEW DELHI, Sept. 9 (Xinhua) -- Leaders met.', { place: 'NEW DELHI', date: 'Sept. 9' }, 'Xinhua'],
    ['MOSCOW, March 21 (Xinhua) -- Leaders met.', { place: 'MOSCOW', date: 'March 21' }, 'Xinhua'],
    ['SÃO PAULO, Nov. 18 (Xinhua) -- Leaders met.', { place: 'SÃO PAULO', date: 'Nov. 18' }, 'Xinhua'],
    ["XI'AN, May 18 (Xinhua) -- Leaders met.", { place: "XI'AN", date: 'May 18' }, 'Xinhua'],
    ['KAZAN, October 22. /TASS/. Leaders met.', { place: 'KAZAN', date: 'October 22' }, 'TASS'],
    [
      'ISLAMABAD (APP - UrduPoint / Pakistan Point News - 11th Mar, 2024) : Leaders met.',
      { place: 'ISLAMABAD', date: '11th Mar, 2024' },
      'APP',
    ],
    ['ISLAMABAD, MAR 11 (DNA) – Leaders met.', { place: 'ISLAMABAD', date: 'MAR 11' }, 'DNA'],
    ['Beijing: Leaders met.', { place: 'Beijing', date: null }, null],
    ['GENEVA (Reuters) - Leaders met.', { place: 'GENEVA', date: null }, 'Reuters'],
    ['ISLAMABAD – Leaders met.', { place: 'ISLAMABAD', date: null }, null],
    ['NEW DELHI: Leaders met.', { place: 'NEW DELHI', date: null }, null],
    ['(Reuters) - Leaders met.', null, 'Reuters'],
    ['Pakistan Observer - Leaders met.', null, 'Pakistan Observer'],
  ])('%j', (first, dateline, source) => {
    const a = dl(first);
    expect(a.dateline).toEqual(dateline);
    expect(a.source).toBe(source);
    expect(a.paragraphs).toEqual(['Leaders met.', 'Second paragraph.']);
  });

  it('prefers the source line over the dateline credit', () => {
    const a = parse(
      ' date 2024-03-11 Headline\n(China Daily) 08:00, March 11, 2024\nBEIJING, March 10 (Xinhua) -- Text.',
    );
    expect(a.source).toBe('China Daily');
  });

  it('does not take an ordinary opening for a dateline', () => {
    for (const first of [
      'Chinese President Zhou Wen (C) meets delegates in Beijing.',
      'The African Union (AU) on Saturday joined the G20.',
      'NATO - the alliance - met on Monday.',
      'Note: the harbour is closed on Mondays.',
      'U.S. President Dale Horne said on Monday that talks would continue.',
    ]) {
      const a = dl(first);
      expect(a.dateline).toBeNull();
      expect(a.paragraphs[0]).toBe(first);
    }
  });

  it("reads Anadolu's place alone on the line above the story, but not a subheading or a lone line", () => {
    const a = dl('ANKARA');
    expect(a.dateline).toEqual({ place: 'ANKARA', date: null });
    expect(a.paragraphs).toEqual(['Second paragraph.']);
    expect(dl('ISTANBUL, Nov. 14').dateline).toEqual({ place: 'ISTANBUL', date: 'Nov. 14' });
    const sub = dl('DEEPER COOPERATION');
    expect(sub.dateline).toBeNull();
    expect(sub.paragraphs).toEqual(['DEEPER COOPERATION', 'Second paragraph.']);
    const only = parse(' date 2024-03-11 Headline here\n\nANKARA');
    expect(only.dateline).toBeNull();
    expect(only.paragraphs).toEqual(['ANKARA']);
  });

  it('reports no dateline when there is none', () => {
    expect(dl('Leaders met on Monday.').dateline).toBeNull();
  });
});

describe('inside the body', () => {
  it('separates photo captions with their credit removed', () => {
    const a = parse(
      [
        ' date 2024-04-01 Leaders meet',
        'Leaders met on Monday.',
        'Leaders shake hands in Beijing, April 1, 2024. (Xinhua/Li Xueren)',
        'A man walks past a screen in Tokyo. Photo: AP',
        'The harbour at night. (Photo: Xinhua/Li Tao)',
        'Flags fly over the square [Photo/Agencies]',
        'They talked for an hour.',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual(['Leaders met on Monday.', 'They talked for an hour.']);
    expect(a.captions).toEqual([
      'Leaders shake hands in Beijing, April 1, 2024.',
      'A man walks past a screen in Tokyo.',
      'The harbour at night.',
      'Flags fly over the square',
    ]);
  });

  it('recognises captions that announce themselves, and bare photo credits', () => {
    const a = parse(
      [
        ' date 2024-04-01 Rains hit the south',
        'Rains hit the south on Monday.',
        'Photo taken on March 31, 2024 shows a flooded street in Guangzhou, south China.',
        'Photo: Residents wade through water in Foshan on Monday.',
        'Photo: AP',
        'More rain is expected.',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual(['Rains hit the south on Monday.', 'More rain is expected.']);
    expect(a.captions).toEqual([
      'Photo taken on March 31, 2024 shows a flooded street in Guangzhou, south China.',
      'Residents wade through water in Foshan on Monday.',
    ]);
  });

  it('keeps story lines that merely start like a trailer or a byline', () => {
    const lines = [
      'By the end of the year, the ministry will have approved 30 projects.',
      'By December, prices had doubled.',
      'Published in 2020, the report found wide gaps.',
      'Editors say the plan is bold.',
      'Recommended measures include new taxes.',
      'Source material was reviewed.',
      'Published figures show growth.',
    ];
    expect(parse(` date 2024-04-01 Plan\n${lines.join('\n')}`).paragraphs).toEqual(lines);
  });

  it('ends a people.cn story at the (Web editor: …) trailer', () => {
    const a = parse(
      ' date 2024-03-05 Home>>\nHeadline\n(Xinhua) 16:02, March 05, 2024\nText one.\nText two.\n(Web editor: Zhang Kaiwei, Liang Jun)\nRelated: other news\nMore chrome',
    );
    expect(a.paragraphs).toEqual(['Text one.', 'Text two.']);
  });

  it('drops trailers: Editor, Source, sign-offs, Read more, Share this, video timestamps, space-only lines', () => {
    const a = parse(
      [
        ' date 2024-04-01 Oil prices rise',
        'Oil prices rose on Monday.',
        '0:45',
        'Traders were calm.',
        ' ',
        'Read more: Oil falls again',
        '(END)',
        'Source: Global Times',
        'Editor: Li Ming',
        '=DNA=',
        'Share this:',
        'Facebook',
        'X',
        'Email',
        'Like this:',
        'Like Loading...',
        'Related',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual(['Oil prices rose on Monday.', 'Traders were calm.']);
    expect(a.source).toBe('Global Times');
  });

  it('drops bare links and lone agency names, and the headline repeated with its site name', () => {
    const a = parse(
      ' date 2024-04-01 Port reopens\nPort reopens - Xinhua\nThe port reopened.\nhttps://example.com/news/port-reopens\nXinhua\nShips sailed.',
    );
    expect(a.paragraphs).toEqual(['The port reopened.', 'Ships sailed.']);
  });

  it('removes pic.twitter.com links from tweet text', () => {
    const a = parse(
      ' date 2024-04-01 Minister posts pic.twitter.com/Qq1\nThe minister wrote: "Great talks today" pic.twitter.com/AbC123xyz\nMore text.',
    );
    expect(a.paragraphs[0]).toBe('The minister wrote: "Great talks today"');
    expect(a.title).toBe('Minister posts');
  });

  it('drops repeated paragraphs and a headline or caption shown twice, keeping the first', () => {
    const a = parse(
      [
        ' date 2024-04-01 Leaders meet in Rome',
        'Leaders meet in Rome',
        'The leaders met.',
        'Leaders shake hands. (Xinhua/Jin Mamengni)',
        'Leaders shake hands.',
        'The leaders met!',
        'They spoke.',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual(['The leaders met.', 'They spoke.']);
    expect(a.captions).toEqual(['Leaders shake hands.']);
  });

  it('keeps ALL-CAPS subheadings as story paragraphs', () => {
    const a = parse(' date 2024-04-01 Talks\nFirst.\nDEEPER COOPERATION\nSecond.');
    expect(a.paragraphs).toEqual(['First.', 'DEEPER COOPERATION', 'Second.']);
  });

  it('splits paragraphs on blank lines, single newlines or a mix', () => {
    expect(parse(' date 2024-04-01 T\nA.\n\nB.\nC.\n\n\nD.').paragraphs).toEqual(['A.', 'B.', 'C.', 'D.']);
  });

  it('splits a story written on one enormous line at sentence boundaries, losing nothing', () => {
    const sentences = Array.from(
      { length: 60 },
      (_, k) => `Sentence ${k} says U.S. officials met Mr. Smith on Oct. ${k % 28} in St. Louis.`,
    );
    const a = parse(` date 2024-04-01 Headline\n${sentences.join(' ')}`);
    expect(a.paragraphs.length).toBeGreaterThan(1);
    expect(a.paragraphs.join(' ')).toBe(sentences.join(' '));
    for (const p of a.paragraphs) expect(p).toMatch(/^Sentence \d+ .* St\. Louis\.$/);
  });

  it('keeps a file cut off mid-word', () => {
    expect(parse(' date 2024-04-01 T\nThe talks ended and the minis').paragraphs).toEqual([
      'The talks ended and the minis',
    ]);
  });

  it('preserves curly quotes, dashes, German and Chinese characters exactly', () => {
    const lines = [
      '„Wir müssen reden“, sagte Hans Vogel — am Montag – in Berlin.',
      '【新华社】中国外交部发言人表示',
      '‘Old friend’ of “China”',
    ];
    expect(parse(` date 2024-04-01 Vogel in Peking\n${lines.join('\n')}`).paragraphs).toEqual(lines);
  });

  it('keeps markup as literal text', () => {
    const a = parse(
      ' date 2024-04-01 <script>alert(1)</script>\n<b>Bold</b> & <img src=x onerror=alert(1)> text.',
    );
    expect(a.title).toBe('<script>alert(1)</script>');
    expect(a.paragraphs).toEqual(['<b>Bold</b> & <img src=x onerror=alert(1)> text.']);
  });

  it('returns the article with a warning when there is a headline but no story', () => {
    const r = parseArticle(' date 2024-04-01 Just a headline\n');
    expect(r.article).toMatchObject({ title: 'Just a headline', paragraphs: [] });
    expect(r.warnings).toEqual([{ line: 1, message: 'no story paragraphs found after the headline' }]);
  });
});

describe('bad input', () => {
  it('skips empty and whitespace-only text with a warning', () => {
    for (const t of ['', ' \n\t\n ', ' date 2024-01-01 \n\n']) {
      const r = parseArticle(t);
      expect(r.article).toBeNull();
      expect(r.warnings.length).toBeGreaterThan(0);
    }
  });

  it('parses a 5 MB single line quickly enough to stay in the ingest budget', () => {
    const sentence =
      'The minister said the talks on Monday were useful and both sides agreed to meet again soon. ';
    const text = ` date 2024-01-01 Headline\n${Array.from({ length: 55_000 }, (_, k) => sentence.replace('Monday', `day ${k}`)).join('')}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const a = parse(text);
    expect(a.paragraphs.length).toBeGreaterThan(1000);
    expect(a.paragraphs.join(' ').length).toBe(text.length - ' date 2024-01-01 Headline\n'.length - 1);
  });

  it.each([
    ['spaces', ' '.repeat(2_000_000)],
    ['capital words', 'AB '.repeat(700_000)],
    ['open parentheses', 'BEIJING ('.repeat(200_000)],
    ['abbreviations', 'U.S. '.repeat(400_000)],
    ['hyphens', 'A - '.repeat(500_000)],
    ['colons', 'Beijing Beijing:'.repeat(120_000)],
  ])('handles a huge line of %s without a regex blow-up', (_name, line) => {
    const r = parseArticle(` date 2024-01-01 Headline\n${line}x`);
    expect(r.article).not.toBeNull();
  });

  it('never throws and always returns an article or a warning, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const r = parseArticle(s);
        expect(r.article !== null || r.warnings.length > 0).toBe(true);
        // parseArticle turns an internal error into a warning; none may happen.
        expect(r.warnings.filter((w) => w.message.startsWith('could not parse'))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws for arbitrary lines glued to a valid header, and keeps every story line it returns verbatim', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        'Xinhua) 08:38, October 22, 2024',
        'BEIJING, Oct. 21 (Xinhua) -- ',
        'Home>>',
        '(Web editor: X)',
        'Share this:',
        '(Xinhua/Li Tao)',
        '• ',
        ' ',
        '',
        'By ',
        'Editor:',
        'date 2024-01-01',
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(line, { maxLength: 12 }), (head, body) => {
        const text = ` date 2024-10-22 ${head}\n${body.join('\n')}`;
        const r = parseArticle(text);
        expect(r.article !== null || r.warnings.length > 0).toBe(true);
        expect(r.warnings.filter((w) => w.message.startsWith('could not parse'))).toEqual([]);
        if (r.article) {
          expect(r.article.date).toBe('2024-10-22');
          expect(r.article.title.trim()).not.toBe('');
          // Story text is the file's own text: every paragraph is a substring of it.
          for (const p of r.article.paragraphs) expect(text).toContain(p);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('deriveTitle', () => {
  it('keeps a short first sentence whole, without its final period', () => {
    expect(deriveTitle('Leaders met in Rome. They talked.')).toBe('Leaders met in Rome');
  });

  it('does not stop at abbreviations like U.S. or Oct.', () => {
    expect(deriveTitle('U.S. and Chinese envoys met on Oct. 3 in Geneva. Later more.')).toBe(
      'U.S. and Chinese envoys met on Oct. 3 in Geneva',
    );
  });

  it('cuts a long sentence at a word boundary within 90 characters, with an ellipsis', () => {
    const t = deriveTitle(`${'word '.repeat(40)}end.`);
    expect(t.length).toBeLessThanOrEqual(91);
    expect(t).toMatch(/^word( word)*…$/);
  });
});

describe('a lede on line 1 repeated by the body', () => {
  const body =
    'Leaders of the two countries met in the capital on Monday and agreed to expand trade and investment ties.';

  it('keeps one copy when the body repeats it with a dateline', () => {
    const a = parse(
      ` date 2024-04-02 ${body}\n\nXinhua) 08:00, April 02, 2024\n\nHANOI, April 1 (Xinhua) -- ${body}\n\nThey also signed deals.`,
    );
    expect(a.paragraphs).toEqual([body, 'They also signed deals.']);
    expect(a.dateline).toEqual({ place: 'HANOI', date: 'April 1' });
    expect(a).toMatchObject({ titleDerived: true, source: 'Xinhua' });
  });

  it('keeps the full paragraph when line 1 holds it cut short', () => {
    const a = parse(` date 2024-04-02 ${body.slice(0, 70)}...\n\n${body}\n\nThey also signed deals.`);
    expect(a.paragraphs).toEqual([body, 'They also signed deals.']);
  });

  it('drops a paragraph that repeats the start of the one before it, unless both are short', () => {
    const p1 = 'The two sides agreed on Monday to expand cooperation in trade.';
    const p2 =
      'The two sides agreed on Monday to expand cooperation in trade, energy and transport, officials said.';
    expect(parse(` date 2024-04-02 Talks\n${p2}\n${p1}`).paragraphs).toEqual([p2]);
    expect(parse(` date 2024-04-02 Talks\nShort one.\nShort one, and more.`).paragraphs).toEqual([
      'Short one.',
      'Short one, and more.',
    ]);
  });
});

describe('whole files from tests/fixtures/formats, through decodeText', () => {
  const formats = join(__dirname, '../../tests/fixtures/formats');
  const load = (name: string) => {
    const decoded = decodeText(readFileSync(join(formats, name)));
    const parsed = decoded.text === null ? null : parseArticle(decoded.text);
    return { decoded, parsed, article: parsed?.article ?? null };
  };

  it('people.cn layout: chrome line 1, headline line 2, source line, caption, web-editor trailer', () => {
    const { article, parsed } = load('people-cn-home-layout.txt');
    expect(parsed!.warnings).toEqual([]);
    expect(article).toMatchObject({
      date: '2024-03-05',
      title: "China's top legislature opens annual session",
      titleDerived: false,
      source: 'Xinhua',
      publishedTime: '09:12',
      dateline: { place: 'BEIJING', date: 'March 5' },
      paragraphs: [
        "China's national legislature began its annual session on Tuesday in Beijing.",
        'Lawmakers will review the government work report during the week-long meeting.',
      ],
    });
    expect(article!.captions).toHaveLength(1);
    expect(article!.captions[0]).not.toContain('Zhang Hua');
  });

  it('lede on line 1, plain date line, Share this block', () => {
    const { article } = load('lede-on-line-1.txt');
    expect(article).toMatchObject({ date: '2023-05-10', titleDerived: true, source: null, dateline: null });
    expect(article!.paragraphs).toHaveLength(2);
    expect(article!.paragraphs[0]).toMatch(/^Foreign ministers .* joint press release\.$/);
  });

  it('headline with glued metadata, pipe credit line, ALL-CAPS subhead, Reuters sign-off', () => {
    const { article } = load('pipe-credit-and-glued-meta.txt');
    expect(article).toMatchObject({
      title: 'Grain exports rise for third month',
      source: 'Reuters',
      publishedTime: '10:05',
      dateline: { place: 'KYIV', date: null },
      paragraphs: [
        'Grain exports rose for a third month in February, traders said on Saturday.',
        'WHAT HAPPENS NEXT',
        'Traders expect shipments to slow in spring.',
      ],
    });
  });

  it('two chrome lines, APP dateline with its date in the credit, APP sign-off', () => {
    const { article } = load('chrome-then-app-dateline.txt');
    expect(article).toMatchObject({
      title: 'Cabinet approves new water policy',
      source: 'APP',
      dateline: { place: 'ISLAMABAD', date: '11th Mar, 2024' },
      paragraphs: [
        'The federal cabinet on Monday approved a national water policy.',
        'The policy sets targets for storage and irrigation.',
      ],
    });
  });

  it('CRLF with a BOM parses silently', () => {
    const { decoded, article } = load('crlf-with-bom.txt');
    expect(decoded.warnings).toEqual([]);
    expect(article).toMatchObject({
      date: '2023-03-22',
      title: 'Talks end in Moscow',
      paragraphs: ['The talks ended on Tuesday.'],
    });
  });

  it('Windows-1252 text is decoded with one warning and no replacement characters', () => {
    const { decoded, article } = load('windows-1252.txt');
    expect(decoded.warnings).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/Windows-1252/) }),
    ]);
    expect(article).toMatchObject({
      title: 'Café owners protest',
      paragraphs: ['“We cannot pay,” said one owner.'],
    });
  });

  it('NUL bytes are stripped with a warning on their line', () => {
    const { decoded, article } = load('nul-bytes.txt');
    expect(decoded.warnings).toEqual([expect.objectContaining({ line: 3 })]);
    expect(article!.paragraphs).toEqual(['The ports reopened.']);
  });

  it.each([
    ['empty.txt', /empty/],
    ['whitespace-only.txt', /whitespace/],
    ['image-named-as-text.txt', /^binary file, skipped/],
  ])('%s is skipped with a warning', (name, why) => {
    const { decoded } = load(name);
    expect(decoded.text).toBeNull();
    expect(decoded.warnings).toEqual([{ line: 1, message: expect.stringMatching(why) }]);
  });
});
