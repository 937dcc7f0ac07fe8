// npx tsx tests/bench/measure-first-search.ts DIR [--old-scopes] — a first search with everything counted (issue 4:
// 100 KB gz in all), through the real engine as the results page runs it: the run that paints the rows, the run that
// counts the person and country facets where those need lists, and, for a deep link with filters, each selected
// facet's scope (the same search without it; see facetScope). DIR is a built site; a PRERENDER=shell build's packed
// files cost their whole pack, once, and "own files" prices the same reads as a full build's files. Each file is
// gzipped once at level 9; `meta.json` and the search code (the built chunks a first search adds, and the exact
// counting's chunk where a run counted with lists) are added. The searches: the bench's queries, and dates of the
// archive (2016, 2020 and 2023 where it has them) with their most and tenth most frequent person and country, June
// with the first country, the year with the first person and country, and `summit` with the year and country; four
// words with a year and a country, and each in its year alone; the bench's word pair in each year; the first year's
// most and tenth most mentioned people by full name, by the name's first and last word, and by full name in that year.
// --old-scopes runs the scopes as before session 30 (each scope's whole search, rows included); --shown prints each
// search's rows and facets as shown, to compare two builds or engines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { packOf } from '../../src/common/data-packs.ts';
import { packedSource } from '../../src/common/fetch-json.ts';
import { searchPaths } from '../../src/common/paths.ts';
import type { DateFacets, SearchMeta } from '../../src/common/search-text.ts';
import { runSearch } from '../../src/features/search/search-engine.ts';
import type { SearchParamsState } from '../../src/features/search/search-params.ts';
import { facetScope } from '../../src/features/search/result-queries.ts';
import { countsNeedLists } from '../../src/features/search/scoped-facets.ts';
import { runIfMain } from '../../src/node/run-main.ts';
import { builtFileReader } from './measure.ts';
import { QUERIES } from './queries.ts';

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A cold browser against the built folder: each file read once; bytes so far, as packs and as own files. */
function coldReader(root: string) {
  const downloaded = new Map<string, number>();
  const own = new Map<string, number>();
  const read = builtFileReader(root, downloaded, gz);
  // A full build writes no packs: its files are read as they are.
  const packed = existsSync(`${root}/data/packs`) ? packedSource(read) : read;
  return {
    load: async (path: string) => {
      const value = await packed(path);
      if (!own.has(path))
        own.set(path, packOf(path) === null ? downloaded.get(path)! : gz(JSON.stringify(value)));
      return value;
    },
    bytes: () => ({
      packed: [...downloaded.values()].reduce((a, b) => a + b, 0),
      own: [...own.values()].reduce((a, b) => a + b, 0),
    }),
  };
}

/** The gzipped bytes of the built chunks whose names start with one of these. */
function chunkBytes(root: string, names: readonly string[]): number {
  return readdirSync(`${root}/assets`)
    .filter((file) => file.endsWith('.js') && names.some((name) => file.startsWith(`${name}-`)))
    .reduce((sum, file) => sum + gz(readFileSync(`${root}/assets/${file}`)), 0);
}

async function measure(
  root: string,
  params: SearchParamsState,
  oldScopes: boolean,
  code: number,
  counting: number,
) {
  const reader = coldReader(root);
  await reader.load(searchPaths.meta());
  const meta = reader.bytes();
  const result = await runSearch(params, reader.load, { facetLists: false });
  const results = reader.bytes();
  let lists = countsNeedLists(result);
  const counted = lists ? await runSearch(params, reader.load, { facetLists: true }) : result;
  const facets = reader.bytes();
  // A word pair's counts come with its page (session 31): that run reads no file and loads no counting code.
  if (facets.packed === results.packed) lists = false;
  for (const name of ['person', 'country', 'year', 'month'] as const) {
    const scope = facetScope(params, name);
    if (!scope) continue;
    const dated = name === 'year' || name === 'month';
    const base = await runSearch(
      scope,
      reader.load,
      oldScopes ? { facetLists: false } : { facetLists: false, rows: false, matches: dated },
    );
    if (!dated && countsNeedLists(base)) {
      lists = true;
      await runSearch(
        scope,
        reader.load,
        oldScopes ? { facetLists: true } : { facetLists: true, rows: false, matches: dated },
      );
    }
  }
  const all = reader.bytes();
  const part = (kind: 'packed' | 'own') => ({
    results: results[kind] - meta[kind],
    facets: facets[kind] - results[kind],
    scopes: all[kind] - facets[kind],
    inAll: all[kind] + code + (lists ? counting : 0),
  });
  const { people, countries } = counted.facets;
  const shown = {
    hits: result.hits.map((hit) => hit.slug),
    people,
    countries,
    years: counted.facets.years,
    mayMiss: counted.facetsMayMiss,
  };
  return { total: result.total, meta: meta.packed, shell: part('packed'), full: part('own'), shown };
}

async function main(argv: string[]): Promise<number> {
  const root = argv.find((a) => !a.startsWith('--'));
  if (!root) {
    process.stderr.write('usage: tests/bench/measure-first-search.ts DIR [--old-scopes] [--shown]\n');
    return 2;
  }
  const oldScopes = argv.includes('--old-scopes');
  const code = chunkBytes(root, [
    'search-engine',
    'search-results',
    'search-text',
    'page-parts',
    'highlighted-text',
  ]);
  const counting = chunkBytes(root, ['facet-counts']);
  const meta = JSON.parse(readFileSync(`${root}/${searchPaths.meta()}`, 'utf8')) as SearchMeta;
  const base = { q: '', person: null, with: null, country: null, year: null, month: null, page: 1 };
  const searches: [string, SearchParamsState][] = QUERIES.map((query) => [
    query.label,
    { ...base, q: query.q },
  ]);
  const known = meta.years.map(([year]) => year);
  const years = ['2016', '2020', '2023'].filter((y) => known.includes(y));
  for (const year of years.length ? years : [known[known.length - 1]!, known[0]!]) {
    const facets = (
      JSON.parse(readFileSync(`${root}/${searchPaths.dateFacets(year)}`, 'utf8')) as DateFacets
    )[year]!;
    const [p1, p10] = [facets.p[0]!, facets.p[9] ?? facets.p.at(-1)!];
    const [c1, c10] = [facets.c[0]!, facets.c[9] ?? facets.c.at(-1)!];
    searches.push(
      [`${year} + ${p1[1]}`, { ...base, year, person: p1[0] }],
      [`${year} + ${p10[1]}`, { ...base, year, person: p10[0] }],
      [`${year} + ${c1[0]}`, { ...base, year, country: c1[0] }],
      [`${year} + ${c10[0]}`, { ...base, year, country: c10[0] }],
      [`${year}-06 + ${c1[0]}`, { ...base, year, month: `${year}-06`, country: c1[0] }],
      [`${year} + ${p1[1]} + ${c1[0]}`, { ...base, year, person: p1[0], country: c1[0] }],
      [`summit + ${year} + ${c1[0]}`, { ...base, q: 'summit', year, country: c1[0] }],
    );
  }
  // budget34's words with a year and a country, and each word in its year alone (budget35).
  for (const [q, year, country] of [
    ['cooperation', '2016', 'China'],
    ['trade', '2023', 'China'],
    ['meeting', '2020', 'Russia'],
    ['talks', '2023', 'Japan'],
  ] as const) {
    if (!known.includes(year)) continue;
    searches.push([`${q} + ${year} + ${country}`, { ...base, q, year, country }]);
    searches.push([`${q} + ${year}`, { ...base, q, year }]);
  }
  // The bench's word pair in each year (budget38): its counts and, since budget39, its first page from its page's years.
  for (const year of years)
    searches.push([`climate change + ${year}`, { ...base, q: 'climate change', year }]);
  // A person's name as a first search (budget36): the first year's most and tenth most mentioned, by full name, by
  // the name's first and last word (the surname, whichever order the name has), and by full name in that year.
  const first = (years.length ? years : [known[0]!])[0]!;
  const { p } = (JSON.parse(readFileSync(`${root}/${searchPaths.dateFacets(first)}`, 'utf8')) as DateFacets)[
    first
  ]!;
  for (const [, name] of [p[0]!, p[9] ?? p.at(-1)!]) {
    const words = name.split(' ');
    searches.push(
      [name, { ...base, q: name }],
      ...[...new Set([words[0]!, words.at(-1)!])].map((word): [string, SearchParamsState] => [
        word,
        { ...base, q: word },
      ]),
      [`${name} + ${first}`, { ...base, q: name, year: first }],
    );
  }
  process.stdout.write(
    `code ${kb(code)} KB gz (+ exact counting ${kb(counting)} KB where lists are read)\n` +
      'search | matches | shell: results (+meta) / facets / scopes / in all | full: results / facets / scopes / in all\n',
  );
  for (const [label, params] of searches) {
    const m = await measure(root, params, oldScopes, code, counting);
    const row = (p: typeof m.shell) =>
      `${kb(p.results + m.meta)} / ${kb(p.facets)} / ${kb(p.scopes)} / ${kb(p.inAll)}${p.inAll > 100 * 1024 ? ' OVER' : ''}`;
    process.stdout.write(`${label} | ${m.total} | ${row(m.shell)} | ${row(m.full)}\n`);
    // --shown: what the page shows (rows, facets), to compare two builds' or two engines' results.
    if (argv.includes('--shown')) process.stdout.write(`  ${JSON.stringify(m.shown)}\n`);
  }
  return 0;
}

runIfMain(import.meta.url, main);
