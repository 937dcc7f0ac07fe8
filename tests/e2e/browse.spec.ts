import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { personSlug, seed } from './site-data.ts';
import { sites } from './sites.ts';

test('a reader goes from the home page to an article, to a person, and back', async ({ page }) => {
  await page.goto(sites.root);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();

  await page.getByRole('link', { name: seed.demoTitle }).first().click();
  await expect(page).toHaveURL(/\/articles\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoTitle);
  await expect(page).toHaveTitle(new RegExp(`^${seed.demoTitle}`));
  const sidebar = page.getByRole('complementary');
  await expect(sidebar).toContainText(seed.demoOtherPerson);

  await sidebar.getByRole('link', { name: seed.demoPerson, exact: true }).first().click();
  await expect(page).toHaveURL(/\/people\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoPerson);
  // The person page lists the article we came from.
  await expect(page.getByRole('link', { name: seed.demoTitle })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoTitle);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
});

test('the people index lists people and leads to their pages', async ({ page }) => {
  await page.goto(sites.root);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.getByRole('link', { name: seed.demoOtherPerson }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoOtherPerson);
});

test('a new page opens at its top and Back returns to the place left, without scrolling through either', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(sites.root);
  const rows = page.getByRole('region', { name: /^Newest articles/ }).getByRole('heading', { level: 3 });
  const last = rows.last().getByRole('link');
  await last.scrollIntoViewIfNeeded();
  const left = await page.evaluate(() => window.scrollY);
  expect(left).toBeGreaterThan(600);
  // Every scroll position a frame shows from here on: a page that scrolled smoothly through the whole list to its
  // top (and back down on Back) showed dozens in between.
  await page.evaluate(() => {
    const seen = new Set<number>();
    (window as unknown as { seenScroll: Set<number> }).seenScroll = seen;
    const sample = () => {
      seen.add(Math.round(window.scrollY));
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const seen = () =>
    page.evaluate(() =>
      [...(window as unknown as { seenScroll: Set<number> }).seenScroll].sort((a, b) => a - b),
    );
  await last.click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(left);
  expect(await seen()).toEqual([0, left]);
});

// Every page opened afresh (an address typed, a bookmark, a link from elsewhere) was history entry "default" to the
// router, in every document of the tab, so the scroll position saved for the last one was restored on the next.
async function scrollHomeDown(page: Page) {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(sites.root);
  await page
    .getByRole('region', { name: /^Newest articles/ })
    .getByRole('link')
    .last()
    .scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
}

test('a page opened afresh in the same tab starts at its top', async ({ page }) => {
  await scrollHomeDown(page);
  await page.goto(`${sites.root}people/`);
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a page opened afresh at a place in it (#articles) opens there', async ({ page, request }) => {
  await scrollHomeDown(page);
  const slug = await personSlug(request, sites.root, seed.demoPerson);
  await page.goto(`${sites.root}people/${slug}/#articles`);
  const articles = page.getByRole('heading', { level: 2, name: /^Articles/ });
  await expect(articles).toBeFocused();
  const top = await articles.evaluate((heading) => heading.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(100);
});
