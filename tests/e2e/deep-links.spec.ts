import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { articleSlug, personSlug, seed } from './site-data.ts';
import { sites } from './sites.ts';

// A deep link must work on a host with no rewrite rules: the prerendered file is the page, readable before (and
// without) JavaScript; after hydration the page is live (links navigate without reloading).

// Text of the first paragraph between two linked names.
const paragraph = 'held a phone call on Monday with';

test('an article deep link is real HTML, then a live page', async ({ page, request, browser }) => {
  const slug = await articleSlug(request, sites.root, seed.demoTitle);
  const url = `${sites.root}articles/${slug}`;

  const raw = await request.get(url);
  expect(raw.status()).toBe(200);
  const html = await raw.text();
  expect(html).toContain(`<h1>${seed.demoTitle}</h1>`);
  expect(html).toContain(paragraph);
  expect(html).toContain(`<title>${seed.demoTitle}`);
  expect(html).toMatch(/<meta name="description" content="[^"]*held a phone call on Monday/);

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const staticPage = await noJs.newPage();
  await staticPage.goto(url);
  await expect(staticPage.getByRole('heading', { level: 1 })).toHaveText(seed.demoTitle);
  await expect(staticPage.getByRole('complementary')).toContainText(seed.demoOtherPerson);
  await noJs.close();

  await page.goto(url);
  await expect(page.getByRole('article')).toContainText(paragraph);
  await markDocument(page);
  await page.getByRole('link', { name: seed.demoOtherPerson }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoOtherPerson);
  await expectSameDocument(page);
});

test('a person deep link is real HTML, then a live page', async ({ page, request }) => {
  const slug = await personSlug(request, sites.root, seed.demoOtherPerson);
  const url = `${sites.root}people/${slug}`;
  const html = await (await request.get(url)).text();
  expect(html).toContain(`<h1>${seed.demoOtherPerson}</h1>`);
  expect(html).toContain(seed.demoTitle);

  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoOtherPerson);
  await markDocument(page);
  await page.getByRole('link', { name: seed.demoTitle }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoTitle);
  await expectSameDocument(page);
});

test('the people index and home are prerendered with their data', async ({ request }) => {
  const people = await (await request.get(`${sites.root}people/`)).text();
  expect(people).toContain('<h1>People</h1>');
  expect(people).toContain(seed.demoPerson);
  const home = await (await request.get(sites.root)).text();
  expect(home).toContain(seed.demoTitle);
  // Home embeds the query cache it rendered from, as data (not a script that runs).
  expect(home).toMatch(/<script type="application\/json" id="readout-state">\{/);
});

// A marker on window survives client-side navigation and is gone after a full page load: proof of hydration.
const markDocument = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __readoutMarker: boolean }).__readoutMarker = true));
const expectSameDocument = async (page: Page) =>
  expect(
    await page.evaluate(() => (window as unknown as { __readoutMarker?: boolean }).__readoutMarker),
  ).toBe(true);
