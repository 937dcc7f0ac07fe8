// The Vite plugin: a thin shell of hooks over the ingest core, the site-data builder and the prerenderer.
// dev:   ingest once, serve <base>data/* from memory, re-ingest only changed seeds, reload the page,
//        print warnings as path:line: message and show a broken seed in the error overlay; the search index is
//        built when first requested after a change (see DevSite).
// build: ingest (while Vite bundles the client), write data + feed/robots/sitemap, then prerender every page;
//        PRERENDER=shell prerenders home and the people index only, then packs the data (src/node/pack-files.ts).
// preview: serve the build under the base it was built for, with its headers, as static hosts do
//        (src/node/preview-server.ts: a folder's address redirected to its slash, 404.html for anything else).
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger, Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import type { Dataset, IngestWarning } from '../common/dataset.ts';
import { renderDocument, withBuildId } from '../common/html-document.ts';
import { maxPackFiles } from '../common/data-packs.ts';
import { dataPaths, routePaths } from '../common/paths.ts';
import type { Manifest } from '../common/site-data.ts';
import {
  buildSiteData as defaultBuildSiteData,
  type BuildSiteDataOptions,
  type EmitFile,
} from '../site/build-site-data.ts';
import { createSeedIngestor as defaultCreateIngestor, type SeedIngestor } from './load-seeds.ts';
import { releaseIdleWorkers } from './ingest-pool.ts';
import {
  buildServerEntry,
  isOwnCanonical,
  planPages,
  prerenderPages,
  type PageJob,
  type PageResult,
} from './prerender.ts';
import { createProgress, formatCounts, formatFound } from './progress.ts';
import type { OnStepProgress } from '../site/step-progress.ts';
import type { PrerenderMode } from './site-config.ts';
import { collectAsStepsBegin, collectGarbage } from './collect-garbage.ts';
import { buildHostFiles, SITE_HEADERS } from './host-files.ts';
import { packWrittenFiles } from './pack-files.ts';
import { builtBase, previewLikeHosts } from './preview-server.ts';
import { buildAtomFeed, buildRobotsTxt, buildSitemaps } from './static-files.ts';
import { deleteInBackground, isInTrash, leftoverTrash, moveOutDirAside } from './out-dir.ts';
import { prepareSearchIndexThread, startSearchIndexThread } from './search-index-thread.ts';
import { createFileSink } from './write-files.ts';

export interface ReadoutPluginOptions {
  /** Absolute path of the seeds folder. */
  seedsDir: string;
  /** Origin for sitemap.xml, feed links and canonical URLs (SITE_URL); without it there is no sitemap. */
  siteUrl?: string | null;
  prerender?: PrerenderMode;
  /** Replaceable for tests. */
  createIngestor?: (
    dir: string,
    opts: { onProgress?: (done: number, total: number) => void; countIndexTerms?: boolean },
  ) => SeedIngestor;
  /** Replaceable for tests (default: buildSiteData streaming into the output folder). */
  buildSiteData?: (dataset: Dataset) => Map<string, string>;
  /** Replaceable for tests: renders the pages (default: bundle src/entry-server.tsx and render in workers). */
  renderPages?: (args: {
    config: ResolvedConfig;
    template: string;
    pages: PageJob[];
  }) => Promise<PageResult[]>;
}

const MAX_PRINTED_WARNINGS = 100;

/** "seeds/001.txt:3: message", the path relative to cwd so terminals make it clickable. */
export function formatWarning(warning: IngestWarning, seedsDir: string, cwd = process.cwd()): string {
  const file = path.relative(cwd, path.join(seedsDir, warning.file)).split(path.sep).join('/');
  return `${file}:${warning.line}: ${warning.message}`;
}

function formatWarnings(warnings: IngestWarning[], seedsDir: string, max = MAX_PRINTED_WARNINGS): string[] {
  const lines = warnings.slice(0, max).map((warning) => formatWarning(warning, seedsDir));
  if (warnings.length > max)
    lines.push(`… and ${warnings.length - max} more warnings (npm run ingest lists them all)`);
  return lines;
}

const contentTypes: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const contentTypeFor = (file: string): string =>
  contentTypes[path.extname(file)] ?? 'application/octet-stream';

/**
 * Builds the site data, handing each file to `emit` as it is made (see buildSiteData); with `searchIndexElsewhere`,
 * the search index's files are made and written elsewhere (the build's thread, search-index-thread.ts).
 */
export type EmitSiteData = (
  dataset: Dataset,
  emit: EmitFile,
  opts?: Pick<
    BuildSiteDataOptions,
    'onProgress' | 'searchIndexElsewhere' | 'releaseArticleText' | 'buildIdOfEmitted'
  >,
) => void;

export interface SiteFilesOptions {
  base: string;
  siteUrl: string | null;
  prerender: PrerenderMode;
  emitSiteData: EmitSiteData;
  /** How far the data files are (a build's progress bar). */
  onProgress?: OnStepProgress;
  /** The build's thread for the search index (see EmitSiteData). */
  searchIndexElsewhere?: BuildSiteDataOptions['searchIndexElsewhere'];
  /** The build's: the dataset's text may go once the data files have it (see BuildSiteDataOptions). */
  releaseArticleText?: boolean;
  /** The build's: the build id of the files emitted so far, hashed as they are written (see BuildSiteDataOptions). */
  buildIdOfEmitted?: () => string;
}

/**
 * Every generated file besides the pages — the data files plus feed.xml, robots.txt, the hosts' `_headers` and
 * `.nojekyll`, and (with a site URL) sitemaps — each handed to `emit` as soon as it is made. Returns the pages to
 * prerender.
 */
export function emitSiteFiles(dataset: Dataset, opts: SiteFilesOptions, emit: EmitFile): PageJob[] {
  // Only the paths are kept (the pages are planned from them); the texts go straight to the sink.
  const dataFiles: string[] = [];
  // Another version's page names the listed version as canonical, its slug from the listed one's id (only those
  // ids are mapped: one per story held more than once).
  const listedIds = new Set(dataset.articles.flatMap((a) => a.versionOf ?? []));
  const slugOfId = new Map(
    dataset.articles.flatMap((a) => (listedIds.has(a.id) ? [[a.id, a.slug] as const] : [])),
  );
  const listedSlugOf = new Map(
    dataset.articles.flatMap((a) => {
      const listed = a.versionOf === undefined ? undefined : slugOfId.get(a.versionOf);
      return listed === undefined ? [] : [[a.slug, listed] as const];
    }),
  );
  // Made before the data, which may let the articles' text go (releaseArticleText), and emitted after it.
  // A story held more than once is in the feed once, as in the list (Article.versionOf).
  const feed = buildAtomFeed(
    dataset.articles.filter((a) => a.versionOf === undefined),
    {
      siteUrl: opts.siteUrl,
      base: opts.base,
      articlePath: (slug) => `${routePaths.article(slug).slice(1)}/`,
    },
  );
  opts.emitSiteData(
    dataset,
    (file, text) => {
      dataFiles.push(file);
      emit(file, text);
    },
    {
      onProgress: opts.onProgress,
      searchIndexElsewhere: opts.searchIndexElsewhere,
      releaseArticleText: opts.releaseArticleText,
      buildIdOfEmitted: opts.buildIdOfEmitted,
    },
  );
  const pages = planPages(dataFiles, opts.prerender, listedSlugOf);
  emit('feed.xml', feed);
  emit('robots.txt', buildRobotsTxt(opts.siteUrl, opts.base));
  for (const [name, content] of buildHostFiles(opts.base)) emit(name, content);
  if (opts.siteUrl) {
    // Only pages that exist as files and are their own canonical: not the 404 page, nor another version's page.
    const listed = pages.flatMap((page) => (isOwnCanonical(page) ? [page.canonical] : []));
    for (const [name, content] of buildSitemaps(listed, opts.siteUrl, opts.base)) emit(name, content);
  }
  return pages;
}

/** The same files collected in a map (the dev server serves them from memory). */
function siteFiles(
  dataset: Dataset,
  opts: SiteFilesOptions,
): { files: Map<string, string>; pages: PageJob[] } {
  const files = new Map<string, string>();
  const pages = emitSiteFiles(dataset, opts, (file, text) => files.set(file, text));
  return { files, pages };
}

/** Files the dev server builds only when first asked for: those under `prefix`, all made by one `build`. */
export interface DeferredFiles {
  prefix: string;
  build: () => Map<string, string>;
}

/** The dev server's site data for one dataset: files built at once, and files built when first requested. */
export interface DevSiteFiles {
  files: Map<string, string>;
  deferred: DeferredFiles | null;
}

/**
 * The dev server's in-memory site: rebuilt after each (incremental) ingest, read by the middleware. The search
 * index, over half of the site-data time, is built only when a search first asks for one of its files after a
 * change, so saving a seed reloads the page sooner and edits that are never searched never pay for it.
 */
export interface DevSite {
  /** Resolves when the current (or pending) ingest finished. */
  ready(): Promise<void>;
  get(file: string): string | undefined;
  /** Re-ingest the changed absolute paths; resolves with the warnings about those files touched so far. */
  update(changedAbsPaths: string[]): Promise<IngestWarning[]>;
  warnings(): IngestWarning[];
}

function createDevSite(opts: {
  ingestor: SeedIngestor;
  seedsDir: string;
  build: (dataset: Dataset) => DevSiteFiles;
  onDataset?: (dataset: Dataset, changed: string[] | null) => void;
}): DevSite {
  let files = new Map<string, string>();
  let deferred: DeferredFiles | null = null;
  let deferredFiles: Map<string, string> | null = null;
  let warnings: IngestWarning[] = [];
  // Seeds edited during this session: their warnings go to the overlay (the rest only to the terminal).
  const touched = new Set<string>();
  const apply = (dataset: Dataset, changed: string[] | null) => {
    ({ files, deferred } = opts.build(dataset));
    deferredFiles = null;
    warnings = dataset.warnings;
    opts.onDataset?.(dataset, changed);
  };
  // Updates run one after another, so a fast second save cannot be overtaken by a slow first one.
  let queue: Promise<unknown> = opts.ingestor.full().then((dataset) => apply(dataset, null));
  return {
    ready: () => queue.then(() => undefined),
    get(file) {
      const built = files.get(file);
      if (built !== undefined || !deferred || !file.startsWith(deferred.prefix)) return built;
      deferredFiles ??= deferred.build();
      return deferredFiles.get(file);
    },
    warnings: () => warnings,
    update(changed) {
      for (const abs of changed) touched.add(path.relative(opts.seedsDir, abs).split(path.sep).join('/'));
      const run = queue
        .catch(() => undefined)
        .then(() => opts.ingestor.update(changed))
        .then((dataset) => {
          apply(dataset, changed);
          return warnings.filter((warning) => touched.has(warning.file));
        });
      queue = run;
      return run;
    },
  };
}

// Folders of generated output (build results, scratch, benchmark corpora) can hold 100,000 files: watching them
// exhausts the system's file watchers (ENOSPC) and slows the dev server. Never the seeds folder, though, wherever
// it lives.
const GENERATED_DIRS = ['.tmp', 'dist', 'bench-out', 'test-results', 'playwright-report', 'coverage'];

/**
 * Hands the previous build's files to a background deletion before Vite empties the output folder itself (see
 * out-dir.ts), when Vite would empty it: `build.emptyOutDir`, which defaults to true for an outDir inside the root.
 */
export function clearOutDirInBackground(config: Pick<ResolvedConfig, 'root' | 'build'>): void {
  if (!config.build.write) return;
  const outDir = path.resolve(config.root, config.build.outDir);
  // Never the project itself or a folder holding it, whatever the config says.
  if (outDir === config.root || isInside(outDir, config.root)) return;
  if (!(config.build.emptyOutDir ?? isInside(config.root, outDir))) return;
  moveOutDirAside(outDir);
  deleteInBackground(leftoverTrash(outDir));
}

export function watchIgnore(root: string, seedsDir: string, outDir: string): (file: string) => boolean {
  const resolvedOutDir = path.resolve(root, outDir);
  const heavy = [...GENERATED_DIRS.map((dir) => path.resolve(root, dir)), resolvedOutDir];
  return (file) => {
    const abs = path.resolve(root, file);
    if (abs === seedsDir || isInside(seedsDir, abs) || isInside(abs, seedsDir)) return false;
    if (heavy.some((dir) => abs === dir || isInside(dir, abs))) return true;
    return isInTrash(resolvedOutDir, abs);
  };
}

/** Drops whitespace that only separates tags (the template has no text whose spacing shows). */
export const collapseTagWhitespace = (html: string): string => html.replace(/>\s+</g, '><').trim();

type LargestFile = { file: string; bytes: number } | null;

/** Adds another writer's bytes and largest file to the site's totals (the file counted first wins a tie). */
function addWritten(
  written: { bytes: number; largest: LargestFile },
  bytes: number,
  largest: LargestFile,
): void {
  written.bytes += bytes;
  if (largest && (!written.largest || largest.bytes > written.largest.bytes)) written.largest = largest;
}

/** The manifest's build id, or null when the site's builder wrote no manifest (the plugin's tests). */
async function readBuildId(outDir: string): Promise<string | null> {
  try {
    const manifest = JSON.parse(
      await fs.readFile(path.join(outDir, dataPaths.manifest()), 'utf8'),
    ) as Manifest;
    return typeof manifest.buildId === 'string' ? manifest.buildId : null;
  } catch {
    return null;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** What static hosts refuse (issue "Scale"): GitHub Pages 1 GB per site, 100 MB per file; Cloudflare Pages 20,000 files, 25 MB per file. */
export function hostLimitWarnings(
  site: {
    files: number;
    bytes: number;
    largest: { file: string; bytes: number } | null;
  },
  mode: PrerenderMode = 'full',
): string[] {
  const warnings: string[] = [];
  if (site.bytes > 1e9) {
    warnings.push(
      mode === 'full'
        ? `readout: the generated site is ${megabytes(site.bytes)}, over GitHub Pages' 1 GB limit; PRERENDER=shell leaves out the article and person pages`
        : `readout: the generated site is ${megabytes(site.bytes)}, over GitHub Pages' 1 GB limit`,
    );
  }
  if (site.files > 20_000) {
    warnings.push(
      mode === 'full'
        ? `readout: ${site.files} generated files, over Cloudflare Pages' 20,000; PRERENDER=shell writes no article or person pages and packs the per-article, per-person, list, search-result and people-list files into at most ${maxPackFiles.toLocaleString('en-US')} files`
        : `readout: ${site.files} generated files, over Cloudflare Pages' 20,000 even with the data packed; the files not packed (mostly the search index) are too many`,
    );
  }
  if (site.largest && site.largest.bytes > 25e6) {
    warnings.push(
      `readout: ${site.largest.file} is ${megabytes(site.largest.bytes)}, over the 25 MB per-file limit of some hosts`,
    );
  }
  return warnings;
}

/** What to do when the seeds folder is missing or a file (the ingest alone says only ENOENT), or null. */
export function seedsFolderProblem(seedsDir: string, cwd = process.cwd()): string | null {
  const relative = path.relative(cwd, seedsDir);
  const shown = relative.startsWith('..') ? seedsDir : relative || '.';
  const kind = statSync(seedsDir, { throwIfNoEntry: false });
  if (kind?.isDirectory()) return null;
  return (
    `readout: the seeds folder ${shown} ${kind ? 'is a file' : 'does not exist'}; ` +
    'put your *.txt articles in seeds/, or set SEEDS_DIR to the folder that holds them'
  );
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The dataset's assembly after the files are ingested, as a share of their work (measured at 20,000 articles). */
const assembleShare = 0.07;

export function readoutPlugin(options: ReadoutPluginOptions): Plugin {
  const seedsDir = path.resolve(options.seedsDir);
  const siteUrl = options.siteUrl ?? null;
  const prerender = options.prerender ?? 'full';
  const createIngestor = options.createIngestor ?? ((dir, opts) => defaultCreateIngestor(dir, opts));
  const custom = options.buildSiteData;
  const emitSiteData: EmitSiteData = custom
    ? (dataset, emit) => {
        for (const [file, text] of custom(dataset)) emit(file, text);
      }
    : (dataset, emit, opts) => void defaultBuildSiteData(dataset, { ...opts }, emit);
  let config: ResolvedConfig;
  let datasetPromise: Promise<Dataset> | null = null;

  const logWarnings = (logger: Logger, warnings: IngestWarning[]) => {
    for (const line of formatWarnings(warnings, seedsDir)) logger.warn(line);
  };

  /**
   * Builds every data file and hands it to a writer thread (see createFileSink) as soon as it is made, so the
   * ~700 MB of data text at 100,000 articles never sits in memory next to the dataset (peak memory is one of issue
   * 4's targets). The only function that holds the dataset: once it returns, nothing does (see writeData).
   */
  const emitData = async (takeDataset: () => Promise<Dataset>, outDir: string, template: string) => {
    const dataset = await takeDataset();
    logWarnings(config.logger, dataset.warnings);
    const counts = { articles: dataset.articles.length, people: dataset.people.length };
    const sink = createFileSink(outDir);
    // The search index is built and written by a thread of its own, beside the other files (none for a custom
    // builder, which makes the index itself).
    const searchThread = custom ? null : await startSearchIndexThread(outDir);
    if (!custom && !searchThread)
      config.logger.info(
        'readout: the search index is built on the main thread (its worker could not start)',
      );
    // In thousandths of the whole phase, each step weighted by its cost (see buildSiteData): the bar shows the
    // step being worked on with its own counts.
    const progress = counts.articles >= 1000 ? createProgress('data    ', 1000) : null;
    const bar: OnStepProgress | undefined = progress
      ? ({ step, done, total, fraction }) =>
          progress.update(Math.floor(fraction * 1000), `${step} ${formatCounts(done, total)}`)
      : undefined;
    // The main thread is busy from the phase's start to its end, so V8 collects only as its heap nears a limit
    // set after the ingest, and the heap's size is the build's peak with the index's thread at its largest. Two
    // collections let the next steps reuse what the earlier ones let go instead of growing the heap: as the
    // article files begin (the ingest's leftovers, the index's documents once sent) and as the people begin (the
    // articles' text, released with their files; ~0.4 GB at 100,000 articles). See BUILD.md, session 26.
    const onProgress = collectAsStepsBegin(['articles', 'people'], bar);
    try {
      const pages = emitSiteFiles(
        dataset,
        {
          base: config.base,
          siteUrl,
          prerender,
          emitSiteData,
          onProgress,
          // Nothing reads the articles' text after their data files: the prerender reads those files.
          releaseArticleText: true,
          // The files are hashed in the writer thread. The pages' template (index.html, which names the
          // content-hashed scripts) is hashed too, so a deploy that changes only the app's code changes the id and
          // an open tab reloads rather than ask for chunks that are gone.
          buildIdOfEmitted: () =>
            createHash('sha256').update(template).update(sink.digest()).digest('hex').slice(0, 14),
          searchIndexElsewhere: searchThread
            ? (docs, opts) => {
                const giveBuildId = searchThread.start(docs, opts);
                // The thread has the counted terms now: the dataset's (~100 MB at 100,000 articles) are dead.
                delete dataset.indexTerms;
                return giveBuildId;
              }
            : undefined,
        },
        (file, text) => sink.write(file, text),
      );
      return { pages, counts, sink, searchThread, progress };
    } catch (error) {
      // Stop the writer and the index's thread; the build's error is this one.
      await sink.close().catch(() => undefined);
      await searchThread?.stop();
      throw error;
    }
  };

  /** The data files on disk: emitData, then waiting for the writer and the index's thread. */
  const writeData = async (takeDataset: () => Promise<Dataset>, outDir: string, template: string) => {
    const { pages, counts, sink, searchThread, progress } = await emitData(takeDataset, outDir, template);
    // After the data files the main thread mostly waits (for the writer and the index's thread, then for the
    // prerender's workers), so the dataset and the text let go stay in its heap until collected here. Not in
    // emitData, whose frame held the dataset until it returned: a variable set to null was not enough (at 100,000
    // articles ~380 MB, the dataset without its text, then stayed for the first 100 s of the prerender).
    collectGarbage();
    // The writer thread may still be creating files, and the index's thread building: the bar stays below 100%
    // until both are done.
    progress?.update(1000, searchThread ? 'search index, writing files' : 'writing files');
    const [written, search] = await Promise.all([
      sink.close(),
      searchThread?.finished() ?? Promise.resolve(null),
    ]).catch(async (error: unknown) => {
      await searchThread?.stop();
      throw error;
    });
    const files = search ? [...sink.files, ...search.paths] : sink.files;
    if (search) {
      addWritten(written, search.bytes, search.largest);
    }
    progress?.finish(
      `${counts.articles.toLocaleString('en-US')} articles, ${files.length.toLocaleString('en-US')} files`,
    );
    return { pages, counts, files, written };
  };

  return {
    name: 'readout',

    config(user, env) {
      const root = path.resolve(user.root ?? process.cwd());
      return {
        // The preview serves the build where its pages expect it, whatever BASE_PATH says now.
        ...(env.isPreview
          ? { base: builtBase(path.resolve(root, user.build?.outDir ?? 'dist')) ?? user.base }
          : {}),
        server: { watch: { ignored: [watchIgnore(root, seedsDir, user.build?.outDir ?? 'dist')] } },
        // `npm run preview` sends what the build's _headers asks of Netlify and Cloudflare Pages, so a CSP
        // violation shows in its console as it would there.
        preview: { headers: SITE_HEADERS },
        // A shell build packs its data files (see writeBundle); the app reads them through the packs. The dev
        // server serves each file on its own, and a full build's bundle drops the pack reader as dead code.
        define: {
          __READOUT_PACKED_DATA__: JSON.stringify(env.command === 'build' && prerender === 'shell'),
        },
      };
    },

    configResolved(resolved) {
      config = resolved;
    },

    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'alternate',
            type: 'application/atom+xml',
            title: 'Readout: newest articles',
            href: `${config.base}feed.xml`,
          },
          injectTo: 'head',
        },
      ];
    },

    configurePreviewServer(server) {
      const { root, base, build } = server.config;
      const outDir = path.resolve(root, build.outDir);
      // Vite's own "Did you build your project?" is skipped for a plugin with this hook: without this check, a
      // preview before any build answered every address with an empty 404.
      if (!statSync(path.join(outDir, 'index.html'), { throwIfNoEntry: false })?.isFile())
        throw new Error(
          `readout: there is no build to preview in ${path.relative(process.cwd(), outDir) || '.'}: run \`npm run build\` first`,
        );
      server.middlewares.use(previewLikeHosts(outDir, base, SITE_HEADERS));
    },

    configureServer(server: ViteDevServer) {
      const { base, logger } = server.config;
      let overlay: { message: string; stack: string } | null = null;
      const site = createDevSite({
        // The search index's terms are counted as seeds are ingested, so its deferred build skips tokenizing.
        ingestor: createIngestor(seedsDir, { countIndexTerms: true }),
        seedsDir,
        build: (dataset) => {
          let deferred: DeferredFiles | null = null;
          // A custom builder (tests) builds everything at once; the default one leaves the search index for later.
          const devSiteData: EmitSiteData = custom
            ? emitSiteData
            : (data, emit) =>
                void defaultBuildSiteData(
                  data,
                  { deferSearchIndex: (build) => (deferred = { prefix: 'data/search/', build }) },
                  emit,
                );
          const { files } = siteFiles(dataset, { base, siteUrl, prerender, emitSiteData: devSiteData });
          return { files, deferred };
        },
        onDataset: (dataset, changed) => {
          if (changed === null) {
            logger.info(
              `readout: ${formatFound(dataset.articles.length, dataset.people.length)} from ${path.relative(process.cwd(), seedsDir) || '.'}`,
            );
            logWarnings(logger, dataset.warnings);
          } else {
            const rel = new Set(changed.map((abs) => path.relative(seedsDir, abs).split(path.sep).join('/')));
            logWarnings(
              logger,
              dataset.warnings.filter((warning) => rel.has(warning.file)),
            );
          }
        },
      });
      site
        .ready()
        .catch((error: unknown) =>
          logger.error(
            seedsFolderProblem(seedsDir) ?? `readout: could not ingest ${seedsDir}: ${String(error)}`,
          ),
        );

      server.watcher.add(seedsDir);
      let pending = new Set<string>();
      let timer: NodeJS.Timeout | null = null;
      server.watcher.on('all', (event, file) => {
        if (!['add', 'change', 'unlink', 'addDir', 'unlinkDir'].includes(event) || !isInside(seedsDir, file))
          return;
        pending.add(path.resolve(file));
        // Editors save in bursts (write, rename, chmod): gather them into one update.
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          const changed = [...pending];
          pending = new Set();
          site.update(changed).then(
            (broken) => {
              overlay =
                broken.length > 0
                  ? { message: formatWarnings(broken, seedsDir, 20).join('\n'), stack: '' }
                  : null;
              server.ws.send({ type: 'full-reload' });
            },
            (error: unknown) => {
              logger.error(`readout: ${String(error)}`);
              overlay = { message: `Readout could not re-ingest the seeds: ${String(error)}`, stack: '' };
              server.ws.send({ type: 'error', err: overlay });
            },
          );
        }, 50);
      });
      // The reload drops the page's overlay; show the broken seed again as soon as the page reconnects.
      server.ws.on('connection', () => {
        if (overlay) server.ws.send({ type: 'error', err: overlay });
      });

      const prefix = `${base}`;
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        let pathname: string;
        try {
          pathname = decodeURIComponent(url.pathname);
        } catch {
          next();
          return;
        }
        if (!pathname.startsWith(prefix)) return next();
        const file = pathname.slice(prefix.length);
        const generated =
          file.startsWith('data/') ||
          ['feed.xml', 'robots.txt'].includes(file) ||
          /^sitemap(-\d+)?\.xml$/.test(file);
        if (!generated) return next();
        site.ready().then(
          () => {
            let body: string | undefined;
            try {
              body = site.get(file);
            } catch (error) {
              // A deferred file (the search index) failed to build: answer, do not leave the request hanging.
              logger.error(`readout: could not build ${file}: ${String(error)}`);
              res.statusCode = 500;
              res.end(`Readout could not build ${file}: ${String(error)}`);
              return;
            }
            if (body === undefined) {
              res.statusCode = 404;
              res.setHeader('Content-Type', 'text/plain; charset=utf-8');
              res.end(`Not found: ${file}`);
              return;
            }
            res.statusCode = 200;
            res.setHeader('Content-Type', contentTypeFor(file));
            res.setHeader('Cache-Control', 'no-cache');
            res.end(body);
          },
          (error: unknown) => {
            res.statusCode = 500;
            res.end(`Readout could not ingest the seeds: ${String(error)}`);
          },
        );
      });
    },

    buildStart() {
      if (config.command !== 'build' || config.build.ssr) return;
      // Before the last build is cleared away: a mistyped SEEDS_DIR leaves it in place.
      const problem = seedsFolderProblem(seedsDir);
      if (problem) this.error(problem);
      clearOutDirInBackground(config);
      if (!custom) prepareSearchIndexThread();
      // Ingest while Vite bundles the client: the two do not depend on each other.
      let progress: ReturnType<typeof createProgress> | null = null;
      let filesTotal = 0;
      datasetPromise = createIngestor(seedsDir, {
        // In the ingest's threads, while they hold each article's text: the search index then only appends them.
        countIndexTerms: true,
        onProgress: (done, total) => {
          // Only for a big corpus; in a log file it prints quarter lines and the time taken, so a CI log shows
          // how the build time splits between ingest, data and prerender.
          // After the files, the dataset is put together (people merged across articles): ~6% of the phase at
          // 20,000 articles, counted on top of the files so the ETA covers it and the bar waits for it.
          if (!progress && total >= 1000) {
            filesTotal = total;
            progress = createProgress('ingest   ', total + Math.ceil(total * assembleShare));
          }
          const files = `${formatCounts(done, total)} files`;
          progress?.update(done, done === total ? `${files}, merging people` : files);
        },
      }).full();
      // Surface a failure when awaited, not as an unhandled rejection in between (the second handler).
      datasetPromise.then(
        () => {
          // A build ingests once: its workers' memory goes now, not after the pool's idle wait.
          releaseIdleWorkers();
          progress?.finish(`${filesTotal.toLocaleString('en-US')} files`);
        },
        () => undefined,
      );
    },

    async writeBundle() {
      if (!datasetPromise) return;
      const logger = config.logger;
      const outDir = path.resolve(config.root, config.build.outDir);
      const started = Date.now();
      // Vite has written the client by now: its index.html is the pages' template.
      const clientHtml = await fs.readFile(path.join(outDir, 'index.html'), 'utf8');
      // The dataset (every article's text) is referenced only inside writeData: once the data files are written
      // it can be collected, and the prerender reads the data back from disk. No variable of this function holds
      // it or its promise, which would keep it for the whole prerender.
      const takeDataset = () => {
        const ingested = datasetPromise!;
        datasetPromise = null;
        return ingested;
      };
      const { pages, counts, files, written } = await writeData(takeDataset, outDir, clientHtml);
      if (!siteUrl)
        logger.warn('readout: SITE_URL is not set, so there is no sitemap.xml and no canonical links');
      const fileCount = files.length;

      // Every page names the build its data belongs to, and data/build.json names the one being served: a tab
      // left open across a redeploy compares the two and reloads rather than mix builds (src/common/fetch-json.ts).
      const buildId = await readBuildId(outDir);
      let buildFiles = 0;
      if (buildId) {
        const buildFile = JSON.stringify({ buildId });
        await fs.writeFile(path.join(outDir, dataPaths.build()), buildFile);
        addWritten(written, buildFile.length, null);
        buildFiles = 1;
      }
      // The indentation between the template's tags is repeated in every page (~70 bytes × 100,000 pages).
      const template = withBuildId(collapseTagWhitespace(clientHtml), buildId);
      if (prerender === 'shell') {
        // No page per article or person: the host serves 404.html for deep links and this empty shell boots the app.
        const shell = renderDocument(template, {
          head: {
            title: 'Readout',
            description: 'A reader for archives of news wire articles.',
            canonical: null,
          },
          rootHtml: '',
          state: null,
        });
        await fs.writeFile(path.join(outDir, '404.html'), shell);
      }
      const render =
        options.renderPages ??
        (async ({ template: html, pages: jobs }) => {
          const server = await buildServerEntry({ root: config.root, base: config.base, mode: config.mode });
          const progress = createProgress('prerender', jobs.length);
          try {
            return await prerenderPages({
              entry: server.entry,
              template: html,
              base: config.base,
              siteUrl,
              outDir,
              pages: jobs,
              onProgress: (done) => progress.update(done),
            });
          } finally {
            progress.finish();
            await server.cleanup();
          }
        });
      const results = await render({ config, template, pages });
      const failed = results.filter((result) => result.error !== null);
      const pageBytes = results.reduce((sum, result) => sum + (result.bytes ?? 0), 0);
      // Article text moved out of the data files into the pages (PageJob.textFrom).
      written.bytes -= results.reduce((sum, result) => sum + (result.trimmed ?? 0), 0);
      let dataFiles = fileCount + buildFiles;
      if (prerender === 'shell' && failed.length === 0) {
        // After the prerender, which reads the data files from disk (home's list page among them).
        const bar: { progress: ReturnType<typeof createProgress> | null } = { progress: null };
        const packed = await packWrittenFiles(outDir, files, {
          onProgress: (done, total) => {
            if (!bar.progress && total >= 1000) bar.progress = createProgress('pack     ', total);
            bar.progress?.update(done);
          },
        });
        bar.progress?.finish();
        dataFiles += packed.packs - packed.packed;
        addWritten(written, packed.bytesDelta, packed.largest);
        logger.info(`readout: packed ${packed.packed} data files into ${packed.packs} packs`);
      }
      for (const line of hostLimitWarnings(
        {
          // The shell's 404.html is written apart from the rendered pages.
          files: dataFiles + results.length + (prerender === 'shell' ? 1 : 0),
          bytes: written.bytes + pageBytes,
          largest: written.largest,
        },
        prerender,
      ))
        logger.warn(line);
      logger.info(
        `readout: ${formatFound(counts.articles, counts.people)}, ` +
          `${dataFiles} data files (${megabytes(written.bytes)}), ${results.length - failed.length} pages ` +
          `(${megabytes(pageBytes)}) in ${((Date.now() - started) / 1000).toFixed(1)}s`,
      );
      if (failed.length > 0) {
        const list = failed
          .slice(0, 10)
          .map((result) => `  ${result.file}: ${result.error}`)
          .join('\n');
        throw new Error(`readout: ${failed.length} pages failed to prerender:\n${list}`);
      }
    },
  };
}
