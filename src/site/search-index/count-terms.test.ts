import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchPaths } from '../../common/paths.ts';
import type { Shard } from '../../common/search-text.ts';
import { buildSearchIndex, type IndexDoc } from './build-search-index.ts';
import { countWords, makeExcerpt } from '../text-helpers.ts';
import { BatchCounter, TermTable, hanNamesOf, indexTextOf, type IngestedArticle } from './count-terms.ts';

// Words of every kind the tokenizer treats apart: stop words, accents, other scripts, Han (bigrams, and one
// outside the BMP), apostrophes, hyphens, digits and punctuation.
const vocabulary = [
  'summit',
  'talks',
  'Minister',
  'the',
  'and',
  'of',
  'Trade',
  'trade,',
  'Zürich',
  'Беларусь',
  'naïve',
  "O'Neill",
  'co-operation',
  '2024',
  '(Xinhua)',
  '--',
  '外交部',
  '会谈',
  '𠀀人',
  'Mølleby',
  'ÉCLAIR',
];
const text = fc.array(fc.constantFrom(...vocabulary), { maxLength: 10 }).map((words) => words.join(' '));
const article = fc.record({
  title: text,
  people: fc.array(fc.record({ name: text, aliases: fc.array(text, { maxLength: 2 }) }), { maxLength: 3 }),
  dateline: fc.option(fc.record({ place: text }), { nil: null }),
  paragraphs: fc.array(text, { maxLength: 4 }),
  date: fc.constantFrom('2024-10-22', '2023-01', ''),
  countries: fc.subarray(['China', 'Japan', 'Türkiye']),
});

const indexDoc = (a: IngestedArticle & { date: string; countries: string[] }, i: number): IndexDoc => ({
  ...indexTextOf(a),
  summary: {
    slug: `article-${i}`,
    title: a.title,
    date: a.date,
    place: a.dateline?.place ?? null,
    participants: [],
    countries: a.countries,
    excerpt: '',
  },
  people: a.people.map((_, p) => `person-${p}`),
  personNames: a.people.map((person) => person.name),
});

// Small lists and shards, so that tails, heads and many shards are built from a few documents.
const options = { headMax: 3, shardSize: 1_500, docChunkSize: 2 };

describe('terms counted beforehand', () => {
  it('give the search index of the same documents tokenized by the index itself', () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 25 }),
        // Batches of documents, each counted by one of three threads (0: the receiving one), some twice.
        fc.array(fc.record({ size: fc.integer({ min: 1, max: 6 }), sender: fc.nat(2), again: fc.boolean() })),
        (articles, batches) => {
          const docs = articles.map(indexDoc);
          const table = new TermTable();
          const workers = [1, 2].map(() => ({ counter: new BatchCounter(), sender: table.newSender() }));
          const count = (from: number, to: number, sender: number) => {
            // People in another order (as before the dataset merges their mentions): same terms, other ids.
            const results = articles
              .slice(from, to)
              .map((a, i) => ({ file: `f${from + i}`, article: { ...a, people: [...a.people].reverse() } }));
            if (sender === 0) table.count(results);
            else {
              const { counter, sender: id } = workers[sender - 1]!;
              table.receive(id, results, counter.countBatch(results.map((r) => r.article)));
            }
          };
          let from = 0;
          for (const { size, sender, again } of batches) {
            if (from >= articles.length) break;
            count(from, from + size, sender);
            // A batch redone by another thread (the pool's last batches): whichever is kept, the terms are the same.
            if (again) count(from, from + size, (sender + 1) % 3);
            from += size;
          }
          count(from, articles.length, 0);
          const counted = docs.map((doc, i) => ({ ...doc, counted: table.byFile.get(`f${i}`) }));
          expect(buildSearchIndex(counted, 'build', options)).toEqual(
            buildSearchIndex(docs, 'build', options),
          );
        },
      ),
    );
  });

  it('carry pairs until a thread has counted more articles than an archive indexes pairs for, then none', () => {
    const articles = ['trade talks', 'talks resume', 'summit opens'].map((title): IngestedArticle => ({
      title,
      people: [],
      dateline: null,
      paragraphs: [`${title} today`],
    }));
    const docs = articles.map((a, i) => indexDoc({ ...a, date: '', countries: [] }, i));
    const indexWith = (pairMaxDocs: number) => {
      const table = new TermTable();
      const counter = new BatchCounter(pairMaxDocs);
      const sender = table.newSender();
      articles.forEach((a, i) => table.receive(sender, [{ file: `f${i}` }], counter.countBatch([a])));
      const counted = docs.map((doc, i) => ({ ...doc, counted: table.byFile.get(`f${i}`) }));
      return JSON.parse(buildSearchIndex(counted, 'build').get(searchPaths.meta())!) as { pairs?: number };
    };
    expect(indexWith(3).pairs).toBeGreaterThan(0);
    // The third article came without pairs: no phrase could be trusted, so the index has none.
    expect(indexWith(2).pairs).toBeUndefined();
  });

  it('let every pair go once the archive has more articles than it indexes pairs for', () => {
    const table = new TermTable(2);
    const sender = table.newSender();
    const counter = new BatchCounter(5);
    ['trade talks', 'talks resume', 'summit opens'].forEach((title, i) => {
      const article: IngestedArticle = { title, people: [], dateline: null, paragraphs: [`${title} today`] };
      table.receive(sender, [{ file: `f${i}` }], counter.countBatch([article]));
      const withPairs = [...table.byFile.values()].filter((counted) => counted.pairs).length;
      expect(withPairs, `after article ${i + 1}`).toBe(i < 2 ? i + 1 : 0);
    });
  });

  it('are not counted at all for an ingest of more files than an archive indexes pairs for: the same index', () => {
    const articles = ['trade talks', 'talks resume', 'summit opens'].map((title): IngestedArticle => ({
      title,
      people: [],
      dateline: null,
      paragraphs: [`${title} today`],
    }));
    const docs = articles.map((a, i) => indexDoc({ ...a, date: '', countries: [] }, i));
    const indexWith = (table: TermTable) => {
      const worker = new BatchCounter(2, table.countsPairs);
      const sender = table.newSender();
      table.count([{ file: 'f0', article: articles[0]! }]);
      articles
        .slice(1)
        .forEach((a, i) => table.receive(sender, [{ file: `f${i + 1}` }], worker.countBatch([a])));
      const counted = docs.map((doc, i) => ({ ...doc, counted: table.byFile.get(`f${i}`) }));
      return buildSearchIndex(counted, 'build', { ...options, pairMaxDocs: 2 });
    };
    const told = new TermTable(2);
    told.expectFiles(3);
    // The work saved: the ingest pool passes this to its threads (ingest-pool.ts), which then count no pairs. The
    // table lets every pair go past pairMaxDocs anyway, so nothing the index holds afterwards can show the saving.
    expect(told.countsPairs).toBe(false);
    expect(indexWith(told)).toEqual(indexWith(new TermTable(2)));
  });

  it('are counted after the ingest when its files came to few enough articles, as if the threads had', () => {
    const articles = ['trade talks', 'talks resume'].map((title): IngestedArticle => ({
      title,
      people: [],
      dateline: null,
      paragraphs: [`${title} today`, 'and summit opens'],
    }));
    // Four files, two of them without an article: the archive indexes its pairs after all.
    const results = [
      { file: 'f0', article: articles[0]! },
      { file: 'empty1', article: null },
      { file: 'f1', article: articles[1]! },
      { file: 'empty2', article: null },
    ];
    const table = new TermTable(2);
    table.expectFiles(results.length);
    const worker = new BatchCounter(2, table.countsPairs);
    table.count(results.slice(0, 2));
    table.receive(
      table.newSender(),
      results.slice(2),
      worker.countBatch(results.slice(2).map((r) => r.article)),
    );
    expect([...table.byFile.values()].filter((counted) => counted.pairs)).toEqual([]);
    table.completePairs(results);
    const docs = articles.map((a, i) => indexDoc({ ...a, date: '', countries: [] }, i));
    const counted = docs.map((doc, i) => ({ ...doc, counted: table.byFile.get(`f${i}`) }));
    const index = buildSearchIndex(counted, 'build', { ...options, pairMaxDocs: 2 });
    expect(JSON.parse(index.get(searchPaths.meta())!)).toMatchObject({ pairs: expect.any(Number) });
    expect(index).toEqual(buildSearchIndex(docs, 'build', { ...options, pairMaxDocs: 2 }));
  });

  it('are what the index holds for their document', () => {
    const table = new TermTable();
    const plain = { title: 'Talks', people: [], dateline: null, paragraphs: ['Alpha and beta.'] };
    table.count([{ file: 'a.txt', article: { ...plain, paragraphs: ['Gamma and delta.'] } }]);
    const doc: IndexDoc = {
      ...indexDoc({ ...plain, date: '2024-10-22', countries: [] }, 0),
      counted: table.byFile.get('a.txt'),
    };
    const files = buildSearchIndex([doc], 'build');
    const terms = (JSON.parse(files.get(searchPaths.shard(0))!) as Shard).terms.map((entry) => entry[0]);
    expect(terms).toEqual(['delta', 'gamma', 'talks']);
  });

  it("come with the article's Han names, so the index need not read its body for them", () => {
    const table = new TermTable();
    const worker = new BatchCounter();
    const sender = table.newSender();
    const story = (title: string, body: string) => ({
      title,
      people: [],
      dateline: null,
      paragraphs: [body],
    });
    const results = [
      { file: 'a.txt', article: story('Talks with 李明', 'Li Ming (李明) met Zhou Fang (周芳) in Harbin.') },
      { file: 'b.txt', article: story('Talks', 'No names in characters here.') },
    ];
    table.receive(sender, results, worker.countBatch(results.map((result) => result.article)));
    table.count([{ file: 'c.txt', article: story('Talks', 'Zhou Fang (周芳) spoke.') }]);
    expect(table.byFile.get('a.txt')!.hanNames).toEqual(['李明', '李明', '周芳']);
    expect(table.byFile.get('b.txt')!.hanNames).toEqual([]);
    expect(table.byFile.get('c.txt')!.hanNames).toEqual(hanNamesOf('Talks', ['Zhou Fang (周芳) spoke.']));
  });

  it("come with the article's list-row excerpt and word count, from a worker's batch or this thread's", () => {
    const table = new TermTable();
    const worker = new BatchCounter();
    const sender = table.newSender();
    const story = (paragraphs: string[]) => ({ title: 'Talks', people: [], dateline: null, paragraphs });
    const long = [
      'Ministers of the two countries met in Geneva on Tuesday to resume talks on a fishing accord.',
      'They agreed to meet again in the spring, and said a draft could be ready by the summer.',
      'Officials said the talks had been cordial.',
    ];
    const results = [
      { file: 'a.txt', article: story(long) },
      { file: 'b.txt', article: null },
    ];
    table.receive(sender, results, worker.countBatch(results.map((result) => result.article)));
    table.count([{ file: 'c.txt', article: story(['Short  text\u00a0here.']) }]);
    // The excerpt ends at a sentence (the list shows it as it would have been made from the text at build time).
    expect(table.byFile.get('a.txt')).toMatchObject({ excerpt: makeExcerpt(long), words: countWords(long) });
    expect(table.byFile.get('a.txt')!.excerpt).toBe(long[0]);
    expect(table.byFile.get('c.txt')).toMatchObject({ excerpt: 'Short text here.', words: 3 });
    expect(table.byFile.has('b.txt')).toBe(false);
  });

  it('of a file counted again replace its earlier ones, and go when it has no article', () => {
    const table = new TermTable();
    const story = (body: string) => ({ title: 'Talks', people: [], dateline: null, paragraphs: [body] });
    table.count([{ file: 'a.txt', article: story('Alpha.') }]);
    table.count([{ file: 'a.txt', article: story('Beta beta.') }]);
    const { dictionary, counts, length } = table.byFile.get('a.txt')!;
    // Title words weigh 3, body words 1.
    expect([...counts].map((packed) => [dictionary[packed >>> 8], packed & 255])).toEqual([
      ['talks', 3],
      ['beta', 2],
    ]);
    expect(length).toBe(5);
    table.count([{ file: 'a.txt', article: null }]);
    expect(table.byFile.has('a.txt')).toBe(false);
  });
});
