import { expect, test } from './fixtures.ts';
import { seed } from './site-data.ts';
import { sites } from './sites.ts';

// Without JavaScript the prerendered home page lists the newest articles whatever the URL asks for: a search or a
// facet link must not look as if it worked. The page says why; with JavaScript the note never shows.
const note = /Searching and narrowing the list need JavaScript/;
// A regular expression: Playwright's plain-string text match does not look inside <noscript>.
const pagerNote = /Other pages need JavaScript, which is off in this browser/;

test('without JavaScript, a search link says that searching needs JavaScript', async ({ browser }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(`${sites.root}?q=${encodeURIComponent('putin')}`);
  await expect(page.getByText(note)).toBeVisible();
  // The content still reads and its links work.
  await expect(page.getByRole('link', { name: seed.demoTitle })).toBeVisible();
  await noJs.close();
});

test('without JavaScript, the pager says other pages need JavaScript (only page 1 is prerendered)', async ({
  browser,
}) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(sites.root);
  const pages = page.getByRole('navigation', { name: 'Article pages' });
  await expect(pages.getByText(pagerNote)).toBeVisible();
  await noJs.close();
});

test('with JavaScript the notes are never shown, and the page hydrates without errors', async ({ page }) => {
  await page.goto(sites.root);
  await expect(page.getByRole('link', { name: seed.demoTitle })).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
  const pages = page.getByRole('navigation', { name: 'Article pages' });
  await expect(pages.getByText('Page 1 of 2')).toBeVisible();
  await expect(pages.getByText(pagerNote)).toHaveCount(0);
  await pages.getByRole('link', { name: /Next/ }).click();
  await expect(pages.getByText('Page 2 of 2')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('putin');
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
});
