import { describe, expect, it } from 'vitest';
import { dataPaths } from '../common/paths.ts';
import { pairsBucketOf, type PersonPairs } from '../common/person-pairs.ts';
import type {
  ArticleDetail,
  ListPage,
  Manifest,
  PeopleIndexPage,
  PersonArticlesPage,
  PersonCoParticipantsPage,
  PersonDetail,
} from '../common/site-data.ts';
import { encodeTookPart, keepTookPart, type PersonTookPart } from '../common/took-part.ts';
import { buildSiteData } from './build-site-data.ts';
import { testDataset } from './test-dataset.ts';
import { makeExcerpt } from './text-helpers.ts';
import type { StepProgress } from './step-progress.ts';

const build = (pageSize = 2) => buildSiteData(testDataset(), { pageSize });
const read = <T>(files: Map<string, string>, path: string): T => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no file ${path}`);
  return JSON.parse(text) as T;
};

describe('buildSiteData', () => {
  it('pages the article list newest first, ties broken by id', () => {
    const files = build();
    const pages = [1, 2, 3].map((n) => read<ListPage>(files, dataPaths.listPage(n)));
    expect(pages.map((p) => p.articles.map((a) => a.date))).toEqual([
      ['2023-07-20', '2023-06-18'],
      ['2023-06-18', '2022-11-03'],
      ['2022-03-15', '2021-09-01'],
    ]);
    expect(pages[0]!.articles[1]!.title).toBe('Wang Yi meets Blinken in Beijing');
    expect(pages[1]!.articles[0]!.title).toBe('Blinken ends Beijing visit');
    expect(pages.every((p) => p.total === 6 && p.pageCount === 3)).toBe(true);
    expect(files.has(dataPaths.listPage(4))).toBe(false);
  });

  it('writes a bounded manifest with counts and archive facets', () => {
    const manifest = read<Manifest>(build(), dataPaths.manifest());
    expect(manifest).toMatchObject({
      articleCount: 6,
      personCount: 6,
      pageSize: 2,
      pageCount: 3,
      peoplePageCount: 1,
    });
    expect(manifest.facets.people[0]).toEqual({ value: 'wang-yi', label: 'Wang Yi', count: 4 });
    expect(manifest.facets.years.map((y) => [y.value, y.count])).toEqual([
      ['2023', 3],
      ['2022', 2],
      ['2021', 1],
    ]);
    expect(manifest.facets.countries.find((c) => c.value === 'China')?.count).toBe(4);
    expect(manifest.peopleCountries).toEqual(['Brazil', 'China', 'United States']);
    expect(manifest.buildId).toMatch(/^[0-9a-f]{14}$/);
  });

  it('writes the archive list only: facets are served by the search index, not by copies of the list', () => {
    const files = build(10);
    expect([...files.keys()].filter((path) => path.startsWith('data/by-'))).toEqual([]);
    expect(read<ListPage>(files, dataPaths.listPage(1)).total).toBe(6);
  });

  it('writes article pages with prev/next in list order, reading time and person slugs', () => {
    const files = build();
    const list = read<ListPage>(files, dataPaths.listPage(1));
    const newest = read<ArticleDetail>(files, dataPaths.article(list.articles[0]!.slug));
    expect(newest.prev).toBeNull();
    expect(newest.next?.slug).toBe(list.articles[1]!.slug);
    const second = read<ArticleDetail>(files, dataPaths.article(list.articles[1]!.slug));
    expect(second.prev?.slug).toBe(newest.slug);
    expect(second.readingMinutes).toBe(1);
    expect(newest.people.map((p) => [p.slug, p.participant])).toEqual([
      ['xi-jinping', true],
      ['henry-kissinger', true],
      ['wang-yi', false],
    ]);
    expect(list.articles[0]!.participants.map((p) => p.slug)).toEqual(['xi-jinping', 'henry-kissinger']);
    expect(list.articles[0]!.participants.map((p) => p.name)).toEqual(['习近平', 'Henry Kissinger']);
    expect(list.articles[0]!.place).toBe('Beijing');
  });

  it('pages everyone a person took part in events with when their file lists only the most frequent', () => {
    const files = buildSiteData(testDataset(), { pageSize: 2, coParticipantsShown: 0 });
    const wang = read<PersonDetail>(files, dataPaths.person('wang-yi'));
    expect(wang.coParticipants).toEqual([]);
    expect(wang.coParticipantCount).toBe(1);
    expect(read<PersonCoParticipantsPage>(files, dataPaths.personCoParticipants('wang-yi', 1))).toEqual({
      page: 1,
      pageCount: 1,
      people: [{ slug: 'antony-blinken', name: 'Antony Blinken', country: 'United States', count: 2 }],
    });
    // And by the other's slug, so that a search of any two finds what they share in one small file.
    expect(
      read<PersonPairs>(files, dataPaths.personPairs('wang-yi', pairsBucketOf('antony-blinken', 1))),
    ).toEqual({
      'antony-blinken': [2],
    });
  });

  it('writes what any two people share by the other’s slug, in files of about a hundred, each one in one', () => {
    const dataset = testDataset();
    const [first] = dataset.articles;
    // A summit of 250: the host took part with 249 people, one of whom was only mentioned in another article too.
    const guests = Array.from({ length: 249 }, (_, i) => ({
      ...first!.people[1]!,
      id: `guest-${i}`,
      name: `Guest ${i}`,
      aliases: [],
    }));
    dataset.articles.push(
      { ...first!, id: 's1', slug: 'summit', file: 's1.txt', people: [first!.people[0]!, ...guests] },
      {
        ...first!,
        id: 's2',
        slug: 'summit-note',
        file: 's2.txt',
        people: [first!.people[0]!, { ...guests[7]!, participant: false }],
      },
    );
    dataset.people.push(
      ...guests.map((g) => ({
        id: g.id,
        name: g.name,
        aliases: [],
        roles: [],
        countries: [],
        articleIds: [],
      })),
    );
    for (const person of dataset.people)
      person.articleIds = dataset.articles
        .filter((a) => a.people.some((p) => p.id === person.id))
        .map((a) => a.id);
    const files = buildSiteData(dataset, { coParticipantsShown: 20 });
    const host = read<PersonDetail>(files, dataPaths.person('wang-yi'));
    expect(host.coParticipantCount).toBe(250);
    const pairs = [1, 2, 3].map((bucket) =>
      read<PersonPairs>(files, dataPaths.personPairs('wang-yi', bucket)),
    );
    expect(files.has(dataPaths.personPairs('wang-yi', 4))).toBe(false);
    expect(pairs.flatMap((file) => Object.keys(file)).sort()).toHaveLength(250);
    for (const file of pairs) expect(Object.keys(file).length).toBeLessThan(130);
    const seventh = pairs[pairsBucketOf('guest-7', 250) - 1]!;
    expect(seventh['guest-7']).toEqual([1, 2]);
    expect(pairs[pairsBucketOf('antony-blinken', 250) - 1]!['antony-blinken']).toEqual([2]);
  });

  it('names the articles that give a role first and last', () => {
    const dataset = testDataset();
    // Wang also called Director in the oldest of his articles: first seen there, last in the newest.
    const trade = dataset.articles.find((a) => a.title === 'Trade talks resume')!;
    trade.people[0]!.roles = ['State Councilor', 'Director'];
    const wang = read<PersonDetail>(buildSiteData(dataset, { pageSize: 2 }), dataPaths.person('wang-yi'));
    expect(wang.roles.find((span) => span.role === 'Director')).toEqual({
      role: 'Director',
      first: '2022-03-15',
      last: '2023-07-20',
      firstArticle: '2022-03-15-trade-talks-resume',
      lastArticle: '2023-07-20-xi-jinping-meets-henry-kissinger',
    });
  });

  it('leaves out of the roles table a bare title another of the person’s roles ends with', () => {
    const dataset = testDataset();
    // One article gives both forms, as the golds keep them; the page shows the fuller one.
    const trade = dataset.articles.find((a) => a.title === 'Trade talks resume')!;
    trade.people[0]!.roles = ['State Councilor', 'Chinese State Councilor'];
    const wang = read<PersonDetail>(buildSiteData(dataset, { pageSize: 2 }), dataPaths.person('wang-yi'));
    expect(wang.roles.map((span) => span.role)).not.toContain('State Councilor');
    expect(wang.roles.map((span) => span.role)).toContain('Chinese State Councilor');
  });

  it('joins the written forms of one office into one row of the roles table, in its fullest form', () => {
    const dataset = testDataset();
    const [first, second] = dataset.articles.filter((a) => a.people.some((p) => p.id === 'antony-blinken'));
    first!.people.find((p) => p.id === 'antony-blinken')!.roles = ['U.S. Secretary of State'];
    second!.people.find((p) => p.id === 'antony-blinken')!.roles = [
      'US Secretary of State',
      'Secretary of State',
    ];
    const blinken = read<PersonDetail>(buildSiteData(dataset), dataPaths.person('antony-blinken'));
    expect(blinken.roles.map((span) => span.role)).toEqual(['U.S. Secretary of State']);
  });

  it('gives each office of a person once in an article and in their article rows, as the fuller form', () => {
    const dataset = testDataset();
    // The golds keep both forms of one article; the sidebar needs the office once.
    const trade = dataset.articles.find((a) => a.title === 'Trade talks resume')!;
    trade.people[0]!.roles = ['Chinese State Councilor', 'State Councilor'];
    const files = buildSiteData(dataset, { pageSize: 10 });
    const detail = read<ArticleDetail>(files, dataPaths.article(trade.slug));
    expect(detail.people[0]!.roles).toEqual(['Chinese State Councilor']);
    const rows = read<PersonArticlesPage>(files, dataPaths.personArticles('wang-yi', 1)).articles;
    expect(rows.find((row) => row.slug === trade.slug)!.roles).toEqual(['Chinese State Councilor']);
  });

  it('shows in the people index the office most of a person’s articles give, and none for people without', () => {
    const index = read<PeopleIndexPage>(build(), dataPaths.peopleIndexPage(1));
    expect(index.people.map((p) => [p.name, p.role])).toEqual([
      ['Wang Yi', 'Foreign Minister'],
      ['Antonio Guterres', 'UN Secretary-General'],
      ['Antony Blinken', 'Secretary of State'],
      ['Henry Kissinger', undefined],
      ['Luiz Inácio Lula da Silva', 'President-elect'],
      ['习近平', 'President'],
    ]);
  });

  it('gives a person the country most of their articles give, a stray one apart, in their file, index and filter', () => {
    const dataset = testDataset();
    // One of Wang Yi's four articles gives him another country (an ingest slip): he is not of both.
    const trade = dataset.articles.find((a) => a.title === 'Trade talks resume')!;
    trade.people = trade.people.map((p) => (p.id === 'wang-yi' ? { ...p, country: 'Singapore' } : p));
    dataset.people.find((p) => p.id === 'wang-yi')!.countries = ['China', 'Singapore'];
    const files = buildSiteData(dataset, { pageSize: 2 });
    const wang = read<PersonDetail>(files, dataPaths.person('wang-yi'));
    expect(wang.countries).toEqual(['China']);
    expect(wang.otherCountries).toEqual([['Singapore', 1]]);
    const index = read<PeopleIndexPage>(files, dataPaths.peopleIndexPage(1));
    expect(index.people.find((p) => p.slug === 'wang-yi')!.countries).toEqual(['China']);
    expect(read<Manifest>(files, dataPaths.manifest()).peopleCountries).not.toContain('Singapore');
    const blinken = read<PersonDetail>(files, dataPaths.person('antony-blinken'));
    expect(blinken.coParticipants[0]).toMatchObject({ slug: 'wang-yi', country: 'China' });
    // Someone of one country has no list of others.
    expect(blinken).not.toHaveProperty('otherCountries');
  });

  it('counts beside a co-participant the articles naming both when one was only mentioned in some', () => {
    const dataset = testDataset();
    const meeting = dataset.articles.find((a) => a.title === 'Wang Yi meets Blinken in Beijing')!;
    // A third article naming both, Blinken only mentioned: a search of the two finds three, not two.
    dataset.articles.push({
      ...meeting,
      id: 'later',
      slug: '2023-08-01-later',
      file: 'later.txt',
      date: '2023-08-01',
      people: meeting.people.map((p) => ({ ...p, participant: p.id === 'wang-yi' })),
    });
    const files = buildSiteData(dataset, { pageSize: 2 });
    const wang = read<PersonDetail>(files, dataPaths.person('wang-yi'));
    expect(wang.coParticipants).toEqual([
      { slug: 'antony-blinken', name: 'Antony Blinken', country: 'United States', count: 2, named: 3 },
    ]);
    // When the two numbers agree, the file says it once.
    const blinkenAlone = read<PersonDetail>(build(), dataPaths.person('antony-blinken'));
    expect(blinkenAlone.coParticipants[0]).not.toHaveProperty('named');
  });

  // A search keeping the articles a person took part in reads this: one bit per article of their search list.
  it('says in how many of a person’s articles they are only mentioned, and which, when only in some', () => {
    const files = build();
    // Wang Yi's articles, newest first as the search numbers them: Kissinger's meeting (2023-07-20, only mentioned),
    // the two with Blinken (2023-06-18) and the trade talks (2022).
    expect(read<PersonDetail>(files, dataPaths.person('wang-yi')).onlyMentioned).toBe(1);
    const wang = read<PersonTookPart>(files, dataPaths.personTookPart('wang-yi'));
    expect(keepTookPart(['kissinger', 'blinken-1', 'blinken-2', 'talks'], wang.mask)).toEqual([
      'blinken-1',
      'blinken-2',
      'talks',
    ]);
    // Always taking part: nothing to say, no file.
    expect(read<PersonDetail>(files, dataPaths.person('antony-blinken'))).not.toHaveProperty('onlyMentioned');
    expect(files.has(dataPaths.personTookPart('antony-blinken'))).toBe(false);
    expect(encodeTookPart([true, false, true, true, false, false, false, true])).toBe('NC');
  });

  it('writes person pages: role spans, co-participants from shared participations, paged articles', () => {
    const files = build();
    const wang = read<PersonDetail>(files, dataPaths.person('wang-yi'));
    expect(wang.articleCount).toBe(4);
    expect(wang.articlePageCount).toBe(2);
    expect(wang.roles.map(({ role, first, last }) => ({ role, first, last }))).toEqual([
      { role: 'State Councilor', first: '2022-03-15', last: '2022-03-15' },
      { role: 'Foreign Minister', first: '2023-06-18', last: '2023-06-18' },
      { role: 'Director', first: '2023-07-20', last: '2023-07-20' },
    ]);
    // Wang was only mentioned in the Kissinger meeting, so Xi and Kissinger are not his co-participants.
    expect(wang.coParticipants).toEqual([
      { slug: 'antony-blinken', name: 'Antony Blinken', country: 'United States', count: 2 },
    ]);
    expect(wang.coParticipantCount).toBe(1);
    // All of them are in the person file: no paged list of everyone.
    expect([...files.keys()].filter((path) => /\/(with|pairs)-/.test(path))).toEqual([]);
    const page1 = read<PersonArticlesPage>(files, dataPaths.personArticles('wang-yi', 1));
    const page2 = read<PersonArticlesPage>(files, dataPaths.personArticles('wang-yi', 2));
    expect([...page1.articles, ...page2.articles].map((a) => a.date)).toEqual([
      '2023-07-20',
      '2023-06-18',
      '2023-06-18',
      '2022-03-15',
    ]);
    // Rows carry no excerpt, and "others" leaves out the person whose list it is.
    expect(page1.articles[0]).toEqual({
      slug: expect.any(String) as string,
      title: expect.any(String) as string,
      date: '2023-07-20',
      place: expect.anything() as unknown,
      roles: ['Director'],
      mentioned: true,
      others: expect.any(Array) as unknown,
    });
    const allRows = [...page1.articles, ...page2.articles];
    // Each row says in what role he appears there, and marks the article he is only mentioned in.
    expect(allRows.map((row) => [row.date, row.roles, row.mentioned])).toEqual([
      ['2023-07-20', ['Director'], true],
      ['2023-06-18', ['Foreign Minister'], undefined],
      ['2023-06-18', ['Foreign Minister'], undefined],
      ['2022-03-15', ['State Councilor'], undefined],
    ]);
    expect(allRows.some((row) => row.others.length > 0)).toBe(true);
    expect(allRows.flatMap((row) => row.others.map((o) => o.slug))).not.toContain('wang-yi');
  });

  it('writes the people index by article count, then name', () => {
    const index = read<PeopleIndexPage>(build(), dataPaths.peopleIndexPage(1));
    expect(index.people.map((p) => [p.name, p.articleCount])).toEqual([
      ['Wang Yi', 4],
      ['Antonio Guterres', 2],
      ['Antony Blinken', 2],
      ['Henry Kissinger', 1],
      ['Luiz Inácio Lula da Silva', 1],
      ['习近平', 1],
    ]);
  });

  it('is deterministic, and the build id follows the content', () => {
    const a = build();
    const b = build();
    expect([...a.entries()]).toEqual([...b.entries()]);
    const changed = testDataset();
    changed.articles[0]!.title = 'A new title';
    const c = buildSiteData(changed, { pageSize: 2 });
    expect(read<Manifest>(c, dataPaths.manifest()).buildId).not.toBe(
      read<Manifest>(a, dataPaths.manifest()).buildId,
    );
  });

  it('names the build id of the files emitted before it, when the build hashes them as it writes them', () => {
    const emitted: string[] = [];
    let askedAfter = -1;
    buildSiteData(
      testDataset(),
      {
        pageSize: 2,
        buildIdOfEmitted: () => {
          askedAfter = emitted.length;
          return '0123456789abcd';
        },
      },
      (path, text) => emitted.push(`${path} ${text}`),
    );
    const named = emitted.filter((file) => file.includes('"buildId"'));
    expect(named.map((file) => file.split(' ')[0]).sort()).toEqual([
      dataPaths.manifest(),
      'data/search/meta.json',
    ]);
    for (const file of named) expect(file).toContain('"buildId":"0123456789abcd"');
    // Every file but the manifest and the search index (built from the same documents) was emitted by then.
    expect(emitted.slice(askedAfter).every((file) => /^data\/(manifest\.json|search\/)/.test(file))).toBe(
      true,
    );
    expect(askedAfter).toBeGreaterThan(10);
  });

  it('hands every file to an emit sink in order, the same files as the map form, and keeps none itself', () => {
    const emitted: [string, string][] = [];
    const kept = buildSiteData(testDataset(), { pageSize: 2 }, (path, text) => emitted.push([path, text]));
    expect(kept.size).toBe(0);
    expect(new Map(emitted)).toEqual(build());
    expect(new Set(emitted.map(([path]) => path)).size).toBe(emitted.length);
    // The manifest comes last: its build id hashes the files before it.
    expect(emitted.at(-1)![0]).toBe(dataPaths.manifest());
  });

  it('reports progress over every step, the search index included, and reaches the end only when all is built', () => {
    let filesSoFar = 0;
    const reports: (StepProgress & { filesSoFar: number })[] = [];
    buildSiteData(
      testDataset(),
      { pageSize: 2, onProgress: (progress) => reports.push({ ...progress, filesSoFar }) },
      () => filesSoFar++,
    );
    const fractions = reports.map((report) => report.fraction);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(fractions.filter((fraction) => fraction >= 1)).toHaveLength(1);
    expect(reports.at(-1)).toMatchObject({ fraction: 1, filesSoFar });
    const steps = new Set(reports.map((report) => report.step));
    for (const step of ['articles', 'people', 'tokenizing', 'shards', 'first pages'])
      expect(steps).toContain(step);
    // The search index is most of the work left: once the article and people files are out, the bar is not yet half way.
    const indexStart = reports.find((report) => report.step === 'tokenizing')!;
    expect(indexStart.filesSoFar).toBeGreaterThan(6);
    expect(indexStart.fraction).toBeLessThan(0.5);
  });

  it('cuts excerpts at a sentence or word boundary', () => {
    const sentence = 'This opening sentence is long enough to count as a real lead for the story.';
    expect(makeExcerpt([`${sentence} ${sentence}`, sentence])).toBe(`${sentence} ${sentence}`);
    const noStops = makeExcerpt(['alpha '.repeat(60)]);
    expect(noStops.length).toBeLessThanOrEqual(161);
    expect(noStops).toMatch(/alpha…$/);
  });
});
