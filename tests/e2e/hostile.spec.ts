import { expect, test } from './fixtures.ts';
import { articleSlug, seed } from './site-data.ts';
import { sites } from './sites.ts';

// tests/fixtures/e2e-seeds/hostile.txt carries <script> and <img onerror> in its headline and body. The reader
// shows them as characters; nothing runs (the problems guard fails the test on any dialog or console error).

test('markup in a seed is shown as text on the home page and the article page, and never runs', async ({
  page,
  request,
}) => {
  await page.goto(sites.root);
  await expect(page.getByRole('link', { name: seed.hostileTitle })).toBeVisible();

  const slug = await articleSlug(request, sites.root, seed.hostileTitle);
  await page.goto(`${sites.root}articles/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.hostileTitle);
  await expect(page.getByRole('article')).toContainText('wrote <script>alert(1)</script> on the whiteboard');
  await expect(page.getByRole('article')).toContainText('an image tag, <img src=x onerror=alert(1)>,');
  await expect(page.locator('img[src="x"], img[onerror]')).toHaveCount(0);
  await expect(page.locator('script:not([src]):not([type="application/json"])')).toHaveCount(0);
});

test('the prerendered HTML escapes the markup, in the page and in the embedded state', async ({
  request,
}) => {
  const slug = await articleSlug(request, sites.root, seed.hostileTitle);
  for (const url of [sites.root, `${sites.root}articles/${slug}`]) {
    const html = await (await request.get(url)).text();
    expect(html, url).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html, url).not.toContain('<script>alert(1)');
    expect(html, url).not.toContain('<img src=x');
  }
});

test('a search for the markup finds the article and still shows it as text', async ({ page }) => {
  await page.goto(`${sites.root}?q=${encodeURIComponent('onerror')}`);
  await expect(page.getByRole('main').getByRole('link', { name: seed.hostileTitle })).toBeVisible();
  await expect(page.locator('img[src="x"], img[onerror]')).toHaveCount(0);
});
