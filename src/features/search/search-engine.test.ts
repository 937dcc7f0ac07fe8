import { searchPaths } from '../../common/paths.ts';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../site/build-site-data.ts';
import { inventedArticle, testDataset } from '../../site/test-dataset.ts';
import { isOneEdit, runSearch, type Loader } from './search-engine.ts';
import { crowdedYearDataset, newestPageDataset } from './newest-page-dataset.ts';
import { namedPeopleDataset } from './named-people-dataset.ts';
import { readSearchParams } from './search-params.ts';

const files = buildSiteData(testDataset());
const load: Loader = async (path) => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no file ${path}`);
  return JSON.parse(text);
};
const search = (query: string) => runSearch(readSearchParams(new URLSearchParams(query)), load);
const titles = async (query: string) => (await search(query)).hits.map((h) => h.title);
/** For checks where the order among equally good matches is not the point. */
const sortedTitles = async (query: string) => (await titles(query)).sort();

describe('search engine', () => {
  it('matches case- and accent-insensitively, curly apostrophes included', async () => {
    expect(await titles('q=LULA')).toEqual(['Lula wins Brazilian election']);
    expect(await titles('q=inacio')).toEqual(['Lula wins Brazilian election']);
    expect(await titles('q=Inácio')).toEqual(['Lula wins Brazilian election']);
    expect(await titles('q=Kissinger’s')).toContain('Xi Jinping meets Henry Kissinger');
  });

  it('ANDs the words of a query', async () => {
    expect(await sortedTitles('q=wang blinken')).toEqual([
      'Blinken ends Beijing visit',
      'Wang Yi meets Blinken in Beijing',
    ]);
    expect(await titles('q=wang brazilian')).toEqual([]);
  });

  it('ranks title and name matches above body-only matches', async () => {
    const result = await search('q=kissinger');
    expect(result.hits.map((h) => h.title)).toEqual([
      'Xi Jinping meets Henry Kissinger',
      'Climate summit opens',
    ]);
    expect(result.total).toBe(2);
  });

  it('completes the last word as a prefix (type-ahead)', async () => {
    expect(await titles('q=kis')).toContain('Xi Jinping meets Henry Kissinger');
    expect(await titles('q=braz')).toEqual(['Lula wins Brazilian election']);
  });

  it('forgives one typo, swapped letters included, in words of five letters or more', async () => {
    const swapped = await search('q=kissinegr');
    expect(swapped.hits.map((h) => h.title)).toContain('Xi Jinping meets Henry Kissinger');
    expect(swapped.corrections).toEqual([{ from: 'kissinegr', to: 'kissinger' }]);
    expect(await sortedTitles('q=cooperatoin')).toEqual([
      'Climate summit opens',
      'Xi Jinping meets Henry Kissinger',
    ]);
    expect(await titles('q=blinkn ended')).toEqual(['Blinken ends Beijing visit']);
    expect(await titles('q=clinate summit')).toEqual(['Climate summit opens']);
    // Short words are not guessed at: "lual" is not Lula.
    expect(await titles('q=lual wins')).toEqual([]);
  });

  it('leaves out a last letter being typed after other words rather than finding nothing', async () => {
    // "wang b" on the way to "wang blinken": the four articles of "wang", not none.
    expect(await sortedTitles('q=wang b')).toEqual(await sortedTitles('q=wang'));
    expect(await titles('q=wang bl')).toEqual(await titles('q=wang blinken'));
    // Alone, a letter is still searched as it is.
    expect((await search('q=b')).total).toBe(0);
  });

  it('finds a Chinese-character name', async () => {
    expect(await titles('q=习近平')).toEqual(['Xi Jinping meets Henry Kissinger']);
    expect(await titles('q=近平')).toEqual(['Xi Jinping meets Henry Kissinger']);
  });

  it('ANDs facet filters with the query and with each other', async () => {
    expect(await sortedTitles('q=beijing&person=antony-blinken')).toEqual([
      'Blinken ends Beijing visit',
      'Wang Yi meets Blinken in Beijing',
    ]);
    expect(await titles('person=wang-yi&year=2022')).toEqual(['Trade talks resume']);
    expect(await titles('country=Brazil')).toEqual(['Lula wins Brazilian election']);
    expect(await titles('q=cooperation&country=china')).toEqual(['Xi Jinping meets Henry Kissinger']);
    expect(await titles('q=cooperation&year=1999')).toEqual([]);
  });

  it('counts exact year facets and pages results', async () => {
    const result = await search('q=wang');
    expect(result.facets.years).toEqual([
      { value: '2023', label: '2023', count: 3 },
      { value: '2022', label: '2022', count: 1 },
    ]);
    // Exact: Wang Yi is in all 4 matches (a participant in 3, mentioned in the 4th), as his filter shows.
    expect(result.facets.people?.[0]).toEqual({ value: 'wang-yi', label: 'Wang Yi', count: 4 });
    expect((await search('q=wang&person=wang-yi')).total).toBe(4);
    const all = await search('country=China');
    expect(all.total).toBe(4);
    expect(all.pageCount).toBe(1);
  });

  // "Who met whom in October 2024": a month is a range of documents as a year is, an article dated only by its month
  // in it, and its facet counts what choosing each month gives.
  it('narrows a search to a month of its year, with exact month counts', async () => {
    const base = testDataset();
    const visit = (id: string, date: string) => ({
      ...inventedArticle(base.articles[0]!, id, date, `Harbour visit ${id}`),
      paragraphs: ['The minister visited the harbour.'],
    });
    const site = buildSiteData({
      ...base,
      articles: [
        ...base.articles,
        visit('m1', '2024-10-30'),
        visit('m2', '2024-10-02'),
        visit('m3', '2024-10'),
        visit('m4', '2024-09-12'),
        visit('m5', '2023-10-05'),
      ],
    });
    const loadSite: Loader = async (path) => JSON.parse(site.get(path)!);
    const run = (query: string) => runSearch(readSearchParams(new URLSearchParams(query)), loadSite);
    const october = await run('q=harbour&month=2024-10');
    expect(october.hits.map((h) => h.title).sort()).toEqual([
      'Harbour visit m1',
      'Harbour visit m2',
      'Harbour visit m3',
    ]);
    // The year's search lists its months, newest first, each with what choosing it gives.
    expect((await run('q=harbour&year=2024')).facets.months).toEqual([
      { value: '2024-10', label: 'October 2024', count: 3 },
      { value: '2024-09', label: 'September 2024', count: 1 },
    ]);
    // Filters alone, oldest first: the month's articles and no other.
    expect((await run('month=2023-10&order=oldest')).hits.map((h) => h.title)).toEqual(['Harbour visit m5']);
    // A month no article has, or words none of the month's articles have, find nothing.
    expect((await run('q=harbour&month=2024-11')).total).toBe(0);
    expect((await run('q=kissinger&month=2024-10')).total).toBe(0);
    // Without a year no months are counted: the facet is a year's.
    expect((await run('q=harbour')).facets.months).toEqual([]);
  });

  it('orders matches newest or oldest first when the URL asks, words or filters alone', async () => {
    // By relevance the title match comes first; by date the older body match can lead.
    expect(await titles('q=kissinger')).toEqual(['Xi Jinping meets Henry Kissinger', 'Climate summit opens']);
    expect(await titles('q=kissinger&order=oldest')).toEqual([
      'Climate summit opens',
      'Xi Jinping meets Henry Kissinger',
    ]);
    const newest = await titles('q=wang&order=newest');
    expect(newest[0]).toBe('Xi Jinping meets Henry Kissinger');
    expect(newest[3]).toBe('Trade talks resume');
    expect(await titles('q=wang&order=oldest')).toEqual([...newest].reverse());
    expect((await titles('person=wang-yi&order=oldest'))[0]).toBe('Trade talks resume');
    expect((await titles('person=wang-yi'))[0]).toBe('Xi Jinping meets Henry Kissinger');
  });

  it('narrows a person filter to the articles naming a second person too (?with=)', async () => {
    expect(await sortedTitles('person=wang-yi&with=antony-blinken')).toEqual([
      'Blinken ends Beijing visit',
      'Wang Yi meets Blinken in Beijing',
    ]);
    expect(await titles('person=wang-yi&with=luiz-inacio-lula-da-silva')).toEqual([]);
  });

  it('finds a filter’s people and countries in its newest page, whatever page or order is shown', async () => {
    const freedonia = buildSiteData(newestPageDataset());
    const loadFreedonia: Loader = async (path) => JSON.parse(freedonia.get(path)!);
    const facetsOf = async (query: string) => {
      const result = await runSearch(readSearchParams(new URLSearchParams(query)), loadFreedonia);
      return { people: result.facets.people, fromFirstPage: result.facetsFromFirstPage };
    };
    const first = await facetsOf('country=Freedonia');
    expect(first).toEqual({
      people: [{ value: 'ana-ostrova', label: 'Ana Ostrova', count: 10 }],
      fromFirstPage: true,
    });
    // Paging, or reading oldest first, does not change them (page 2 used to list Boris Vell instead).
    expect(await facetsOf('country=Freedonia&page=2')).toEqual(first);
    expect(await facetsOf('country=Freedonia&order=oldest')).toEqual(first);
  });

  it('lists with a filter alone only the countries of its newest page, as the page says', async () => {
    // Ana Ostrova (Freedonia) in all 35 articles; the 25 older ones also name an Elbonian, whom her newest page never
    // names: the page says its facets come from that page, so Elbonia must not be listed.
    const dataset = newestPageDataset();
    const elbonian = {
      id: 'cy-dorn',
      name: 'Cy Dorn',
      aliases: [],
      roles: [],
      country: 'Elbonia',
      participant: true,
    };
    const older = (id: string) => /^f\d+$/.test(id) && Number(id.slice(1)) >= 10;
    dataset.articles = dataset.articles.map((a) =>
      /^f\d+$/.test(a.id)
        ? {
            ...a,
            people: [
              { ...a.people[0]!, id: 'ana-ostrova', name: 'Ana Ostrova' },
              ...(older(a.id) ? [elbonian] : []),
            ],
          }
        : a,
    );
    dataset.people = [
      ...dataset.people.filter((p) => p.id !== 'ana-ostrova' && p.id !== 'boris-vell'),
      {
        id: 'ana-ostrova',
        name: 'Ana Ostrova',
        aliases: [],
        roles: [],
        countries: ['Freedonia'],
        articleIds: dataset.articles.filter((a) => /^f\d+$/.test(a.id)).map((a) => a.id),
      },
      {
        id: 'cy-dorn',
        name: 'Cy Dorn',
        aliases: [],
        roles: [],
        countries: ['Elbonia'],
        articleIds: dataset.articles.filter((a) => older(a.id)).map((a) => a.id),
      },
    ];
    const files = buildSiteData(dataset);
    const result = await runSearch(
      readSearchParams(new URLSearchParams('person=ana-ostrova')),
      async (path) => JSON.parse(files.get(path)!),
    );
    expect(result.total).toBe(35);
    expect(result.facetsFromFirstPage).toBe(true);
    expect(result.facets.countries?.map((c) => c.value)).toEqual(['Freedonia']);
  });

  it('reads every row of a filter’s matches when they are three pages or fewer, and lists all their people', async () => {
    // Freedonia's 10 newest articles (Ana Ostrova) and the 10 after them (Boris Vell): 20 matches, two pages.
    const dataset = newestPageDataset();
    const kept = (id: string) => !/^f\d+$/.test(id) || Number(id.slice(1)) < 20;
    dataset.articles = dataset.articles.filter((a) => kept(a.id));
    dataset.people = dataset.people.map((p) => ({ ...p, articleIds: p.articleIds.filter(kept) }));
    const files = buildSiteData(dataset);
    const result = await runSearch(readSearchParams(new URLSearchParams('country=Freedonia')), async (path) =>
      JSON.parse(files.get(path)!),
    );
    expect(result.facets.people).toEqual([
      { value: 'ana-ostrova', label: 'Ana Ostrova', count: 10 },
      { value: 'boris-vell', label: 'Boris Vell', count: 10 },
    ]);
    expect(result.facetsFromFirstPage).toBeUndefined();
  });

  it('counts a month’s or a year’s people and countries over all of it, not its newest page', async () => {
    const freedonia = buildSiteData(newestPageDataset());
    const loadFreedonia: Loader = async (path) => JSON.parse(freedonia.get(path)!);
    const facetsOf = async (query: string) => {
      const result = await runSearch(readSearchParams(new URLSearchParams(query)), loadFreedonia);
      return { ...result.facets, fromFirstPage: result.facetsFromFirstPage };
    };
    // January 2010's 35 articles: Boris Vell in the 25 older ones (its newest page named Ana Ostrova alone).
    const january = await facetsOf('year=2010&month=2010-01');
    expect(january.people).toEqual([
      { value: 'boris-vell', label: 'Boris Vell', count: 25 },
      { value: 'ana-ostrova', label: 'Ana Ostrova', count: 10 },
    ]);
    expect(january.countries).toEqual([{ value: 'Freedonia', label: 'Freedonia', count: 35 }]);
    expect(january.fromFirstPage).toBeUndefined();
    // The year, on any page and in either order, the same.
    for (const query of ['year=2010', 'year=2010&page=2', 'year=2010&month=2010-01&order=oldest'])
      expect((await facetsOf(query)).people).toEqual(january.people);
    // With another filter the month's counted people are candidates too: Boris Vell, in none of Freedonia's newest
    // page, is listed with his 25 (the facet used to list Ana Ostrova alone, found in that page).
    const freedonia2010 = await runSearch(
      readSearchParams(new URLSearchParams('year=2010&country=Freedonia')),
      loadFreedonia,
    );
    expect(freedonia2010.facets.people).toEqual(january.people);
    expect(freedonia2010.facetsFromFirstPage).toBeUndefined();
    expect(freedonia2010.facetsMayMiss).toBeUndefined();
  });

  it('says how many matches a person it may leave out can be in, where the date’s counts cannot rule one out', async () => {
    const crowded = buildSiteData(crowdedYearDataset());
    const loadCrowded: Loader = async (path) => JSON.parse(crowded.get(path)!);
    const result = await runSearch(
      readSearchParams(new URLSearchParams('q=talks&country=Freedonia&year=2011')),
      loadCrowded,
    );
    // Zed Harrow (1) is in neither the year's ten (five articles each), the word's nor the newest page: any person
    // not listed is in at most 5 of the matches. Countries are all known: 2011 has two.
    expect(result.facets.people).toEqual([{ value: 'ana-ostrova', label: 'Ana Ostrova', count: 31 }]);
    expect(result.facetsMayMiss).toEqual({ people: 5 });
    expect(result.facets.countries).toEqual([{ value: 'Freedonia', label: 'Freedonia', count: 32 }]);
  });

  it('lists a date with one filter by that filter’s own counts in it, exact, with the rows and without lists', async () => {
    const crowded = buildSiteData(crowdedYearDataset());
    const read: string[] = [];
    const loadCrowded: Loader = async (path) => {
      read.push(path);
      return JSON.parse(crowded.get(path)!);
    };
    // The first run, which paints the rows, has the counts: Zed Harrow, in one of Freedonia's 32 articles of 2011,
    // is listed, and no one is left out (the date's counts alone could not rule out a person in up to 5).
    const result = await runSearch(
      readSearchParams(new URLSearchParams('country=Freedonia&year=2011')),
      loadCrowded,
      {
        facetLists: false,
      },
    );
    expect(result.facets.people).toEqual([
      { value: 'ana-ostrova', label: 'Ana Ostrova', count: 31 },
      { value: 'zed-harrow', label: 'Zed Harrow', count: 1 },
    ]);
    expect(result.facetsMayMiss).toBeUndefined();
    expect(result.facets.countries).toEqual([{ value: 'Freedonia', label: 'Freedonia', count: 32 }]);
    expect(read.some((path) => /facets\/[pc]\d/.test(path))).toBe(false);
    // With a second filter that narrows nothing (Ana Ostrova's 31 articles of 2011 are all Freedonia's), hers are.
    const both = await runSearch(
      readSearchParams(new URLSearchParams('person=ana-ostrova&country=Freedonia&year=2011')),
      loadCrowded,
      { facetLists: false },
    );
    expect(both.facets.people).toEqual([{ value: 'ana-ostrova', label: 'Ana Ostrova', count: 31 }]);
    expect(both.facets.countries).toEqual([{ value: 'Freedonia', label: 'Freedonia', count: 31 }]);
    expect(both.facetsMayMiss).toBeUndefined();
    // A facet's scope runs for its counts alone: no result rows are read.
    read.length = 0;
    const scope = await runSearch(readSearchParams(new URLSearchParams('year=2011')), loadCrowded, {
      rows: false,
    });
    expect(scope.hits).toEqual([]);
    expect(scope.total).toBe(87);
    expect(read.some((path) => path.includes('/docs/'))).toBe(false);
  });

  it('reads no list of a filter that narrows nothing, and counts a date with one filter from its own file', async () => {
    // Long lists have tails here (Freedonia's 32 articles, Ana Ostrova's 31).
    const crowded = buildSiteData(crowdedYearDataset(), { searchIndex: { headMax: 20 } });
    // A cold reader each: the files a run reads.
    const cold = () => {
      const read: string[] = [];
      const load: Loader = async (path) => (read.push(path), JSON.parse(crowded.get(path)!));
      return { load, tails: () => read.filter((path) => path.includes('/tails/')), read };
    };
    // Every article of Ana Ostrova's is Freedonia's (the build lists her so): Freedonia's long list is not read, and
    // the results are those of her list alone, rows, total and counts.
    // (The build lists the people of more than a page of articles whom one country has all of: her alone here.)
    expect(JSON.parse(crowded.get(searchPaths.personWithin(0))!)).toEqual({
      'person:ana-ostrova': ['Freedonia'],
    });
    const both = readSearchParams(new URLSearchParams('person=ana-ostrova&country=Freedonia&year=2011'));
    const alone = cold();
    const hers = await runSearch({ ...both, country: null }, alone.load);
    const reader = cold();
    const result = await runSearch(both, reader.load);
    expect(alone.tails()).toHaveLength(1);
    expect(reader.tails()).toEqual(alone.tails());
    expect(result.hits.map((hit) => hit.slug)).toEqual(hers.hits.map((hit) => hit.slug));
    expect(result.total).toBe(31);
    expect(result.pageCount).toBe(hers.pageCount);
    expect(result.facets).toEqual(hers.facets);
    // So is the year facet's scope, her articles in Freedonia in every year.
    const undated = cold();
    const everyYear = await runSearch({ ...both, year: null }, undated.load, {
      facetLists: false,
      rows: false,
    });
    expect(undated.tails()).toEqual(alone.tails());
    expect(everyYear.facets.years).toEqual([{ value: '2011', label: '2011', count: 31 }]);
    // The person facet's scope (Freedonia in 2011) wants its total and people alone: they come from Freedonia's own
    // counts in the year, the same as its whole run's, without its list or rows.
    const scope = readSearchParams(new URLSearchParams('country=Freedonia&year=2011'));
    const scoped = cold();
    const counted = await runSearch(scope, scoped.load, { facetLists: false, rows: false, matches: false });
    expect(scoped.tails()).toEqual([]);
    expect(scoped.read.some((path) => path.includes('/docs/'))).toBe(false);
    const whole = cold();
    const all = await runSearch(scope, whole.load);
    expect(whole.tails()).toHaveLength(1);
    expect(counted.total).toBe(32);
    expect(counted.pageCount).toBe(all.pageCount);
    expect(counted.facets.people).toEqual(all.facets.people);
    expect(counted.facets.countries).toEqual(all.facets.countries);
    expect(counted.facets.years).toEqual(all.facets.years);
  });

  it('counts a common word in a year from its own counts in its tail, exact, without rows or lists', async () => {
    // `talks` is in the title of all 87 articles of 2011: a long list, with a tail.
    const crowded = buildSiteData(crowdedYearDataset(), { searchIndex: { headMax: 20 } });
    const cold = () => {
      const read: string[] = [];
      const load: Loader = async (path) => (read.push(path), JSON.parse(crowded.get(path)!));
      return { load, read };
    };
    // The country facet's scope of `talks` in 2011 in Freedonia, run as the app runs it for its counts alone.
    const params = readSearchParams(new URLSearchParams('q=talks&year=2011'));
    const scoped = cold();
    const scope = await runSearch(params, scoped.load, { facetLists: false, rows: false, matches: false });
    expect(scope.total).toBe(87);
    expect(scope.facets.countries).toEqual([
      { value: 'Elbonia', label: 'Elbonia', count: 55 },
      { value: 'Freedonia', label: 'Freedonia', count: 32 },
    ]);
    // Ana Ostrova's 31, then nine of the eleven Elbonians in five articles each (ties by name, as counted from lists).
    expect(scope.facets.people?.[0]).toEqual({ value: 'ana-ostrova', label: 'Ana Ostrova', count: 31 });
    expect(scope.facets.people?.slice(1).map((p) => [p.label, p.count])).toEqual(
      [
        'Arvo Penn',
        'Bela Sarn',
        'Cato Vemm',
        'Dina Rolt',
        'Eno Kasp',
        'Fia Morn',
        'Gus Tarr',
        'Hela Dun',
        'Ivo Sten',
      ].map((name) => [name, 5]),
    );
    // No row, no person or country list: the tail its matches read anyway has them.
    expect(scoped.read.filter((path) => /\/(docs|facets)\//.test(path))).toEqual([]);
    expect(new Set(scoped.read.filter((path) => path.includes('/tails/'))).size).toBe(1);
    // The whole search, counted from the lists, lists the same.
    const whole = await runSearch(params, cold().load);
    expect(scope.facets.people).toEqual(whole.facets.people);
    expect(scope.facets.countries).toEqual(whole.facets.countries);
  });

  it('counts a dated search’s people from the year’s lists of its most mentioned, to the same counts', async () => {
    // Long lists have tails here, so the words and filter of a date need their complete lists.
    const crowded = buildSiteData(crowdedYearDataset(), { searchIndex: { headMax: 20 } });
    const cold = (withYearLists: boolean) => {
      const read: string[] = [];
      const load: Loader = async (path) => {
        read.push(path);
        if (!withYearLists && path === searchPaths.yearLists('2011')) throw new Error(`no file ${path}`);
        return JSON.parse(crowded.get(path)!);
      };
      return { load, read };
    };
    const params = readSearchParams(new URLSearchParams('q=talks&country=Freedonia&year=2011'));
    // The year's ten most mentioned people, their documents in 2011 alone.
    expect(Object.keys(JSON.parse(crowded.get(searchPaths.yearLists('2011'))!))).toContain(
      'person:ana-ostrova',
    );
    const buckets = cold(false);
    const before = await runSearch(params, buckets.load);
    const year = cold(true);
    const result = await runSearch(params, year.load);
    expect(buckets.read.some((path) => /facets\/p\d/.test(path))).toBe(true);
    expect(year.read).toContain(searchPaths.yearLists('2011'));
    expect(year.read.some((path) => /facets\/p\d/.test(path))).toBe(false);
    expect(result.facets).toEqual(before.facets);
    expect(result.facetsMayMiss).toEqual(before.facetsMayMiss);
    expect(result.facets.people).toEqual([{ value: 'ana-ostrova', label: 'Ana Ostrova', count: 31 }]);
  });

  /** 30 articles of 2012 with an invented word, in the title of 12 (they rank first) and in the text of 18: a long
   * list, whose head decides the first page of the word in the year before its tail is in. */
  const quorvelSite = () => {
    const base = testDataset();
    const articles = Array.from({ length: 30 }, (_, i) => ({
      ...inventedArticle(
        base.articles[0]!,
        `z${i}`,
        `2012-03-${String(1 + i).padStart(2, '0')}`,
        `Report ${i}`,
      ),
      ...(i < 12
        ? { title: `Quorvel report ${i}` }
        : { paragraphs: [`The quorvel was mentioned in passing in report ${i}.`] }),
    }));
    return buildSiteData(
      { ...base, articles: [...base.articles, ...articles] },
      { searchIndex: { headMax: 15 } },
    );
  };

  it('runs a facet’s scope for its counts without fetching its likely first page’s rows early', async () => {
    const site = quorvelSite();
    const cold = () => {
      const read: string[] = [];
      const load: Loader = async (path) => (read.push(path), JSON.parse(site.get(path)!));
      return { load, rows: () => read.filter((path) => path.includes('/docs/')) };
    };
    const params = readSearchParams(new URLSearchParams('q=quorvel&year=2012'));
    const shown = cold();
    const result = await runSearch(params, shown.load);
    expect(result.total).toBe(30);
    expect(result.hits.every((hit) => hit.title.startsWith('Quorvel'))).toBe(true);
    expect(shown.rows().length).toBeGreaterThan(0);
    const scope = cold();
    const counts = await runSearch(params, scope.load, { facetLists: false, rows: false });
    expect(counts.total).toBe(30);
    expect(counts.facets.years).toEqual(result.facets.years);
    expect(scope.rows()).toEqual([]);
  });

  it('fetches a search’s likely first rows early even when a facet’s scope just counted the same search', async () => {
    const site = quorvelSite();
    // A tail that comes a moment later, as over a network: the rows asked for meanwhile were asked for early.
    let tailsPending = 0;
    let rowsEarly = false;
    const load: Loader = async (path) => {
      if (path.includes('/docs/') && tailsPending > 0) rowsEarly = true;
      if (path.includes('/tails/')) {
        tailsPending++;
        await new Promise((resolve) => setTimeout(resolve, 0));
        tailsPending--;
      }
      return JSON.parse(site.get(path)!);
    };
    const params = readSearchParams(new URLSearchParams('q=quorvel&year=2012'));
    await runSearch(params, load, { facetLists: false, rows: false });
    expect(rowsEarly).toBe(false);
    const result = await runSearch(params, load);
    expect(result.total).toBe(30);
    expect(result.hits.every((hit) => hit.title.startsWith('Quorvel'))).toBe(true);
    expect(rowsEarly).toBe(true);
  });

  it('offers the person whose name is searched, even one named once beside words many others share', async () => {
    const named = buildSiteData(namedPeopleDataset());
    const loadNamed: Loader = async (path) => JSON.parse(named.get(path)!);
    const peopleOf = async (query: string) =>
      (await runSearch(readSearchParams(new URLSearchParams(query)), loadNamed)).facets.people;
    // Each word's own top ten people (Dario Kell, Mara Sot and their colleagues) are in none of the matches.
    expect(await peopleOf('q=mara kell')).toEqual([
      { value: 'mara-kell', label: 'Mara Kell', count: 1, named: true },
    ]);
    // Typed in another order, or by a Chinese alias, it is still her.
    expect(await peopleOf('q=kell mara')).toEqual([{ value: 'mara-kell', label: 'Mara Kell', count: 1 }]);
    expect(await peopleOf('q=凯尔玛')).toEqual([
      { value: 'mara-kell', label: 'Mara Kell', count: 1, named: true },
    ]);
    // A surname alone: she is among the Kells, with the word's most frequent people.
    const kell = await peopleOf('q=kell');
    expect(kell).toHaveLength(10);
    expect(kell?.[0]).toEqual({ value: 'dario-kell', label: 'Dario Kell', count: 12 });
    expect(kell).toContainEqual({ value: 'mara-kell', label: 'Mara Kell', count: 1 });
    // Words no one is named by read no name files.
    const read: string[] = [];
    const watched: Loader = (path) => (read.push(path), loadNamed(path));
    await runSearch(readSearchParams(new URLSearchParams('q=talks port')), watched);
    expect(read.filter((path) => path.includes('people-names'))).toEqual([]);
  });

  // The archive merges spellings of one name into one person: a search by any of them finds every article of theirs,
  // and the person is named as their page names them.
  it('finds every article of a person by any spelling the archive merged, under the person’s own name', async () => {
    const base = testDataset();
    const spelled = (id: string, date: string, written: string) => ({
      ...inventedArticle(base.articles[0]!, id, date, `${written} visits the port`),
      paragraphs: [`${written} visited the port on Monday.`],
      people: [
        {
          id: 'oskar-velden',
          name: written,
          aliases: [],
          roles: [],
          country: 'Freedonia',
          participant: true,
        },
      ],
    });
    const articles = [
      spelled('v1', '2011-03-01', 'Oskar Velden'),
      spelled('v2', '2011-03-02', 'Oscar Welden'),
    ];
    const site = buildSiteData({
      ...base,
      articles: [...base.articles, ...articles],
      people: [
        ...base.people,
        {
          id: 'oskar-velden',
          name: 'Oskar Velden',
          aliases: ['Oscar Welden'],
          roles: [],
          countries: ['Freedonia'],
          articleIds: ['v2', 'v1'],
        },
      ],
    });
    const loadSite: Loader = async (path) => JSON.parse(site.get(path)!);
    for (const q of ['oskar velden', 'oscar welden', 'welden']) {
      const result = await runSearch(readSearchParams(new URLSearchParams({ q })), loadSite);
      expect(result.hits.map((h) => h.title).sort()).toEqual([
        'Oscar Welden visits the port',
        'Oskar Velden visits the port',
      ]);
      expect(result.facets.people?.[0]).toMatchObject({
        value: 'oskar-velden',
        label: 'Oskar Velden',
        count: 2,
      });
    }
  });

  it('matches a quoted phrase only where its words stand side by side, in order, and says so', async () => {
    // Wang is named in four articles (in two only as a person the article lists); "Wang said" is written in one.
    expect(await sortedTitles('q=wang yi')).toHaveLength(4);
    expect(await sortedTitles('q="wang yi"')).toEqual([
      'Trade talks resume',
      'Wang Yi meets Blinken in Beijing',
    ]);
    expect(await sortedTitles('q=wang said')).toHaveLength(3);
    const phrase = await search('q="wang said"');
    expect(phrase.hits.map((h) => h.title)).toEqual(['Wang Yi meets Blinken in Beijing']);
    expect(phrase.total).toBe(1);
    expect(phrase.phrases).toBe('exact');
    expect(await titles('q="said wang"')).toEqual([]);
    // Curly quotes, stop words skipped as the index skips them, a phrase beside other words.
    expect(await sortedTitles('q=“secretary of state”')).toEqual([
      'Wang Yi meets Blinken in Beijing',
      'Xi Jinping meets Henry Kissinger',
    ]);
    expect(await titles('q="secretary of state" kissinger')).toEqual(['Xi Jinping meets Henry Kissinger']);
    // Not across paragraphs, nor from the headline into the text.
    expect(await titles('q=emissions kissinger')).toEqual(['Climate summit opens']);
    expect(await titles('q="emissions kissinger"')).toEqual([]);
    expect(await titles('q="opens climate"')).toEqual([]);
    // A closed phrase's last word is whole ("talk" is not "talks"); an unclosed quote is no phrase yet.
    expect(await titles('q="trade talk"')).toEqual([]);
    expect(await titles('q="trade talk')).toEqual(['Trade talks resume']);
    expect((await search('q="trade talk')).phrases).toBeUndefined();
    // A typo in a phrase is corrected, and the phrase searched with the correction.
    expect(await titles('q=blinken beijnig')).toHaveLength(2);
    const fixed = await search('q="blinken beijnig"');
    expect(fixed.corrections).toEqual([{ from: 'beijnig', to: 'beijing' }]);
    expect(fixed.hits.map((h) => h.title)).toEqual(['Wang Yi meets Blinken in Beijing']);
  });

  it('matches a quoted phrase’s words anywhere where the archive has no pairs indexed, and says so', async () => {
    const large = buildSiteData(testDataset(), { searchIndex: { pairMaxDocs: 0 } });
    const loadLarge: Loader = async (path) => JSON.parse(large.get(path)!);
    expect(large.has('data/search/pairs/0.json')).toBe(false);
    const result = await runSearch(readSearchParams(new URLSearchParams('q="wang said"')), loadLarge);
    expect(result.total).toBe(3);
    expect(result.phrases).toBe('words');
  });

  // An analyst asks for every meeting of two people, not every article naming them: `took=part` keeps the articles
  // the filtered people took part in (Wang Yi is only mentioned in the Kissinger meeting).
  it('keeps only the articles where the filtered people took part, with `took=part`', async () => {
    expect((await search('person=wang-yi')).total).toBe(4);
    expect(await titles('person=wang-yi&took=part')).toEqual([
      'Wang Yi meets Blinken in Beijing',
      'Blinken ends Beijing visit',
      'Trade talks resume',
    ]);
    expect((await search('person=wang-yi&with=henry-kissinger')).total).toBe(1);
    expect((await search('person=wang-yi&with=henry-kissinger&took=part')).total).toBe(0);
    expect((await search('person=henry-kissinger&with=wang-yi&took=part')).total).toBe(0);
    expect((await search('person=wang-yi&with=antony-blinken&took=part')).total).toBe(2);
    // Words, a year and the order combine with it as with any filter; the years are counted over what it keeps.
    expect(await titles('person=antonio-guterres&took=part&q=cooperation')).toEqual(['Climate summit opens']);
    const wang = await search('person=wang-yi&took=part&order=oldest');
    expect(wang.hits.map((h) => h.date)).toEqual(['2022-03-15', '2023-06-18', '2023-06-18']);
    // Whom he took part with, counted where he took part (the run with facet lists).
    expect(
      (await runSearch(readSearchParams(new URLSearchParams('person=wang-yi&took=part')), load)).tookPartWith,
    ).toEqual([{ value: 'antony-blinken', label: 'Antony Blinken', count: 2 }]);
    expect(wang.facets.years).toEqual([
      { value: '2023', label: '2023', count: 2 },
      { value: '2022', label: '2022', count: 1 },
    ]);
  });

  it('reads a person’s took-part file only when they are only mentioned in some of their articles', async () => {
    const requested: string[] = [];
    const counting: Loader = (path) => {
      requested.push(path);
      return load(path);
    };
    const run = (query: string) => runSearch(readSearchParams(new URLSearchParams(query)), counting);
    // Antony Blinken took part in both of his: his file says so, and no list of which is written.
    expect((await run('person=antony-blinken&took=part')).total).toBe(2);
    expect(files.has('data/people/antony-blinken/took.json')).toBe(false);
    expect(requested).toContain('data/people/antony-blinken.json');
    expect(requested.filter((path) => path.endsWith('took.json'))).toEqual([]);
    expect((await run('person=wang-yi&took=part')).total).toBe(3);
    expect(requested).toContain('data/people/wang-yi/took.json');
    // Without `took=part`, neither file is read.
    requested.length = 0;
    await run('person=antonio-guterres');
    expect(requested.filter((path) => path.startsWith('data/people/'))).toEqual([]);
  });

  // A person's own counts in a date are of every article naming them: with `took=part`, of those they took part in.
  it('counts a person’s facets in a date over the articles they took part in, with `took=part`', async () => {
    const dataset = crowdedYearDataset();
    // Ana Ostrova is only mentioned in her five oldest articles of 2011: she took part in 26, more than a page.
    const hers = dataset.articles.filter((a) => a.people[0]?.id === 'ana-ostrova');
    for (const article of hers.slice(-5))
      article.people = article.people.map((p) => ({ ...p, participant: false }));
    const crowded = buildSiteData(dataset);
    const loadCrowded: Loader = async (path) => JSON.parse(crowded.get(path)!);
    const run = (query: string) => runSearch(readSearchParams(new URLSearchParams(query)), loadCrowded);
    const all = await run('person=ana-ostrova&year=2011');
    expect(all.facets.people).toEqual([{ value: 'ana-ostrova', label: 'Ana Ostrova', count: 31 }]);
    const took = await run('person=ana-ostrova&year=2011&took=part');
    expect(took.total).toBe(26);
    expect(took.facets.people).toEqual([{ value: 'ana-ostrova', label: 'Ana Ostrova', count: 26 }]);
    expect(took.facets.countries).toEqual([expect.objectContaining({ value: 'Freedonia', count: 26 })]);
  });

  it('tells one edit from more', () => {
    expect(isOneEdit('kissinger', 'kissinegr')).toBe(true);
    expect(isOneEdit('kissinger', 'kisinger')).toBe(true);
    expect(isOneEdit('kissinger', 'kissingers')).toBe(true);
    expect(isOneEdit('kissinger', 'kessinger')).toBe(true);
    expect(isOneEdit('kissinger', 'kesinger')).toBe(false);
    expect(isOneEdit('kissinger', 'kissinger')).toBe(false);
  });
});
