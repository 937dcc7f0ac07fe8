import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isOwnCanonical,
  NOT_FOUND_PATH,
  planPages,
  prerenderPages,
  removeStaleServerBuilds,
  slugsOf,
} from './prerender.ts';

const dataFiles = [
  'data/manifest.json',
  'data/articles/2024-01-01-b.json',
  'data/articles/2024-01-01-a.json',
  'data/people/wang-yi.json',
  'data/people/wang-yi/articles-1.json',
  'data/people/../evil.json',
  'data/list/1.json',
];

describe('planPages', () => {
  it('plans home, people index, every article, every person and 404, sorted', () => {
    const pages = planPages(dataFiles, 'full');
    expect(pages.map((page) => page.file)).toEqual([
      'index.html',
      'people/index.html',
      'articles/2024-01-01-a/index.html',
      'articles/2024-01-01-b/index.html',
      'people/wang-yi/index.html',
      '404.html',
    ]);
    expect(pages.find((page) => page.file === 'articles/2024-01-01-a/index.html')).toEqual({
      path: 'articles/2024-01-01-a',
      file: 'articles/2024-01-01-a/index.html',
      embedState: false,
      canonical: 'articles/2024-01-01-a/',
      textFrom: 'data/articles/2024-01-01-a.json',
    });
    expect(pages.find((page) => page.file === '404.html')).toMatchObject({
      path: NOT_FOUND_PATH,
      canonical: null,
    });
  });

  it('embeds query state only in pages that exist once, so per-article pages do not repeat their data', () => {
    const embedding = planPages(dataFiles, 'full')
      .filter((page) => page.embedState)
      .map((page) => page.file);
    expect(embedding).toEqual(['index.html', 'people/index.html', '404.html']);
  });

  it("names the listed version's page as canonical on another version's page, which is then not its own", () => {
    const pages = planPages(dataFiles, 'full', new Map([['2024-01-01-b', '2024-01-01-a']]));
    const pageOf = (file: string) => pages.find((page) => page.file === file)!;
    expect(pageOf('articles/2024-01-01-b/index.html').canonical).toBe('articles/2024-01-01-a/');
    expect(pages.filter(isOwnCanonical).map((page) => page.canonical)).toEqual([
      '',
      'people/',
      'articles/2024-01-01-a/',
      'people/wang-yi/',
    ]);
  });

  it('shell mode writes no page per article or person', () => {
    expect(planPages(dataFiles, 'shell').map((page) => page.file)).toEqual([
      'index.html',
      'people/index.html',
    ]);
  });

  it('URL-encodes route paths but keeps file names as the slug', () => {
    const [page] = planPages(['data/articles/2024-习近平.json'], 'full').filter((p) =>
      p.file.startsWith('articles/'),
    );
    expect(page).toMatchObject({
      path: `articles/${encodeURIComponent('2024-习近平')}`,
      file: 'articles/2024-习近平/index.html',
    });
  });
});

it('slugsOf skips nested files and anything that is not a plain path segment', () => {
  expect(slugsOf(dataFiles, (slug) => `data/people/${slug}.json`)).toEqual(['wang-yi']);
});

describe('prerenderPages (worker threads over a bundled entry)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readout-prerender-'));
    await fs.mkdir(path.join(dir, 'data'), { recursive: true });
    await fs.writeFile(path.join(dir, 'data', 'greeting.json'), JSON.stringify({ text: 'hello' }));
    // A stand-in for the Vite-built src/entry-server.tsx: same export, same contract.
    await fs.writeFile(
      path.join(dir, 'entry.mjs'),
      `export function createRenderer({ template, base, readJson }) {
        return async (job) => {
          if (job.path === 'boom') throw new Error('render exploded');
          const data = await readJson('data/greeting.json');
          const missing = await readJson('data/missing.json');
          return { status: 200, error: job.path === 'bad' ? 'loader failed' : null,
            html: template.replace('ROOT', base + job.path + ':' + data.text + ':' + String(missing) + ':' + job.embedState) };
        };
      }`,
    );
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes every page with several workers, reporting progress and per-page errors', async () => {
    const pages = Array.from({ length: 23 }, (_, i) => ({
      path: `articles/a${i}`,
      file: `articles/a${i}/index.html`,
      embedState: i === 0,
      canonical: null,
    }));
    pages.push({ path: 'bad', file: 'bad/index.html', embedState: false, canonical: null });
    pages.push({ path: 'boom', file: 'boom/index.html', embedState: false, canonical: null });
    const progress: number[] = [];
    const results = await prerenderPages({
      entry: path.join(dir, 'entry.mjs'),
      template: '<html>ROOT</html>',
      base: '/sub/',
      siteUrl: null,
      outDir: dir,
      pages,
      workers: 2,
      batchSize: 4,
      onProgress: (done) => progress.push(done),
    });
    expect(results).toHaveLength(25);
    expect(await fs.readFile(path.join(dir, 'articles/a0/index.html'), 'utf8')).toBe(
      '<html>/sub/articles/a0:hello:undefined:true</html>',
    );
    expect(await fs.readFile(path.join(dir, 'articles/a22/index.html'), 'utf8')).toContain(':false');
    expect(results.find((r) => r.file === 'bad/index.html')?.error).toBe('loader failed');
    expect(results.find((r) => r.file === 'boom/index.html')?.error).toMatch(/render exploded/);
    expect(results.filter((r) => r.error === null)).toHaveLength(23);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(25);
  });

  it('moves an article text into its page: the data file keeps what the page does not show, only once the page rendered', async () => {
    const article = {
      slug: 'a',
      title: 'A',
      paragraphs: ['One.', 'Two.'],
      captions: ['Photo.'],
      people: [
        { slug: 'w', name: 'Wang Yi', country: 'China', aliases: ['Wang'], roles: ['FM'], participant: true },
      ],
      organizations: ['UN'],
      places: ['Rome'],
      prev: null,
      next: { slug: 'b', title: 'B' },
    };
    const lean = { slug: 'a', title: 'A', people: [{ slug: 'w', aliases: ['Wang'] }], textInPage: true };
    for (const slug of ['a', 'bad']) {
      await fs.mkdir(path.join(dir, 'data/articles'), { recursive: true });
      await fs.writeFile(path.join(dir, `data/articles/${slug}.json`), JSON.stringify({ ...article, slug }));
    }
    const job = (slug: string) => ({
      path: slug,
      file: `articles/${slug}/index.html`,
      embedState: false,
      canonical: null,
      textFrom: `data/articles/${slug}.json`,
    });
    const results = await prerenderPages({
      entry: path.join(dir, 'entry.mjs'),
      template: '<html>ROOT</html>',
      base: '/',
      siteUrl: null,
      outDir: dir,
      pages: [job('a'), job('bad')],
      workers: 1,
    });
    const read = async (slug: string) =>
      JSON.parse(await fs.readFile(path.join(dir, `data/articles/${slug}.json`), 'utf8')) as unknown;
    expect(await read('a')).toEqual(lean);
    // A page that failed keeps its data whole (the build fails anyway, but nothing is lost).
    expect(await read('bad')).toEqual({ ...article, slug: 'bad' });
    const a = results.find((r) => r.file === 'articles/a/index.html')!;
    expect(a.trimmed).toBe(JSON.stringify(article).length - JSON.stringify(lean).length);
  });

  it('fails clearly when the entry cannot be loaded', async () => {
    await expect(
      prerenderPages({
        entry: path.join(dir, 'nope.mjs'),
        template: '',
        base: '/',
        siteUrl: null,
        outDir: dir,
        pages: [{ path: '', file: 'index.html', embedState: true, canonical: '' }],
      }),
    ).rejects.toThrow(/Prerender worker failed to start/);
  });
});

it('removeStaleServerBuilds deletes bundles of builds whose process is gone, and only those', async () => {
  const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'readout-cache-'));
  const mine = `readout-ssr-${process.pid}-abcd1234`;
  const gone = 'readout-ssr-999999999-abcd1234';
  for (const name of [mine, gone, 'other-tool']) await fs.mkdir(path.join(cache, name));
  expect(await removeStaleServerBuilds(cache)).toEqual([gone]);
  expect((await fs.readdir(cache)).sort()).toEqual(['other-tool', mine].sort());
  await fs.rm(cache, { recursive: true, force: true });
});
