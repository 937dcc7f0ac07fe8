import { describe, expect, it } from 'vitest';
import { buildPack, fnv1a, groupByPack, maxPackFiles, packFiles, packOf } from './data-packs.ts';
import { dataPaths, searchPaths } from './paths.ts';

describe('packOf', () => {
  it('sends every per-article, per-person, list and search-result file to a pack of its family', () => {
    expect(packOf(dataPaths.article('2024-01-02-moon-kim'))).toMatch(/^data\/packs\/articles\/\d+\.json$/);
    expect(packOf(dataPaths.person('wang-yi'))).toMatch(/^data\/packs\/people\/\d+\.json$/);
    expect(packOf(dataPaths.personArticles('wang-yi', 3))).toMatch(/^data\/packs\/people\/\d+\.json$/);
    expect(packOf(dataPaths.personCoParticipants('wang-yi', 2))).toMatch(/^data\/packs\/people\/\d+\.json$/);
    expect(packOf(dataPaths.listPage(12))).toMatch(/^data\/packs\/list\/\d+\.json$/);
    expect(packOf(searchPaths.docs(2500))).toMatch(/^data\/packs\/search-docs\/\d+\.json$/);
  });

  it("sends the people index, the per-country lists and the name filter's leaves and lists to packs", () => {
    for (const path of [dataPaths.peopleIndexPage(1), dataPaths.peopleCountryPage(2, 7)])
      expect(packOf(path), path).toMatch(/^data\/packs\/people-index\/\d+\.json$/);
    for (const path of [
      dataPaths.peopleNameLeaf('abc'),
      dataPaths.peopleNameLeaf('_738b_'),
      dataPaths.peopleNameList('wa', 3),
      dataPaths.peopleNameCountryList('wang', 4, 12),
    ])
      expect(packOf(path), path).toMatch(/^data\/packs\/people-names\/\d+\.json$/);
  });

  it('keeps runs of four consecutive pages of a list in one pack, so paging on downloads nothing new', () => {
    const runs: [string, (page: number) => string][] = [
      ['the article list', (page) => dataPaths.listPage(page)],
      ['people index', (page) => dataPaths.peopleIndexPage(page)],
      ['a country', (page) => dataPaths.peopleCountryPage(3, page)],
      ['a name list', (page) => dataPaths.peopleNameList('zha', page)],
      ['a name list of one country', (page) => dataPaths.peopleNameCountryList('zha', 3, page)],
    ];
    for (const [label, path] of runs) {
      expect(new Set([1, 2, 3, 4].map((page) => packOf(path(page)))).size, label).toBe(1);
      expect(new Set([5, 6, 7, 8].map((page) => packOf(path(page)))).size, label).toBe(1);
    }
    // Different lists' first pages spread over the buckets.
    const firstPages = new Set<string>();
    for (let i = 0; i < 2000; i++) firstPages.add(packOf(dataPaths.peopleNameList(`k${i}`, 1))!);
    expect(firstPages.size).toBeGreaterThan(800);
    expect(firstPages.size).toBeLessThanOrEqual(1024);
  });

  it('keeps runs of four consecutive search-result chunks in one pack, each pack as full as the others', () => {
    // Neighbouring documents (a date's newest, a word's ties in a year) come from one pack, not one pack a row.
    expect(new Set([0, 1, 2, 3].map((chunk) => packOf(searchPaths.docs(chunk)))).size).toBe(1);
    expect(new Set([2700, 2701, 2702, 2703].map((chunk) => packOf(searchPaths.docs(chunk)))).size).toBe(1);
    expect(packOf(searchPaths.docs(2704))).not.toBe(packOf(searchPaths.docs(2703)));
    // 25,000 chunks (100,000 articles): every one of the 6,144 packs holds four or eight, none more.
    const perPack = new Map<string, number>();
    for (let chunk = 0; chunk < 25_000; chunk++) {
      const pack = packOf(searchPaths.docs(chunk))!;
      perPack.set(pack, (perPack.get(pack) ?? 0) + 1);
    }
    expect(perPack.size).toBe(6144);
    expect(new Set(perPack.values())).toEqual(new Set([4, 8]));
  });

  it('leaves the files every page or search needs on their own', () => {
    for (const path of [
      dataPaths.manifest(),
      dataPaths.peopleNameDir('a'),
      dataPaths.peopleNameDir('u12'),
      searchPaths.meta(),
      searchPaths.shard(7),
      searchPaths.tail(7),
      searchPaths.words('p', 'ab'),
      searchPaths.personFacets(3),
      searchPaths.countryFacet(1),
      'data/articles/nested/x.json',
      'feed.xml',
    ])
      expect(packOf(path), path).toBeNull();
  });

  it('keeps a person, the first page of their articles and the articles they took part in in one pack', () => {
    for (const slug of ['wang-yi', 'takeo-akiba', 'xi-jinping', 'henry-kissinger']) {
      expect(packOf(dataPaths.personArticles(slug, 1))).toBe(packOf(dataPaths.person(slug)));
      expect(packOf(dataPaths.personTookPart(slug))).toBe(packOf(dataPaths.person(slug)));
    }
  });

  it('spreads files over a fixed number of buckets, the same way every time', () => {
    const packs = new Set<string>();
    for (let i = 0; i < 20_000; i++) packs.add(packOf(dataPaths.article(`article-${i}`))!);
    // 20,000 articles over 2,048 buckets: nearly every bucket used, none beyond the ceiling.
    expect(packs.size).toBeGreaterThan(2000);
    expect(packs.size).toBeLessThanOrEqual(2048);
    expect(packOf(dataPaths.article('article-7'))).toBe(packOf(dataPaths.article('article-7')));
    expect(maxPackFiles).toBe(2048 + 1024 + 256 + 6144 + 256 + 1024);
  });

  it('hashes with 32-bit FNV-1a (known values, so the browser and the build cannot disagree)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('packing', () => {
  const site = new Map<string, string>([
    [dataPaths.manifest(), '{"articleCount":3}'],
    [dataPaths.article('b'), '{"title":"B \\"quoted\\""}'],
    [dataPaths.article('a'), '{"title":"A"}'],
    [dataPaths.article('中文'), '{"title":"C"}'],
    [dataPaths.person('wang-yi'), '{"name":"Wang Yi"}'],
    [dataPaths.personArticles('wang-yi', 1), '{"articles":[]}'],
    [dataPaths.listPage(1), '{"articles":[]}'],
    [dataPaths.peopleIndexPage(2), '{"page":2,"people":[]}'],
    [dataPaths.peopleNameList('wa', 1), '{"page":1,"people":[]}'],
    [dataPaths.peopleNameDir('w'), '{"keys":{}}'],
    [searchPaths.docs(0), '[{"slug":"a"}]'],
    [searchPaths.shard(0), '{}'],
  ]);

  it('finds every packed file in its pack, with the same JSON', () => {
    const packed = packFiles(site);
    for (const [path, text] of site) {
      const pack = packOf(path);
      if (pack === null) {
        expect(packed.get(path)).toBe(text);
        continue;
      }
      expect(packed.has(path)).toBe(false);
      const entries = JSON.parse(packed.get(pack)!) as Record<string, unknown>;
      expect(entries[path]).toEqual(JSON.parse(text));
    }
    const packs = [...packed.keys()].filter((path) => path.startsWith('data/packs/'));
    expect(packs.length).toBe(new Set([...site.keys()].map(packOf).filter(Boolean)).size);
  });

  it('gives the same bytes whatever order the files come in', () => {
    const reversed = new Map([...site].reverse());
    expect([...packFiles(reversed)].sort()).toEqual([...packFiles(site)].sort());
    expect(
      buildPack([
        ['b', '2'],
        ['a', '[1]'],
      ]),
    ).toBe('{"a":[1],"b":2}');
    expect(buildPack([])).toBe('{}');
  });

  it('groups paths by pack, sorted, leaving unpackable paths out', () => {
    const groups = groupByPack([
      dataPaths.personArticles('wang-yi', 1),
      dataPaths.person('wang-yi'),
      'feed.xml',
    ]);
    expect([...groups.values()]).toEqual([
      [dataPaths.person('wang-yi'), dataPaths.personArticles('wang-yi', 1)],
    ]);
  });
});
