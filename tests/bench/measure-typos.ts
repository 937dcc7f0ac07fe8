// npx tsx tests/bench/measure-typos.ts DIR [--write OUT]
// How many round trips and gzipped bytes a one-typo search takes in a large archive, through the real engine with
// files answered in waves as over a network (`searchInWaves`, as the unit tests count them: every file asked for
// while none of the previous ones has arrived is one round trip; meta.json at hand, as the box loads it on focus;
// each file counted once). DIR is a seeds folder (ingested and indexed here; --write OUT keeps its data/search/ for
// the next run) or a folder holding data/search/ (a built site, or an OUT). The sample is session 20's: 40 words
// among the 1,000 most frequent, 40 ranked 1,000–40,000 in five documents or more and 40 in fewer than five, each
// with nine typos (letters swapped, one left out, one added, one changed, early (second letter) and late (next to
// last), and the first letter changed); then the rarer words themselves, typed right. A PRERENDER=shell build's
// packed files are read out of their packs, and a search pays for each whole pack it reads, once.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packOf } from '../../src/common/data-packs.ts';
import { searchPaths } from '../../src/common/paths.ts';
import { decodeDirectory, type SearchMeta } from '../../src/common/search-text.ts';
import { decodeWordList } from '../../src/common/search-typos.ts';
import { searchInWaves } from '../../src/features/search/search-waves.ts';
import { readSearchParams } from '../../src/features/search/search-params.ts';
import { ingestFolder } from '../../src/node/load-seeds.ts';
import { runIfMain } from '../../src/node/run-main.ts';
import { buildSiteData } from '../../src/site/build-site-data.ts';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const quantile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? 0;
const kb = (values: number[]) =>
  `${(quantile(values, 0.5) / 1024).toFixed(1)} / ${(quantile(values, 0.95) / 1024).toFixed(1)} / ${(Math.max(...values) / 1024).toFixed(1)}`;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/**
 * The index files by path (and the names of a folder's files), read and gzipped once each; with `packed`, a packed
 * file is its pack's entry, and what a search downloads is the pack.
 */
function indexSource(
  files: (path: string) => string | null,
  list: (folder: string) => string[],
  packed = false,
) {
  const parsed = new Map<string, unknown>();
  const sizes = new Map<string, number>();
  const fileOf = (path: string) => (packed ? (packOf(path) ?? path) : path);
  const read = (file: string): unknown => {
    if (!parsed.has(file)) {
      const text = files(file);
      if (text === null) throw new Error(`no file ${file}`);
      parsed.set(file, JSON.parse(text));
    }
    return parsed.get(file);
  };
  const gzOf = (file: string): number => {
    if (!sizes.has(file)) sizes.set(file, gz(files(file) ?? ''));
    return sizes.get(file)!;
  };
  return {
    text: files,
    list,
    parse: (path: string): unknown => {
      const file = fileOf(path);
      if (file === path) return read(path);
      const entries = read(file) as Record<string, unknown>;
      if (!Object.hasOwn(entries, path)) throw new Error(`no file ${path}`);
      return entries[path];
    },
    gz: (path: string): number => gzOf(fileOf(path)),
    /** Gzipped bytes of the files (packs counted once) that serve these paths. */
    bytes: (paths: readonly string[]): number =>
      [...new Set(paths.map(fileOf))].reduce((sum, file) => sum + gzOf(file), 0),
  };
}
type Source = ReturnType<typeof indexSource>;

interface Typo {
  group: 'top' | 'mid' | 'rare';
  word: string;
  kind: string;
  typo: string;
  to: string;
  trips: number;
  bytes: number;
}

/** Session 20's sample of typos (see the header). */
function sampleTypos(all: Map<string, number>): Omit<Typo, 'to' | 'trips' | 'bytes'>[] {
  const ranked = [...all].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const pick = (list: [string, number][], n: number) => {
    const ok = list.filter(([w]) => /^[a-z]+$/.test(w) && w.length >= 6);
    return Array.from({ length: n }, (_, i) => ok[Math.floor((i * ok.length) / n)]![0]);
  };
  const groups = {
    top: pick(ranked.slice(0, 1000), 40),
    mid: pick(
      ranked.slice(1000, 40000).filter(([, df]) => df >= 5),
      40,
    ),
    rare: pick(
      ranked.filter(([, df]) => df < 5),
      40,
    ),
  };
  const other = (c: string) => (c === 'e' ? 'a' : 'e');
  const out: Omit<Typo, 'to' | 'trips' | 'bytes'>[] = [];
  for (const group of ['top', 'mid', 'rare'] as const)
    for (const w of groups[group]) {
      const n = w.length;
      const typos: [string, string][] = [
        ['swap-early', w[0]! + w[2] + w[1] + w.slice(3)],
        ['left-out-early', w[0]! + w.slice(2)],
        ['added-early', `${w[0]}e${w.slice(1)}`],
        ['changed-early', w[0]! + other(w[1]!) + w.slice(2)],
        ['first', (w[0] === 'q' ? 'x' : 'q') + w.slice(1)],
        ['swap-late', w.slice(0, n - 2) + w[n - 1] + w[n - 2]],
        ['left-out-late', w.slice(0, n - 2) + w.slice(n - 1)],
        ['added-late', `${w.slice(0, n - 1)}e${w.slice(n - 1)}`],
        ['changed-late', w.slice(0, n - 2) + other(w[n - 2]!) + w.slice(n - 1)],
      ];
      for (const [kind, typo] of typos) if (!all.has(typo)) out.push({ group, word: w, kind, typo });
    }
  return out;
}

const isEarly = (kind: string) => !kind.endsWith('-late');

function summarize(label: string, typos: readonly Typo[]): string {
  const trips = typos.map((t) => t.trips);
  const hist = [1, 2, 3, 4].map((k) => trips.filter((t) => t === k).length).join('/');
  return `${label.padEnd(34)} ${String(typos.length).padStart(4)}  round trips ${mean(trips).toFixed(2)} (1/2/3/4: ${hist})  KB gz median / p95 / max ${kb(typos.map((t) => t.bytes))}`;
}

async function main(argv: string[]): Promise<number> {
  const dir = argv[0];
  if (!dir) {
    process.stderr.write('usage: measure-typos.ts DIR [--write OUT] [--code KB]\n');
    return 2;
  }
  const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  let source: Source;
  if (existsSync(join(dir, searchPaths.meta()))) {
    source = indexSource(
      (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : null),
      (folder) => readdirSync(join(dir, folder)),
      existsSync(join(dir, 'data/packs')),
    );
  } else {
    const files = new Map<string, string>();
    buildSiteData(await ingestFolder(dir), {}, (path, text) => {
      if (path.startsWith('data/search/')) files.set(path, text);
    });
    const out = option('--write');
    for (const [path, text] of out ? files : []) {
      mkdirSync(dirname(join(out!, path)), { recursive: true });
      writeFileSync(join(out!, path), text);
    }
    source = indexSource(
      (path) => files.get(path) ?? null,
      (folder) =>
        [...files.keys()].filter((p) => p.startsWith(`${folder}/`)).map((p) => p.slice(folder.length + 1)),
    );
  }
  const meta = source.parse(searchPaths.meta()) as SearchMeta;
  const all = new Map<string, number>();
  for (const name of source.list('data/search/words').filter((n) => n.startsWith('p')))
    for (const [w, df] of decodeWordList((source.parse(`data/search/words/${name}`) as [string])[0]))
      all.set(w, df);
  const typos: Typo[] = [];
  for (const t of sampleTypos(all)) {
    const { result, waves } = await searchInWaves(
      source.parse,
      readSearchParams(new URLSearchParams({ q: t.typo })),
      { facetLists: false },
    );
    const bytes = source.bytes(waves.flat());
    typos.push({ ...t, to: result.corrections[0]?.to ?? '', trips: waves.length, bytes });
  }
  const corrected = typos.filter((t) => t.to);
  const rarer = corrected.filter((t) => t.group !== 'top');
  console.log(
    `${meta.docCount} articles, ${decodeDirectory(meta.shards).length} shards; meta.json ${(source.gz(searchPaths.meta()) / 1024).toFixed(1)} KB gz (not counted below)`,
  );
  console.log(
    summarize(
      'among the 1,000 most frequent',
      corrected.filter((t) => t.group === 'top'),
    ),
  );
  console.log(summarize('rarer (ranked 1,000-40,000 or <5)', rarer));
  console.log(
    summarize(
      '  of those, a late edit',
      rarer.filter((t) => !isEarly(t.kind)),
    ),
  );
  console.log(
    summarize(
      '  of those, an early edit',
      rarer.filter((t) => isEarly(t.kind)),
    ),
  );
  // The rarer words themselves, searched at once as typed correctly.
  const words: Typo[] = [];
  for (const word of new Set(typos.filter((t) => t.group !== 'top').map((t) => t.word))) {
    const { waves } = await searchInWaves(source.parse, readSearchParams(new URLSearchParams({ q: word })), {
      facetLists: false,
    });
    words.push({
      group: 'rare',
      word,
      kind: '',
      typo: word,
      to: word,
      trips: waves.length,
      bytes: source.bytes(waves.flat()),
    });
  }
  console.log(summarize('the rarer words typed correctly', words));
  // Issue 4's budget counts everything a first search downloads: with the search code's gzipped size given (the
  // chunks it loads, summed as DESIGN.md does), the worst of them all in all.
  const code = option('--code');
  if (code !== undefined) {
    const fixed = source.gz(searchPaths.meta()) + Number(code) * 1024;
    const all = [...typos, ...words].map((t) => ({ typo: t.typo, total: t.bytes + fixed }));
    const worst = all.reduce((x, y) => (y.total > x.total ? y : x));
    const over = all.filter((t) => t.total > 100 * 1024).length;
    console.log(
      `in all with meta.json and ${code} KB of code: worst ${(worst.total / 1024).toFixed(2)} KB (${worst.typo}), ${over} of ${all.length} over 100 KB`,
    );
  }
  return 0;
}

runIfMain(import.meta.url, main);
