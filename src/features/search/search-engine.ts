// The search engine: loaded with import() on the first search, never on first paint. It answers a query from
// the sharded index built by src/site/search-index, fetching only the pieces the query needs through `load`
// (react-query caches each file, so later keystrokes reuse shards already fetched).
import {
  b64Decode,
  decodeDocs,
  foldText,
  fuzzyWord,
  isHan,
  parseQuery,
  searchPaths,
  wordFileBit,
  type DirPage,
  type SearchMeta,
  type Shard,
  type ShardEntry,
  type Tail,
  type WordFamily,
  type WordList,
} from '../../common/search-text';
import type { ArticleSummary, FacetCount } from '../../common/site-data';
import type { SearchParamsState } from './search-params';

export type Loader = (path: string) => Promise<unknown>;

export interface SearchResult {
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  hits: ArticleSummary[];
  /** Folded words to highlight: the query words plus completions and corrections actually searched. */
  highlight: string[];
  /** Words the engine replaced by the nearest indexed word (one typo). */
  corrections: { from: string; to: string }[];
  facets: { people: FacetCount[]; countries: FacetCount[]; years: FacetCount[] };
  /** True when `total` is a lower bound (a prefix matched several long lists; only their heads were read). */
  totalAtLeast: boolean;
  /** Null when year counts cover every match; otherwise the number of top matches they were counted over. */
  yearScope: number | null;
}

export const searchPageSize = 10;
const maxCompletions = 5;
const completionWeight = 0.8;

interface Posting {
  docs: number[];
  /** Score of each doc (idf × impact), or null for filter lists. */
  scores: Float64Array | null;
}

const upperBound = (sorted: readonly string[], term: string): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** True when a and b differ by one insertion, deletion, substitution or swap of two neighbouring letters. */
export function isOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const idf = (docCount: number, df: number) => Math.log(1 + (docCount - df + 0.5) / (df + 0.5));

export class SearchIndex {
  constructor(private readonly load: Loader) {}

  meta = async () => (await this.load(searchPaths.meta())) as SearchMeta;

  async entry(term: string): Promise<ShardEntry | null> {
    const meta = await this.meta();
    const page = upperBound(meta.dir, term) - 1;
    if (page < 0) return null;
    const dir = (await this.load(searchPaths.dirPage(page))) as DirPage;
    const at = upperBound(dir.terms, term) - 1;
    if (at < 0) return null;
    const shard = (await this.load(searchPaths.shard(dir.first + at))) as Shard;
    let lo = 0;
    let hi = shard.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = shard.terms[mid]![0];
      if (t === term) return shard.terms[mid]!;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  async wordFile(family: WordFamily, key: string): Promise<WordList> {
    const meta = await this.meta();
    const bit = wordFileBit(family, key);
    if (bit < 0 || !(b64Decode(meta.words, Math.floor(bit / 6)) & (1 << (bit % 6)))) return [];
    return (await this.load(searchPaths.words(family, key))) as WordList;
  }

  /** Indexed words starting with `prefix`, most frequent first. */
  async completions(prefix: string): Promise<[string, number][]> {
    if (prefix.length < 2 || !fuzzyWord.test(prefix)) return [];
    const list = await this.wordFile('p', prefix.slice(0, 2));
    return list
      .filter(([w]) => w.length > prefix.length && w.startsWith(prefix))
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, maxCompletions);
  }

  /** The most frequent indexed word one typo away from `word` (words of five letters or more). */
  async correction(word: string): Promise<string | null> {
    if (word.length < 5 || !fuzzyWord.test(word)) return null;
    const [w0, w1, w2] = [word[0]!, word[1]!, word[2]!];
    // Every word one edit away shares one of these letter pairs with the query (see wordKey).
    const keys: [WordFamily, string][] = [
      ['p', w0 + w1], ['p', w0 + w2], ['p', w1 + w2], ['p', w1 + w0],
      ['s', w0 + w2], ['s', w0 + w1], ['t', w1 + w2], ['t', w0 + w1],
    ]; // prettier-ignore
    const unique = [...new Map(keys.map((k) => [k.join(''), k])).values()];
    const lists = await Promise.all(unique.map(([family, key]) => this.wordFile(family, key)));
    let best: [string, number] | null = null;
    for (const list of lists)
      for (const candidate of list)
        if (
          isOneEdit(word, candidate[0]) &&
          (!best || candidate[1] > best[1] || (candidate[1] === best[1] && candidate[0] < best[0]))
        )
          best = candidate;
    return best ? best[0] : null;
  }

  async fullDocs(entry: ShardEntry): Promise<number[]> {
    if (entry[4] === undefined) return decodeDocs(entry[2]);
    return decodeDocs(((await this.load(searchPaths.tail(entry[4]))) as Tail).docs);
  }

  /** A term's postings; complete unless `headOnly` and the list is long (then its highest-impact head). */
  async posting(entry: ShardEntry, docCount: number, weight: number, headOnly: boolean): Promise<Posting> {
    const head = decodeDocs(entry[2]);
    const isFilter = entry[3] === '';
    const w = idf(docCount, entry[1]) * weight;
    const headScores = isFilter ? null : Float64Array.from(head, (_, i) => w * b64Decode(entry[3], i));
    if (entry[4] === undefined || headOnly) return { docs: head, scores: headScores };
    const all = await this.fullDocs(entry);
    if (!headScores) return { docs: all, scores: null };
    // Docs outside the head rank below every head doc: give them the head's lowest impact.
    let floor = Infinity;
    for (const s of headScores) floor = Math.min(floor, s);
    const scores = new Float64Array(all.length);
    let h = 0;
    all.forEach((doc, i) => {
      if (head[h] === doc) scores[i] = headScores[h++]!;
      else scores[i] = floor;
    });
    return { docs: all, scores };
  }
}

function union(postings: Posting[]): Posting {
  if (postings.length === 1) return postings[0]!;
  const best = new Map<number, number>();
  for (const p of postings)
    p.docs.forEach((doc, i) => {
      const s = p.scores ? p.scores[i]! : 0;
      if ((best.get(doc) ?? -1) < s) best.set(doc, s);
    });
  const docs = [...best.keys()].sort((a, b) => a - b);
  return { docs, scores: Float64Array.from(docs, (d) => best.get(d)!) };
}

function intersect(a: Posting, b: Posting): Posting {
  const docs: number[] = [];
  const scores: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.docs.length && j < b.docs.length) {
    const x = a.docs[i]!;
    const y = b.docs[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      docs.push(x);
      scores.push((a.scores ? a.scores[i]! : 0) + (b.scores ? b.scores[j]! : 0));
      i++;
      j++;
    }
  }
  return { docs, scores: Float64Array.from(scores) };
}

function countFacet(values: Map<string, { label: string; count: number }>, limit: number): FacetCount[] {
  return [...values.entries()]
    .map(([value, v]) => ({ value, label: v.label, count: v.count }))
    .sort((x, y) => y.count - x.count || (x.label < y.label ? -1 : 1))
    .slice(0, limit);
}

/** Runs one search. Words are AND-ed; the last word also matches as a prefix; one typo is forgiven in long words. */
export async function runSearch(params: SearchParamsState, load: Loader): Promise<SearchResult> {
  const index = new SearchIndex(load);
  const meta = await index.meta();
  const { words } = parseQuery(params.q);
  const highlight = new Set<string>();
  const corrections: { from: string; to: string }[] = [];

  // Each required group is a list of alternatives [term, weight]; a group with none matches nothing.
  const groups = await Promise.all(
    words.flatMap((word, w) =>
      word.terms.map(async (term): Promise<{ entry: ShardEntry; weight: number }[]> => {
        const isLast = w === words.length - 1;
        const exact = await index.entry(term);
        const alts: { entry: ShardEntry; weight: number }[] = exact ? [{ entry: exact, weight: 1 }] : [];
        if (isHan(term)) {
          highlight.add(term);
          return alts;
        }
        if (exact) highlight.add(term);
        // Type-ahead: the last word may be unfinished ("kis" -> Kissinger).
        if (isLast && (!exact || term.length <= 4)) {
          // Only completions within a tenth of the most frequent one: rare words add little to type-ahead
          // and each may sit in another shard. Fewer when other words must be AND-ed (their full lists load).
          const found = (await index.completions(term)).filter(([, df]) => !exact || df > exact[1]);
          const top = found[0]?.[1] ?? 0;
          const limit = exact || words.length > 1 ? 2 : maxCompletions;
          const completions = found.filter(([, df]) => df * 10 >= top).slice(0, limit);
          const entries = await Promise.all(completions.map(([c]) => index.entry(c)));
          for (const entry of entries)
            if (entry) {
              alts.push({ entry, weight: completionWeight });
              highlight.add(entry[0]);
            }
        }
        if (!alts.length) {
          const fixed = await index.correction(term);
          const entry = fixed ? await index.entry(fixed) : null;
          if (fixed && entry) {
            alts.push({ entry, weight: 1 });
            corrections.push({ from: word.word, to: fixed });
            highlight.add(fixed);
          }
        }
        return alts;
      }),
    ),
  );

  const filterTerms = [
    params.person ? `person:${params.person}` : null,
    params.country ? `country:${foldText(params.country)}` : null,
  ].filter((t): t is string => t !== null);
  const filterEntries = await Promise.all(filterTerms.map((t) => index.entry(t)));
  const yearRange = params.year ? meta.years.find(([y]) => y === params.year) : undefined;

  const empty = (): SearchResult => ({
    total: 0,
    page: 1,
    pageCount: 1,
    pageSize: searchPageSize,
    hits: [],
    highlight: [...highlight],
    corrections,
    facets: { people: [], countries: [], years: [] },
    totalAtLeast: false,
    yearScope: null,
  });
  if (
    groups.some((g) => g.length === 0) ||
    filterEntries.some((e) => e === null) ||
    (params.year && !yearRange)
  )
    return empty();
  const filters = filterEntries as ShardEntry[];
  const lists = groups.length + filters.length;
  if (lists === 0 && !yearRange) return empty();

  // One word alone (with its completions) ranks by the heads of long lists (their highest-impact docs) and
  // counts by document frequency; any AND with another word or a filter needs the complete lists.
  const alone = groups.length === 1 && !filters.length && !yearRange ? groups[0]! : null;
  const firstNeeded = params.page * searchPageSize;
  const headOnly =
    alone !== null &&
    alone.some((a) => a.entry[4] !== undefined) &&
    alone.every((a) => a.entry[4] === undefined || firstNeeded <= decodeDocs(a.entry[2]).length);

  const postings: Posting[] = await Promise.all([
    ...groups.map(async (alts) =>
      union(await Promise.all(alts.map((a) => index.posting(a.entry, meta.docCount, a.weight, headOnly)))),
    ),
    ...filters.map((entry) => index.posting(entry, meta.docCount, 1, false)),
  ]);
  if (yearRange) {
    const all = Array.from({ length: yearRange[2] - yearRange[1] }, (_, i) => yearRange[1] + i);
    postings.push({ docs: all, scores: null });
  }
  postings.sort((a, b) => a.docs.length - b.docs.length);
  let matches = postings[0]!;
  for (const p of postings.slice(1)) matches = intersect(matches, p);

  let order = matches.docs.map((_, i) => i);
  const needed = Math.max(1, params.page) * searchPageSize;
  if (groups.length) {
    const scores = matches.scores!;
    // Only the first pages are shown: keep the docs scoring at least the needed-th best (a native numeric sort
    // of a typed array), then order just those.
    if (order.length > needed * 4) {
      const sorted = Float64Array.from(scores).sort();
      const threshold = sorted[sorted.length - needed]!;
      order = order.filter((i) => scores[i]! >= threshold);
    }
    order.sort((x, y) => scores[y]! - scores[x]! || x - y);
  }
  const total = headOnly
    ? Math.max(matches.docs.length, ...alone!.map((a) => a.entry[1]))
    : matches.docs.length;
  const pageCount = Math.max(1, Math.ceil(total / searchPageSize));
  const page = Math.min(Math.max(1, params.page), pageCount);
  const pageDocs = order
    .slice((page - 1) * searchPageSize, page * searchPageSize)
    .map((i) => matches.docs[i]!);

  const chunkIds = [...new Set(pageDocs.map((d) => Math.floor(d / meta.docChunkSize)))];
  const chunks = new Map<number, ArticleSummary[]>();
  await Promise.all(
    chunkIds.map(async (c) => chunks.set(c, (await load(searchPaths.docs(c))) as ArticleSummary[])),
  );
  const hits = pageDocs.map((d) => chunks.get(Math.floor(d / meta.docChunkSize))![d % meta.docChunkSize]!);

  // Years are doc ranges, so their counts are exact over the matches we hold; people and countries are
  // counted over the rows on this page (what the doc store has fetched).
  const years: FacetCount[] = [];
  for (const [year, start, end] of meta.years) {
    let count = 0;
    for (const d of matches.docs) if (d >= start && d < end) count++;
    if (count) years.push({ value: year, label: year, count });
  }
  const people = new Map<string, { label: string; count: number }>();
  const countries = new Map<string, { label: string; count: number }>();
  for (const hit of hits) {
    for (const p of hit.participants)
      people.set(p.slug, { label: p.name, count: (people.get(p.slug)?.count ?? 0) + 1 });
    for (const c of hit.countries) countries.set(c, { label: c, count: (countries.get(c)?.count ?? 0) + 1 });
  }
  return {
    total,
    page,
    pageCount,
    pageSize: searchPageSize,
    hits,
    highlight: [...highlight],
    corrections,
    facets: { people: countFacet(people, 15), countries: countFacet(countries, 15), years },
    totalAtLeast: headOnly && alone!.length > 1,
    yearScope: headOnly ? matches.docs.length : null,
  };
}
