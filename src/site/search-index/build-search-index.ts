// The search index, built once at build time and fetched by the browser in small pieces (see DESIGN.md here):
// term-range shards of posting lists, a directory (in meta.json), tails for long lists, word lists for type-ahead and
// typo tolerance, a doc store with what a result row shows, and the first page's rows of common words. Pure; one
// pass over the documents, then one over the sorted terms.
import type { ArticleSummary } from '../../common/site-data.ts';
import {
  b64Char,
  b64Code,
  bloomOf,
  encodeDirectory,
  facetBucket,
  prefixShardMax,
  prefixShardRange,
  foldText,
  fuzzyWord,
  isHan,
  pairBucket,
  wordFamilies,
  wordFileBit,
  wordKey,
  wordKeyChars,
  writeDocs,
  type DateFacets,
  type PersonFacets,
  type PhrasePage,
  type SearchMeta,
  type ShardEntry,
  type Tail,
  type EditFile,
  type TermFacets,
  type WordFamily,
  type WordFile,
  type WordList,
  type QueryWord,
  resultPageSize,
} from '../../common/search-text.ts';
import { intersect, lowerBound } from '../../common/scored-lists.ts';
import {
  editKey,
  encodeWordList,
  fixKey,
  isFixWord,
  isListWord,
  nearKey,
  nearWordsMax,
} from '../../common/search-typos.ts';
import { searchPaths } from '../../common/paths.ts';
import {
  defaultPairMaxDocs,
  maxPackedId,
  TermCounter,
  type CountedTerms,
  type IndexText,
} from './count-terms.ts';
import {
  namedPeopleFinder,
  phraseCandidates,
  rankPhrase,
  rankPrefix,
  type PhraseSource,
  type TermView,
} from './phrase-pages.ts';
import { dateRanges } from './date-ranges.ts';
import { readAsName } from '../../common/read-as-name.ts';

export interface IndexDoc extends IndexText {
  summary: ArticleSummary;
  /** Person slugs, for `person:` filters. */
  people: string[];
  /** Each person's name (same order as `people`), for facet labels. */
  personNames?: string[];
  /**
   * What its people are called elsewhere in the archive and not here (a merged person's name and other spellings:
   * "Sergey Volkov" where the article writes "Sergei Volkov"): indexed as its names are, after the counted terms,
   * so that any of a person's names finds every article of theirs.
   */
  otherNames?: readonly string[];
  /**
   * The document's terms counted beforehand (by the ingest's threads), from the same title, names, place and body:
   * the index then appends them instead of tokenizing the text again, with identical results.
   */
  counted?: CountedTerms;
  /** hanNamesOf(title, body), found beforehand: for a thread sent the document without its body. */
  hanNames?: readonly string[];
}

export interface SearchIndexOptions {
  /** Target size of a shard's JSON (characters). */
  shardSize?: number;
  /** Lists longer than this keep only their highest-impact head in the shard; the full list goes to a tail file. */
  headMax?: number;
  /** Result rows per doc-store file. */
  docChunkSize?: number;
  /** Target size of a person-facet bucket (characters of doc lists). */
  facetBucketSize?: number;
  /** Target size of a year's file of the filters' own date facets (characters; see SearchMeta.filterDateBuckets). */
  filterDateFileSize?: number;
  /** Rows in a common word's first page (the engine's page size). */
  topRows?: number;
  /** Most names (full names and aliases, most mentioned first) with a precomputed first page. */
  phraseNames?: number;
  /** Most pairs of common words with a precomputed first page. */
  phrasePairs?: number;
  /**
   * Each person's other names (slug -> aliases; those without none left out): the people name index finds them by
   * these too, so a name's first page counts them among the people it names (PhrasePage.n).
   */
  personAliases?: Readonly<Record<string, readonly string[]>>;
  /** First-page buckets beyond those of the common words (see defaultTopBucketsMax). */
  topBucketsMax?: number;
  /**
   * Rows the first pages of other words may take (see defaultWordPageRows); 0 for none. Those words' buckets come
   * on top of topBucketsMax, about wordPageBucketRows rows each.
   */
  wordPageRows?: number;
  /**
   * Rows the first pages of short prefixes may take (see defaultPrefixPageRows); 0 for none. Their buckets come on
   * top of the others, about wordPageBucketRows rows each.
   */
  prefixPageRows?: number;
  /**
   * The documents are the caller's to give up (the build's index thread): each one's counted terms are dropped
   * once grouped by term, so their buffer (~100 MB at 100,000 articles) can go while the rest is built.
   */
  releaseCounted?: boolean;
  /**
   * The largest archive whose pairs of words side by side are indexed (quoted phrases; see SearchMeta.pairs). Past
   * it a quoted phrase matches its words anywhere, and the page says so.
   */
  pairMaxDocs?: number;
  /** Fix words kept in a larger archive's near-word filters (SearchMeta.tops.near), the most frequent. */
  nearWords?: number;
  /**
   * False: a larger archive corrects typos from the `s` and `t` word lists, as before its early-edit files
   * (SearchMeta.tops.edits); tests compare the two.
   */
  earlyEditFiles?: boolean;
  /** Told which step the build is in and how far (tokenizing counts documents), for a progress bar. */
  onStep?: (step: SearchIndexStep, done: number, total: number) => void;
}

/** The index's steps in the order they run (their costs weight the build's progress bar). */
export const searchIndexSteps = [
  'tokenizing',
  'postings',
  'shards',
  'word lists',
  'doc store',
  'first pages',
  'filters',
] as const;
export type SearchIndexStep = (typeof searchIndexSteps)[number];

/** Postings a pairs file holds (~12 KB of JSON: a hash key and doc numbers for each pair in it). */
export const pairPostingsPerFile = 4_000;

/** Pairs of common words are counted over this many documents' bodies (the newest). */
export const pairSampleDocs = 2_000;
/**
 * First-page buckets hold about two keys each up to this many files; beyond it (names and pairs on top of common
 * words) they hold more, so the file count stays bounded (hosts that cap files, shell builds).
 */
const defaultTopBucketsMax = 512;
/**
 * In a small archive no word is common enough to have a tail, so without more a one-word search waits for its
 * shard and then for ten doc-store files. Up to this many articles, the words without a tail get a precomputed first
 * page too, most frequent first, within defaultWordPageRows rows (~10 MB): then a word's rows come with its shard,
 * and when every word has one, meta.json's Bloom filter tells a word that is not indexed (a typo) without its shard.
 * Larger archives are left as they were: their common words have pages already, and their file count is tight.
 */
export const wordPageMaxDocs = 20_000;
const defaultWordPageRows = 20_000;
/** Rows a bucket of those pages holds, on average (~10 KB of JSON; a rare word's page is one or two rows). */
const wordPageBucketRows = 20;
/**
 * In the same small archives, a prefix of 2–4 letters (what type-ahead searches first: "ag", "sit") gets its first
 * page as the engine completes it, shortest and most frequent prefixes first, within this many rows (~5 MB).
 * Without it such a search waits for the prefix's word list, then for its completions' shards and rows.
 */
const defaultPrefixPageRows = 10_000;

/** People and countries kept in a term's precomputed facet counts. */
const termFacetPeople = 10;
const termFacetCountries = 10;
/** Terms and date ranges in more documents than a result page get precomputed facet counts (a page shows the rest
 * exactly); the app asks for them above the same size. */
const termFacetMinDf = resultPageSize;

const k1 = 1.2;
const b = 0.75;
/** Impacts are stored as one base-64 character: 1..63. */
const impactLevels = 63;
const maxImpact = k1 + 1;

export const personTerm = (slug: string) => `person:${slug}`;
export const countryTerm = (country: string) => `country:${foldText(country)}`;

/** Search-index files: path -> JSON text. */
export function buildSearchIndex(
  docs: readonly IndexDoc[],
  buildId: string,
  opts: SearchIndexOptions = {},
): Map<string, string> {
  const files = new Map<string, string>();
  const metaFor = emitSearchIndex(docs, opts, (path, text) => files.set(path, text));
  files.set(searchPaths.meta(), metaFor(buildId));
  return files;
}

/**
 * The same files handed to `emit` as they are made, all but meta.json, the last: it names the build id, which can
 * be made after the index (it hashes the other data files), so its text comes from the function returned.
 */
export function emitSearchIndex(
  docs: readonly IndexDoc[],
  opts: SearchIndexOptions,
  emit: (path: string, text: string) => void,
): (buildId: string) => string {
  const shardSize = opts.shardSize ?? 16_000;
  const headMax = opts.headMax ?? 1000;
  const docChunkSize = opts.docChunkSize ?? 4;
  const facetBucketSize = opts.facetBucketSize ?? 2_000;
  const filterDateFileSize = opts.filterDateFileSize ?? 24_000;
  // (Read beside a person's list: small files.)
  const withinFileSize = 8_000;
  const topRows = opts.topRows ?? 10;
  const topBucketsMax = opts.topBucketsMax ?? defaultTopBucketsMax;
  const phraseNames = opts.phraseNames ?? 2_000;
  const phrasePairs = opts.phrasePairs ?? 200;
  const wordPageRows = opts.wordPageRows ?? (docs.length <= wordPageMaxDocs ? defaultWordPageRows : 0);
  const prefixPageRows = opts.prefixPageRows ?? (wordPageRows > 0 ? defaultPrefixPageRows : 0);
  const onStep = opts.onStep ?? (() => undefined);
  // Each document's pairs (CountedTerms.pairs): null where the archive has none indexed, or a counted document came
  // without them (then no phrase could be trusted, so none are written).
  let docPairs: Uint32Array[] | null = docs.length <= (opts.pairMaxDocs ?? defaultPairMaxDocs) ? [] : null;

  // Postings pack doc number and weighted term frequency into one int: doc * 256 + tfw. Each document's word
  // postings are kept as counted (IndexDoc.counted: dictionary key * 256 + tfw, 4 bytes each, already in memory) or,
  // for a document tokenized here, packed the same way with this index's ids; its filter terms are in docFilters.
  // They are grouped by term once at the end, by a counting sort over the documents in order (a 100k-article
  // corpus has ~25 million postings: a log of (term, posting) pairs held 200 MB more at the build's peak).
  const counter = new TermCounter();
  const termIds = counter.ids;
  const termNames = counter.terms;
  const idOf = (term: string) => counter.idOf(term);
  const isFilter: boolean[] = [];
  /** Facet label of each filter term (a person's name, a country as written). */
  const filterLabel = new Map<number, string>();
  // Each document's filter term ids (CSR), for precomputed facet counts.
  const docFilterStart = new Int32Array(docs.length + 1);
  const docFilters: number[] = [];
  const docLength = new Float64Array(docs.length);
  let totalLength = 0;
  /** Each document's packed word postings, and the dictionary their keys index (null: this index's ids). */
  const docWords: Uint32Array[] = new Array(docs.length);
  const docDictionary: (readonly string[] | null)[] = new Array(docs.length);
  /** Each document's terms of otherNames that its own terms lack, packed as docWords with this index's ids. */
  const docOtherNames: (Uint32Array | undefined)[] = new Array(docs.length);
  let postingCount = 0;
  // Each term's postings, counted as they are met (the grouping below needs no pass of its own to count them).
  let postingsOfId = new Int32Array(1 << 16);
  const countPosting = (id: number) => {
    if (id >= postingsOfId.length) {
      const grown = new Int32Array(Math.max(postingsOfId.length * 2, id + 1));
      grown.set(postingsOfId);
      postingsOfId = grown;
    }
    postingsOfId[id]!++;
  };

  let tokenized = new Uint32Array(1 << 12);
  let tokenizedLength = 0;
  const appendCount = (id: number, frequency: number) => {
    if (id > maxPackedId) throw new Error(`The search index has more than ${maxPackedId + 1} terms`);
    if (tokenizedLength === tokenized.length) {
      const grown = new Uint32Array(tokenized.length * 2);
      grown.set(tokenized);
      tokenized = grown;
    }
    tokenized[tokenizedLength++] = id * 256 + Math.min(255, frequency);
  };
  // Terms counted beforehand (IndexDoc.counted): each dictionary's ids become this index's ids when first met,
  // as if the document had been tokenized here.
  const remaps = new Map<readonly string[], Int32Array>();
  const remapCounted = ({ dictionary, counts }: CountedTerms) => {
    let remap = remaps.get(dictionary);
    if (!remap || remap.length < dictionary.length) {
      const grown = new Int32Array(dictionary.length).fill(-1);
      if (remap) grown.set(remap);
      remaps.set(dictionary, (remap = grown));
    }
    for (let i = 0; i < counts.length; i++) {
      const key = counts[i]! >>> 8;
      let id = remap[key]!;
      if (id < 0) remap[key] = id = idOf(dictionary[key]!);
      countPosting(id);
    }
  };
  // A name's terms as the document's names are counted (packed as docWords), once per name: a person's other names
  // are added to each of their articles (IndexDoc.otherNames).
  const termsOfName = new Map<string, Uint32Array>();
  const nameTerms = (name: string): Uint32Array => {
    let terms = termsOfName.get(name);
    if (!terms) {
      tokenizedLength = 0;
      counter.count({ title: '', names: [name], place: '', body: [] }, appendCount, false);
      termsOfName.set(name, (terms = tokenized.slice(0, tokenizedLength)));
    }
    return terms;
  };
  // A person's or a country's filter term id, by slug or country as written (a few thousand serve every document).
  const personIds = new Map<string, number>();
  const personId = (slug: string) => {
    let id = personIds.get(slug);
    if (id === undefined) personIds.set(slug, (id = idOf(personTerm(slug))));
    return id;
  };
  const countryIds = new Map<string, number>();
  const filterLabels: string[] = [];
  const countryId = (country: string) => {
    let id = countryIds.get(country);
    if (id === undefined) countryIds.set(country, (id = idOf(countryTerm(country))));
    return id;
  };
  docs.forEach((doc, d) => {
    if (d % 500 === 0) onStep('tokenizing', d, docs.length);
    let length: number;
    if (doc.counted) {
      remapCounted(doc.counted);
      docWords[d] = doc.counted.counts;
      docDictionary[d] = doc.counted.dictionary;
      length = doc.counted.length;
      if (docPairs && doc.counted.pairs) docPairs[d] = doc.counted.pairs;
      else docPairs = null;
    } else {
      tokenizedLength = 0;
      length = counter.count(doc, appendCount, docPairs !== null);
      docWords[d] = tokenized.slice(0, tokenizedLength);
      for (let i = 0; i < tokenizedLength; i++) countPosting(tokenized[i]! >>> 8);
      docDictionary[d] = null;
      if (docPairs) docPairs[d] = counter.lastPairs();
    }
    if (doc.otherNames?.length) {
      // A few terms, most of them the document's own already (a surname): one pass over its terms drops those.
      const other: number[] = [];
      for (const name of doc.otherNames)
        for (const packed of nameTerms(name)) {
          const at = other.findIndex((o) => o >>> 8 === packed >>> 8);
          if (at < 0) other.push(packed);
          else other[at] = Math.min(other[at]! + (packed & 255), (other[at]! | 255) >>> 0);
        }
      const remap = docDictionary[d] ? remaps.get(docDictionary[d])! : null;
      let left = other.length;
      const words = docWords[d];
      for (let i = 0; i < words.length; i++) {
        const id = remap ? remap[words[i]! >>> 8]! : words[i]! >>> 8;
        let at = 0;
        while (at < left && other[at]! >>> 8 !== id) at++;
        if (at < left) {
          other[at] = other[--left]!;
          if (left === 0) break;
        }
      }
      if (left) docOtherNames[d] = Uint32Array.from(other.slice(0, left));
      for (let i = 0; i < left; i++) countPosting(other[i]! >>> 8);
      postingCount += left;
    }
    postingCount += docWords[d].length;
    docLength[d] = length;
    totalLength += length;
    // Each filter term once a document, in the order first met, with the label last given to it there (two
    // spellings of one country); labelled by the first document that names it.
    const first = docFilters.length;
    const addFilter = (id: number, label: string) => {
      for (let k = first; k < docFilters.length; k++)
        if (docFilters[k] === id) {
          filterLabels[k - first] = label;
          return;
        }
      filterLabels[docFilters.length - first] = label;
      docFilters.push(id);
    };
    doc.people.forEach((slug, i) => addFilter(personId(slug), doc.personNames?.[i] ?? slug));
    for (const country of doc.summary.countries) addFilter(countryId(country), country);
    for (let k = first; k < docFilters.length; k++) {
      const id = docFilters[k]!;
      countPosting(id);
      if (isFilter[id]) continue;
      isFilter[id] = true;
      filterLabel.set(id, filterLabels[k - first]!);
    }
    docFilterStart[d + 1] = docFilters.length;
  });
  const avgLength = totalLength / Math.max(1, docs.length) || 1;
  onStep('postings', 0, 1);

  // Group the postings by term (a counting sort over the documents in order keeps doc order within each term):
  // each term's postings were counted above, so one pass puts each one's doc number in place and, for a word, its
  // impact, once (a list is read for its shard entry and again for precomputed first pages): every reader below
  // takes subarrays of the two instead of copies.
  const logLength = postingCount + docFilters.length;
  const starts = new Int32Array(termNames.length + 1);
  const grouped = new Int32Array(logLength);
  const impactsOfPostings = new Uint8Array(logLength);
  for (let t = 0; t < termNames.length; t++) starts[t + 1] = starts[t]! + (postingsOfId[t] ?? 0);
  postingsOfId = new Int32Array(0);
  const fill = starts.slice(0, termNames.length);
  const filterFlag = Uint8Array.from({ length: termNames.length }, (_, id) => (isFilter[id] ? 1 : 0));
  // A document's impacts depend on its length and a posting's frequency alone, and most of its postings share a
  // few frequencies: each is worked out once a document (impactDoc[tfw] says for which).
  const impactDoc = new Int32Array(256).fill(-1);
  const impactOfTfw = new Uint8Array(256);
  for (let d = 0; d < docs.length; d++) {
    const words = docWords[d]!;
    const dictionary = docDictionary[d];
    const remap = dictionary ? remaps.get(dictionary)! : null;
    const norm = k1 * (1 - b + (b * docLength[d]!) / avgLength);
    const place = (id: number, tfw: number) => {
      const at = fill[id]!++;
      grouped[at] = d;
      if (filterFlag[id]) return;
      if (impactDoc[tfw] !== d) {
        impactDoc[tfw] = d;
        const impact = (tfw * (k1 + 1)) / (tfw + norm);
        impactOfTfw[tfw] = Math.max(
          1,
          Math.min(impactLevels, Math.round((impact / maxImpact) * impactLevels)),
        );
      }
      impactsOfPostings[at] = impactOfTfw[tfw]!;
    };
    for (let i = 0; i < words.length; i++) {
      const packed = words[i]!;
      place(remap ? remap[packed >>> 8]! : packed >>> 8, packed & 255);
    }
    const other = docOtherNames[d];
    if (other) for (let i = 0; i < other.length; i++) place(other[i]! >>> 8, other[i]! & 255);
    for (let k = docFilterStart[d]!; k < docFilterStart[d + 1]!; k++) grouped[fill[docFilters[k]!]!++] = d;
  }
  docWords.length = 0;
  docOtherNames.length = 0;
  if (opts.releaseCounted) for (const doc of docs) doc.counted = undefined;
  /** A term's doc numbers, ascending. */
  const docsOfId = (id: number) => grouped.subarray(starts[id]!, starts[id + 1]!);
  /** Its postings' impacts (words only), in the same order. */
  const impactsOfId = (id: number) => impactsOfPostings.subarray(starts[id]!, starts[id + 1]!);
  const dfOfId = (id: number) => starts[id + 1]! - starts[id]!;

  onStep('shards', 0, 1);
  // ---- facets ---------------------------------------------------------------------------------------------------
  // Exact person and country counts: per term, over its complete list (a counting pass over its documents' filter
  // terms); per filter value, its complete doc list, so the browser can intersect it with any set of matches.
  const facetCounts = new Int32Array(termNames.length);
  // Each term's place in code-unit order, so ties between equal counts compare two integers, not two strings.
  const terms = [...termNames].sort();
  const termRank = new Int32Array(termNames.length);
  /** Each term's document count, by its place in `terms` (the loops over every term below read it there). */
  const dfByRank = new Int32Array(terms.length);
  terms.forEach((term, rank) => {
    const id = termIds.get(term)!;
    termRank[id] = rank;
    dfByRank[rank] = dfOfId(id);
  });
  /** 1 for a person filter, 2 for a country filter, 0 for a word. */
  const filterKind = new Uint8Array(termNames.length);
  termNames.forEach((term, id) => {
    if (isFilter[id]) filterKind[id] = term.startsWith('person:') ? 1 : term.startsWith('country:') ? 2 : 0;
  });
  // Each document's person filters, then its country filters (CSR: people from facetStart[d] to facetSplit[d],
  // countries to facetStart[d + 1]), so counting a term's facets, a pass over most postings, reads no kind.
  const facetStart = new Int32Array(docs.length + 1);
  const facetSplit = new Int32Array(docs.length);
  const facetIds = new Int32Array(docFilters.length);
  for (let d = 0, at = 0; d < docs.length; d++) {
    for (let kind = 1; kind <= 2; kind++) {
      if (kind === 2) facetSplit[d] = at;
      for (let k = docFilterStart[d]!; k < docFilterStart[d + 1]!; k++)
        if (filterKind[docFilters[k]!] === kind) facetIds[at++] = docFilters[k]!;
    }
    facetStart[d + 1] = at;
  }
  const touchedPeople: number[] = [];
  const touchedCountries: number[] = [];
  // The `limit` ids with the highest counts (ties in term order), in that order: one pass keeping a short sorted
  // list, rather than sorting the thousands of people a common word's documents mention.
  const ranksBefore = (x: number, y: number) =>
    facetCounts[x]! > facetCounts[y]! || (facetCounts[x] === facetCounts[y] && termRank[x]! < termRank[y]!);
  const topFacets = (ids: readonly number[], limit: number): number[] => {
    const top: number[] = [];
    for (const id of ids) {
      let at = top.length;
      if (at === limit) {
        if (!ranksBefore(id, top[at - 1]!)) continue;
        at--;
      } else top.push(id);
      while (at > 0 && ranksBefore(id, top[at - 1]!)) {
        top[at] = top[at - 1]!;
        at--;
      }
      top[at] = id;
    }
    return top;
  };
  const personFilters: number[] = [];
  const countryFilters: number[] = [];
  filterKind.forEach((kind, id) => {
    if (kind === 1) personFilters.push(id);
    else if (kind === 2) countryFilters.push(id);
  });
  // A word in most documents counts its facets over the documents without it: each filter's count is then its
  // own document count less theirs (the same counts, from fewer postings).
  const countComplement = (docNumbers: Int32Array) => {
    // The documents between one of the list's and the next.
    for (let i = 0, gapStart = 0; i <= docNumbers.length; i++) {
      const gapEnd = i < docNumbers.length ? docNumbers[i]! : docs.length;
      for (let k = facetStart[gapStart]!; k < facetStart[gapEnd]!; k++) facetCounts[facetIds[k]!]!--;
      gapStart = gapEnd + 1;
    }
    for (const id of personFilters)
      if ((facetCounts[id]! += starts[id + 1]! - starts[id]!) > 0) touchedPeople.push(id);
    for (const id of countryFilters)
      if ((facetCounts[id]! += starts[id + 1]! - starts[id]!) > 0) touchedCountries.push(id);
  };
  const termFacets = (docNumbers: Int32Array): TermFacets => {
    if (docNumbers.length * 2 > docs.length) countComplement(docNumbers);
    else
      for (let i = 0; i < docNumbers.length; i++) {
        const d = docNumbers[i]!;
        const split = facetSplit[d]!;
        const end = facetStart[d + 1]!;
        for (let k = facetStart[d]!; k < split; k++) {
          const id = facetIds[k]!;
          if (facetCounts[id]!++ === 0) touchedPeople.push(id);
        }
        for (let k = split; k < end; k++) {
          const id = facetIds[k]!;
          if (facetCounts[id]!++ === 0) touchedCountries.push(id);
        }
      }
    const result: TermFacets = {
      p: topFacets(touchedPeople, termFacetPeople).map((id) => [
        termNames[id]!.slice('person:'.length),
        filterLabel.get(id)!,
        facetCounts[id]!,
        starts[id + 1]! - starts[id]!,
      ]),
      c: topFacets(touchedCountries, termFacetCountries).map((id) => [
        filterLabel.get(id)!,
        facetCounts[id]!,
      ]),
    };
    for (const id of touchedPeople) facetCounts[id] = 0;
    for (const id of touchedCountries) facetCounts[id] = 0;
    touchedPeople.length = 0;
    touchedCountries.length = 0;
    return result;
  };
  const filterIds = termNames.map((_, id) => id).filter((id) => isFilter[id]);
  const docsOf = (id: number) => docsText(docsOfId(id));
  const personLists = filterIds
    .filter((id) => termNames[id]!.startsWith('person:'))
    .map((id) => [termNames[id]!, docsOf(id)] as const);
  const personBuckets = Math.max(
    1,
    Math.ceil(personLists.reduce((sum, [, list]) => sum + list.length, 0) / facetBucketSize),
  );
  const buckets = Array.from({ length: personBuckets }, (): PersonFacets => ({}));
  for (const [term, list] of personLists.sort(([x], [y]) => (x < y ? -1 : 1)))
    buckets[facetBucket(term, personBuckets)]![term] = list;
  buckets.forEach((bucket, b) => emit(searchPaths.personFacets(b), JSON.stringify(bucket)));
  const countries = filterIds
    .filter((id) => termNames[id]!.startsWith('country:'))
    .map((id) => ({ id, name: filterLabel.get(id)! }))
    .sort((x, y) => (x.name < y.name ? -1 : 1));
  countries.forEach(({ id }, n) => emit(searchPaths.countryFacet(n), JSON.stringify({ docs: docsOf(id) })));

  // ---- shards ---------------------------------------------------------------------------------------------------
  const dates = docs.map((doc) => doc.summary.date);
  const years = dateRanges(dates, 'year');
  const months = dateRanges(dates, 'month');
  // Ties in the order the engine's exact counts list them (by label), where precomputed counts stand in for those.
  const tiesByLabel = (counted: TermFacets): TermFacets => ({
    p: counted.p.sort((x, y) => y[2] - x[2] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0)),
    c: counted.c.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
  });
  // A common word's own people and countries in each year of more than a page of its documents, counted as a
  // filter's are (Tail.y): the word searched in a year and nothing else (a country facet's scope beside `talks`, 2023
  // and Japan) has them exact from the tail it reads anyway, where it read its first page's rows for "at least"
  // counts (~15 KB gz in a shell build) or candidates' lists. No file more; a tail grows by ~1 KB gz.
  const tailYears = (list: Int32Array): Pick<Tail, 'y'> => {
    const y: DateFacets = {};
    for (const [year, start, end] of years) {
      const slice = list.subarray(lowerBound(list, start), lowerBound(list, end));
      if (slice.length > termFacetMinDf) y[year] = tiesByLabel(termFacets(slice));
    }
    return Object.keys(y).length ? { y } : {};
  };
  let tailCount = 0;
  // A word with a tail is common: its result rows are spread over the whole doc store (one file per row on its
  // first page). Its first page, in the order a search for it alone ranks (impact, then doc number), is kept here.
  const tops: [string, [number, ArticleSummary][]][] = [];
  const impactChars = (values: ArrayLike<number>) => {
    const bytes = scratchOf(values.length);
    for (let i = 0; i < values.length; i++) bytes[i] = b64Code(values[i]!);
    return asciiText.decode(bytes.subarray(0, values.length));
  };
  // The headMax highest-impact postings of a long list (ties by doc order). Impacts are small integers, so the
  // threshold comes from a histogram rather than a sort.
  const headOf = (impacts: Uint8Array): Uint8Array => {
    const histogram = new Int32Array(impactLevels + 1);
    for (let i = 0; i < impacts.length; i++) histogram[impacts[i]!]!++;
    let threshold = impactLevels;
    let above = 0;
    while (threshold > 1 && above + histogram[threshold]! < headMax) above += histogram[threshold--]!;
    let atThreshold = headMax - above;
    const inHead = new Uint8Array(impacts.length);
    for (let i = 0; i < impacts.length; i++) {
      const impact = impacts[i]!;
      if (impact > threshold || (impact === threshold && atThreshold-- > 0)) inHead[i] = 1;
    }
    return inHead;
  };
  const entryOf = (term: string): ShardEntry => {
    const id = termIds.get(term)!;
    const docNumbers = docsOfId(id);
    if (isFilter[id]) {
      if (docNumbers.length <= headMax) return [term, docNumbers.length, docsText(docNumbers), ''];
      // Filters list newest first, so the head of a long filter list is its first (newest) documents.
      emit(searchPaths.tail(tailCount), JSON.stringify({ docs: docsText(docNumbers) }));
      return [term, docNumbers.length, docsText(docNumbers.subarray(0, headMax)), '', tailCount++];
    }
    const impacts = impactsOfId(id);
    const facets = docNumbers.length > termFacetMinDf ? termFacets(docNumbers) : null;
    if (docNumbers.length <= headMax)
      return facets
        ? [term, docNumbers.length, docsText(docNumbers), impactChars(impacts), -1, facets]
        : [term, docNumbers.length, docsText(docNumbers), impactChars(impacts)];
    // A long list: the shard keeps the highest-impact head (what ranks first); the tail file has every doc.
    const inHead = headOf(impacts);
    const headDocs: number[] = [];
    const headImpacts: number[] = [];
    for (let i = 0; i < docNumbers.length; i++)
      if (inHead[i]) {
        headDocs.push(docNumbers[i]!);
        headImpacts.push(impacts[i]!);
      }
    emit(
      searchPaths.tail(tailCount),
      JSON.stringify({ docs: docsText(docNumbers), ...tailYears(docNumbers) } satisfies Tail),
    );
    const best = headDocs
      .map((_, i) => i)
      .sort((x, y) => headImpacts[y]! - headImpacts[x]! || headDocs[x]! - headDocs[y]!)
      .slice(0, topRows)
      .map((i): [number, ArticleSummary] => [headDocs[i]!, docs[headDocs[i]!]!.summary]);
    tops.push([term, best]);
    const head = docsText(headDocs);
    return facets
      ? [term, docNumbers.length, head, impactChars(headImpacts), tailCount++, facets]
      : [term, docNumbers.length, head, impactChars(headImpacts), tailCount++];
  };

  const shardFirstTerms: string[] = [];
  let previousLast = '';
  // A shard is put together from its entries' JSON (what JSON.stringify({ terms }) gives), so the facet counts,
  // serialized once to measure the entry, are not serialized again with the shard.
  let shard: string[] = [];
  let shardFirst = '';
  let shardLast = '';
  let shardChars = 0;
  const flush = () => {
    if (!shard.length) return;
    emit(searchPaths.shard(shardFirstTerms.length), `{"terms":[${shard.join(',')}]}`);
    // The directory needs only a separator: the shortest prefix of the shard's first term that sorts after the
    // previous shard's last term (a third of the bytes of whole terms on a large vocabulary).
    const first = shardFirst;
    let common = 0;
    while (common < first.length && first[common] === previousLast[common]) common++;
    shardFirstTerms.push(shardFirstTerms.length ? first.slice(0, common + 1) : first);
    previousLast = shardLast;
    shard = [];
    shardChars = 0;
  };
  terms.forEach((term, termsDone) => {
    if (termsDone % 2000 === 0) onStep('shards', termsDone, terms.length);
    const entry = entryOf(term);
    const facetsJson = entry[5] ? JSON.stringify(entry[5]) : '';
    const chars = entry[0].length + entry[2].length + entry[3].length + 16 + facetsJson.length;
    if (shardChars + chars > shardSize) flush();
    if (!shard.length) shardFirst = entry[0];
    shardLast = entry[0];
    shard.push(
      facetsJson ? `${JSON.stringify(entry.slice(0, 5)).slice(0, -1)},${facetsJson}]` : JSON.stringify(entry),
    );
    shardChars += chars;
  });
  flush();

  onStep('word lists', 0, 1);
  // ---- word lists for type-ahead and one-typo matching -----------------------------------------------------------
  const wordFiles = new Map<string, WordList>();
  // In an archive too large for every word's first page, the early-edit files correct typos instead of the `s` and
  // `t` lists (see SearchMeta.tops.edits); the `p` lists complete words there too.
  const withEditFiles = wordPageRows === 0 && opts.earlyEditFiles !== false;
  const typoFamilies = withEditFiles ? wordFamilies.filter((family) => family === 'p') : wordFamilies;
  terms.forEach((term, rank) => {
    if (!isListWord(term)) return;
    const df = dfByRank[rank]!;
    for (const family of typoFamilies) {
      if (family !== 'p' && term.length < 4) continue;
      const name = family + wordKey(family, term);
      let list = wordFiles.get(name);
      if (!list) wordFiles.set(name, (list = []));
      list.push([term, df]);
    }
  });
  const bits = new Uint8Array(Math.ceil((wordFamilies.length * wordKeyChars.length ** 2) / 6));
  for (const [name, list] of [...wordFiles.entries()].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const family = name.charAt(0) as WordFamily;
    const key = name.slice(1);
    const bit = wordFileBit(family, key);
    if (bit < 0) continue;
    bits[Math.floor(bit / 6)]! |= 1 << (bit % 6);
    emit(searchPaths.words(family, key), JSON.stringify([encodeWordList(list)] satisfies WordFile));
  }

  onStep('doc store', 0, 1);
  // ---- doc store and year ranges ---------------------------------------------------------------------------------
  // Each result row's JSON: the doc store holds every row, and the first pages below repeat many, made once for
  // them. A larger archive keeps only the rows of the first pages known so far (the common words') through the doc
  // store: keeping every row's, all of them surviving the young generation, made its collections copy them all.
  // A small one keeps them all, since its words' and prefixes' pages (wordPageRows) show most of its documents.
  const rowJsons: (string | undefined)[] = new Array(docs.length);
  const rowJson = (d: number) => (rowJsons[d] ??= JSON.stringify(docs[d]!.summary));
  if (wordPageRows > 0) for (let d = 0; d < docs.length; d++) rowJson(d);
  else for (const [, rows] of tops) for (const [d] of rows) rowJson(d);
  for (let start = 0; start < docs.length; start += docChunkSize) {
    const chunk: string[] = [];
    for (let d = start; d < Math.min(docs.length, start + docChunkSize); d++)
      chunk.push(rowJsons[d] ?? JSON.stringify(docs[d]!.summary));
    emit(searchPaths.docs(start / docChunkSize), `[${chunk.join(',')}]`);
  }
  // Each year with its months' ranges, after its own: what a year's file of date facets counts.
  const yearRanges = years.map(
    (range) => [range, ...months.filter(([m]) => m.startsWith(range[0]))] as const,
  );
  /** A year's and its months' facets over the documents `within` gives of each range, where more than a page. */
  const dateFacetsOf = (
    ranges: (typeof yearRanges)[number],
    within: (first: number, last: number) => Int32Array,
  ): DateFacets => {
    const file: DateFacets = {};
    for (const [key, first, last] of ranges) {
      const docNumbers = within(first, last);
      if (docNumbers.length > termFacetMinDf) file[key] = termFacets(docNumbers);
    }
    return file;
  };
  // A year's and its months' people and countries, counted over every document in them as a word's are: a search of
  // a date alone has no word whose facets name them (it took them from its newest page). One file a year, read only
  // by such a search; a range of a page or fewer is counted from its rows.
  const everyDocument = (first: number, last: number) =>
    Int32Array.from({ length: last - first }, (_, i) => first + i);
  for (const ranges of yearRanges) {
    const [year, start, end] = ranges[0];
    if (end - start <= termFacetMinDf) continue;
    const facets = dateFacetsOf(ranges, everyDocument);
    emit(searchPaths.dateFacets(year), JSON.stringify(facets));
    // The year's most mentioned people, the likeliest candidates of a dated search's counts, with their documents in
    // the year only (~3 KB gz at the realistic 100,000): such a search counts them without their whole lists' buckets
    // (~5 KB gz each, ~200 people's).
    const yearLists: PersonFacets = {};
    for (const [slug] of facets[year]!.p) {
      const list = docsOfId(termIds.get(personTerm(slug))!);
      yearLists[personTerm(slug)] = docsText(list.subarray(lowerBound(list, start), lowerBound(list, end)));
    }
    emit(searchPaths.yearLists(year), JSON.stringify(yearLists));
  }
  // A person's or a country's own people and countries in a year and in each of its months (of more than a page of
  // their documents), counted as the date's are: a date searched with one filter then has its counts at hand, where
  // it intersected the matches with a dozen candidates' lists (~50 KB gz, issue 4). The filters of a year share a
  // few files (hashed by term), read only by such a search.
  /**
   * Term -> JSON text entries in `buckets` files, each entry in the file its term hashes to (facetBucket, as the engine
   * looks it up), each file one object; an empty bucket is not written.
   */
  const emitByTerm = (
    entries: readonly (readonly [string, string])[],
    buckets: number,
    pathOf: (bucket: number) => string,
  ) => {
    const parts: string[][] = Array.from({ length: buckets }, () => []);
    for (const [term, json] of entries)
      parts[facetBucket(term, buckets)]!.push(`${JSON.stringify(term)}:${json}`);
    parts.forEach((part, b) => {
      if (part.length) emit(pathOf(b), `{${part.join(',')}}`);
    });
  };
  const filterDates = new Map<string, [string, DateFacets][]>();
  const within: [string, string[]][] = [];
  for (const id of filterIds) {
    const list = docsOfId(id);
    if (list.length <= termFacetMinDf) continue;
    const slice = (first: number, end: number) =>
      list.subarray(lowerBound(list, first), lowerBound(list, end));
    // A person in one country in every article of theirs: a search of both needs only the person's list.
    if (termNames[id]!.startsWith('person:')) {
      const countries = termFacets(list).c.filter(([, count]) => count === list.length);
      if (countries.length) within.push([termNames[id]!, countries.map(([name]) => name)]);
    }
    for (const ranges of yearRanges) {
      const [year, start, end] = ranges[0];
      if (slice(start, end).length <= termFacetMinDf) continue;
      const file = dateFacetsOf(ranges, slice);
      let entries = filterDates.get(year);
      if (!entries) filterDates.set(year, (entries = []));
      entries.push([termNames[id]!, file]);
    }
  }
  const filterDateJson = [...filterDates].map(
    ([year, entries]) =>
      [year, entries.map(([term, file]) => [term, JSON.stringify(file)] as const)] as const,
  );
  const filterDateBuckets = Math.max(
    1,
    ...filterDateJson.map(([, entries]) =>
      Math.ceil(
        entries.reduce((sum, [term, json]) => sum + term.length + json.length, 0) / filterDateFileSize,
      ),
    ),
  );
  for (const [year, entries] of filterDateJson)
    emitByTerm(entries, filterDateBuckets, (b) => searchPaths.filterDateFacets(year, b));

  // The people a country has every article of (of more than a page of them), hashed into small files (PersonWithin).
  const withinBuckets = Math.max(
    1,
    Math.ceil(
      within.reduce((sum, [term, names]) => sum + term.length + names.join().length + 8, 0) / withinFileSize,
    ),
  );
  emitByTerm(
    within.map(([term, names]) => [term, JSON.stringify(names)] as const),
    withinBuckets,
    searchPaths.personWithin,
  );

  onStep('first pages', 0, 1);
  // ---- first pages of names and word pairs ----------------------------------------------------------------------
  const isFilterTerm = (term: string) => isFilter[termIds.get(term)!] === true;
  const viewOf = (term: string): TermView | null => {
    if (!termIds.has(term) || isFilterTerm(term)) return null;
    const id = termIds.get(term)!;
    const docNumbers = docsOfId(id);
    const impacts = impactsOfId(id);
    return {
      df: docNumbers.length,
      docs: docNumbers,
      impacts,
      head: docNumbers.length > headMax ? headOf(impacts) : null,
    };
  };
  const views = new Map<string, TermView | null>();
  const source: PhraseSource = {
    docCount: docs.length,
    view: (term) => {
      if (!views.has(term)) views.set(term, viewOf(term));
      return views.get(term)!;
    },
    wordsWithPrefix: (prefix) => {
      const out: [string, number][] = [];
      // The words of the `p` word files (see the word lists above).
      for (let i = lowerBound(terms, prefix); i < terms.length && terms[i]!.startsWith(prefix); i++) {
        const term = terms[i]!;
        if (term.length > prefix.length && term.length >= 3 && fuzzyWord.test(term) && !/^\d+$/.test(term))
          out.push([term, dfByRank[i]!]);
      }
      return out;
    },
    years,
  };
  const topWords = new Set(tops.map(([term]) => term));
  const commonWordCount = tops.length;
  const phrases: [string, PhrasePage][] = [];
  // Words with a tail: a few hundred, asked about for every word of the pair sample.
  const commonWords = new Set<string>();
  // Pairs are made of words in more than a tenth of the documents (or with a tail), so a small archive, where no
  // word has a tail, gets its frequent pairs too.
  const pairMinDf = Math.min(headMax, Math.floor(docs.length / 10));
  const pairWords = new Set<string>();
  termNames.forEach((term, id) => {
    const df = starts[id + 1]! - starts[id]!;
    if (isFilter[id]) return;
    if (df > headMax) commonWords.add(term);
    if (df > pairMinDf) pairWords.add(term);
  });
  const candidates = phraseCandidates(docs, {
    names: phraseNames,
    pairs: phrasePairs,
    pairSampleDocs,
    isCommon: (term) => commonWords.has(term),
    isPairWord: (term) => pairWords.has(term),
  });
  // A word's first page alone, in the order it ranks alone (impact, then doc number).
  const wordPage = (view: TermView): [number, ArticleSummary][] =>
    Array.from(view.docs, (_, i) => i)
      .sort((x, y) => view.impacts[y]! - view.impacts[x]! || x - y)
      .slice(0, topRows)
      .map((i): [number, ArticleSummary] => [view.docs[i]!, docs[view.docs[i]!]!.summary]);
  // The people a page's words name (the browser's name lookup finds them), with their counts over its matches where
  // its ten do not list them (PhrasePage.n): a full name's counts then need none of their lists.
  let namedBy: ((words: readonly string[]) => number[]) | undefined;
  const namedCounts = (words: readonly QueryWord[], matches: Int32Array, f: TermFacets) => {
    namedBy ??= namedPeopleFinder(
      termNames.flatMap((term, id) => {
        if (!isFilter[id] || !term.startsWith('person:')) return [];
        const aliases = opts.personAliases?.[term.slice('person:'.length)] ?? [];
        return [{ id, names: [filterLabel.get(id)!, ...aliases] }];
      }),
    );
    const counts: [string, number][] = [];
    for (const id of namedBy(words.map((w) => w.word))) {
      const slug = termNames[id]!.slice('person:'.length);
      if (f.p.some(([listed]) => listed === slug)) continue;
      const count = intersect({ docs: matches, scores: null }, { docs: docsOfId(id), scores: null }).docs
        .length;
      if (count) counts.push([slug, count]);
    }
    return counts.sort(([x, cx], [y, cy]) => cy - cx || (x < y ? -1 : 1));
  };
  // Whether a page's words are read as a name, as the engine's name lookup reads them from their shard entries
  // (PhrasePage.name): each word as typed whole (one term, or Chinese), with its terms' entries and the completions the
  // page searched. Only what readAsName reads is made: whether the entry is a filter's, and its facets (cached).
  const facetsOfTerm = new Map<string, TermFacets | null>();
  const readEntry = (term: string): ShardEntry => {
    let facets = facetsOfTerm.get(term);
    if (facets === undefined) {
      const list = docsOfId(termIds.get(term)!);
      facets = list.length > termFacetMinDf ? termFacets(list) : null;
      facetsOfTerm.set(term, facets);
    }
    return facets ? [term, 0, '', 'i', -1, facets] : [term, 0, '', 'i'];
  };
  const readAsNameOf = (words: readonly QueryWord[], hl: readonly string[]): boolean | undefined => {
    const completions = hl.filter((term) => !words.some((w) => w.terms.includes(term)));
    const whole = words.every(({ word, terms }) => isHan(word) || terms.length === 1);
    if (!whole || ![...words.flatMap((w) => w.terms), ...completions].every((t) => termIds.has(t)))
      return undefined;
    return readAsName(
      words.map(({ word, terms }, w) => ({
        word: isHan(word) ? word : terms[0]!,
        entries: (w < words.length - 1 ? terms : [...terms, ...completions]).map(readEntry),
      })),
    );
  };
  for (const [candidatesDone, { key, words }] of candidates.entries()) {
    if (candidatesDone % 100 === 0) onStep('first pages', candidatesDone, candidates.length);
    if (words.length === 1 && words[0]!.terms.length === 1) {
      // A one-term name (王毅, a mononym): its rows join the one-word buckets.
      const view = topWords.has(key) ? null : source.view(key);
      if (!view) continue;
      tops.push([key, wordPage(view)]);
      topWords.add(key);
      continue;
    }
    const ranked = rankPhrase(words, source, topRows, termFacetMinDf);
    if (!ranked) continue;
    const rows = ranked.page.map((d): [number, ArticleSummary] => [d, docs[d]!.summary]);
    // A page's people and countries, counted as a word's are: without them a pair's counts read both words'
    // complete lists and a few person buckets (~57 KB gz at 100,000 articles), a full name's its words' lists and
    // the buckets of the people it names (~43 KB). Ties in the order the engine's exact counts list them (by label).
    const matches = ranked.total > termFacetMinDf ? Int32Array.from(ranked.matches!) : null;
    const f = matches && tiesByLabel(termFacets(matches));
    const n = matches && f && namedCounts(words, matches, f);
    // The same in each year of more than a page of its matches, with the year's first page (its doc numbers) and
    // its months' counts: the query in a year paints from this page's bucket, where it read its words' complete lists
    // (~25 KB gz for a word pair at the realistic 100,000) to find its matches there.
    const y: NonNullable<PhrasePage['y']> = {};
    if (matches)
      for (const [year, start, end] of years) {
        const slice = matches.subarray(lowerBound(matches, start), lowerBound(matches, end));
        if (slice.length <= termFacetMinDf) continue;
        const fy = tiesByLabel(termFacets(slice));
        const ny = namedCounts(words, slice, fy);
        const m = months
          .filter(([month]) => month.startsWith(year))
          .map(([, first, last]) => lowerBound(slice, last) - lowerBound(slice, first));
        y[year] = { f: fy, ...(ny.length ? { n: ny } : {}), r: ranked.yearPages![year]!, m };
      }
    phrases.push([
      key,
      {
        rows,
        total: ranked.total,
        years: ranked.years,
        hl: ranked.hl,
        ...(f ? { f } : {}),
        ...(n?.length ? { n } : {}),
        ...(Object.keys(y).length ? { y } : {}),
        ...(f ? { name: readAsNameOf(words, ranked.hl) } : {}),
      },
    ]);
  }
  // About two keys a bucket; every bucket is written (an empty one as {}), so the browser never meets a 404. The
  // names and pairs add buckets only up to topBucketsMax: past it they share the common words' buckets, so a shell
  // build (whose search index is not packed) stays under a host's file cap with a large cast of people.
  const keyCount = tops.length + phrases.length;
  // The other words of a small archive (see wordPageMaxDocs), most documents first, while their rows fit.
  let wordRows = 0;
  const others = (wordPageRows > 0 ? terms : [])
    .map((term, rank) => ({ term, df: dfByRank[rank]! }))
    .filter(({ term }) => !topWords.has(term) && !isFilterTerm(term))
    .sort((x, y) => y.df - x.df); // stable: ties stay in term order
  for (const { term, df } of others) {
    const rows = Math.min(df, topRows);
    if (wordRows + rows > wordPageRows) break;
    wordRows += rows;
    tops.push([term, wordPage(source.view(term)!)]);
    topWords.add(term);
  }
  // Then the Bloom filter holds every indexed word, so the browser knows a word is not indexed without its shard.
  const everyWord = wordPageRows > 0 && others.every(({ term }) => topWords.has(term));
  // Short prefixes, ranked by their most frequent completion (what a reader most likely means), shortest first.
  const prefixes: [string, PhrasePage][] = [];
  let prefixRows = 0;
  if (prefixPageRows > 0) {
    const bestDf = new Map<string, number>();
    terms.forEach((term, rank) => {
      if (term.length < 3 || !fuzzyWord.test(term) || /^\d+$/.test(term)) return;
      const df = dfByRank[rank]!;
      for (let n = 2; n <= Math.min(4, term.length - 1); n++) {
        const prefix = term.slice(0, n);
        if ((bestDf.get(prefix) ?? 0) < df) bestDf.set(prefix, df);
      }
    });
    const ordered = [...bestDf].sort(
      ([x, dx], [y, dy]) => x.length - y.length || dy - dx || (x < y ? -1 : 1),
    );
    for (const [prefix] of ordered) {
      const ranked = rankPrefix(prefix, source, topRows);
      if (!ranked) continue;
      if (prefixRows + ranked.page.length > prefixPageRows) break;
      prefixRows += ranked.page.length;
      const { page, ...rest } = ranked;
      prefixes.push([prefix, { rows: page.map((d) => [d, docs[d]!.summary]), ...rest }]);
    }
  }
  const topBuckets =
    Math.max(1, Math.ceil(commonWordCount / 2), Math.min(Math.ceil(keyCount / 2), topBucketsMax)) +
    Math.ceil(wordRows / wordPageBucketRows) +
    Math.ceil(prefixRows / wordPageBucketRows);
  // Each bucket (TopRows) holds its keys' JSON, what JSON.stringify gives for them, so every row is serialized once.
  const rowsJson = (rows: [number, ArticleSummary][]) =>
    `[${rows.map(([d]) => `[${d},${rowJson(d)}]`).join(',')}]`;
  const pageJson = ({ rows, ...rest }: PhrasePage) =>
    `{"rows":${rowsJson(rows)},${JSON.stringify(rest).slice(1)}`;
  const topFiles = Array.from({ length: topBuckets }, (): Record<string, string> => ({}));
  // A prefix that is a word too ("iran", completed by "iranian") keeps the page the engine shows for it.
  for (const [term, rows] of [...tops, ...phrases, ...prefixes])
    topFiles[facetBucket(term, topBuckets)]![term] = Array.isArray(rows) ? rowsJson(rows) : pageJson(rows);
  // Object.keys lists the keys in JSON.stringify's order (integer-like ones such as "2024" first).
  topFiles.forEach((bucket, n) =>
    emit(
      searchPaths.tops(n),
      `{${Object.keys(bucket)
        .map((key) => `${JSON.stringify(key)}:${bucket[key]!}`)
        .join(',')}}`,
    ),
  );

  onStep('filters', 0, 1);
  const pairFiles = docPairs ? emitPairFiles(docPairs, emit) : 0;
  docPairs = null;
  // A larger archive: the most frequent fix words (every one in at least `nearMin` documents) in two filters, so
  // a typo of a common word finds its correction from its one-edit variants (see SearchMeta.tops.near).
  // The fix words by their place in `terms`, with their document counts.
  const fixRanks = everyWord ? [] : terms.flatMap((term, rank) => (isFixWord(term) ? [rank] : []));
  const near = everyWord
    ? null
    : nearFilters(
        fixRanks.map((rank) => terms[rank]!),
        (term) => dfOfId(termIds.get(term)!),
        opts.nearWords,
      );
  // Its fix words rarer than those, by their letters 4–7, each with its first page's documents (unless it has a
  // bucket), for a typo early in a word: the correction and its rows after two round trips instead of four.
  const editWords =
    near && withEditFiles
      ? fixRanks
          .filter((rank) => dfByRank[rank]! < near.nearMin)
          .map((rank): EditWord => {
            const term = terms[rank]!;
            const id = termIds.get(term)!;
            return {
              word: term,
              df: dfByRank[rank]!,
              firstPage: topWords.has(term) ? null : firstPageDocs(docsOfId(id), impactsOfId(id), topRows),
            };
          })
      : [];
  const edits = editWords.length ? emitEditFiles(editWords, emit) : 0;
  // Of those, the ones whose first three letters span more shards than a typo reads whole: by those letters, for a
  // typo's later edits (the `p` word list of its first two letters is ~6 times larger).
  const lateWords = edits
    ? editWords.filter(({ word }) => {
        const [first, last] = prefixShardRange(shardFirstTerms, word.slice(0, 3));
        return last - first + 1 > prefixShardMax;
      })
    : [];
  const lates = lateWords.length ? emitLateFiles(lateWords, emit) : 0;
  const rest: Omit<SearchMeta, 'version' | 'buildId'> = {
    docCount: docs.length,
    shards: encodeDirectory(shardFirstTerms),
    docChunkSize,
    years,
    months,
    words: Array.from(bits, (v) => b64Char(v)).join(''),
    personBuckets,
    ...(filterDates.size ? { filterDateBuckets } : {}),
    ...(within.length ? { withinBuckets } : {}),
    countries: countries.map(({ id, name }) => [name, starts[id + 1]! - starts[id]!]),
    tops: {
      buckets: topBuckets,
      words: bloomOf([...tops, ...phrases, ...prefixes].map(([term]) => term)),
      ...(everyWord
        ? {
            all: true as const,
            // The words a typo of five letters or more can be corrected to (see SearchMeta.tops.fix).
            fix: bloomOf(terms.filter(isFixWord).map(fixKey)),
          }
        : { ...near, ...(edits ? { edits } : {}), ...(lates ? { lates } : {}) }),
    },
    ...(pairFiles > 0 ? { pairs: pairFiles } : {}),
  };
  onStep('filters', 1, 1);
  return metaWriter(rest);
}

// Scratch bytes for the ASCII text of doc lists and impacts: a typed array of their own for each of a large
// archive's terms was over half a million buffers to allocate and sweep.
let scratch = new Uint8Array(1 << 16);
const scratchOf = (length: number) =>
  scratch.length >= length ? scratch : (scratch = new Uint8Array(Math.max(length, scratch.length * 2)));
const asciiText = new TextDecoder();

/** encodeDocs(docs), written in the scratch bytes. */
function docsText(docs: ArrayLike<number>): string {
  const bytes = scratchOf(docs.length * 7);
  return asciiText.decode(bytes.subarray(0, writeDocs(docs, bytes, 0)));
}

// Outside emitSearchIndex: a closure made there shares its scope with the index's other closures, so it kept the
// index's data alive while the build's index thread waited for the build id (the people files' minute at 100,000).
const metaWriter =
  (rest: Omit<SearchMeta, 'version' | 'buildId'>) =>
  (buildId: string): string =>
    JSON.stringify({ version: 3, buildId, ...rest } satisfies SearchMeta);

/**
 * The pairs files (SearchMeta.pairs): each document's pairs grouped by pairBucket (a counting sort over the
 * documents in order, so each pair's docs come sorted), and within a file by hash. Returns the number of files.
 */
function emitPairFiles(docPairs: readonly Uint32Array[], emit: (path: string, text: string) => void): number {
  let total = 0;
  for (const pairs of docPairs) total += pairs.length;
  const files = Math.max(1, Math.ceil(total / pairPostingsPerFile));
  const starts = new Int32Array(files + 1);
  for (const pairs of docPairs) for (const hash of pairs) starts[pairBucket(hash, files) + 1]!++;
  for (let f = 0; f < files; f++) starts[f + 1]! += starts[f]!;
  const fill = starts.slice(0, files);
  const hashes = new Uint32Array(total);
  const docNumbers = new Int32Array(total);
  docPairs.forEach((pairs, d) => {
    for (const hash of pairs) {
      const at = fill[pairBucket(hash, files)]!++;
      hashes[at] = hash;
      docNumbers[at] = d;
    }
  });
  // A file's postings by hash, then doc number: its hashes sorted natively, then each posting put after the ones
  // of its hash before it (they come in doc order), from the first place of its hash (a binary search).
  let maxFile = 0;
  for (let f = 0; f < files; f++) maxFile = Math.max(maxFile, starts[f + 1]! - starts[f]!);
  const sortedHashes = new Uint32Array(maxFile);
  const sortedDocs = new Int32Array(maxFile);
  const taken = new Int32Array(maxFile);
  // A file's JSON is written as bytes (all ASCII: base-36 keys, encodeDocs lists) and decoded once: per posting at
  // most 7 characters of docs, per pair 7 of key and 6 of punctuation.
  const bytes = new Uint8Array(2 + maxFile * 20);
  for (let f = 0; f < files; f++) {
    const start = starts[f]!;
    const count = starts[f + 1]! - start;
    const fileHashes = sortedHashes.subarray(0, count);
    fileHashes.set(hashes.subarray(start, start + count));
    fileHashes.sort();
    taken.fill(0, 0, count);
    for (let i = 0; i < count; i++) {
      const first = lowerBound(fileHashes, hashes[start + i]!);
      sortedDocs[first + taken[first]!++] = docNumbers[start + i]!;
    }
    let n = 0;
    bytes[n++] = openBrace;
    for (let i = 0; i < count;) {
      const hash = sortedHashes[i]!;
      const first = i;
      while (i < count && sortedHashes[i] === hash) i++;
      if (first > 0) bytes[n++] = comma;
      bytes[n++] = quote;
      n = writeBase36(Math.floor(hash / files), bytes, n); // pairKey(hash, files)
      bytes[n++] = quote;
      bytes[n++] = colon;
      bytes[n++] = quote;
      n = writeDocs(sortedDocs.subarray(first, i), bytes, n);
      bytes[n++] = quote;
    }
    bytes[n++] = closeBrace;
    emit(searchPaths.pairs(f), asciiText.decode(bytes.subarray(0, n)));
  }
  return files;
}

const openBrace = 0x7b; // {
const closeBrace = 0x7d; // }
const quote = 0x22; // "
const colon = 0x3a; // :
const comma = 0x2c; // ,
const base36Digits = '0123456789abcdefghijklmnopqrstuvwxyz';

/** value.toString(36) of a non-negative integer, written into `bytes` from `at`; returns where it ends. */
function writeBase36(value: number, bytes: Uint8Array, at: number): number {
  let digits = 1;
  for (let v = value; v >= 36; v = Math.floor(v / 36)) digits++;
  let v = value;
  for (let i = at + digits - 1; i >= at; i--) {
    bytes[i] = base36Digits.charCodeAt(v % 36);
    v = Math.floor(v / 36);
  }
  return at + digits;
}

/**
 * About how many words an early-edit file holds (SearchMeta.tops.edits): ~2 KB gz in a realistic archive. A typo
 * reads four or five of them; at 350 a shell build's worst typo was over the first search's 100 KB (DESIGN.md
 * "The worst typo's first search (session 29)").
 */
export const editWordsPerFile = 200;

interface EditWord {
  word: string;
  df: number;
  /** Its first page's documents, ascending; null where the word has a first-page bucket. */
  firstPage: number[] | null;
}

/** A word's first page alone: its `rows` highest-impact documents (ties: doc order, as the engine ranks), ascending. */
function firstPageDocs(docs: ArrayLike<number>, impacts: ArrayLike<number>, rows: number): number[] {
  // A list of a page or less is its page (most of the words these are for).
  if (docs.length <= rows) return Array.from(docs);
  const order = Array.from({ length: docs.length }, (_, i) => i);
  order.sort((x, y) => impacts[y]! - impacts[x]! || x - y);
  return order
    .slice(0, rows)
    .map((i) => docs[i]!)
    .sort((x, y) => x - y);
}

/** The early-edit files (SearchMeta.tops.edits), every one written (an empty one too). Returns their number. */
function emitEditFiles(words: readonly EditWord[], emit: (path: string, text: string) => void): number {
  const files = Math.ceil(words.length / editWordsPerFile);
  const lists: EditWord[][] = Array.from({ length: files }, () => []);
  // In code-unit order, as the words come, so each file front-codes them.
  for (const w of words) lists[facetBucket(editKey(w.word), files)]!.push(w);
  lists.forEach((list, n) => {
    const file: EditFile = [
      encodeWordList(list.map(({ word, df }) => [word, df])),
      list.map(({ firstPage }) => (firstPage ? docsText(firstPage) : '')).join(' '),
    ];
    emit(searchPaths.edits(n), JSON.stringify(file));
  });
  return files;
}

/** About how many words a late-edit file holds (SearchMeta.tops.lates): 2.6 KB gz median, realistic 100,000. */
export const lateWordsPerFile = 1000;

/** The late-edit files (SearchMeta.tops.lates), every one written. Returns their number. */
function emitLateFiles(words: readonly EditWord[], emit: (path: string, text: string) => void): number {
  const files = Math.ceil(words.length / lateWordsPerFile);
  const byFile: WordList[] = Array.from({ length: files }, () => []);
  // In code-unit order, as the words come, so each file front-codes them.
  for (const { word, df } of words) byFile[facetBucket(word.slice(0, 3), files)]!.push([word, df]);
  byFile.forEach((list, n) => emit(searchPaths.lateEdits(n), JSON.stringify([encodeWordList(list)])));
  return files;
}

/**
 * The near-word filters of an archive where not every word has a first page: the fix words in at least `nearMin`
 * documents, the most frequent within nearWordsMax (a tie at the cut leaves out its whole group, so the filters
 * hold every word at or above the threshold), in two filters keyed apart (nearKey, fixKey).
 */
export function nearFilters(
  fixWords: readonly string[],
  dfOf: (term: string) => number,
  max = nearWordsMax,
): { near: string; fix: string; nearMin: number } | null {
  const byDf = fixWords.map((term) => ({ term, df: dfOf(term) })).sort((x, y) => y.df - x.df);
  let count = Math.min(byDf.length, max);
  if (count < byDf.length) while (count > 0 && byDf[count - 1]!.df === byDf[count]!.df) count--;
  if (count === 0) return null;
  const kept = byDf.slice(0, count).map(({ term }) => term);
  return {
    near: bloomOf(kept.map(nearKey)),
    fix: bloomOf(kept.map(fixKey)),
    nearMin: count < byDf.length ? byDf[count - 1]!.df : 1,
  };
}
