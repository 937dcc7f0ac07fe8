import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from './gen-corpus.ts';
import { emptyKnowledge, type Dataset } from '../common/dataset.ts';
import { buildDataset } from '../ingest/ingest.ts';
import { buildSiteData } from '../site/build-site-data.ts';
import { TermTable } from '../site/search-index/count-terms.ts';
import { ingestInWorkers } from './ingest-pool.ts';
import { MAX_FILE_BYTES } from './ingest-files.ts';
import { createSeedIngestor, ingestFiles, ingestFolder, listSeeds } from './load-seeds.ts';

const article = (
  title: string,
  body = 'BEIJING, Oct. 21 (Xinhua) -- Wang Yi held talks with Takeo Akiba on Monday.',
) => ` date 2024-10-22 ${title}\n\nXinhua) 08:38, October 22, 2024\n\n${body}\n`;

/**
 * `n` generated articles cut to their header and first two paragraphs: every kind of article the generator writes,
 * at a fraction of the ingest and site building (these tests compare threads, not long stories).
 */
const shortCorpus = (n: number, dir: string, seed: number) =>
  generateCorpus(n, dir, seed, (_, text) => `${text.split('\n\n').slice(0, 4).join('\n\n')}\n`);

let root: string;
const tmp = (name: string) => {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const write = (dir: string, rel: string, content: string | Uint8Array) => {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'readout-load-seeds-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listSeeds', () => {
  it('finds every .txt file in nested folders, in path order, and nothing else', async () => {
    const dir = tmp('list');
    write(dir, 'b.txt', 'x');
    write(dir, 'a/z.TXT', 'x');
    write(dir, 'a/deeper/y.txt', 'x');
    write(dir, 'README.md', '# notes');
    write(dir, 'photo.jpg', new Uint8Array([0xff, 0xd8, 0xff]));
    write(dir, '.hidden/secret.txt', 'x');
    write(dir, 'people.json', '{}');
    const listing = await listSeeds(dir);
    expect(listing.files.map((f) => f.rel)).toEqual(['a/deeper/y.txt', 'a/z.TXT', 'b.txt']);
    expect(listing.knowledgePath).toBe(path.join(dir, 'people.json'));
  });

  it('follows links to folders once, ends link loops, and warns about broken links', async () => {
    const dir = tmp('links');
    write(dir, 'real/one.txt', 'x');
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'alias'));
    symlinkSync(dir, path.join(dir, 'real', 'loop'));
    symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'broken.txt'));
    const listing = await listSeeds(dir);
    expect(listing.files.map((f) => f.rel)).toEqual(['real/one.txt']);
    expect(listing.warnings).toEqual([
      { file: 'broken.txt', line: 1, message: expect.stringMatching(/broken symbolic link/) },
    ]);
  });
});

describe('ingestFolder', () => {
  it('skips a file over the size limit with a warning that says what to do', async () => {
    const dir = tmp('big');
    write(dir, 'big.txt', ` date 2024-01-01 Big\n\n${'word '.repeat(MAX_FILE_BYTES / 5 + 10)}`);
    write(dir, 'ok.txt', article('Fine'));
    const dataset = await ingestFolder(dir);
    expect(dataset.articles.map((a) => a.file)).toEqual(['ok.txt']);
    expect(dataset.warnings).toEqual([
      {
        file: 'big.txt',
        line: 1,
        message: expect.stringMatching(/4\.0 MB.*over the 4\.0 MB limit.*split it/),
      },
    ]);
  });

  it('reads a long file whole and a short file after it without leftovers of the long one', async () => {
    const dir = tmp('long-then-short');
    const filler = 'The talks covered trade, climate and security in some detail. '.repeat(3000);
    write(dir, 'a.txt', article('Long', `${filler}\n\nThe last paragraph of the long story.`));
    write(dir, 'b.txt', article('Short', 'A short story.'));
    const dataset = await ingestFolder(dir, { workers: 0 });
    const [long, short] = dataset.articles;
    expect(long?.paragraphs.at(-1)).toBe('The last paragraph of the long story.');
    expect(short?.title).toBe('Short');
    expect(short?.paragraphs).toEqual(['A short story.']);
  });

  it('reports people.json problems and applies its valid entries', async () => {
    const dir = tmp('knowledge');
    write(dir, 'a.txt', article('Talks'));
    write(dir, 'people.json', '{\n  "people": [\n    {"name": "Wang Yi"},\n    {"roles": []}\n  ]\n}\n');
    const dataset = await ingestFolder(dir);
    expect(dataset.warnings).toEqual([
      { file: 'people.json', line: 4, message: expect.stringMatching(/no "name"/) },
    ]);
    expect(dataset.articles).toHaveLength(1);
  });
});

describe('worker threads', () => {
  it('give exactly the results of the main thread', async () => {
    const dir = tmp('workers');
    // Just over the pool's tail of 400 files, so both batch sizes are used.
    shortCorpus(425, dir, 7);
    const { files } = await listSeeds(dir);
    const single = await ingestFiles(files, emptyKnowledge, { workers: 0 });
    const progress: number[] = [];
    // Workers only, so every batch really goes through a worker thread...
    const stats = { workerBatches: 0, mainBatches: 0 };
    const parallel = await ingestInWorkers(files, emptyKnowledge, {
      workers: 2,
      mainThreadWorks: false,
      stats,
      onProgress: (done) => progress.push(done),
    });
    // 425 files: a batch of 100, then the last 325 in 13 batches of 25 so the threads finish together.
    expect(stats).toEqual({ workerBatches: 14, mainBatches: 0, reusedWorkers: 0 });
    expect(parallel).toEqual(single);
    // ...and the default mix of a worker and the main thread.
    expect(await ingestFiles(files, emptyKnowledge, { workers: 1 })).toEqual(single);
    expect(single.filter((r) => r.article).length).toBe(425);
    expect(progress[progress.length - 1]).toBe(425);
    // Three ingests of 425 files: ~8 s on a quiet machine, over the default 30 s on a loaded one.
  }, 120_000);
});

/** The site's files as a build makes them from the dataset, and as they are when the index tokenizes every text. */
const siteWithAndWithoutTerms = (dataset: Dataset) =>
  [buildSiteData(dataset), buildSiteData({ ...dataset, indexTerms: undefined })] as const;

describe('search-index terms counted during ingest', () => {
  it('are counted by the worker threads too, and give the same site', async () => {
    const dir = tmp('worker-terms');
    shortCorpus(200, dir, 11);
    const { files } = await listSeeds(dir);
    const termTable = new TermTable();
    const stats = { workerBatches: 0, mainBatches: 0 };
    const results = await ingestInWorkers(files, emptyKnowledge, {
      workers: 2,
      mainThreadWorks: false,
      stats,
      termTable,
    });
    // Every batch in a worker (warm ones from the test above, or new ones).
    expect(stats).toMatchObject({ workerBatches: 8, mainBatches: 0 });
    expect(termTable.byFile.size).toBe(200);
    const [withTerms, without] = siteWithAndWithoutTerms({
      ...buildDataset(results),
      indexTerms: termTable.byFile,
    });
    expect(withTerms).toEqual(without);

    // A worker and the main thread, each with its own dictionary.
    const mixed = await createSeedIngestor(dir, { workers: 1, countIndexTerms: true }).full();
    expect(mixed.indexTerms?.size).toBe(200);
    const [mixedWithTerms, mixedWithout] = siteWithAndWithoutTerms(mixed);
    expect(mixedWithTerms).toEqual(mixedWithout);
    expect(mixedWithTerms).toEqual(without);
    // Fresh worker threads each load the whole ingest first: seconds each on a busy machine (as the test above).
  }, 120_000);

  it('carry no word pairs from the worker threads for more files than get pairs, and give the same site', async () => {
    const dir = tmp('worker-no-pairs');
    shortCorpus(200, dir, 12);
    const { files } = await listSeeds(dir);
    const termTable = new TermTable(150);
    termTable.expectFiles(files.length);
    // What the workers send: without expectFiles, their first batches would carry pairs the table then lets go.
    const sent: (Uint32Array | null)[] = [];
    const receive = termTable.receive.bind(termTable);
    termTable.receive = (sender, batchResults, batch) => {
      sent.push(batch?.pairs ?? null);
      receive(sender, batchResults, batch);
    };
    const results = await ingestInWorkers(files, emptyKnowledge, {
      workers: 2,
      mainThreadWorks: false,
      termTable,
    });
    termTable.completePairs(results);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((pairs) => pairs !== null)).toEqual([]);
    expect(termTable.byFile.size).toBe(200);
    expect([...termTable.byFile.values()].filter((counted) => counted.pairs)).toEqual([]);
    const options = { searchIndex: { pairMaxDocs: 150 } };
    const dataset = buildDataset(results);
    expect(buildSiteData({ ...dataset, indexTerms: termTable.byFile }, options)).toEqual(
      buildSiteData(dataset, options),
    );
  }, 120_000);

  it('follow an edited seed in `npm run dev`', async () => {
    const dir = tmp('incremental-terms');
    const a = write(dir, 'a.txt', article('First headline'));
    write(dir, 'b.txt', article('Second headline'));
    const ingestor = createSeedIngestor(dir, { countIndexTerms: true });
    await ingestor.full();
    write(
      dir,
      'a.txt',
      article('Edited headline', 'LONDON, Oct. 21 -- A new body about Antarctic research.'),
    );
    const after = await ingestor.update([a]);
    const [withTerms, without] = siteWithAndWithoutTerms(after);
    expect(withTerms).toEqual(without);
    expect([...withTerms.keys()].some((file) => file.startsWith('data/search/'))).toBe(true);

    // A seed that no longer holds an article keeps no terms.
    write(dir, 'a.txt', '');
    expect((await ingestor.update([a])).indexTerms?.has('a.txt')).toBe(false);
  });
});

describe('createSeedIngestor', () => {
  it('re-reads only the files it is told about, and handles added and removed files', async () => {
    const dir = tmp('incremental');
    const a = write(dir, 'a.txt', article('First headline'));
    const b = write(dir, 'sub/b.txt', article('Second headline'));
    const ingestor = createSeedIngestor(dir);
    const before = await ingestor.full();
    expect(before.articles.map((x) => x.title)).toEqual(['First headline', 'Second headline']);

    write(dir, 'a.txt', article('First headline, edited'));
    // b changes on disk too, but nobody reports it: the cached result must stay.
    write(dir, 'sub/b.txt', article('Second headline, unreported'));
    const c = write(dir, 'c.txt', article('Third headline'));
    const after = await ingestor.update([a, c]);
    // Sorted by file: a.txt, c.txt, sub/b.txt.
    expect(after.articles.map((x) => x.title)).toEqual([
      'First headline, edited',
      'Third headline',
      'Second headline',
    ]);
    // Ids do not move when other files change.
    expect(after.articles[2]!.id).toBe(before.articles[1]!.id);

    rmSync(b);
    const removed = await ingestor.update([b]);
    expect(removed.articles.map((x) => x.file)).toEqual(['a.txt', 'c.txt']);
  });

  it('drops a removed folder and re-ingests everything when people.json changes', async () => {
    const dir = tmp('incremental-2');
    write(dir, 'keep.txt', article('Keep'));
    write(dir, 'gone/x.txt', article('Gone'));
    const ingestor = createSeedIngestor(dir);
    await ingestor.full();
    rmSync(path.join(dir, 'gone'), { recursive: true });
    expect((await ingestor.update([path.join(dir, 'gone')])).articles.map((x) => x.file)).toEqual([
      'keep.txt',
    ]);

    const knowledge = write(dir, 'people.json', '{"people": [{"name": 1}]}');
    const updated = await ingestor.update([knowledge]);
    expect(updated.warnings).toEqual([
      { file: 'people.json', line: 1, message: expect.stringMatching(/no "name"/) },
    ]);
  });
});
