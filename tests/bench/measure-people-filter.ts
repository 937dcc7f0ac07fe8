// Bytes per keystroke of the /people name filter (README, "The people filter"). The name index is built in memory
// (src/site/people-names) for two sets of people and the real filter (src/features/people/people-filter.ts) runs
// over it, each name typed a letter at a time with a file cache shared while one name is typed, as react-query
// does; each file read counts its gzip -9 size. The sets: the people of the 10,000-article bench site, and a
// deterministic synthetic crowd of 50,000 people with Zipf-skewed names (the estimate for 100,000 articles, since
// gen:corpus has only ~720 people at any size), plus its worst cases. Each keystroke is counted twice: files of
// their own (a full build) and through PRERENDER=shell's packs (src/common/data-packs.ts: a file read downloads
// its whole pack, which the app then keeps; the packs hold the in-memory name index and people-index pages).
//   npx tsx tests/bench/measure-people-filter.ts [SITE_DIR]
// SITE_DIR (default bench-out/site-10000) is a built site, full or shell, e.g. from `npm run bench` or
// `SEEDS_DIR=bench-out/corpus-10000 npx vite build --configLoader runner --outDir bench-out/site-10000`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { packFiles, packOf } from '../../src/common/data-packs.ts';
import { dataPaths } from '../../src/common/paths.ts';
import type { PeopleIndexEntry, PeopleIndexPage, PersonDetail } from '../../src/common/site-data.ts';
import { filterPeople, type PeopleNameFiles } from '../../src/features/people/people-filter.ts';
import type { PeopleFilter } from '../../src/features/people/people-filter-params.ts';
import { buildPeopleNames } from '../../src/site/people-names/build-people-names.ts';

const pageSize = 100;

async function measure(
  label: string,
  entries: PeopleIndexEntry[],
  aliases: Map<string, string[]>,
  typed: PeopleFilter[],
) {
  const files = new Map<string, string>();
  const countries = [...new Set(entries.flatMap((e) => e.countries))].sort();
  // The people-index pages share their packs with the per-country lists.
  const pageCount = Math.max(1, Math.ceil(entries.length / pageSize));
  for (let page = 1; page <= pageCount; page++)
    files.set(
      dataPaths.peopleIndexPage(page),
      JSON.stringify({
        page,
        pageCount,
        total: entries.length,
        people: entries.slice((page - 1) * pageSize, page * pageSize),
      } satisfies PeopleIndexPage),
    );
  const t0 = process.cpuUsage();
  buildPeopleNames(
    entries,
    (s) => aliases.get(s) ?? [],
    countries,
    { pageSize },
    (p, v) => files.set(p, JSON.stringify(v)),
  );
  const cpu = process.cpuUsage(t0);
  const packed = packFiles(files);
  const gz = new Map<string, number>();
  const gzOf = (p: string) => {
    let n = gz.get(p);
    if (n === undefined) gz.set(p, (n = zlib.gzipSync(files.get(p) ?? packed.get(p)!, { level: 9 }).length));
    return n;
  };
  let raw = 0,
    count = 0,
    largest = 0;
  for (const [p, t] of files)
    if (p.includes('people-names/') || p.includes('/country-')) {
      raw += t.length;
      count++;
      largest = Math.max(largest, gzOf(p));
    }
  const packCount = [...packed.keys()].filter((p) => p.startsWith('data/packs/')).length;
  const shellFiles = [...packed.keys()].filter((p) => p.includes('/people-')).length;
  let largestPack = 0;
  for (const p of packed.keys())
    if (p.startsWith('data/packs/')) largestPack = Math.max(largestPack, gzOf(p));
  const keystrokes: number[] = [];
  const firsts: number[] = [];
  const queries: number[] = [];
  const packedKeystrokes: number[] = [];
  const packedQueries: number[] = [];
  for (const filter of typed) {
    const cache = new Set<string>();
    const packCache = new Set<string>();
    let q = 0;
    let packedQ = 0;
    // Type it letter by letter.
    for (let i = 1; i <= filter.name.length; i++) {
      const step = { name: filter.name.slice(0, i).replace(/\s+/g, ' ').trim(), country: filter.country };
      let bytes = 0;
      let packedBytes = 0;
      const get = async <T>(p: string): Promise<T> => {
        if (!files.has(p)) throw new Error(`missing ${p}`);
        if (!cache.has(p)) {
          cache.add(p);
          bytes += gzOf(p);
        }
        const unit = packOf(p) ?? p;
        if (!packCache.has(unit)) {
          packCache.add(unit);
          packedBytes += gzOf(unit);
        }
        return JSON.parse(files.get(p)!) as T;
      };
      const source: PeopleNameFiles = {
        dir: (b) => get(dataPaths.peopleNameDir(b)),
        leaf: (k) => get(dataPaths.peopleNameLeaf(k)),
        list: (k, pg) => get(dataPaths.peopleNameList(k, pg)),
        countryList: (k, c, pg) => get(dataPaths.peopleNameCountryList(k, c, pg)),
        country: (c, pg) => get(dataPaths.peopleCountryPage(c, pg)),
      };
      await filterPeople(step, 1, { pageSize, countries }, source);
      keystrokes.push(bytes);
      packedKeystrokes.push(packedBytes);
      if (bytes > 0 && q === 0) firsts.push(bytes);
      q += bytes;
      packedQ += packedBytes;
    }
    queries.push(q);
    packedQueries.push(packedQ);
  }
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `\n${label}: ${entries.length} people; name index + country lists: ${count} files, ${(raw / 1e6).toFixed(1)} MB raw, largest ${kb(largest)} gz; built in ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`,
  );
  console.log(
    `  ${typed.length} names typed letter by letter, ${keystrokes.length} keystrokes (gz, shared cache per name):`,
  );
  console.log(
    `  per keystroke: median ${kb(pct(keystrokes, 0.5))}, p95 ${kb(pct(keystrokes, 0.95))}, max ${kb(Math.max(...keystrokes))}`,
  );
  console.log(
    `  per keystroke that downloads anything: median ${kb(
      pct(
        keystrokes.filter((b) => b > 0),
        0.5,
      ),
    )}, p95 ${kb(
      pct(
        keystrokes.filter((b) => b > 0),
        0.95,
      ),
    )}`,
  );
  console.log(
    `  whole name typed: median ${kb(pct(queries, 0.5))}, p95 ${kb(pct(queries, 0.95))}, max ${kb(Math.max(...queries))}`,
  );
  console.log(
    `  PRERENDER=shell: people index, country lists and name index in ${shellFiles} files (${packCount} packs, largest ${kb(largestPack)} gz)`,
  );
  console.log(
    `    per keystroke: median ${kb(pct(packedKeystrokes, 0.5))}, p95 ${kb(pct(packedKeystrokes, 0.95))}, max ${kb(Math.max(...packedKeystrokes))}; whole name typed: median ${kb(pct(packedQueries, 0.5))}, p95 ${kb(pct(packedQueries, 0.95))}, max ${kb(Math.max(...packedQueries))}`,
  );
  return { keystrokes, queries };
}

async function main() {
  // ---- the 10,000-article bench site ----
  const root = process.argv[2] ?? 'bench-out/site-10000';
  if (!fs.existsSync(path.join(root, dataPaths.manifest())))
    throw new Error(`no built site at ${root}: see the usage at the top of this file`);
  // A data file of a full or a shell build (read out of its pack); undefined when there is none.
  const packsRead = new Map<string, Record<string, unknown>>();
  const readData = <T>(file: string): T | undefined => {
    if (fs.existsSync(path.join(root, file)))
      return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as T;
    const pack = packOf(file);
    if (pack === null || !fs.existsSync(path.join(root, pack))) return undefined;
    let entries = packsRead.get(pack);
    if (!entries) {
      entries = JSON.parse(fs.readFileSync(path.join(root, pack), 'utf8')) as Record<string, unknown>;
      packsRead.set(pack, entries);
    }
    return entries[file] as T | undefined;
  };
  const entries: PeopleIndexEntry[] = [];
  for (let page = 1; ; page++) {
    const index = readData<PeopleIndexPage>(dataPaths.peopleIndexPage(page));
    if (!index) break;
    entries.push(...index.people);
  }
  const aliases = new Map<string, string[]>();
  for (const e of entries) aliases.set(e.slug, readData<PersonDetail>(dataPaths.person(e.slug))!.aliases);
  let seed = 7;
  // mulberry32
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const sample = (list: PeopleIndexEntry[], n: number) =>
    Array.from({ length: n }, () => list[Math.floor(rand() * list.length)]!);
  const typed10k: PeopleFilter[] = [
    ...sample(entries, 150).map((e) => ({ name: e.name, country: '' })),
    ...sample(entries, 50).map((e) => ({ name: e.name.split(' ').pop()!, country: e.countries[0] ?? '' })),
  ];
  await measure(`the site at ${root}`, entries, aliases, typed10k);

  // ---- a synthetic crowd: 50,000 people, Zipf-skewed names, 10% with a Chinese alias ----
  const syll = [
    'ka',
    'to',
    'mi',
    'ra',
    'no',
    'se',
    'li',
    'an',
    'ber',
    'gu',
    'ch',
    'ov',
    'es',
    'ez',
    'ham',
    'son',
    'ti',
    'wa',
    'ng',
    'el',
    'do',
    'ri',
    'mo',
    'sh',
    'ya',
    'ko',
    'va',
    'de',
    'lu',
    'pe',
  ];
  const word = (n: number) => {
    let s = '';
    const k = 2 + (n % 3);
    let x = n * 2654435761;
    for (let i = 0; i < k; i++) {
      s += syll[x % syll.length];
      x = Math.floor(x / syll.length) + 17 * i + n;
    }
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const zipf = (n: number, s: number) => {
    const w = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
    const sum = w.reduce((a, b) => a + b);
    let acc = 0;
    const cdf = w.map((x) => (acc += x / sum));
    return () => {
      const r = rand();
      let lo = 0,
        hi = n - 1;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (cdf[m]! < r) lo = m + 1;
        else hi = m;
      }
      return lo;
    };
  };
  const families = [
    'Wang',
    'Li',
    'Zhang',
    'Kim',
    'Nguyen',
    'Smith',
    'García',
    'Müller',
    ...Array.from({ length: 6000 }, (_, i) => word(i + 101)),
  ];
  const givens = [
    'Maria',
    'José',
    'Wei',
    'Anna',
    'Mohammed',
    'Jin',
    ...Array.from({ length: 3000 }, (_, i) => word(i + 9001)),
  ];
  const pickFamily = zipf(families.length, 0.9);
  const pickGiven = zipf(givens.length, 0.9);
  const han = Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤近平毅磊芳涛强军洋勇艳杰娟秀英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽',
  );
  const countriesPool = [
    'China',
    'Japan',
    'United States',
    'Russia',
    'Spain',
    'France',
    'Germany',
    'Brazil',
    'India',
    'Korea',
    'Viet Nam',
    'Mexico',
  ];
  const pickCountry = zipf(countriesPool.length, 1);
  const crowd: PeopleIndexEntry[] = [];
  const crowdAliases = new Map<string, string[]>();
  const seen = new Set<string>();
  while (crowd.length < 50_000) {
    const name = `${givens[pickGiven()]} ${families[pickFamily()]}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const slug = `p${crowd.length}`;
    crowd.push({
      slug,
      name,
      countries: [countriesPool[pickCountry()]!],
      articleCount: Math.max(1, Math.floor(2000 / (crowd.length + 1) ** 0.7)),
    });
    if (rand() < 0.1)
      crowdAliases.set(slug, [
        Array.from({ length: 2 + Math.floor(rand() * 2) }, () => han[Math.floor(rand() * han.length)]).join(
          '',
        ),
      ]);
  }
  const typed: PeopleFilter[] = [
    ...sample(crowd, 150).map((e) => ({ name: e.name, country: '' })),
    ...sample(crowd, 30).map((e) => ({ name: e.name.split(' ').pop()!, country: e.countries[0]! })),
    ...sample(
      crowd.filter((e) => crowdAliases.has(e.slug)),
      20,
    ).map((e) => ({ name: crowdAliases.get(e.slug)![0]!, country: '' })),
  ];
  await measure('synthetic crowd (estimate for a 100,000-article archive)', crowd, crowdAliases, typed);
  const worst: PeopleFilter[] = [
    { name: 'li wang', country: '' },
    { name: 'wang li', country: 'China' },
    { name: 'maria jose', country: '' },
  ];
  await measure(
    '  worst cases (two common words; a common word and a big country)',
    crowd,
    crowdAliases,
    worst,
  );
  const counts = new Map<string, number>();
  for (const e of crowd) for (const w of e.name.split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
  console.log(
    '  most common name words:',
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([w, n]) => `${w} ${n}`)
      .join(', '),
  );
}
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
