// Data packs (PRERENDER=shell): hosts that cap file counts (Cloudflare Pages: 20,000) cannot take one JSON file per
// article, person, search-result chunk and people-list page. A packed build stores each such file as an entry of a
// pack file, chosen by a stable hash of the data path modulo a fixed bucket count per family. The app computes the
// same hash, so it needs no lookup file; the number of packs has a ceiling whatever the corpus (empty buckets are
// not written).

interface PackFamily {
  name: string;
  /** Fixed: changing it moves every entry, so app and build must agree (they share this module). */
  buckets: number;
  /** The string hashed for `path`, or null when the path is not of this family. */
  key: (path: string) => string | null;
  /** The bucket itself, where a family places its files in order rather than by a hash of `key`. */
  bucket?: (key: string) => number;
}

const articleFile = /^data\/articles\/[^/]+\.json$/;
const personFile = /^data\/people\/([^/]+)\.json$/;
const personArticlesFile = /^data\/people\/([^/]+)\/articles-(\d+)\.json$/;
const personCoParticipantsFile = /^data\/people\/[^/]+\/(?:with|pairs)-\d+\.json$/;
const personTookPartFile = /^data\/people\/([^/]+)\/took\.json$/;
const listFile = /^data\/list\/(\d+)\.json$/;
const searchDocsFile = /^data\/search\/docs\/(\d+)\.json$/;
const peopleIndexFile = /^data\/people-index\/((?:country-\d+\/)?)(\d+)\.json$/;
// The directory files (people-names/dir, 100 of them) stay files of their own: every filter keystroke reads one.
const peopleNameLeafFile = /^data\/people-names\/keys\/[^/]+\.json$/;
const peopleNameListFile = /^data\/people-names\/lists\/(.+)\/(\d+)\.json$/;
/**
 * Consecutive pages of a list that share a key (the list, people-index and people-names families), and consecutive
 * search-result chunks that share a pack.
 */
const pageRun = 4;

const byPath = (pattern: RegExp) => (path: string) => (pattern.test(path) ? path : null);

const packFamilies: readonly PackFamily[] = [
  // 2,048 rather than more: with a realistic archive's search index and people lists beside them, a 100,000-article
  // shell build must stay under 20,000 files (README "File counts and hosts"); a pack then holds ~49 articles.
  { name: 'articles', buckets: 2048, key: byPath(articleFile) },
  {
    name: 'people',
    // 1,024 (~70 people a pack at 71,000 people): 2,048 left a realistic 100,000-article shell build 572 files
    // under 20,000; a person view now downloads ~24 KB gz, an article view ~40 (src/node/BUILD.md "Session 28
    // (hosts28): headroom under the file caps").
    buckets: 1024,
    // A person and the first page of their articles share a key, so opening a person downloads one pack; later
    // pages spread over the buckets (a person with thousands of articles must not make one huge pack).
    key: (path) => {
      const person = personFile.exec(path);
      if (person) return `person:${person[1]}`;
      // Which articles they took part in: read with their file by a search that keeps those (a few hundred bytes).
      const took = personTookPartFile.exec(path);
      if (took) return `person:${took[1]}`;
      // Everyone they took part in events with (paged, and by the other's slug): read only when asked for, so
      // spread like later article pages.
      if (personCoParticipantsFile.test(path)) return path;
      const articles = personArticlesFile.exec(path);
      if (!articles) return null;
      return articles[2] === '1' ? `person:${articles[1]}` : path;
    },
  },
  // Paging is rarer than opening an article, and goes on page by page: runs of four consecutive pages share a key,
  // so three page turns in four read a pack already loaded.
  {
    name: 'list',
    buckets: 256,
    key: (path) => {
      const page = listFile.exec(path);
      return page ? `list:${Math.ceil(Number(page[1]) / pageRun)}` : null;
    },
  },
  // A first search reads ~10 result rows from ~10 chunks, each a whole pack: more buckets keep the packs small (at
  // 100,000 articles 4 chunks each), so a first search stays under its 100 KB budget. Runs of four consecutive
  // chunks share a pack, placed in order (not hashed: every pack holds as many): rows of neighbouring documents (a
  // date's or a filter's newest, a word's ties in a year) come from a few packs, not one pack a row.
  {
    name: 'search-docs',
    buckets: 6144,
    key: (path) => searchDocsFile.exec(path)?.[1] ?? null,
    bucket: (chunk) => Math.floor(Number(chunk) / pageRun),
  },
  // The people index and each country's people list grow with the people (72,000 at 100,000 realistic articles:
  // 1,448 pages). Runs of four consecutive pages share a key, so paging on mostly reads a pack already loaded.
  {
    name: 'people-index',
    buckets: 256,
    key: (path) => {
      const page = peopleIndexFile.exec(path);
      return page ? `${page[1]}${Math.ceil(Number(page[2]) / pageRun)}` : null;
    },
  },
  // The /people name filter's leaves and paged lists (8,858 files at 72,000 people). A keystroke reads one of them,
  // so a pack of ~8 costs a typed name ~5x its files (README "File counts and hosts"); runs of a list's consecutive
  // pages share a key, so a query that reads a whole list (two common names) reads a quarter of the packs.
  {
    name: 'people-names',
    buckets: 1024,
    key: (path) => {
      if (peopleNameLeafFile.test(path)) return path;
      const page = peopleNameListFile.exec(path);
      return page ? `${page[1]}:${Math.ceil(Number(page[2]) / pageRun)}` : null;
    },
  },
];

/** The most pack files a packed build can have. */
// Marked pure: an unused top-level call would keep every family (regexes, keys) in the app's bundle.
export const maxPackFiles = /* @__PURE__ */ packFamilies.reduce((sum, family) => sum + family.buckets, 0);

/** 32-bit FNV-1a over the UTF-16 code units: tiny, and the same in Node and every browser. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const packPath = (family: string, bucket: number) => `data/packs/${family}/${bucket}.json`;

/** The pack file holding data file `path` in a packed build, or null when the path is served as its own file. */
export function packOf(path: string): string | null {
  for (const family of packFamilies) {
    const key = family.key(path);
    if (key !== null) return packPath(family.name, (family.bucket?.(key) ?? fnv1a(key)) % family.buckets);
  }
  return null;
}

/**
 * One pack's text from its entries' already serialized JSON (never re-parsed): `{"<path>":<json>,...}`, keys
 * sorted so the same entries always give the same bytes.
 */
export function buildPack(entries: Iterable<readonly [path: string, json: string]>): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${sorted.map(([path, json]) => `${JSON.stringify(path)}:${json}`).join(',')}}`;
}

/** Groups paths by the pack they go to; paths that are not packed are left out. Packs and members sorted. */
export function groupByPack(paths: Iterable<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const pack = packOf(path);
    if (pack === null) continue;
    const members = groups.get(pack);
    if (members) members.push(path);
    else groups.set(pack, [path]);
  }
  for (const members of groups.values()) members.sort();
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A site's files (path -> text) as a packed build stores them: packable data files replaced by their packs. */
export function packFiles(files: ReadonlyMap<string, string>): Map<string, string> {
  const packed = new Map<string, string>();
  for (const [path, text] of files) if (packOf(path) === null) packed.set(path, text);
  for (const [pack, members] of groupByPack(files.keys()))
    packed.set(pack, buildPack(members.map((path) => [path, files.get(path)!] as const)));
  return packed;
}
