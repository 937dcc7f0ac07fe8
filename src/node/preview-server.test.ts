import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHeadersFile, STRICT_CSP } from './host-files.ts';
import { builtBase } from './preview-server.ts';
import { readoutPlugin } from './vite-plugin.ts';

// `npm run preview` is Vite's preview server with the readout plugin: these start it on a small built site, as the
// README's "npm run build, then npm run preview" does, and ask what a reader's browser would.

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'readout-preview-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A built site's shape: pages as folders with an index.html, a 404.html, data files, the build's _headers. */
function writeSite(name: string, base: string): string {
  const dist = path.join(root, name, 'dist');
  const files: Record<string, string> = {
    'index.html': '<h1>Articles</h1>',
    '404.html': '<h1>Page not found</h1>',
    'people/index.html': '<h1>People</h1>',
    'people/ada-lind/index.html': '<h1>Ada Lind</h1>',
    'data/build.json': '{"buildId":"b1"}',
    _headers: buildHeadersFile(base),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
  return path.dirname(dist);
}

async function startPreview(projectRoot: string): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({
    configFile: false,
    root: projectRoot,
    logLevel: 'silent',
    // As `npm run preview` runs it: BASE_PATH unset, whatever the build had.
    base: '/',
    plugins: [readoutPlugin({ seedsDir: path.join(projectRoot, 'seeds') })],
    preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

const get = (url: string, method = 'GET') =>
  fetch(url, { method, redirect: 'manual', headers: { accept: 'text/html,*/*' } });

describe('npm run preview', () => {
  let server: PreviewServer;
  let origin: string;
  beforeAll(async () => {
    ({ server, origin } = await startPreview(writeSite('root-site', '/')));
  });
  afterAll(() => server.close());

  it("redirects a page's address without its slash to the page, as static hosts do, keeping the query", async () => {
    const response = await get(`${origin}/people/ada-lind?order=oldest`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/people/ada-lind/?order=oldest');
    const page = await get(`${origin}/people/ada-lind/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Ada Lind</h1>');
  });

  it('answers an unknown address or a missing data file with the 404 page and status 404, not the home page', async () => {
    for (const address of ['/no/such/page', '/data/articles/missing.json']) {
      const response = await get(`${origin}${address}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('<h1>Page not found</h1>');
    }
    expect((await get(`${origin}/no/such/page`, 'HEAD')).status).toBe(404);
  });

  it('serves files as they are, with the CSP the build asks of hosts', async () => {
    const response = await get(`${origin}/data/build.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ buildId: 'b1' });
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect((await get(`${origin}/no/such/page`)).headers.get('content-security-policy')).toBe(STRICT_CSP);
  });
});

describe('npm run preview of a BASE_PATH=/sub/ build', () => {
  let server: PreviewServer;
  let origin: string;
  beforeAll(async () => {
    ({ server, origin } = await startPreview(writeSite('sub-site', '/sub/')));
  });
  afterAll(() => server.close());

  it('serves the build under the base it was built for, without BASE_PATH being set again', async () => {
    const home = await get(`${origin}/sub/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<h1>Articles</h1>');
    const page = await get(`${origin}/sub/people`);
    expect(page.status).toBe(301);
    expect(page.headers.get('location')).toBe('/sub/people/');
    const missing = await get(`${origin}/sub/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1>Page not found</h1>');
  });
});

describe('npm run preview before any build', () => {
  it('stops, saying to build first, instead of answering every address with an empty 404', async () => {
    const project = path.join(root, 'never-built');
    mkdirSync(project);
    await expect(startPreview(project)).rejects.toThrow(
      /no build to preview in .*dist: run `npm run build` first/,
    );
  });
});

describe('builtBase', () => {
  it("reads the base from the build's _headers, and knows when there is no build", () => {
    const dir = path.join(root, 'headers-only');
    mkdirSync(dir);
    expect(builtBase(dir)).toBeNull();
    for (const base of ['/', '/sub/', '/a/b/']) {
      writeFileSync(path.join(dir, '_headers'), buildHeadersFile(base));
      expect(builtBase(dir)).toBe(base);
    }
  });
});
