import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../tests/bench/measure-search';
import {
  decodeDocs,
  encodeDocs,
  searchPaths,
  tokenize,
  type SearchMeta,
  type Shard,
} from '../../common/search-text';
import { runSearch } from '../../features/search/search-engine';
import { readSearchParams } from '../../features/search/search-params';
import { buildSiteData } from '../build-site-data';

const dataset = syntheticDataset(1500, 7);
const files = buildSiteData(dataset, { searchIndex: { headMax: 200 } });
const exactFiles = buildSiteData(dataset, { searchIndex: { headMax: 1e9 } });
const loaderOf = (source: Map<string, string>) => async (path: string) => JSON.parse(source.get(path)!);
const search = (source: Map<string, string>, query: string) =>
  runSearch(readSearchParams(new URLSearchParams(query)), loaderOf(source));

describe('search index files', () => {
  it('cuts the index into term-range shards of at most ~16 KB with a small directory', () => {
    const meta = JSON.parse(files.get(searchPaths.meta())!) as SearchMeta;
    expect(meta.shardCount).toBeGreaterThan(10);
    let previousLast = '';
    for (let n = 0; n < meta.shardCount; n++) {
      const text = files.get(searchPaths.shard(n))!;
      expect(text.length).toBeLessThanOrEqual(16_500);
      const terms = (JSON.parse(text) as Shard).terms.map((e) => e[0]);
      expect([...terms].sort()).toEqual(terms);
      expect(terms[0]! > previousLast).toBe(true);
      previousLast = terms[terms.length - 1]!;
    }
    expect(files.get(searchPaths.meta())!.length).toBeLessThan(2_000);
  });

  // Long lists keep only their best postings in the shard; the rest come from tail files when an AND needs them.
  const bySlug = new Map(dataset.articles.map((a) => [a.slug, a]));
  const containsAll = (slug: string, words: string[]) => {
    const a = bySlug.get(slug)!;
    const terms = new Set(
      tokenize([a.title, ...a.people.map((p) => p.name), a.dateline?.place, ...a.paragraphs].join(' ')),
    );
    return words.every((w) => terms.has(w));
  };

  it('answers AND queries over long lists with the exact count and only true matches', async () => {
    for (const query of [
      'q=cooperation summit',
      'q=trade&country=China',
      'country=Russia&year=2015',
      'q=kissinger',
    ]) {
      const [split, exact] = await Promise.all([search(files, query), search(exactFiles, query)]);
      expect(split.total, query).toBe(exact.total);
      expect(split.total, query).toBeGreaterThan(0);
      expect(split.facets.years, query).toEqual(exact.facets.years);
      const words = tokenize(new URLSearchParams(query).get('q') ?? '');
      for (const hit of split.hits) expect(containsAll(hit.slug, words), `${query}: ${hit.slug}`).toBe(true);
    }
  });

  it('ranks a single common word from its head, with the exact count', async () => {
    const [split, exact] = await Promise.all([
      search(files, 'q=cooperation'),
      search(exactFiles, 'q=cooperation'),
    ]);
    expect(split.total).toBe(exact.total);
    expect(split.hits.map((h) => h.slug)).toEqual(exact.hits.map((h) => h.slug));
    // Beyond the head, pages come from the tail: still matches, none repeated from the first page.
    const deep = await search(files, 'q=cooperation&page=40');
    expect(deep.hits).toHaveLength(10);
    for (const hit of deep.hits) {
      expect(containsAll(hit.slug, ['cooperation'])).toBe(true);
      expect(split.hits.map((h) => h.slug)).not.toContain(hit.slug);
    }
  });

  it('round-trips doc numbers through the compact encoding', () => {
    const docs = [0, 1, 2, 31, 32, 33, 1023, 1024, 99_999, 4_000_000];
    expect(decodeDocs(encodeDocs(docs))).toEqual(docs);
  });

  it('tokenizes with case, accents, apostrophes, stop words and Chinese bigrams', () => {
    expect(tokenize('The Élysée’s SÃO Paulo O’Brien 2023')).toEqual([
      'elysee',
      'sao',
      'paulo',
      'obrien',
      'brien',
      '2023',
    ]);
    expect(tokenize('主席习近平会见')).toEqual(['主席', '席习', '习近', '近平', '平会', '会见']);
    expect(tokenize('习 said')).toEqual(['习', 'said']);
  });
});
