// Worker thread of the build's data phase: builds the search index from the documents the main thread sends (see
// search-index-thread.ts) and writes its files, while the main thread builds and writes the other data files.
// Started from one esbuild bundle of this file; runs the same emitSearchIndex as the main thread, so the files are
// the same.

import { parentPort } from 'node:worker_threads';
import { searchPaths } from '../common/paths.ts';
import type { ArticleSummary, PersonRef } from '../common/site-data.ts';
import {
  emitSearchIndex,
  type IndexDoc,
  type SearchIndexOptions,
} from '../site/search-index/build-search-index.ts';
import { collectGarbage } from './collect-garbage.ts';
import { assertRelativeInside, writeBatch, type BatchTotals } from './write-files.ts';

/**
 * Documents as sent to the thread: each string once in `strings` (a person's slug, name and country serve thousands
 * of documents), every field a number in `fields` (transferred, not copied). The structured clone of the documents as
 * objects wrote every key and every string of every document again (119 MB at 100,000 bench articles, ~1.8 CPU-s on
 * the main thread while the second core waited, and as long again to read on the thread): see BUILD.md, session 33.
 */
export interface EncodedDocs {
  strings: string[];
  fields: Int32Array<ArrayBuffer>;
  count: number;
}

/** The index's first documents in parts (in order), then the task with the last ones, then the build id. */
export type SearchIndexTask =
  | { docsPart: EncodedDocs }
  | {
      outDir: string;
      /** Without onStep: a function cannot be sent. */
      options: SearchIndexOptions;
      docs: EncodedDocs;
      /** The dictionaries of the counted terms (one in a build: the ingest's). */
      dictionaries: (readonly string[])[];
      /** Each document's dictionary, or -1 when its terms were not counted (the index tokenizes its body). */
      dictionaryOf: Int32Array;
      /** Every document's packed counts, one after another; document d's end at ends[d]. */
      counts: Uint32Array<ArrayBuffer>;
      ends: Uint32Array;
      lengths: Float64Array;
      /** Every counted document's pairs, one after another; document d's end at pairEnds[d] (-1: none counted). */
      pairs: Uint32Array<ArrayBuffer>;
      pairEnds: Int32Array;
    }
  | { buildId: string };

type DocsTask = Extract<SearchIndexTask, { outDir: string }>;

/** What the thread wrote: every path, in the order made, and the totals (or why it failed). */
export interface SearchIndexWritten {
  paths: string[];
  bytes: number;
  largest: { file: string; bytes: number } | null;
  error: string | null;
}

/** The documents as encodeDocs sent them: what packIndexDocs was given, less the bodies it did not send. */
export function decodeDocs({ strings, fields, count }: EncodedDocs): IndexDoc[] {
  let n = 0;
  const text = () => strings[fields[n++]!]!;
  const orNull = () => {
    const id = fields[n++]!;
    return id < 0 ? null : strings[id]!;
  };
  const items = () => {
    const length = fields[n++]!;
    const out: string[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = strings[fields[n++]!]!;
    return out;
  };
  const optional = () => (fields[n] === -1 ? (n++, undefined) : items());
  const docs: IndexDoc[] = new Array(count);
  for (let d = 0; d < count; d++) {
    const title = text();
    const place = text();
    // Key for key as buildSiteData makes it: the doc store writes the summary as JSON.
    const slug = text();
    const summaryTitle = text();
    const date = text();
    const summaryPlace = orNull();
    const excerpt = text();
    const names = items();
    const body = items();
    const participants: PersonRef[] = new Array(fields[n++]!);
    for (let i = 0; i < participants.length; i++)
      participants[i] = { slug: text(), name: text(), country: orNull() };
    const countries = items();
    const summary: ArticleSummary = {
      slug,
      title: summaryTitle,
      date,
      place: summaryPlace,
      participants,
      countries,
      excerpt,
    };
    const people = items();
    const personNames = optional();
    const otherNames = optional();
    const hanNames = optional();
    docs[d] = {
      title,
      names,
      place,
      body,
      summary,
      people,
      personNames,
      otherNames,
      counted: undefined,
      hanNames,
    };
  }
  return docs;
}

/**
 * The documents as buildSearchIndex takes them: those decoded from the parts sent ahead (in order), then the task's,
 * each given its counted terms.
 */
export function unpackIndexDocs(task: DocsTask, ahead: readonly IndexDoc[][] = []): IndexDoc[] {
  const docs = [...ahead, decodeDocs(task.docs)].flat();
  let pairStart = 0;
  docs.forEach((doc, d) => {
    const dictionary = task.dictionaryOf[d]!;
    const pairEnd = task.pairEnds[d]!;
    const pairs = pairEnd < 0 ? undefined : task.pairs.subarray(pairStart, pairEnd);
    if (pairEnd >= 0) pairStart = pairEnd;
    if (dictionary < 0) return;
    doc.counted = {
      dictionary: task.dictionaries[dictionary]!,
      counts: task.counts.subarray(d === 0 ? 0 : task.ends[d - 1]!, task.ends[d]!),
      length: task.lengths[d]!,
      ...(pairs ? { pairs } : {}),
    };
  });
  return docs;
}

let metaFor: ((buildId: string) => string) | null = null;
let buildId: string | null = null;
let write: ((path: string, text: string) => void) | null = null;
const written: SearchIndexWritten = { paths: [], bytes: 0, largest: null, error: null };
/** The documents sent ahead of the task (SearchIndexTask's docsPart), decoded as each part comes. */
let parts: IndexDoc[][] = [];

const reply = () => {
  parentPort!.postMessage(written);
};

/** meta.json, once both the index and the build id are there. */
const finish = () => {
  if (!metaFor || buildId === null || !write) return;
  try {
    write(searchPaths.meta(), metaFor(buildId));
  } catch (error) {
    written.error ??= error instanceof Error ? error.message : String(error);
  }
  reply();
};

parentPort?.on('message', (task: SearchIndexTask) => {
  if ('buildId' in task) {
    buildId = task.buildId;
    finish();
    return;
  }
  if ('docsPart' in task) {
    parts.push(decodeDocs(task.docsPart));
    return;
  }
  const made = new Set<string>();
  const totals: BatchTotals = { bytes: 0, largest: null, error: null };
  const outDir = task.outDir;
  write = (path, text) => {
    assertRelativeInside(path);
    written.paths.push(path);
    writeBatch(outDir, { first: written.paths.length - 1, paths: [path], texts: [text] }, made, totals);
    if (totals.error) throw new Error(totals.error);
    written.bytes = totals.bytes;
    written.largest = totals.largest && { file: totals.largest.file, bytes: totals.largest.bytes };
  };
  const docs = unpackIndexDocs(task, parts);
  parts = [];
  // The counts' buffer is then the documents' alone, and the index lets them go once it has grouped them; the
  // documents as sent are decoded into `docs`.
  task.counts = new Uint32Array(0);
  task.docs = { strings: [], fields: new Int32Array(0), count: 0 };
  try {
    let collected = false;
    metaFor = emitSearchIndex(
      docs,
      {
        ...task.options,
        releaseCounted: true,
        // The counted terms (~94 MB at 100,000 articles, outside the heap) are let go once grouped by term, before
        // the shards; this thread allocates little after that, so without a collection they stayed to its end,
        // through the build's peak (the end of the data phase).
        onStep: (step) => {
          if (step !== 'shards' || collected) return;
          collected = true;
          collectGarbage();
        },
      },
      write,
    );
  } catch (error) {
    written.error = error instanceof Error ? error.message : String(error);
    reply();
    return;
  }
  finish();
  // The index is written but for meta.json, which waits for the build id, so for the main thread's people files (a
  // minute at 100,000 articles): let the index's memory go now, once this handler's frame no longer holds it.
  if (buildId === null) setImmediate(collectGarbage);
});
