// `npm run preview` after `BASE_PATH=/sub/ npm run build`, as the README's newcomer runs it: Vite's preview server
// with the project's config and no BASE_PATH, over the sub-path build. Reloading an address the app gave (no
// trailing slash) must show that page, hydrated without an error, under the build's CSP; an unknown address the
// reader's not-found page. Vite's own single-page fallback answered both with the home page's HTML.
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { expect, test } from './fixtures.ts';
import { personSlug, seed } from './site-data.ts';
import { E2E_DIR } from './sites.ts';

let server: PreviewServer;
let origin: string;

test.beforeAll(async () => {
  const saved = process.env.BASE_PATH;
  delete process.env.BASE_PATH;
  try {
    server = await preview({
      configLoader: 'runner',
      logLevel: 'silent',
      build: { outDir: path.join(E2E_DIR, 'sub') },
      preview: { port: 0, host: '127.0.0.1', open: false },
    });
  } finally {
    if (saved !== undefined) process.env.BASE_PATH = saved;
  }
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  origin = `http://127.0.0.1:${address.port}`;
});

test.afterAll(() => server?.close());

test('a reloaded person address shows that person, under the base the build was made for', async ({
  page,
  request,
}) => {
  const slug = await personSlug(request, `${origin}/sub/`, seed.demoPerson);
  const response = await page.goto(`${origin}/sub/people/${slug}`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoPerson);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoPerson);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
});

test('an unknown address gets the not-found page with status 404', async ({ page, problems }) => {
  problems.allowStatus(/\/sub\/no\/such\/page$/, 404);
  const response = await page.goto(`${origin}/sub/no/such/page`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
