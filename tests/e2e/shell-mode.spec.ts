import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { articleSlug, personSlug, seed } from './site-data.ts';
import { sites } from './sites.ts';

// PRERENDER=shell, for hosts that cap file counts: no file per article or person. The host answers a deep link
// with 404.html, an empty shell that boots the app, which then renders the page from the data files.

test('a deep link to an article works through 404.html in a shell build', async ({
  page,
  request,
  problems,
}) => {
  const slug = await articleSlug(request, sites.shell, seed.demoTitle);
  problems.allowStatus(new RegExp(`/articles/${slug}$`), 404);
  const raw = await request.get(`${sites.shell}articles/${slug}`);
  expect(raw.status()).toBe(404);
  expect(await raw.text()).toContain('<div id="root"></div>');

  await page.goto(`${sites.shell}articles/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoTitle);
  await page.getByRole('complementary').getByRole('link', { name: seed.demoOtherPerson }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoOtherPerson);
});

test('a shell build still prerenders home and the people index, and unknown paths get the not-found page', async ({
  page,
  request,
  problems,
}) => {
  expect(await (await request.get(sites.shell)).text()).toContain(seed.demoTitle);
  expect(await (await request.get(`${sites.shell}people/`)).text()).toContain('<h1>People</h1>');
  const person = await personSlug(request, sites.shell, seed.demoPerson);
  expect((await request.get(`${sites.shell}people/${person}/`)).status()).toBe(404);

  problems.allowStatus(/\/no\/such\/page$/, 404);
  await page.goto(`${sites.shell}no/such/page`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

// A shell build also packs the per-article, per-person, list, search-result and people-list files
// (src/common/data-packs.ts) for hosts that cap file counts: every page below reads its data out of a pack.
const dataRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes('/data/')) urls.push(url.pathname);
  });
  return urls;
};
const perItemFile = /\/data\/(articles|people|list|search\/docs)\//;

test('in a shell build, a person deep link lists their articles, and the article pages step to the next and back', async ({
  page,
  request,
  problems,
}) => {
  const urls = dataRequests(page);
  const person = await personSlug(request, sites.shell, seed.demoPerson);
  problems.allowStatus(new RegExp(`/people/${person}$`), 404);
  await page.goto(`${sites.shell}people/${person}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoPerson);
  await page.getByRole('main').getByRole('link', { name: seed.demoTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoTitle);

  // Whichever neighbour the article has, go there and come back with the opposite link.
  const nav = page.getByRole('navigation', { name: 'Newer and older articles' });
  const step = nav.locator('a[rel="next"], a[rel="prev"]').first();
  const rel = await step.getAttribute('rel');
  const neighbour = await step.locator('span').last().textContent();
  await step.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(neighbour!);
  await nav.locator(`a[rel="${rel === 'next' ? 'prev' : 'next'}"]`).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoTitle);

  expect(urls.some((url) => url.includes('/data/packs/articles/'))).toBe(true);
  expect(urls.some((url) => url.includes('/data/packs/people/'))).toBe(true);
  expect(urls.filter((url) => perItemFile.test(url))).toEqual([]);
});

test('in a shell build, the list pages and a search read their rows from packs', async ({ page }) => {
  const urls = dataRequests(page);
  await page.goto(sites.shell);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: /^Next/ }).first().click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /^Previous/ })
      .first(),
  ).toBeVisible();

  // Two words: a small archive's one-word first pages come precomputed with their rows (data/search/tops), an AND
  // reads its rows from the doc store.
  await page.goto(`${sites.shell}?q=${encodeURIComponent('Panmunjom Declaration')}`);
  await page.getByRole('main').getByRole('link', { name: seed.panmunjomTitle }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.panmunjomTitle);

  expect(urls.some((url) => url.includes('/data/packs/list/'))).toBe(true);
  expect(urls.some((url) => url.includes('/data/packs/search-docs/'))).toBe(true);
  expect(urls.filter((url) => perItemFile.test(url))).toEqual([]);
});

test('in a shell build, an unknown article slug shows the not-found page', async ({ page, problems }) => {
  problems.allowStatus(/\/articles\/no-such-article$/, 404);
  // The slug's bucket may hold no article at all, and then its pack is not written.
  problems.allowStatus(/\/data\/packs\/articles\/\d+\.json(\?v=\w+)?$/, 404);
  await page.goto(`${sites.shell}articles/no-such-article`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle(/not found/i);
});

test('in a shell build, the /people name and country filters read the name index and country lists from packs', async ({
  page,
}) => {
  const urls = dataRequests(page);
  await page.goto(`${sites.shell}people`);
  await expect(page.getByRole('region', { name: 'Everyone' })).toBeVisible();

  await page.getByLabel('Name').pressSequentially('akib');
  const results = page.getByRole('region', { name: '1 person matches' });
  await expect(results.getByRole('link', { name: seed.demoOtherPerson })).toBeVisible();
  await expect(results.getByRole('listitem')).toHaveCount(1);

  await page.getByLabel('Name').fill('');
  await expect(page).toHaveURL(/\/people\/?$/);
  await page.getByLabel('Country').selectOption('China');
  await expect(page).toHaveURL(/\/people\/?\?country=China$/);
  await expect(
    page.getByRole('region', { name: /match/ }).getByRole('link', { name: seed.demoPerson }),
  ).toBeVisible();

  expect(urls.some((url) => url.includes('/data/packs/people-names/'))).toBe(true);
  expect(urls.some((url) => url.includes('/data/packs/people-index/'))).toBe(true);
  // Only the name index's directory files are read on their own.
  expect(urls.filter((url) => /\/data\/people-(index|names\/(keys|lists))\//.test(url))).toEqual([]);
});
