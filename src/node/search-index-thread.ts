// The build's search index on the second core: a worker thread builds and writes it (search-index-worker.ts)
// while the main thread builds the other data files (buildSiteData's searchIndexElsewhere). The main thread only
// packs the index's documents into one message; the worker's heap holds the index alone, not the dataset.

import { Worker } from 'node:worker_threads';
import {
  pairSampleDocs,
  type IndexDoc,
  type SearchIndexOptions,
} from '../site/search-index/build-search-index.ts';
import { defaultPairMaxDocs, hanNamesOf } from '../site/search-index/count-terms.ts';
import type { SearchIndexTask, SearchIndexWritten, SentDoc } from './search-index-worker.ts';
import { bundleWorker, workerExecArgv } from './worker-bundle.ts';

export type { SearchIndexWritten } from './search-index-worker.ts';

/**
 * The documents as one message: their counted terms in one transferable array and, instead of the bodies (the
 * articles' text, which would be copied to the thread), the Han runs the index reads from them. A body is sent
 * where the index still reads it: the newest pairSampleDocs (their word pairs) and a document not counted.
 */
export function packIndexDocs(
  docs: readonly IndexDoc[],
  withPairs = true,
): Omit<Extract<SearchIndexTask, { docs: unknown }>, 'outDir' | 'options'> {
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
  const sent = docs.map((doc, d): SentDoc => {
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
    const bodyRead = !counted || d < pairSampleDocs;
    return {
      title: doc.title,
      names: doc.names,
      place: doc.place,
      body: bodyRead ? doc.body : [],
      summary: doc.summary,
      people: doc.people,
      personNames: doc.personNames,
      ...(doc.otherNames ? { otherNames: doc.otherNames } : {}),
      hanNames: bodyRead ? doc.hanNames : (doc.hanNames ?? hanNamesOf(doc.title, doc.body)),
    };
  });
  return { docs: sent, dictionaries, dictionaryOf, counts, ends, lengths, pairs, pairEnds };
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

/**
 * Documents per message to the thread. Each message is serialized whole before it is sent and held until the
 * thread has read it: the 100,000 documents of a large archive (~1 KB each, their list rows most of it) in one
 * message held that copy, and the serializer's spare room, beside the dataset at the data phase's peak.
 */
const HANDOVER_PART_DOCS = 10_000;

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
      const packed = packIndexDocs(docs, docs.length <= (options.pairMaxDocs ?? defaultPairMaxDocs));
      const { docs: sent, ...arrays } = packed;
      // The documents in parts, the last with the rest of the task (see HANDOVER_PART_DOCS).
      const last = Math.max(0, Math.ceil(sent.length / partDocs) - 1) * partDocs;
      for (let at = 0; at < last; at += partDocs)
        worker.postMessage({ docsPart: sent.slice(at, at + partDocs) } satisfies SearchIndexTask);
      worker.postMessage(
        {
          outDir,
          options: { ...options, onStep: undefined },
          ...arrays,
          docs: sent.slice(last),
        } satisfies SearchIndexTask,
        [packed.counts.buffer, packed.pairs.buffer],
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
