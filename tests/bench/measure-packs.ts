// npx tsx tests/bench/measure-packs.ts DIR — what a PRERENDER=shell build's packs (src/common/data-packs.ts) cost a
// reader: gzipped bytes of the data an article view, a person view and a first search (the bench's queries, run
// through the real search engine) download through the packs, against the same entries as files of their own.
import { gzipSync } from 'node:zlib';
import { packOf } from '../../src/common/data-packs.ts';
import { packedSource } from '../../src/common/fetch-json.ts';
import { dataPaths, searchPaths } from '../../src/common/paths.ts';
import type { PeopleIndexPage } from '../../src/common/site-data.ts';
import type { SearchMeta } from '../../src/common/search-text.ts';
import { runSearch } from '../../src/features/search/search-engine.ts';
import { runIfMain } from '../../src/node/run-main.ts';
import { builtFileReader } from './measure.ts';
import { QUERIES } from './queries.ts';

const gz = (data: string | Buffer) => gzipSync(data).length;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? 0;
const p95 = (values: number[]) => sorted(values)[Math.floor(values.length * 0.95)] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A cold browser against the built folder: every file read once, through the packs as the app reads them. */
function coldReader(root: string) {
  const downloaded = new Map<string, number>();
  const asked = new Set<string>();
  const packed = packedSource(builtFileReader(root, downloaded, gz));
  return {
    load: async (path: string) => {
      const value = await packed(path);
      asked.add(path);
      return value;
    },
    packedBytes: () => [...downloaded.values()].reduce((sum, bytes) => sum + bytes, 0),
    /** The same reads if each packed entry were its own file. */
    ownFileBytes: async () => {
      let sum = 0;
      for (const path of asked)
        sum += packOf(path) === null ? downloaded.get(path)! : gz(JSON.stringify(await packed(path)));
      return sum;
    },
  };
}

async function views(root: string, label: string, slugs: string[], paths: (slug: string) => string[]) {
  const packed: number[] = [];
  const own: number[] = [];
  for (const slug of slugs) {
    const reader = coldReader(root);
    for (const path of paths(slug)) await reader.load(path);
    packed.push(reader.packedBytes());
    own.push(await reader.ownFileBytes());
  }
  return `${label.padEnd(16)} packed median ${kb(median(packed))}, p95 ${kb(p95(packed))}; as own files median ${kb(median(own))}`;
}

async function main(argv: string[]): Promise<number> {
  const root = argv[0];
  if (!root) {
    process.stderr.write('usage: tests/bench/measure-packs.ts DIR (a PRERENDER=shell build)\n');
    return 2;
  }
  // 200 articles spread over the archive (the first row of evenly spaced chunks of the search doc store).
  const sample = coldReader(root);
  const meta = (await sample.load(searchPaths.meta())) as SearchMeta;
  const chunks = Math.ceil(meta.docCount / meta.docChunkSize);
  const articles: string[] = [];
  for (let i = 0; i < 200; i++) {
    const rows = (await sample.load(searchPaths.docs(Math.floor((i * chunks) / 200)))) as { slug: string }[];
    if (rows[0]) articles.push(rows[0].slug);
  }
  const index = (await sample.load(dataPaths.peopleIndexPage(1))) as PeopleIndexPage;
  const lines = [
    await views(root, 'article view', [...new Set(articles)], (slug) => [dataPaths.article(slug)]),
    await views(
      root,
      'person view',
      index.people.map((person) => person.slug),
      (slug) => [dataPaths.person(slug), dataPaths.personArticles(slug, 1)],
    ),
  ];
  const packed: number[] = [];
  const own: number[] = [];
  const rows: string[] = [];
  for (const query of QUERIES) {
    const reader = coldReader(root);
    await runSearch({ q: query.q, person: null, country: null, year: null, page: 1 }, reader.load);
    packed.push(reader.packedBytes());
    own.push(await reader.ownFileBytes());
    rows.push(`  ${query.label.padEnd(16)} packed ${kb(packed.at(-1)!)}, as own files ${kb(own.at(-1)!)}`);
  }
  lines.push(
    `${'first search'.padEnd(16)} packed median ${kb(median(packed))}, max ${kb(Math.max(...packed))}; ` +
      `as own files median ${kb(median(own))}, max ${kb(Math.max(...own))}`,
    ...rows,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

runIfMain(import.meta.url, main);
