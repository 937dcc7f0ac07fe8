// The build's search index on the second core: a worker thread builds and writes it (search-index-worker.ts)
// while the main thread builds the other data files (buildSiteData's searchIndexElsewhere). The main thread only
// packs the index's documents into one message; the worker's heap holds the index alone, not the dataset.

import { Worker } from 'node:worker_threads';
import type { ArticleSummary, PersonRef } from '../common/site-data.ts';
import {
  pairSampleDocs,
  type IndexDoc,
  type SearchIndexOptions,
} from '../site/search-index/build-search-index.ts';
import { defaultPairMaxDocs, hanNamesOf } from '../site/search-index/count-terms.ts';
import type { EncodedDocs, SearchIndexTask, SearchIndexWritten } from './search-index-worker.ts';
import { bundleWorker, workerExecArgv } from './worker-bundle.ts';

export type { EncodedDocs, SearchIndexWritten } from './search-index-worker.ts';

/**
 * Documents per message to the thread. Each message is serialized whole before it is sent and held until the
 * thread has read it: the 100,000 documents of a large archive (~1 KB each, their list rows most of it) in one
 * message held that copy, and the serializer's spare room, beside the dataset at the data phase's peak.
 */
const HANDOVER_PART_DOCS = 10_000;

/** Compiles only when `Unlisted` is empty. */
type NoneLeft<Unlisted extends never> = Unlisted;
/**
 * encodeDocs and decodeDocs write each field by hand, so a key added to a document, its summary or a participant
 * must be added to both: these stop the build until it is, where an optional key would reach the thread dropped.
 */
export type EveryFieldEncoded = [
  NoneLeft<
    Exclude<
      keyof ArticleSummary,
      'slug' | 'title' | 'date' | 'place' | 'excerpt' | 'participants' | 'countries'
    >
  >,
  NoneLeft<Exclude<keyof PersonRef, 'slug' | 'name' | 'country'>>,
  NoneLeft<
    Exclude<
      keyof IndexDoc,
      | 'title'
      | 'place'
      | 'names'
      | 'body'
      | 'summary'
      | 'people'
      | 'personNames'
      | 'otherNames'
      | 'hanNames'
      | 'counted'
    >
  >,
];

/**
 * Encodes docs[from, to) as sent (see packIndexDocs for which bodies). Per document, in order: title, place, the
 * summary's slug, title, date, place (-1: null) and excerpt, then lists as a length and their items: names, body,
 * the participants (slug, name, country or -1), countries, people, personNames, otherNames, hanNames (-1: no list).
 */
function encodeDocs(
  docs: readonly IndexDoc[],
  from: number,
  to: number,
  bodyRead: (d: number) => boolean,
): EncodedDocs {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  // Strings that recur across documents (names, slugs of people, countries, places, dates) once each; a document's
  // own (its title, slug and excerpt) as they come, without a look-up.
  const shared = (text: string) => {
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = strings.push(text) - 1));
    return id;
  };
  const own = (text: string) => strings.push(text) - 1;
  let fields = new Int32Array(64 * Math.max(1, to - from));
  let n = 0;
  const put = (value: number) => {
    if (n === fields.length) {
      const grown = new Int32Array(fields.length * 2);
      grown.set(fields);
      fields = grown;
    }
    fields[n++] = value;
  };
  const list = (items: readonly string[] | undefined) => {
    if (!items) return put(-1);
    put(items.length);
    for (const item of items) put(shared(item));
  };
  for (let d = from; d < to; d++) {
    const doc = docs[d]!;
    const { summary } = doc;
    const bodySent = bodyRead(d);
    const title = own(doc.title);
    put(title);
    put(shared(doc.place));
    put(own(summary.slug));
    put(summary.title === doc.title ? title : own(summary.title));
    put(shared(summary.date));
    put(summary.place === null ? -1 : shared(summary.place));
    put(own(summary.excerpt));
    list(doc.names);
    if (bodySent) {
      put(doc.body.length);
      for (const paragraph of doc.body) put(own(paragraph));
    } else put(0);
    put(summary.participants.length);
    for (const p of summary.participants) {
      put(shared(p.slug));
      put(shared(p.name));
      put(p.country === null ? -1 : shared(p.country));
    }
    list(summary.countries);
    list(doc.people);
    list(doc.personNames);
    list(doc.otherNames);
    list(bodySent ? doc.hanNames : (doc.hanNames ?? hanNamesOf(doc.title, doc.body)));
  }
  return { strings, fields: fields.slice(0, n), count: to - from };
}

/**
 * The documents in parts of `partDocs` (encodeDocs), their counted terms in one transferable array and, instead of
 * the bodies (the articles' text, which would be copied to the thread), the Han runs the index reads from them. A
 * body is sent where the index still reads it: the newest pairSampleDocs (their word pairs) and a document not
 * counted.
 */
export function packIndexDocs(
  docs: readonly IndexDoc[],
  withPairs = true,
  partDocs = HANDOVER_PART_DOCS,
  /**
   * Given every part but the last as soon as it is encoded (which it then does not return), so the thread decodes
   * one part while the next is encoded and the counted terms are copied.
   */
  sendAhead?: (part: EncodedDocs) => void,
): Omit<Extract<SearchIndexTask, { docs: unknown }>, 'outDir' | 'options' | 'docs'> & {
  parts: EncodedDocs[];
} {
  const bodyRead = (d: number) => !docs[d]!.counted || d < pairSampleDocs;
  const parts: EncodedDocs[] = [];
  for (let at = 0; at < docs.length || at === 0; at += partDocs) {
    const part = encodeDocs(docs, at, Math.min(docs.length, at + partDocs), bodyRead);
    if (sendAhead && at + partDocs < docs.length) sendAhead(part);
    else parts.push(part);
  }
  const dictionaries: (readonly string[])[] = [];
  const dictionaryNumbers = new Map<readonly string[], number>();
  const dictionaryOf = new Int32Array(docs.length);
  const ends = new Uint32Array(docs.length);
  const lengths = new Float64Array(docs.length);
  let total = 0;
  let pairTotal = 0;
  for (const doc of docs) {
    total += doc.counted?.counts.length ?? 0;
    if (withPairs) pairTotal += doc.counted?.pairs?.length ?? 0;
  }
  const counts = new Uint32Array(total);
  // Each counted document's pairs (CountedTerms.pairs) likewise; a count of -1 where a document has none counted.
  const pairs = new Uint32Array(pairTotal);
  const pairEnds = new Int32Array(docs.length);
  let end = 0;
  let pairEnd = 0;
  docs.forEach((doc, d) => {
    const { counted } = doc;
    if (counted) {
      let number = dictionaryNumbers.get(counted.dictionary);
      if (number === undefined) {
        number = dictionaries.push(counted.dictionary) - 1;
        dictionaryNumbers.set(counted.dictionary, number);
      }
      dictionaryOf[d] = number;
      counts.set(counted.counts, end);
      end += counted.counts.length;
      lengths[d] = counted.length;
      if (withPairs && counted.pairs) {
        pairs.set(counted.pairs, pairEnd);
        pairEnd += counted.pairs.length;
      }
    } else dictionaryOf[d] = -1;
    ends[d] = end;
    pairEnds[d] = withPairs && counted?.pairs ? pairEnd : -1;
  });
  return { parts, dictionaries, dictionaryOf, counts, ends, lengths, pairs, pairEnds };
}

export interface SearchIndexThread {
  /** buildSiteData's searchIndexElsewhere: sends the documents, and returns what sends the build id. */
  readonly start: (docs: IndexDoc[], opts: SearchIndexOptions) => (buildId: string) => void;
  /** Resolves once the thread wrote every file of the index (nothing, if start was never called). */
  finished(): Promise<SearchIndexWritten>;
  /** Ends the thread (the build failed). */
  stop(): Promise<void>;
}

const workerEntry = new URL('./search-index-worker.ts', import.meta.url);

/** Bundles the thread's script ahead (while the build ingests), so starting it later does not wait for that. */
export function prepareSearchIndexThread(): void {
  void bundleWorker(workerEntry);
}

/**
 * A thread for one build's search index, writing into `outDir`; null when it cannot be started (esbuild missing):
 * the main thread then builds the index itself.
 */
export async function startSearchIndexThread(
  outDir: string,
  opts: { partDocs?: number } = {},
): Promise<SearchIndexThread | null> {
  const partDocs = opts.partDocs ?? HANDOVER_PART_DOCS;
  const code = await bundleWorker(workerEntry);
  if (!code) return null;
  let worker: Worker;
  try {
    worker = new Worker(code, { eval: true, execArgv: workerExecArgv() });
  } catch {
    return null;
  }
  // A build that throws before finished() must still be able to exit.
  worker.unref();
  let started = false;
  const result = new Promise<SearchIndexWritten>((resolve, reject) => {
    worker.once('message', (written: SearchIndexWritten) => {
      void worker.terminate();
      if (written.error) reject(new Error(`readout: the search index failed: ${written.error}`));
      else resolve(written);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`readout: the search index's thread exited (${code})`)));
  });
  // Awaited only by finished(); a failure before then is not an unhandled rejection.
  result.catch(() => undefined);
  return {
    start(docs, options) {
      started = true;
      // An archive past pairMaxDocs indexes no pairs: the ones its first articles were counted with stay here.
      // The documents in parts, the last with the rest of the task (see HANDOVER_PART_DOCS).
      const { parts, ...arrays } = packIndexDocs(
        docs,
        docs.length <= (options.pairMaxDocs ?? defaultPairMaxDocs),
        partDocs,
        (part) => worker.postMessage({ docsPart: part } satisfies SearchIndexTask, [part.fields.buffer]),
      );
      const last = parts[0]!;
      worker.postMessage(
        {
          outDir,
          options: { ...options, onStep: undefined },
          ...arrays,
          docs: last,
        } satisfies SearchIndexTask,
        [arrays.counts.buffer, arrays.pairs.buffer, last.fields.buffer],
      );
      return (buildId) => worker.postMessage({ buildId } satisfies SearchIndexTask);
    },
    finished() {
      if (!started) {
        void worker.terminate();
        return Promise.resolve({ paths: [], bytes: 0, largest: null, error: null });
      }
      worker.ref();
      return result;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
