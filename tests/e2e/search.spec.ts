import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { seed } from './site-data.ts';
import { sites } from './sites.ts';

const searchBox = (page: Page) => page.getByRole('searchbox').first();
const resultLink = (page: Page, title: string) => page.getByRole('main').getByRole('link', { name: title });

test('a keyword search from the URL lists the matching article with the word highlighted', async ({
  page,
}) => {
  await page.goto(`${sites.root}?q=Panmunjom`);
  await expect(searchBox(page)).toHaveValue('Panmunjom');
  await expect(resultLink(page, seed.panmunjomTitle)).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .locator('mark')
      .filter({ hasText: /panmunjom/i })
      .first(),
  ).toBeVisible();
  await expect(resultLink(page, seed.demoTitle)).toHaveCount(0);
});

test("a person's name in the URL finds the articles about them", async ({ page }) => {
  await page.goto(`${sites.root}?q=${encodeURIComponent(seed.demoOtherPerson)}`);
  await expect(resultLink(page, seed.demoTitle)).toBeVisible();
});

test('typing in the search box searches as you type, and the URL keeps the query', async ({ page }) => {
  await page.goto(sites.root);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('Akiba');
  await expect(resultLink(page, seed.demoTitle)).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=Akiba/);

  await page.reload();
  await expect(searchBox(page)).toHaveValue('Akiba');
  await expect(resultLink(page, seed.demoTitle)).toBeVisible();
});

test('a search with no match says so plainly', async ({ page }) => {
  await page.goto(`${sites.root}?q=zzyzxqwv`);
  await expect(page.getByText(/No articles match/)).toBeVisible();
});

test('a word typed with two letters swapped finds the word meant, and says so', async ({ page }) => {
  await page.goto(sites.root);
  await searchBox(page).fill('Panmunjmo');
  await expect(page.getByText('showing results for')).toContainText(
    /No article has “Panmunjmo”: showing results for “panmunjom”/i,
  );
  // The count is of the word searched, not of the typo (which is in no article).
  await expect(page.locator('.search-count')).toHaveText(/match(es)? “panmunjom”$/i);
  await expect(resultLink(page, seed.panmunjomTitle)).toBeVisible();
});

test('a quoted phrase finds only the articles where its words stand together, and says so', async ({
  page,
}) => {
  // Both words are in two articles; side by side only in the demo article.
  const lula = 'Xi holds talks with Brazilian President Lula in Beijing';
  await page.goto(`${sites.root}?q=${encodeURIComponent('bilateral cooperation')}`);
  await expect(resultLink(page, seed.demoTitle)).toBeVisible();
  await expect(resultLink(page, lula)).toBeVisible();
  await expect(page.getByText(/matched as a phrase/)).toHaveCount(0);

  await searchBox(page).fill('"bilateral cooperation"');
  await expect(page.locator('.search-count')).toHaveText('1 article matches “bilateral cooperation”');
  await expect(
    page.getByText(/Quoted words are matched as a phrase: side by side, in that order/),
  ).toBeVisible();
  await expect(resultLink(page, seed.demoTitle)).toBeVisible();
  await expect(resultLink(page, lula)).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]q=%22bilateral\+cooperation%22/);
});

test('opening a result highlights the search words in the article', async ({ page }) => {
  await page.goto(`${sites.root}?q=Panmunjom`);
  await resultLink(page, seed.panmunjomTitle).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.panmunjomTitle);
  await expect(
    page
      .getByRole('article')
      .locator('mark')
      .filter({ hasText: /panmunjom/i })
      .first(),
  ).toBeVisible();
});

// "Wang Yi (3)" must mean three articles: each person and country count is what its filter then shows.
test('a facet count is the number of articles its filter shows', async ({ page }) => {
  for (const facet of ['People', 'Countries']) {
    await page.goto(`${sites.root}?q=minister`);
    const link = page
      .getByRole('region', { name: facet })
      .getByRole('link')
      .filter({ hasNotText: 'at least' })
      .first();
    const count = /\(([\d,]+)\)$/.exec((await link.textContent()) ?? '')?.[1];
    expect(count, facet).toBeDefined();
    await link.click();
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
      new RegExp(`^${count} articles? match(es)? “minister”`),
    );
  }
});

// The facets come after the results on a phone: the count says each filter chosen, and each is removed from there.
test('the count says the filters chosen, each removable where it is said', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${sites.root}?q=minister`);
  const person = page.getByRole('region', { name: 'People' }).getByRole('link').first();
  const name = /^(.*) \(/.exec((await person.textContent()) ?? '')![1]!;
  await person.click();
  const status = page.getByRole('status').filter({ hasText: 'match' });
  await expect(status).toHaveText(new RegExp(`match(es)? “minister”, naming ${name}$`));
  const remove = page
    .getByRole('list', { name: 'Filters' })
    .getByRole('link', { name: `${name} — remove filter` });
  await expect(remove).toBeInViewport();
  await remove.click();
  await expect(status).toHaveText(/match(es)? “minister”$/);
  await expect(page.getByRole('heading', { name: 'Search results' })).toBeFocused();
});
