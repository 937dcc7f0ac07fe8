// Counting an article's search-index terms: each term's weighted frequency and the document's length, what the
// index's BM25 impacts come from. The index builder counts with it, and so can the ingest's threads, while each
// article's text is at hand (load-seeds.ts's `countIndexTerms`): the builder then only appends their postings.
// The counts travel between threads packed, against each thread's own dictionary, and are remapped to one
// dictionary on the main thread. Pure.
import { fnv1a, forEachIndexTerm, pairHash } from '../../common/search-text.ts';
import { detach } from '../../common/detach.ts';
import { countWords, makeExcerpt } from '../text-helpers.ts';

/** What the index counts of an article. */
export interface IndexText {
  title: string;
  /** People's names and aliases as written in the article (see articleNames). */
  names: readonly string[];
  place: string;
  body: readonly string[];
}

// Title and names weigh three times the body: a search for a person or a headline word ranks those articles first.
const weights = { title: 3, names: 3, place: 2, body: 1 };

/**
 * Archives up to this size index their pairs of words side by side, for quoted phrases (SearchMeta.pairs). A pair's
 * postings are about 1.3 times a word's (every two adjacent words, each once a document), so a larger archive would
 * about double its index and, in a shell build, its files (DESIGN.md, "Quoted phrases"). Past it, a thread that has
 * counted this many articles stops counting their pairs.
 */
export const defaultPairMaxDocs = 20_000;

/** A packed count is term id * 256 + weighted frequency (capped at 255, as in a posting): ids fit in 24 bits. */
export const maxPackedId = 2 ** 24 - 1;

/** One article's terms counted beforehand: the index's fast path (see IndexDoc.counted). */
export interface CountedTerms {
  /** Term strings by id; shared by many articles. */
  dictionary: readonly string[];
  /** Each distinct term once, as id * 256 + min(255, weighted frequency). */
  counts: Uint32Array;
  /** The sum of the weighted frequencies, uncapped (BM25's document length). */
  length: number;
  /** hanNamesOf the article, found with the counts (so the index need not read the body for them). */
  hanNames?: readonly string[];
  /** Every two terms side by side in its title, place or a paragraph, once each, as sorted pairHash values. */
  pairs?: Uint32Array;
  /**
   * The article's list-row excerpt (makeExcerpt) and word count (countWords, its reading time), made with the
   * counts while the text is at hand, so the data phase's main thread need not read every article's text for them.
   */
  excerpt?: string;
  words?: number;
}

/** The hanNames of the many articles without any (shared). */
const noHanNames: readonly string[] = Object.freeze([]);

/** The names an article is found by: every person's name and aliases, each once, in order. */
export function articleNames(people: readonly { name: string; aliases: readonly string[] }[]): string[] {
  const names = new Set<string>();
  for (const person of people) {
    names.add(person.name);
    for (const alias of person.aliases) names.add(alias);
  }
  return [...names];
}

/** An ingested article: the dataset's Article, or an ingest result's. */
export interface IngestedArticle {
  title: string;
  people: readonly { name: string; aliases: readonly string[] }[];
  dateline: { place: string } | null;
  paragraphs: readonly string[];
}

const nonAscii = /[^\t\n\r -~]/;
/** A run of two to four Han characters: a Chinese personal name, not a sentence. */
const hanName = /(?<!\p{Script=Han})\p{Script=Han}{2,4}(?!\p{Script=Han})/gu;

/**
 * The short runs of Han characters in an article's title and body, in order: Chinese names stand in English copy
 * as such runs ("Zhao Lin (赵林)"), often without an alias of their own, so the index's precomputed first pages
 * count each as a name (phraseCandidates).
 */
export function hanNamesOf(title: string, body: readonly string[]): string[] {
  const runs: string[] = [];
  for (const paragraph of [title, ...body])
    if (nonAscii.test(paragraph)) for (const [run] of paragraph.matchAll(hanName)) runs.push(run);
  return runs;
}

/** What the index counts of an ingested article. */
export function indexTextOf(article: IngestedArticle): IndexText {
  return {
    title: article.title,
    names: articleNames(article.people),
    place: article.dateline?.place ?? '',
    body: article.paragraphs,
  };
}

/** Term strings by id, and each term's id: ids are given in order of first use. */
class TermDictionary {
  readonly terms: string[] = [];
  readonly ids = new Map<string, number>();
  /** Each term's FNV-1a hash, by id: what its pairs are hashed from (pairHash), once per distinct term. */
  readonly hashes: number[] = [];

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.hashes.push(fnv1a(term));
    }
    return id;
  }
}

/** Counts documents' terms against a dictionary of its own, which grows as new terms are met. */
export class TermCounter extends TermDictionary {
  // Per-document frequencies indexed by term id (cheaper than a Map per document), and the ids met, in order.
  private tf = new Int32Array(1 << 16);
  private readonly touched: number[] = [];
  private weight = 0;
  private length = 0;
  // The pairs of the document being counted (pairHash of each term and the one before it in the same run of text):
  // -1 as `previous` starts a run, and names (a list, not text) make none.
  private pairs = new Uint32Array(1 << 12);
  private pairCount = 0;
  private previous = -1;
  private pairing = false;

  private readonly emit = (term: string) => {
    const id = this.idOf(term);
    if (id >= this.tf.length) {
      const grown = new Int32Array(this.tf.length * 2);
      grown.set(this.tf);
      this.tf = grown;
    }
    if (this.tf[id] === 0) this.touched.push(id);
    this.tf[id]! += this.weight;
    this.length += this.weight;
    if (!this.pairing) return;
    const hash = this.hashes[id]!;
    if (this.previous !== -1) {
      if (this.pairCount === this.pairs.length) {
        const grown = new Uint32Array(this.pairs.length * 2);
        grown.set(this.pairs);
        this.pairs = grown;
      }
      this.pairs[this.pairCount++] = pairHash(this.previous, hash);
    }
    this.previous = hash;
  };

  private run(text: string): void {
    this.previous = -1;
    forEachIndexTerm(text, this.emit);
  }

  /**
   * Calls `visit` with each distinct term's id and weighted frequency, in order of first use; returns the length.
   * `withPairs`: also collects the document's pairs (lastPairs).
   */
  count(doc: IndexText, visit: (id: number, frequency: number) => void, withPairs = true): number {
    this.length = 0;
    this.pairCount = 0;
    this.pairing = withPairs;
    this.weight = weights.title;
    this.run(doc.title);
    this.pairing = false;
    this.weight = weights.names;
    for (const name of doc.names) forEachIndexTerm(name, this.emit);
    this.pairing = withPairs;
    this.weight = weights.place;
    if (doc.place) this.run(doc.place);
    this.weight = weights.body;
    for (const paragraph of doc.body) this.run(paragraph);
    for (const id of this.touched) {
      visit(id, this.tf[id]!);
      this.tf[id] = 0;
    }
    this.touched.length = 0;
    return this.length;
  }

  /** The last counted document's pairs, each once, sorted (a new array). */
  lastPairs(): Uint32Array {
    const sorted = this.pairs.subarray(0, this.pairCount).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++)
      if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
    return sorted.slice(0, n);
  }
}

/** A batch of documents' counts as one thread sends them to another (typed arrays, transferable). */
export interface PackedCounts {
  /** Terms new to the sender's dictionary since its previous batch, in id order. */
  added: string[];
  /** Every document's packed counts, one after another; document i's end at ends[i]. */
  counts: Uint32Array<ArrayBuffer>;
  ends: Uint32Array;
  lengths: Float64Array;
  /** Every document's hanNamesOf ([] for a file without an article). */
  hanNames: string[][];
  /**
   * Every document's pairs (CountedTerms.pairs), one after another; document i's end at pairEnds[i]. Null once the
   * sender has counted more than defaultPairMaxDocs articles: the archive is too large for pairs.
   */
  pairs: Uint32Array<ArrayBuffer> | null;
  pairEnds: Uint32Array;
  /** Every document's makeExcerpt and countWords ("" and 0 for a file without an article). */
  excerpts: string[];
  words: Uint32Array<ArrayBuffer>;
}

/** The sending side: counts batches of documents against its thread's dictionary. */
export class BatchCounter {
  private readonly counter = new TermCounter();
  private sent = 0;
  private buffer = new Uint32Array(1 << 16);
  private used = 0;
  private full = false;
  private articles = 0;

  constructor(
    private readonly pairMaxDocs = defaultPairMaxDocs,
    /** false: no pairs at all, the archive having too many files for them (see TermTable.expectFiles). */
    public countPairs = true,
  ) {}

  private readonly push = (id: number, frequency: number) => {
    if (id > maxPackedId) this.full = true;
    if (this.used === this.buffer.length) {
      const grown = new Uint32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.used++] = id * 256 + Math.min(255, frequency);
  };

  /** Articles in order (null for a file without one); null once ids outgrow the packing. */
  countBatch(articles: readonly (IngestedArticle | null)[]): PackedCounts | null {
    this.used = 0;
    const ends = new Uint32Array(articles.length);
    const lengths = new Float64Array(articles.length);
    for (const article of articles) if (article) this.articles++;
    const withPairs = this.countPairs && this.articles <= this.pairMaxDocs;
    const pairs: Uint32Array[] = [];
    const pairEnds = new Uint32Array(articles.length);
    let pairTotal = 0;
    const excerpts: string[] = [];
    const words = new Uint32Array(articles.length);
    const hanNames = articles.map((article, i) => {
      if (article) {
        lengths[i] = this.counter.count(indexTextOf(article), this.push, withPairs);
        if (withPairs) {
          pairs.push(this.counter.lastPairs());
          pairTotal += pairs[pairs.length - 1]!.length;
        }
        // A copy of its own: cut from the joined opening paragraphs, it would keep them (on the counting thread).
        excerpts.push(detach(makeExcerpt(article.paragraphs)));
        words[i] = countWords(article.paragraphs);
      } else excerpts.push('');
      ends[i] = this.used;
      pairEnds[i] = pairTotal;
      return article ? hanNamesOf(article.title, article.paragraphs) : [];
    });
    if (this.full) return null;
    const added = this.counter.terms.slice(this.sent);
    this.sent = this.counter.terms.length;
    const allPairs = withPairs ? new Uint32Array(pairTotal) : null;
    let at = 0;
    for (const list of pairs) {
      allPairs!.set(list, at);
      at += list.length;
    }
    return {
      added,
      counts: this.buffer.slice(0, this.used),
      ends,
      lengths,
      hanNames,
      pairs: allPairs,
      pairEnds,
      excerpts,
      words,
    };
  }
}

/**
 * The receiving side: one dictionary for every thread's counts, and each file's counted terms. A sender's ids are
 * remapped as its batches arrive, in the order it sent them (each batch's `added` extends the previous ones).
 */
export class TermTable {
  private readonly merged = new TermDictionary();
  readonly dictionary: readonly string[] = this.merged.terms;
  /** Each counted article's terms, by its file. */
  readonly byFile = new Map<string, CountedTerms>();
  private readonly remaps: number[][] = [];
  private readonly own: BatchCounter;
  private readonly ownSender = this.newSender();
  private pairsDropped = false;
  /**
   * Whether the threads count pairs (their BatchCounter's countPairs, as the table's own counter does): not for an
   * ingest of more files than pairMaxDocs (expectFiles), whose pairs the index would almost surely not use.
   */
  get countsPairs(): boolean {
    return this.own.countPairs;
  }

  constructor(private readonly pairMaxDocs = defaultPairMaxDocs) {
    this.own = new BatchCounter(pairMaxDocs);
  }

  /**
   * Told before an ingest of `files` files. More than pairMaxDocs of them: the archive has too many articles for its
   * pairs to be indexed (SearchMeta.pairs) unless that many have no article, so no thread counts them (at 100,000
   * articles each thread counted its first pairMaxDocs articles' pairs, and the table let them all go); completePairs
   * counts them after all in that rare case.
   */
  expectFiles(files: number): void {
    this.own.countPairs = files <= this.pairMaxDocs;
  }

  /**
   * After an ingest of more files than pairMaxDocs that came to no more articles (the other files without one): the
   * index has their pairs, as if the threads had counted them, which they did not (expectFiles). Later batches
   * count them too.
   */
  completePairs(results: readonly { file: string; article: IngestedArticle | null }[]): void {
    if (this.countsPairs || this.byFile.size > this.pairMaxDocs) return;
    this.own.countPairs = true;
    const counter = new TermCounter();
    const ignore = () => undefined;
    for (const { file, article } of results) {
      const counted = article && this.byFile.get(file);
      if (!counted) continue;
      counter.count(indexTextOf(article), ignore, true);
      counted.pairs = counter.lastPairs();
    }
  }

  /** A sender with a dictionary of its own (a worker thread). */
  newSender(): number {
    return this.remaps.push([]) - 1;
  }

  /** Counts ingest results' articles on this thread. */
  count(results: readonly { file: string; article: IngestedArticle | null }[]): void {
    this.receive(this.ownSender, results, this.own.countBatch(results.map((result) => result.article)));
  }

  /**
   * The batch `sender` counted for these results' articles (null: not counted, the index will tokenize them): its
   * counts are remapped in place.
   */
  receive(sender: number, results: readonly { file: string }[], batch: PackedCounts | null): void {
    const remap = this.remaps[sender]!;
    for (const term of batch?.added ?? []) remap.push(this.merged.idOf(term));
    // Every file is set or deleted: one counted before (a seed edited in `npm run dev`) must not keep old terms.
    if (!batch || this.dictionary.length > maxPackedId + 1) {
      for (const { file } of results) this.byFile.delete(file);
      return;
    }
    const { counts, ends, lengths, hanNames, pairs, pairEnds, excerpts, words } = batch;
    for (let i = 0; i < counts.length; i++) {
      const packed = counts[i]!;
      counts[i] = remap[packed >>> 8]! * 256 + (packed & 255);
    }
    let start = 0;
    let pairStart = 0;
    results.forEach(({ file }, i) => {
      const end = ends[i]!;
      const pairEnd = pairEnds[i]!;
      if (end === start && lengths[i] === 0) this.byFile.delete(file);
      else
        this.byFile.set(file, {
          dictionary: this.dictionary,
          counts: counts.subarray(start, end),
          length: lengths[i]!,
          hanNames: hanNames[i]!.length > 0 ? hanNames[i]! : noHanNames,
          ...(pairs && !this.pairsDropped ? { pairs: pairs.subarray(pairStart, pairEnd) } : {}),
          excerpt: excerpts[i]!,
          words: words[i]!,
        });
      start = end;
      pairStart = pairEnd;
    });
    // Past pairMaxDocs articles the archive indexes no pairs (SearchMeta.pairs), so the pairs counted so far are let
    // go now instead of being held through the data phase, the build's peak (~0.1 GB at 100,000 articles).
    if (!this.pairsDropped && this.byFile.size > this.pairMaxDocs) {
      this.pairsDropped = true;
      if (this.countsPairs) for (const counted of this.byFile.values()) delete counted.pairs;
    }
  }
}
