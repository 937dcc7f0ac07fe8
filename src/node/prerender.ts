// Prerendering: plan one HTML file per route from the site's data files, bundle the server entry with Vite,
// and render the pages in worker threads (React rendering is CPU-bound; 100,000 pages need every core).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
// A static import: with `--configLoader runner` a dynamic import() here would go through Vite's closed module runner.
import { build } from 'vite';
import { ARTICLE_FIELDS_IN_PAGE, ARTICLE_PERSON_FIELDS_IN_PAGE } from '../common/html-document.ts';
import { dataPaths, routePaths } from '../common/paths.ts';
import type { PrerenderMode } from './site-config.ts';

export interface PageJob {
  /** Route path relative to the base, URL-encoded, no leading slash: "", "articles/x", "people". */
  path: string;
  /** Output file relative to the site root: "index.html", "articles/x/index.html", "404.html". */
  file: string;
  /** Embed dehydrated react-query state so hydration needs no request. */
  embedState: boolean;
  /**
   * Served path relative to the base for the canonical link, or null. Another version of a listed story
   * (Article.versionOf) names the listed version's page, so search engines index the story once.
   */
  canonical: string | null;
  /**
   * An article's data file whose text this page carries: once the page renders, the file's paragraphs, captions
   * and the other fields the page shows (ARTICLE_FIELDS_IN_PAGE, ARTICLE_PERSON_FIELDS_IN_PAGE) are dropped (`textInPage: true`) and the app
   * reads them from the page, so dist/ holds each article's text once (issue 4: 1 GB at 100,000 articles).
   */
  textFrom?: string;
}

/** A path the router cannot match, so it renders the reader's own not-found page. */
export const NOT_FOUND_PATH = '__readout_not_found__';

// Safe as one path segment on every file system and host: no separators, no dot-segments, no control characters.
// eslint-disable-next-line no-control-regex
const unsafeSegmentChars = /[/\\\u0000-\u001f]/;
const isSafeSegment = (segment: string) =>
  segment !== '' && segment !== '.' && segment !== '..' && !unsafeSegmentChars.test(segment);

/** Slugs of the files matching `pattern(slug)`, e.g. "data/articles/<slug>.json", sorted for a stable order. */
export function slugsOf(files: Iterable<string>, pattern: (slug: string) => string): string[] {
  const marker = '\u0001';
  const [prefix = '', suffix = ''] = pattern(marker).split(marker);
  const slugs: string[] = [];
  for (const file of files) {
    if (!file.startsWith(prefix) || !file.endsWith(suffix)) continue;
    const slug = file.slice(prefix.length, file.length - suffix.length);
    if (isSafeSegment(slug)) slugs.push(slug);
  }
  return slugs.sort();
}

const relativeRoute = (route: string) => route.replace(/^\//, '');

/**
 * Every page to prerender. Pages that exist once (home, people index, 404) embed their query state; per-article
 * and per-person pages do not, because at 100,000 articles the state would repeat each article's full text (and
 * the manifest) next to the HTML and push dist/ past 1 GB — the client fetches one small JSON file instead.
 * "shell" mode writes only home and the people index, for hosts that cap file counts; its 404.html is an empty
 * shell (written by the Vite plugin's writeBundle) that boots the app for any deep link. `listedSlugOf` maps the
 * slug of another version of a story to the listed version's slug.
 */
export function planPages(
  dataFiles: Iterable<string>,
  mode: PrerenderMode,
  listedSlugOf: ReadonlyMap<string, string> = new Map(),
): PageJob[] {
  const files = [...dataFiles];
  const pages: PageJob[] = [
    { path: '', file: 'index.html', embedState: true, canonical: '' },
    {
      path: relativeRoute(routePaths.people()),
      file: 'people/index.html',
      embedState: true,
      canonical: 'people/',
    },
  ];
  if (mode === 'full') {
    for (const slug of slugsOf(files, dataPaths.article)) {
      const route = relativeRoute(routePaths.article(slug));
      const listedSlug = listedSlugOf.get(slug);
      pages.push({
        path: route,
        file: `articles/${slug}/index.html`,
        embedState: false,
        canonical: `${listedSlug === undefined ? route : relativeRoute(routePaths.article(listedSlug))}/`,
        textFrom: dataPaths.article(slug),
      });
    }
    for (const slug of slugsOf(files, dataPaths.person)) {
      const route = relativeRoute(routePaths.person(slug));
      pages.push({
        path: route,
        file: `people/${slug}/index.html`,
        embedState: false,
        canonical: `${route}/`,
      });
    }
    pages.push({ path: NOT_FOUND_PATH, file: '404.html', embedState: true, canonical: null });
  }
  return pages;
}

/** Whether a page is its own canonical, so belongs in the sitemap (a page naming another is a copy of it). */
export const isOwnCanonical = (page: PageJob): page is PageJob & { canonical: string } =>
  page.canonical !== null && page.canonical === (page.path === '' ? '' : `${page.path}/`);

export interface PageResult {
  file: string;
  status: number;
  error: string | null;
  /** Bytes written (0 when nothing was). */
  bytes?: number;
  /** Bytes taken out of the page's data file (see PageJob.textFrom). */
  trimmed?: number;
}

export interface PrerenderOptions {
  /** The bundled server entry (exports createRenderer). */
  entry: string;
  template: string;
  base: string;
  siteUrl: string | null;
  /** The output folder: pages are written here and data files are read from here. */
  outDir: string;
  pages: PageJob[];
  workers?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

// Plain CommonJS evaluated as the worker body: it loads the bundled entry and never needs a TypeScript loader.
// A worker renders one page at a time, so its file calls are synchronous: awaiting fs/promises here only added
// hops to the thread pool (a promise readFile is open, fstat, read and close, each a round trip) and idle time.
// The article file a page's loader read is kept for that page, so moving its text into the page reads it once.
const workerSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { entry, template, base, siteUrl, outDir, fieldsInPage, personFieldsInPage } = workerData;
const readText = (file) => {
  try { return fs.readFileSync(path.join(outDir, file), 'utf8'); }
  catch (error) { if (error && error.code === 'ENOENT') return null; throw error; }
};
const madeDirs = new Set();
const write = (file, text) => {
  const target = path.join(outDir, file);
  const dir = path.dirname(target);
  if (!madeDirs.has(dir)) { fs.mkdirSync(dir, { recursive: true }); madeDirs.add(dir); }
  fs.writeFileSync(target, text);
};
// The page being rendered: which data file holds its text, and that file's text once a loader read it.
const current = { textFrom: null, text: null };
import(pathToFileURL(entry).href).then(({ createRenderer }) => {
  const render = createRenderer({ template, base, siteUrl, readJson: async (file) => {
    const text = readText(file);
    if (file === current.textFrom) current.text = text;
    return text === null ? undefined : JSON.parse(text);
  } });
  parentPort.on('message', async (batch) => {
    const results = [];
    for (const job of batch) {
      current.textFrom = job.textFrom || null;
      current.text = null;
      try {
        const page = await render(job);
        if (page.html) write(job.file, page.html);
        let trimmed = 0;
        if (job.textFrom && page.html && page.status === 200 && !page.error) {
          const full = current.text === null ? readText(job.textFrom) : current.text;
          const data = JSON.parse(full);
          for (const field of fieldsInPage) delete data[field];
          for (const person of data.people || []) for (const field of personFieldsInPage) delete person[field];
          data.textInPage = true;
          const lean = JSON.stringify(data);
          write(job.textFrom, lean);
          trimmed = Buffer.byteLength(full) - Buffer.byteLength(lean);
        }
        results.push({ file: job.file, status: page.status, error: page.error, bytes: Buffer.byteLength(page.html), trimmed });
      } catch (error) {
        results.push({ file: job.file, status: 500, error: String((error && error.stack) || error) });
      }
    }
    parentPort.postMessage({ results });
  });
  parentPort.postMessage({ ready: true });
}).catch((error) => parentPort.postMessage({ fatal: String((error && error.stack) || error) }));
`;

export const defaultWorkerCount = (pages: number): number =>
  Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, Math.ceil(pages / 500)));

/** Renders every page into outDir. Resolves with one result per page; rejects only when a worker cannot start. */
export async function prerenderPages(options: PrerenderOptions): Promise<PageResult[]> {
  const { pages } = options;
  const batchSize = options.batchSize ?? 50;
  const workerCount = Math.max(
    1,
    Math.min(options.workers ?? defaultWorkerCount(pages.length), pages.length || 1),
  );
  const results: PageResult[] = [];
  let next = 0;
  options.onProgress?.(0, pages.length);

  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerSource, {
        eval: true,
        workerData: {
          entry: options.entry,
          template: options.template,
          base: options.base,
          siteUrl: options.siteUrl,
          outDir: options.outDir,
          fieldsInPage: ARTICLE_FIELDS_IN_PAGE,
          personFieldsInPage: ARTICLE_PERSON_FIELDS_IN_PAGE,
        },
      });
      const send = () => {
        if (next >= pages.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const batch = pages.slice(next, next + batchSize);
        next += batch.length;
        worker.postMessage(batch);
      };
      worker.on('message', (message: { ready?: true; fatal?: string; results?: PageResult[] }) => {
        if (message.fatal) {
          void worker.terminate();
          reject(new Error(`Prerender worker failed to start: ${message.fatal}`));
        } else if (message.ready) {
          send();
        } else if (message.results) {
          results.push(...message.results);
          options.onProgress?.(results.length, pages.length);
          send();
        }
      });
      worker.on('error', reject);
    });

  await Promise.all(Array.from({ length: workerCount }, runWorker));
  return results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Bundles src/entry-server.tsx for Node with Vite into a fresh folder under node_modules/.cache (so its bare
 * imports — react, react-router — resolve from the project). Returns the entry path and a cleanup function.
 */
export async function buildServerEntry(opts: {
  root: string;
  base: string;
  mode: string;
  entry?: string;
}): Promise<{ entry: string; cleanup: () => Promise<void> }> {
  await removeStaleServerBuilds(path.join(opts.root, 'node_modules', '.cache'));
  const outDir = path.join(
    opts.root,
    'node_modules',
    '.cache',
    `readout-ssr-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  await build({
    root: opts.root,
    base: opts.base,
    mode: opts.mode,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: opts.entry ?? 'src/entry-server.tsx',
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { entryFileNames: 'entry-server.mjs', format: 'es' } },
    },
  });
  return {
    entry: path.join(outDir, 'entry-server.mjs'),
    cleanup: () => fs.rm(outDir, { recursive: true, force: true }),
  };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Server bundles left behind by builds that were killed (their process is gone). */
export async function removeStaleServerBuilds(cacheDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(cacheDir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = /^readout-ssr-(\d+)-[0-9a-f]+$/.exec(name)?.[1];
    return pid !== undefined && !isAlive(Number(pid));
  });
  await Promise.all(stale.map((name) => fs.rm(path.join(cacheDir, name), { recursive: true, force: true })));
  return stale;
}
