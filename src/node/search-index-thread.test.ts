import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../common/dataset.ts';
import { buildSiteData } from '../site/build-site-data.ts';
import { buildSearchIndex, pairSampleDocs, type IndexDoc } from '../site/search-index/build-search-index.ts';
import { TermTable, indexTextOf } from '../site/search-index/count-terms.ts';
import { testDataset } from '../site/test-dataset.ts';
import { packIndexDocs, startSearchIndexThread } from './search-index-thread.ts';
import { decodeDocs, unpackIndexDocs } from './search-index-worker.ts';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readout-search-thread-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The dataset with its index terms counted, as the build's ingest counts them. */
function countedDataset(): Dataset {
  const dataset = testDataset();
  const table = new TermTable();
  table.count(dataset.articles.map((article) => ({ file: article.file, article })));
  return { ...dataset, indexTerms: table.byFile };
}

describe('the search index thread', () => {
  it('writes the files buildSiteData makes on its own thread, with the build id of the other files', async () => {
    const dataset = countedDataset();
    const expected = buildSiteData(dataset);
    const thread = await startSearchIndexThread(dir);
    expect(thread).not.toBeNull();
    const emitted = new Map<string, string>();
    buildSiteData(dataset, { searchIndexElsewhere: thread!.start }, (file, text) => emitted.set(file, text));
    const written = await thread!.finished();

    const searchFiles = [...expected.keys()].filter((file) => file.startsWith('data/search/'));
    expect(searchFiles.length).toBeGreaterThan(5);
    expect([...written.paths].sort()).toEqual(searchFiles.sort());
    for (const file of searchFiles)
      expect(await fs.readFile(path.join(dir, file), 'utf8'), file).toBe(expected.get(file));
    // The other files are made here, unchanged, and the manifest's build id is the one meta.json names.
    expect(emitted).toEqual(new Map([...expected].filter(([file]) => !file.startsWith('data/search/'))));
    const meta = JSON.parse(expected.get('data/search/meta.json')!) as { buildId: string };
    expect(JSON.parse(emitted.get('data/manifest.json')!)).toMatchObject({ buildId: meta.buildId });
    expect(written.bytes).toBe(
      searchFiles.reduce((sum, file) => sum + Buffer.byteLength(expected.get(file)!), 0),
    );
  });

  it("lets each article's text go once its file is made, and writes the same files", async () => {
    const expected = buildSiteData(countedDataset());
    const dataset = countedDataset();
    const thread = await startSearchIndexThread(dir);
    const emitted = new Map<string, string>();
    buildSiteData(dataset, { searchIndexElsewhere: thread!.start, releaseArticleText: true }, (file, text) =>
      emitted.set(file, text),
    );
    const written = await thread!.finished();
    expect(emitted).toEqual(new Map([...expected].filter(([file]) => !file.startsWith('data/search/'))));
    for (const file of written.paths)
      expect(await fs.readFile(path.join(dir, file), 'utf8'), file).toBe(expected.get(file));
    expect(dataset.articles.every((a) => a.paragraphs.length === 0 && a.captions.length === 0)).toBe(true);
  });

  it('keeps the text for an index built on the same thread, which reads it after the article files', () => {
    const dataset = countedDataset();
    const files = buildSiteData(dataset, { releaseArticleText: true });
    expect(files).toEqual(buildSiteData(countedDataset()));
    expect(dataset.articles.every((a) => a.paragraphs.length > 0)).toBe(true);
  });

  it('writes the same files from documents sent in parts', async () => {
    const dataset = countedDataset();
    const expected = buildSiteData(dataset);
    // Parts of two documents ahead of the task, which carries the last ones.
    expect(dataset.articles.length).toBeGreaterThan(4);
    const thread = await startSearchIndexThread(dir, { partDocs: 2 });
    buildSiteData(dataset, { searchIndexElsewhere: thread!.start }, () => undefined);
    const written = await thread!.finished();
    const searchFiles = [...expected.keys()].filter((file) => file.startsWith('data/search/'));
    expect([...written.paths].sort()).toEqual(searchFiles.sort());
    for (const file of searchFiles)
      expect(await fs.readFile(path.join(dir, file), 'utf8'), file).toBe(expected.get(file));
  });

  it('resolves with nothing when it was never given documents', async () => {
    const thread = await startSearchIndexThread(dir);
    expect(await thread!.finished()).toEqual({ paths: [], bytes: 0, largest: null, error: null });
  });
});

describe('packIndexDocs', () => {
  /** The documents the thread reads from what packIndexDocs sends, and the task's last part. */
  const unpack = ({ parts, ...arrays }: ReturnType<typeof packIndexDocs>) =>
    unpackIndexDocs(
      { ...arrays, docs: parts.at(-1)!, outDir: dir, options: {} },
      parts.slice(0, -1).map(decodeDocs),
    );

  // More documents than the pair sample, with Chinese names in characters only in the body, some only in the
  // documents whose body is not sent.
  const docs = (): IndexDoc[] => {
    const table = new TermTable();
    const articles = Array.from({ length: pairSampleDocs + 40 }, (_, i) => ({
      file: `${i}.txt`,
      title: `Talks on trade ${i % 7}`,
      people: [{ name: 'Zhao Lin', aliases: [] }],
      dateline: { place: 'HARBIN' },
      paragraphs: [
        `Zhao Lin (赵林) held talks on trade and energy ${i % 11}.`,
        i >= pairSampleDocs ? 'Zhou Fang (周芳) and Li Ming (李明) attended.' : 'Officials attended.',
      ],
    }));
    table.count(articles.map((article) => ({ file: article.file, article })));
    return articles.map((article, i) => {
      const counted = table.byFile.get(article.file);
      return {
        ...indexTextOf(article),
        summary: {
          slug: `a-${i}`,
          title: article.title,
          date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
          place: 'Harbin',
          participants: [],
          countries: ['China'],
          excerpt: '',
        },
        people: ['zhao-lin'],
        personNames: ['Zhao Lin'],
        counted,
        hanNames: counted?.hanNames,
      };
    });
  };

  it('sends a counted document past the pair sample without its body, and the index is the same', () => {
    const original = docs();
    const expected = buildSearchIndex(original, 'build');
    expect(expected.get('data/search/meta.json')).toBeDefined();
    // With the Han names the ingest found, and with those found here from the body.
    for (const withNames of [true, false]) {
      const input = withNames ? original : original.map((doc) => ({ ...doc, hanNames: undefined }));
      const unpacked = unpack(packIndexDocs(input));
      expect(unpacked[pairSampleDocs - 1]!.body).toEqual(original[pairSampleDocs - 1]!.body);
      expect(unpacked[pairSampleDocs]!.body).toEqual([]);
      expect(unpacked[pairSampleDocs]!.hanNames).toEqual(['赵林', '周芳', '李明']);
      expect(buildSearchIndex(unpacked, 'build')).toEqual(expected);
    }
  });

  it('sends every field of a document as it was, in parts, with its list row in the same key order', () => {
    // Invented documents with what the encoding must keep apart: null places and countries, a person without a
    // country, other names, a row title unlike the document's, no Han names, text in two-byte characters.
    const docs: IndexDoc[] = [
      {
        title: 'Mira Tollen meets Osei Brandt',
        names: ['Mira Tollen', 'Osei Brandt', 'Tollen'],
        place: 'VELDA',
        body: ['Mira Tollen met Osei Brandt in Velda on Monday.'],
        summary: {
          slug: '2024-03-01-mira-tollen-meets-osei-brandt',
          title: 'Mira Tollen meets Osei Brandt',
          date: '2024-03-01',
          place: 'Velda',
          participants: [
            { slug: 'mira-tollen', name: 'Mira Tollen', country: 'Norway' },
            { slug: 'osei-brandt', name: 'Osei Brandt', country: null },
          ],
          countries: ['Norway'],
          excerpt: '“Mira Tollen met Osei Brandt…”',
        },
        people: ['mira-tollen', 'osei-brandt'],
        personNames: ['Mira Tollen', 'Osei Brandt'],
        otherNames: ['Mirah Tollen'],
        hanNames: [],
      },
      {
        title: 'Talks in 赵城',
        names: [],
        place: '',
        body: [],
        summary: {
          slug: '2024-02-01-talks',
          title: 'Talks, shown otherwise',
          date: '',
          place: null,
          participants: [],
          countries: [],
          excerpt: '',
        },
        people: [],
        hanNames: ['赵城'],
      },
    ];
    const unpacked = unpack(packIndexDocs([...docs, ...docs, docs[0]!], true, 2));
    expect(unpacked).toEqual([...docs, ...docs, docs[0]!]);
    expect(unpacked.map((doc) => JSON.stringify(doc.summary))).toEqual(
      [...docs, ...docs, docs[0]!].map((doc) => JSON.stringify(doc.summary)),
    );
  });

  it('sends the body of a document whose terms were not counted', () => {
    const uncounted = docs().map((doc) => ({ ...doc, counted: undefined, hanNames: undefined }));
    const packed = packIndexDocs(uncounted);
    expect(packed.counts.length).toBe(0);
    const unpacked = unpack(packed);
    expect(unpacked[pairSampleDocs + 1]!.body).toEqual(uncounted[pairSampleDocs + 1]!.body);
    expect(buildSearchIndex(unpacked, 'build')).toEqual(buildSearchIndex(uncounted, 'build'));
  });
});
