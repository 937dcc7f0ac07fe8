// Measures the search index against MiniSearch on synthetic datasets built in memory (no files needed):
//   npx tsx tests/bench/measure-search.ts [10000 100000 ...] [--no-minisearch] [--pairs | --no-pairs]
// (--pairs: index word pairs for quoted phrases at any size; --no-pairs: at none; default: up to 20,000 articles)
// Prints index size, shard count, directory bytes, and the bytes a set of queries fetches (gzipped, as a static
// host would send them) through the real browser engine with a cold cache.
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import type { Article, Dataset, Person } from '../../src/common/dataset.ts';
import { buildSiteData } from '../../src/site/build-site-data.ts';
import { runSearch } from '../../src/features/search/search-engine.ts';
import { tokenize } from '../../src/common/search-text.ts';
import { createRng as rng } from '../../src/node/gen-corpus.ts';

// ---- a deterministic synthetic wire corpus ------------------------------------------------------------------------
const common = `china cooperation minister foreign president said talks meeting trade development economic
  relations bilateral countries international security summit agreement government people world visit support
  peace region global partnership investment policy leaders held both sides further strengthen exchanges
  friendship council united nations official spokesman press conference growth energy climate market
  financial project infrastructure initiative defense military prime state national party congress`.split(
  /\s+/,
);
const syllables =
  'ba be bi bo bu ca ce co da de di do fa fe fi ga ge go ha he hi ka ke ki ko la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi za ze zo'.split(
    ' ',
  );
const surnames = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Kissinger',
  'Lavrov',
  'Blinken',
  'Guterres',
  'Modi',
  'Macron',
  'Scholz',
  'Putin',
  'Lula',
  'Ramaphosa',
  'Erdogan',
  'Kishida',
  'Albanese',
  'Trudeau',
];
const given = [
  'Yi',
  'Qiang',
  'Henry',
  'Sergei',
  'Antony',
  'Antonio',
  'Narendra',
  'Emmanuel',
  'Olaf',
  'Vladimir',
  'Luiz',
  'Cyril',
  'Recep',
  'Fumio',
  'Anthony',
  'Justin',
  'Jinping',
  'Wei',
  'Hua',
  'Ming',
];
const countries = [
  'China',
  'United States',
  'Russia',
  'France',
  'Germany',
  'India',
  'Brazil',
  'South Africa',
  'Turkey',
  'Japan',
  'Australia',
  'Canada',
  'Egypt',
  'Kenya',
  'Chile',
  'Vietnam',
];
const places = [
  'BEIJING',
  'WASHINGTON',
  'MOSCOW',
  'PARIS',
  'BERLIN',
  'NEW DELHI',
  'BRASILIA',
  'PRETORIA',
  'ANKARA',
  'TOKYO',
  'CANBERRA',
  'OTTAWA',
  'CAIRO',
  'NAIROBI',
  'SANTIAGO',
  'HANOI',
];

export function syntheticDataset(count: number, seed = 1): Dataset {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  // A Zipf-like vocabulary: a few thousand frequent words, a long tail of rare ones (grows with the corpus).
  const vocabulary = Array.from({ length: Math.max(5000, count / 2) }, (_, i) => {
    let w = '';
    let n = i + 7;
    do {
      w += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length);
    } while (n > 0);
    return w + (i % 3 === 0 ? 'tion' : i % 3 === 1 ? 'er' : 'ing');
  });
  const zipf = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
  const people: { id: string; name: string; country: string }[] = [];
  for (let i = 0; i < Math.max(200, count / 20); i++) {
    const name = `${pick(given)} ${pick(surnames)}${i >= 400 ? ` ${vocabulary[i % vocabulary.length]!.replace(/^./, (c) => c.toUpperCase())}` : ''}`;
    people.push({ id: `p${i}-${name.toLowerCase().replace(/\W+/g, '-')}`, name, country: pick(countries) });
  }
  people.push({ id: 'xi-jinping', name: '习近平', country: 'China' });
  const personArticles = new Map<string, string[]>();
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2010 + Math.floor(random() * 15);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const cast = Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => people[Math.floor(people.length * random() ** 2)]!,
    );
    const sentence = () => {
      const words = Array.from({ length: 12 + Math.floor(random() * 14) }, () =>
        random() < 0.55 ? pick(common) : zipf(),
      );
      if (random() < 0.4) words.splice(3, 0, pick(cast).name);
      const s = words.join(' ');
      return s.charAt(0).toUpperCase() + s.slice(1) + '.';
    };
    const paragraphs = Array.from({ length: 6 + Math.floor(random() * 4) }, () =>
      Array.from({ length: 3 }, sentence).join(' '),
    );
    const title = `${cast[0]!.name} ${Array.from({ length: 6 }, () => (random() < 0.5 ? pick(common) : zipf())).join(' ')}`;
    const id = `a${String(i).padStart(6, '0')}`;
    const unique = [...new Map(cast.map((p) => [p.id, p])).values()];
    for (const p of unique) personArticles.set(p.id, [...(personArticles.get(p.id) ?? []), id]);
    articles.push({
      id,
      slug: `${date}-${id}`,
      file: `${id}.txt`,
      date,
      title,
      titleDerived: false,
      source: 'Xinhua',
      publishedTime: null,
      dateline: { place: pick(places), date: null },
      paragraphs,
      captions: [],
      people: unique.map((p, k) => ({
        id: p.id,
        name: p.name,
        aliases: p.name.includes(' ') ? [p.name.split(' ')[1]!] : [],
        roles: ['Foreign Minister'],
        country: p.country,
        participant: k < 2,
      })),
      organizations: [],
      places: [],
    });
  }
  const persons: Person[] = people
    .filter((p) => personArticles.has(p.id))
    .map((p) => ({
      id: p.id,
      name: p.name,
      aliases: [],
      roles: [],
      countries: [p.country],
      articleIds: personArticles.get(p.id)!,
    }));
  return { articles, people: persons, warnings: [] };
}

// ---- measurement -------------------------------------------------------------------------------------------------
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const measureQueries = [
  { label: 'common word', q: 'cooperation' },
  { label: 'two words', q: 'trade summit' },
  { label: 'rare word', q: '' }, // filled from the vocabulary tail
  { label: 'full name', q: 'henry kissinger' },
  { label: 'surname', q: 'kissinger' },
  { label: '3-letter prefix', q: 'kis' },
  { label: 'one typo', q: 'cooperatoin' },
  { label: 'swapped letters', q: 'kissinegr' },
  { label: 'Chinese name', q: '习近平' },
  { label: 'name + filter', q: 'lavrov', country: 'Russia' },
  { label: 'quoted name', q: '"henry kissinger"' },
  { label: 'quoted words', q: '"trade summit"' },
];

async function measure(count: number, withMiniSearch: boolean, pairMaxDocs?: number) {
  const dataset = syntheticDataset(count);
  const tTok = performance.now();
  let tokens = 0;
  for (const a of dataset.articles) for (const p of a.paragraphs) tokens += tokenize(p).length;
  const tokenizeMs = performance.now() - tTok;
  const memBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const files = buildSiteData(dataset, pairMaxDocs === undefined ? {} : { searchIndex: { pairMaxDocs } });
  const buildMs = performance.now() - t0;
  const searchFiles = [...files.entries()].filter(([p]) => p.startsWith('data/search/'));
  let indexRaw = 0;
  let shardCount = 0;
  let maxShard = 0;
  let pairFiles = 0;
  let pairRaw = 0;
  let pairGz = 0;
  let maxPairGz = 0;
  for (const [path, text] of searchFiles) {
    if (path.startsWith('data/search/pairs/')) {
      pairFiles++;
      pairRaw += text.length;
      const size = gz(text);
      pairGz += size;
      maxPairGz = Math.max(maxPairGz, size);
    }
    if (!path.startsWith('data/search/docs/')) indexRaw += text.length;
    if (path.startsWith('data/search/shards/')) {
      shardCount++;
      maxShard = Math.max(maxShard, text.length);
    }
  }
  const sample = searchFiles.filter(([p]) => !p.startsWith('data/search/docs/'));
  let indexGz = 0;
  const step = Math.max(1, Math.floor(sample.length / 2000));
  for (let i = 0; i < sample.length; i += step) indexGz += gz(sample[i]![1]);
  indexGz *= step;
  const meta = files.get('data/search/meta.json')!;

  // The vocabulary's long words are its rare tail.
  const rare = dataset.articles[Math.floor(count / 2)]!.paragraphs.join(' ')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => !common.includes(w))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
  console.log(`\n## ${count.toLocaleString('en')} articles`);
  console.log(
    `build (whole site data) ${(buildMs / 1000).toFixed(1)} s, +${Math.round((process.memoryUsage().rss - memBefore) / 1e6)} MB RSS; ` +
      `${files.size.toLocaleString('en')} files; tokenizing the bodies alone: ${(tokenizeMs / 1000).toFixed(1)} s (${tokens.toLocaleString('en')} tokens)`,
  );
  console.log(
    `search index (without doc store): ${kb(indexRaw)} raw, ~${kb(indexGz)} gz; ${shardCount} shards (largest ${kb(maxShard)} raw); ` +
      `meta with the directory of shards ${kb(gz(meta))} gz`,
  );
  console.log(
    pairFiles
      ? `of which pairs (quoted phrases): ${pairFiles.toLocaleString('en')} files, ${kb(pairRaw)} raw, ${kb(pairGz)} gz (largest ${kb(maxPairGz)} gz)`
      : 'no pairs indexed (quoted phrases match their words)',
  );
  console.log(
    '| query | q | hits | files (cold) | KB gz (cold) | of which doc store | KB gz (after "kissinger") | ms |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  // Like react-query's cache: each file is fetched once, concurrent requests share one fetch.
  const run = async (q: string, country: string | null, cache = new Map<string, unknown>()) => {
    const fetched: string[] = [];
    const load = (path: string) => {
      if (!cache.has(path)) {
        const text = files.get(path);
        if (text === undefined) throw new Error(`missing ${path}`);
        fetched.push(path);
        cache.set(path, Promise.resolve(JSON.parse(text)));
      }
      return cache.get(path) as Promise<unknown>;
    };
    const t = performance.now();
    const result = await runSearch({ q, person: null, country, year: null, page: 1 }, load);
    const bytesOf = (paths: string[]) => paths.reduce((s, p) => s + gz(files.get(p)!), 0);
    const docs = bytesOf(fetched.filter((p) => p.startsWith('data/search/docs/')));
    if (process.env.VERBOSE) console.log(q, fetched.map((p) => `${p} ${gz(files.get(p)!)}`).join('\n  '));
    return { result, ms: performance.now() - t, fetched, bytes: bytesOf(fetched), docs };
  };
  const rows = [];
  for (const query of measureQueries) {
    const q = query.label === 'rare word' ? (rare ?? 'zzz') : query.q;
    const country = 'country' in query ? (query.country ?? null) : null;
    const cold = await run(q, country);
    const warm = new Map<string, unknown>();
    await run('kissinger', null, warm);
    const later = await run(q, country, warm);
    rows.push({ ...query, q, country, cold, later });
    const fixed = cold.result.corrections.map((c) => ` → ${c.to}`).join('');
    console.log(
      `| ${query.label} | ${q}${fixed}${country ? ` + country:${country}` : ''} | ${cold.result.total} | ${cold.fetched.length} | ${kb(cold.bytes)} | ${kb(cold.docs)} | ${kb(later.bytes)} | ${cold.ms.toFixed(1)} |`,
    );
  }
  const sorted = rows.map((r) => r.cold.bytes).sort((a, b) => a - b);
  console.log(
    `median cold query ${kb(sorted[Math.floor(sorted.length / 2)]!)}, max ${kb(sorted[sorted.length - 1]!)}`,
  );
  // Typing each query a letter at a time (results on every keystroke, one shared cache as in the browser).
  const keystrokes: number[] = [];
  const keystrokeMs: number[] = [];
  for (const row of rows) {
    const cache = new Map<string, unknown>();
    const chars = Array.from(row.q);
    for (let i = 1; i <= chars.length; i++) {
      const step = await run(chars.slice(0, i).join(''), row.country, cache);
      if (i > 1) {
        keystrokes.push(step.bytes);
        keystrokeMs.push(step.ms);
      }
    }
  }
  keystrokes.sort((a, b) => a - b);
  keystrokeMs.sort((a, b) => a - b);
  const pct = (list: number[], p: number) => list[Math.min(list.length - 1, Math.floor(list.length * p))]!;
  console.log(
    `typing the queries letter by letter (${keystrokes.length} later keystrokes): median ${kb(pct(keystrokes, 0.5))}, ` +
      `p95 ${kb(pct(keystrokes, 0.95))} fetched; engine time median ${pct(keystrokeMs, 0.5).toFixed(1)} ms, p95 ${pct(keystrokeMs, 0.95).toFixed(1)} ms`,
  );

  if (withMiniSearch) {
    // What issue 3 suggests for type-ahead: MiniSearch over titles and names only.
    const small = new MiniSearch({ fields: ['title', 'names'], storeFields: [], idField: 'id' });
    small.addAll(
      dataset.articles.map((a) => ({
        id: a.id,
        title: a.title,
        names: a.people.map((p) => p.name).join(' '),
      })),
    );
    const smallJson = JSON.stringify(small);
    console.log(
      `MiniSearch (titles and names only): serialized ${kb(smallJson.length)}, ${kb(gz(smallJson))} gz`,
    );

    const t1 = performance.now();
    const mini = new MiniSearch({ fields: ['title', 'names', 'body'], storeFields: [], idField: 'id' });
    mini.addAll(
      dataset.articles.map((a) => ({
        id: a.id,
        title: a.title,
        names: a.people.map((p) => p.name).join(' '),
        body: a.paragraphs.join('\n'),
      })),
    );
    const json = JSON.stringify(mini);
    console.log(
      `MiniSearch (title, names, body): build ${((performance.now() - t1) / 1000).toFixed(1)} s, serialized ${kb(json.length)}, ${kb(gz(json))} gz — all of it before the first query`,
    );
  }
}

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (process.argv[1]?.endsWith('measure-search.ts'))
  for (const size of sizes.length ? sizes : [10_000])
    await measure(
      size,
      !args.includes('--no-minisearch'),
      args.includes('--pairs') ? Infinity : args.includes('--no-pairs') ? 0 : undefined,
    );
