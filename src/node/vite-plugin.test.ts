import { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, Dataset, IngestWarning } from '../common/dataset.ts';
import { packOf } from '../common/data-packs.ts';
import { dataset as fixture } from '../../tests/fixtures/site/site-fixture.ts';
import { createRenderer } from '../entry-server.tsx';
import { buildSiteData as buildRealSiteData } from '../site/build-site-data.ts';
import { collectGarbage } from './collect-garbage.ts';
import type { SeedIngestor } from './load-seeds.ts';
import type { PageJob } from './prerender.ts';
import {
  collapseTagWhitespace,
  emitSiteFiles,
  formatWarning,
  hostLimitWarnings,
  readoutPlugin,
  seedsFolderProblem,
  watchIgnore,
  type ReadoutPluginOptions,
} from './vite-plugin.ts';

// The plugin is tested the way VitePress tests its local-search plugin: call its hooks on a temp folder, with
// small stand-ins for the ingest core and the site-data builder (they have their own tests).

const article = (slug: string, title: string): Article => ({
  id: slug,
  slug,
  file: `${slug}.txt`,
  date: '2024-01-02',
  title,
  titleDerived: false,
  source: 'Xinhua',
  publishedTime: null,
  dateline: null,
  paragraphs: [`Text of ${title}.`],
  captions: [],
  people: [],
  organizations: [],
  places: [],
});

const dataset = (titles: Record<string, string>, warnings: IngestWarning[] = []): Dataset => ({
  articles: Object.entries(titles).map(([slug, title]) => article(slug, title)),
  people: [],
  warnings,
});

/** Stand-in site data: a manifest listing slugs, one file per article. */
const buildSiteData = (data: Dataset) =>
  new Map<string, string>([
    ['data/manifest.json', JSON.stringify({ slugs: data.articles.map((a) => a.slug) })],
    ...data.articles.map(
      (a) => [`data/articles/${a.slug}.json`, JSON.stringify({ title: a.title })] as [string, string],
    ),
  ]);

function fakeIngestor(first: Dataset) {
  const calls: { full: number; updates: string[][] } = { full: 0, updates: [] };
  let next: Dataset = first;
  const ingestor: SeedIngestor = {
    full: async () => {
      calls.full++;
      return first;
    },
    update: async (changed) => {
      calls.updates.push(changed);
      return next;
    },
  };
  return { ingestor, calls, setNext: (data: Dataset) => (next = data) };
}

type Middleware = (req: { url: string }, res: FakeResponse, next: () => void) => void;
interface FakeResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  setHeader(name: string, value: string): void;
  end(body?: string): void;
}

function fakeServer(base: string) {
  const middlewares: Middleware[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const sent: { type: string; err?: { message: string } }[] = [];
  const onConnection: (() => void)[] = [];
  const logged: string[] = [];
  const logger = {
    info: (m: string) => logged.push(m),
    warn: (m: string) => logged.push(m),
    error: (m: string) => logged.push(m),
  };
  const server = {
    config: { base, logger },
    middlewares: { use: (m: Middleware) => middlewares.push(m) },
    watcher,
    ws: {
      send: (payload: { type: string }) => sent.push(payload),
      on: (_event: string, listener: () => void) => onConnection.push(listener),
    },
  };
  const request = (url: string) =>
    new Promise<FakeResponse | 'next'>((resolve) => {
      const res: FakeResponse = {
        statusCode: 200,
        headers: {},
        body: '',
        setHeader(name, value) {
          this.headers[name.toLowerCase()] = value;
        },
        end(body = '') {
          this.body = body;
          resolve(this);
        },
      };
      middlewares[0]!({ url }, res, () => resolve('next'));
    });
  return {
    server: server as unknown as ViteDevServer,
    watcher,
    sent,
    logged,
    request,
    connect: () => onConnection.forEach((f) => f()),
  };
}

const hook = <K extends keyof Plugin>(plugin: Plugin, name: K) => {
  const value = plugin[name] as unknown;
  return (typeof value === 'function' ? value : (value as { handler: unknown }).handler) as (
    ...args: unknown[]
  ) => unknown;
};

let dir: string;
let seedsDir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readout-plugin-'));
  seedsDir = path.join(dir, 'seeds');
  await fs.mkdir(seedsDir);
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe('npm run dev', () => {
  const start = (options: Partial<ReadoutPluginOptions>, base = '/') => {
    const plugin = readoutPlugin({ seedsDir, buildSiteData, ...options });
    const fake = fakeServer(base);
    hook(plugin, 'configResolved')({ base, command: 'serve' } as ResolvedConfig);
    hook(plugin, 'configureServer')(fake.server);
    return fake;
  };

  it('serves the data files from memory under the base, with a JSON type, and 404 for unknown ones', async () => {
    const { ingestor } = fakeIngestor(dataset({ a: 'Alpha' }));
    const { request, watcher } = start({ createIngestor: () => ingestor }, '/sub/');
    expect(watcher.add).toHaveBeenCalledWith(seedsDir);

    const manifest = await request('/sub/data/manifest.json');
    expect(manifest).toMatchObject({ statusCode: 200, body: '{"slugs":["a"]}' });
    expect((manifest as FakeResponse).headers['content-type']).toBe('application/json; charset=utf-8');
    expect(await request('/sub/data/articles/a.json?x=1')).toMatchObject({ body: '{"title":"Alpha"}' });
    expect(await request('/sub/data/articles/zz.json')).toMatchObject({ statusCode: 404 });
    expect(await request('/sub/feed.xml')).toMatchObject({
      statusCode: 200,
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    });
    // Everything else is Vite's (index.html, modules) or outside the base.
    expect(await request('/sub/articles/a')).toBe('next');
    expect(await request('/data/manifest.json')).toBe('next');
  });

  it('re-ingests only a changed seed, serves the new data and reloads the page', async () => {
    const fake = fakeIngestor(dataset({ a: 'Alpha' }));
    const { request, watcher, sent } = start({ createIngestor: () => fake.ingestor });
    await request('/data/manifest.json');
    fake.setNext(dataset({ a: 'Alpha', b: 'Beta' }));

    const changed = path.join(seedsDir, 'b.txt');
    watcher.emit('all', 'add', changed);
    watcher.emit('all', 'change', path.join(dir, 'elsewhere.txt'));
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'full-reload' }));

    expect(fake.calls).toEqual({ full: 1, updates: [[changed]] });
    expect(await request('/data/articles/b.json')).toMatchObject({
      statusCode: 200,
      body: '{"title":"Beta"}',
    });
  });

  it('prints warnings as path:line: message and shows a broken seed in the error overlay until it is fixed', async () => {
    const startup = { file: 'old.txt', line: 1, message: 'old problem' };
    const fake = fakeIngestor(dataset({ a: 'Alpha' }, [startup]));
    const { request, watcher, sent, logged, connect } = start({ createIngestor: () => fake.ingestor });
    await request('/data/manifest.json');
    expect(logged).toContain(formatWarning(startup, seedsDir));

    fake.setNext(dataset({ a: 'Alpha' }, [startup, { file: 'a.txt', line: 3, message: 'no date line' }]));
    watcher.emit('all', 'change', path.join(seedsDir, 'a.txt'));
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'full-reload' }));
    const line = `${path.relative(process.cwd(), path.join(seedsDir, 'a.txt'))}:3: no date line`;
    expect(logged).toContain(line);

    // The reloaded page reconnects and gets the overlay, naming the broken file only.
    connect();
    const overlay = sent.find((payload) => payload.type === 'error');
    expect(overlay?.err?.message).toBe(line);

    fake.setNext(dataset({ a: 'Alpha' }, [startup]));
    sent.length = 0;
    watcher.emit('all', 'change', path.join(seedsDir, 'a.txt'));
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'full-reload' }));
    connect();
    expect(sent.filter((payload) => payload.type === 'error')).toEqual([]);
  });
});

describe('npm run dev with the real site-data builder', () => {
  const start = (ingestor: SeedIngestor) => {
    const plugin = readoutPlugin({ seedsDir, createIngestor: () => ingestor });
    const fake = fakeServer('/');
    hook(plugin, 'configResolved')({ base: '/', command: 'serve' } as ResolvedConfig);
    hook(plugin, 'configureServer')(fake.server);
    return fake;
  };
  const body = async (request: ReturnType<typeof fakeServer>['request'], file: string) => {
    const response = await request(`/${file}`);
    return response === 'next' ? 'next' : response.body;
  };

  it('serves exactly the files a build writes, the search index included, and the new ones after a change', async () => {
    const older: Dataset = { ...fixture, articles: fixture.articles.slice(1) };
    const fake = fakeIngestor(older);
    const { request, watcher, sent } = start(fake.ingestor);
    // The search index is served (built when first asked for) with the same bytes as the build's.
    const before = buildRealSiteData(older);
    for (const file of ['data/manifest.json', 'data/search/meta.json', 'data/list/1.json'])
      expect(await body(request, file)).toBe(before.get(file));

    fake.setNext(fixture);
    watcher.emit('all', 'change', path.join(seedsDir, 'a001.txt'));
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'full-reload' }));
    const after = buildRealSiteData(fixture);
    expect(after.get('data/search/meta.json')).not.toBe(before.get('data/search/meta.json'));
    for (const [file, text] of after) expect(await body(request, file), file).toBe(text);
  });
});

describe('npm run build', () => {
  const build = async (
    options: Partial<ReadoutPluginOptions>,
    base = '/',
    data = dataset({ a: 'Alpha', b: '<script>Beta</script>' }),
  ) => {
    const outDir = path.join(dir, 'dist');
    await fs.mkdir(outDir, { recursive: true });
    await fs.writeFile(
      path.join(outDir, 'index.html'),
      '<html><head><title>Readout</title><meta name="description" content="x"></head><body><div id="root"></div></body></html>',
    );
    const rendered: PageJob[] = [];
    const fake = fakeIngestor(data);
    const logged: string[] = [];
    const plugin = readoutPlugin({
      seedsDir,
      buildSiteData,
      createIngestor: () => fake.ingestor,
      renderPages: async ({ pages }) => {
        rendered.push(...pages);
        return pages.map((page) => ({
          file: page.file,
          status: 200,
          error: page.path === 'articles/b' && options.siteUrl === 'https://fail.example' ? 'boom' : null,
        }));
      },
      ...options,
    });
    hook(
      plugin,
      'configResolved',
    )({
      base,
      command: 'build',
      root: dir,
      mode: 'production',
      build: { outDir: 'dist', ssr: false },
      logger: {
        info: (m: string) => logged.push(m),
        warn: (m: string) => logged.push(m),
        error: (m: string) => logged.push(m),
      },
    } as unknown as ResolvedConfig);
    hook(plugin, 'buildStart')();
    const read = (file: string) => fs.readFile(path.join(outDir, file), 'utf8');
    return { run: () => hook(plugin, 'writeBundle')(), rendered, read, calls: fake.calls, logged, outDir };
  };

  it('ingests once, writes the data, feed and robots.txt, and prerenders every planned page', async () => {
    const site = await build({}, '/sub/');
    await site.run();
    expect(site.calls).toEqual({ full: 1, updates: [] });
    expect(await site.read('data/articles/a.json')).toBe('{"title":"Alpha"}');
    expect(await site.read('feed.xml')).toContain('<title>&lt;script&gt;Beta&lt;/script&gt;</title>');
    expect(await site.read('robots.txt')).not.toContain('Sitemap');
    expect(await site.read('_headers')).toMatch(
      /^\/sub\/\*\n {2}Content-Security-Policy: default-src 'self'/,
    );
    expect(await site.read('.nojekyll')).toBe('');
    await expect(site.read('sitemap.xml')).rejects.toThrow();
    expect(site.logged.some((line) => /SITE_URL is not set/.test(line))).toBe(true);
    expect(site.rendered.map((page) => page.file)).toEqual([
      'index.html',
      'people/index.html',
      'articles/a/index.html',
      'articles/b/index.html',
      '404.html',
    ]);
  });

  it('lets the dataset go once the data files are made: the prerender runs without it', async () => {
    // Made inside the ingest, so only the WeakRef sees it from here.
    let held: WeakRef<Dataset> | null = null;
    let heldDuringPrerender: boolean | null = null;
    const site = await build({
      createIngestor: () => ({
        full: async () => {
          const made = dataset({ a: 'Alpha', b: 'Beta' });
          held = new WeakRef(made);
          return made;
        },
        update: () => Promise.reject(new Error('not in a build')),
      }),
      renderPages: async ({ pages }) => {
        await new Promise((resolve) => setImmediate(resolve));
        collectGarbage();
        heldDuringPrerender = held?.deref() !== undefined;
        return pages.map((page) => ({ file: page.file, status: 200, error: null }));
      },
    });
    await site.run();
    expect(await site.read('data/articles/a.json')).toBe('{"title":"Alpha"}');
    expect(heldDuringPrerender).toBe(false);
  });

  it('stops at its start, saying what to do, when SEEDS_DIR names no folder, and leaves the last build', async () => {
    const outDir = path.join(dir, 'dist');
    await fs.mkdir(outDir);
    await fs.writeFile(path.join(outDir, 'index.html'), 'the last build');
    const ingested: string[] = [];
    const missing = path.join(dir, 'seeds-typo');
    const plugin = readoutPlugin({
      seedsDir: missing,
      createIngestor: (folder) => {
        ingested.push(folder);
        return fakeIngestor(dataset({ a: 'Alpha' })).ingestor;
      },
    });
    hook(
      plugin,
      'configResolved',
    )({
      base: '/',
      command: 'build',
      root: dir,
      build: { outDir: 'dist', ssr: false, emptyOutDir: true },
    } as unknown as ResolvedConfig);
    const context = {
      error: (message: string) => {
        throw new Error(message);
      },
    };
    expect(() => hook(plugin, 'buildStart').call(context)).toThrow(
      `readout: the seeds folder ${missing} does not exist; put your *.txt articles in seeds/, or set SEEDS_DIR to the folder that holds them`,
    );
    expect(ingested).toEqual([]);
    expect(await fs.readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('the last build');
  });

  it('fails the build, naming the file, when a data file cannot be written', async () => {
    const site = await build({});
    // A file where the data folder must go: the writer thread cannot create data/ for the first file.
    await fs.writeFile(path.join(site.outDir, 'data'), 'not a folder');
    await expect(site.run()).rejects.toThrow(/Could not write data\/manifest\.json/);
    expect(site.rendered).toEqual([]);
  });

  it('with SITE_URL, writes a sitemap of the pages (not the 404) under the base', async () => {
    const site = await build({ siteUrl: 'https://example.org' }, '/sub/');
    await site.run();
    const sitemap = await site.read('sitemap.xml');
    expect(sitemap).toContain('<loc>https://example.org/sub/articles/a/</loc>');
    expect(sitemap).toContain('<loc>https://example.org/sub/</loc>');
    expect(sitemap).not.toContain('404');
    expect(await site.read('robots.txt')).toContain('Sitemap: https://example.org/sub/sitemap.xml');
  });

  it('PRERENDER=shell renders only the pages that exist once and writes a 404.html that boots the app', async () => {
    const site = await build({ prerender: 'shell' });
    await site.run();
    expect(site.rendered.map((page) => page.file)).toEqual(['index.html', 'people/index.html']);
    const shell = await site.read('404.html');
    expect(shell).toContain('<div id="root"></div>');
    expect(shell).not.toContain('readout-state');
  });

  it('PRERENDER=shell packs the per-article files after the prerender, so deep links read them from packs', async () => {
    const site = await build({ prerender: 'shell' });
    await site.run();
    await expect(site.read('data/articles/a.json')).rejects.toThrow();
    await expect(fs.stat(path.join(site.outDir, 'data/articles'))).rejects.toThrow();
    for (const [slug, title] of [
      ['a', 'Alpha'],
      ['b', '<script>Beta</script>'],
    ]) {
      const file = `data/articles/${slug}.json`;
      const pack = JSON.parse(await site.read(packOf(file)!)) as Record<string, unknown>;
      expect(pack[file]).toEqual({ title });
    }
    expect(await site.read('data/manifest.json')).toBe('{"slugs":["a","b"]}');
    expect(site.logged).toContain('readout: packed 2 data files into 2 packs');
  });

  it('builds the search index in a thread of its own: every data file as one thread makes it, packed as usual', async () => {
    // A copy: the build lets the articles' text go once their data files are made (releaseArticleText).
    const site = await build({ buildSiteData: undefined, prerender: 'shell' }, '/', structuredClone(fixture));
    await site.run();
    expect(site.logged.some((line) => /search index is built on the main thread/.test(line))).toBe(false);
    const expected = buildRealSiteData(fixture);
    const searchDocs = [...expected.keys()].filter((file) => file.startsWith('data/search/docs/'));
    expect(searchDocs.length).toBeGreaterThan(0);
    // The build hashes its files as its writer thread writes them (another hash than buildSiteData's own), and
    // names that id wherever buildSiteData names its own.
    const ownId = (JSON.parse(expected.get('data/manifest.json')!) as { buildId: string }).buildId;
    const { buildId } = JSON.parse(await site.read('data/build.json')) as { buildId: string };
    expect(buildId).toMatch(/^[0-9a-f]{14}$/);
    for (const [file, ownText] of expected) {
      const text = ownText.replaceAll(ownId, buildId);
      const pack = packOf(file);
      if (pack === null) expect(await site.read(file), file).toBe(text);
      else
        expect((JSON.parse(await site.read(pack)) as Record<string, unknown>)[file], file).toEqual(
          JSON.parse(text),
        );
    }
    // The index's result rows were packed too: the thread's files are among those the build wrote.
    await expect(site.read(searchDocs[0]!)).rejects.toThrow();
  });

  it("names another build when only the app's scripts changed, so an open tab reloads", async () => {
    const buildIdWith = async (script: string) => {
      const site = await build(
        { buildSiteData: undefined, prerender: 'shell' },
        '/',
        structuredClone(fixture),
      );
      await fs.writeFile(
        path.join(site.outDir, 'index.html'),
        `<html><head><script type="module" src="/assets/${script}.js"></script></head><body><div id="root"></div></body></html>`,
      );
      await site.run();
      return (JSON.parse(await site.read('data/build.json')) as { buildId: string }).buildId;
    };
    const first = await buildIdWith('index-Bx1a2b3c');
    expect(await buildIdWith('index-Bx1a2b3c')).toBe(first);
    expect(await buildIdWith('index-Qz9y8x7w')).not.toBe(first);
  });

  it('tells the app whether its data is packed: only in a shell build', () => {
    const define = (prerender: 'full' | 'shell', command: 'build' | 'serve') =>
      (
        hook(readoutPlugin({ seedsDir, prerender }), 'config')({}, { command, mode: 'production' }) as {
          define: Record<string, string>;
        }
      ).define;
    expect(define('shell', 'build')).toEqual({ __READOUT_PACKED_DATA__: 'true' });
    expect(define('full', 'build')).toEqual({ __READOUT_PACKED_DATA__: 'false' });
    expect(define('shell', 'serve')).toEqual({ __READOUT_PACKED_DATA__: 'false' });
  });

  it('fails the build, naming the page, when a page does not render', async () => {
    const site = await build({ siteUrl: 'https://fail.example' });
    await expect(site.run()).rejects.toThrow(
      /1 pages failed to prerender:\n {2}articles\/b\/index.html: boom/,
    );
  });
});

describe('emitSiteFiles', () => {
  it("writes the feed's summaries when the build lets the articles' text go with their data files", () => {
    const files = (release: boolean) => {
      const out = new Map<string, string>();
      emitSiteFiles(
        structuredClone(fixture),
        {
          base: '/',
          siteUrl: null,
          prerender: 'full',
          emitSiteData: (data, emit, opts) => void buildRealSiteData(data, opts, emit),
          searchIndexElsewhere: () => () => undefined,
          releaseArticleText: release,
        },
        (file, text) => out.set(file, text),
      );
      return out;
    };
    const released = files(true);
    expect(released.get('feed.xml')).toContain('<summary>');
    expect(released).toEqual(files(false));
  });
  it("gives another version of a story the listed version's page as canonical, and leaves it out of the sitemap", async () => {
    // Two copies of one story (Article.versionOf), ids unlike slugs: what a crawler reads from the built pages.
    const listed = { ...article('2024-01-02-summit', 'Leaders meet'), id: 'id-1', versions: ['id-2'] };
    const version = { ...article('2024-01-03-summit-again', 'Leaders met'), id: 'id-2', versionOf: 'id-1' };
    const files = new Map<string, string>();
    const pages = emitSiteFiles(
      { articles: [listed, version], people: [], warnings: [] },
      {
        base: '/sub/',
        siteUrl: 'https://example.org',
        prerender: 'full',
        emitSiteData: (data, emit, opts) => void buildRealSiteData(data, opts, emit),
        searchIndexElsewhere: () => () => undefined,
      },
      (file, text) => files.set(file, text),
    );
    const render = createRenderer({
      template:
        '<!doctype html><html lang="en"><head><title>Readout</title><meta name="description" content="x" /></head>' +
        '<body><div id="root"></div></body></html>',
      base: '/sub/',
      siteUrl: 'https://example.org',
      readJson: async (file) => {
        const text = files.get(file);
        return text === undefined ? undefined : JSON.parse(text);
      },
    });
    const canonicalOf = async (slug: string) => {
      const page = pages.find((p) => p.path === `articles/${slug}`)!;
      return /<link rel="canonical" href="([^"]*)">/.exec((await render(page)).html)?.[1];
    };
    expect(await canonicalOf(version.slug)).toBe(`https://example.org/sub/articles/${listed.slug}/`);
    expect(await canonicalOf(listed.slug)).toBe(`https://example.org/sub/articles/${listed.slug}/`);
    const sitemap = files.get('sitemap.xml')!;
    expect(sitemap).toContain(`<loc>https://example.org/sub/articles/${listed.slug}/</loc>`);
    expect(sitemap).not.toContain(version.slug);
    // And the feed, like the list, carries the story once.
    expect(files.get('feed.xml')).toContain(listed.slug);
    expect(files.get('feed.xml')).not.toContain(version.slug);
  });
});

describe('seedsFolderProblem', () => {
  it('says nothing of a folder, and names a missing folder or a file as the shell gave it', async () => {
    expect(seedsFolderProblem(seedsDir, dir)).toBeNull();
    expect(seedsFolderProblem(path.join(dir, 'articles'), dir)).toMatch(
      /^readout: the seeds folder articles does not exist; put your \*\.txt articles in seeds\/, or set SEEDS_DIR/,
    );
    await fs.writeFile(path.join(dir, 'one.txt'), 'x');
    expect(seedsFolderProblem(path.join(dir, 'one.txt'), dir)).toMatch(
      /^readout: the seeds folder one\.txt is a file;/,
    );
  });
});

describe('watchIgnore', () => {
  it('skips generated folders but never the seeds folder or the way to it', () => {
    const ignore = watchIgnore('/p', '/p/.tmp/me/seeds', 'dist');
    expect(ignore('/p/dist/assets/a.js')).toBe(true);
    expect(ignore('/p/.tmp/me/dist-10k/x.html')).toBe(true);
    expect(ignore('/p/.tmp')).toBe(false);
    expect(ignore('/p/.tmp/me/seeds/001.txt')).toBe(false);
    expect(ignore('/p/src/main.tsx')).toBe(false);
  });
  it("skips an earlier build's files while they are deleted in the background", () => {
    const ignore = watchIgnore('/p', '/p/seeds', 'dist');
    expect(ignore('/p/.dist-deleting-41-1700000000000/data/articles/a.json')).toBe(true);
    expect(ignore('/p/.dist-old/a.json')).toBe(false);
  });
});

describe('hostLimitWarnings', () => {
  it('says nothing for a site every host takes', () => {
    expect(
      hostLimitWarnings({ files: 900, bytes: 5e6, largest: { file: 'data/a.json', bytes: 1000 } }),
    ).toEqual([]);
  });
  it('names each limit a big site breaks, and the option that helps', () => {
    const warnings = hostLimitWarnings({
      files: 200_000,
      bytes: 1.8e9,
      largest: { file: 'data/search/x.json', bytes: 30e6 },
    });
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/1800\.0 MB.*GitHub Pages.*PRERENDER=shell/);
    expect(warnings[1]).toMatch(/200000 generated files.*Cloudflare.*PRERENDER=shell.*at most 10,752 files/);
    expect(warnings[2]).toMatch(/data\/search\/x\.json is 30\.0 MB/);
  });
  it('in a shell build, does not suggest the option already used', () => {
    const warnings = hostLimitWarnings({ files: 25_000, bytes: 1.2e9, largest: null }, 'shell');
    expect(warnings).toHaveLength(2);
    for (const warning of warnings) expect(warning).not.toContain('PRERENDER=shell');
    expect(warnings[1]).toMatch(/25000 generated files.*Cloudflare.*not packed/);
  });
});

describe('collapseTagWhitespace', () => {
  it('removes the indentation between tags, and nothing inside them', () => {
    expect(
      collapseTagWhitespace(
        '<!doctype html>\n<html>\n  <head>\n    <title>A  B</title>\n  </head>\n</html>\n',
      ),
    ).toBe('<!doctype html><html><head><title>A  B</title></head></html>');
  });
});
