import { expect, test } from './fixtures.ts';
import { articleSlug, personSlug, seed } from './site-data.ts';
import { sites } from './sites.ts';

// The same seeds built with BASE_PATH=/sub/ and served only under /sub/: every asset, data file and link must
// stay under the base (the server answers 404 elsewhere, which the problems guard reports).

test('the sub-path site browses from home to an article and a person', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(sites.sub);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await page.getByRole('link', { name: seed.demoTitle }).first().click();
  await expect(page).toHaveURL(/\/sub\/articles\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoTitle);
  await page
    .getByRole('complementary')
    .getByRole('link', { name: seed.demoPerson, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sub\/people\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoPerson);
  expect(requests.filter((path) => !path.startsWith('/sub/'))).toEqual([]);
});

test('sub-path deep links are prerendered with links under the base', async ({ page, request }) => {
  const article = await articleSlug(request, sites.sub, seed.demoTitle);
  const html = await (await request.get(`${sites.sub}articles/${article}`)).text();
  expect(html).toContain(`<h1>${seed.demoTitle}</h1>`);
  const hrefs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((match) => match[1]!);
  expect(hrefs.length).toBeGreaterThan(5);
  expect(hrefs.filter((href) => !href.startsWith('/sub/') && !href.startsWith('#'))).toEqual([]);

  const person = await personSlug(request, sites.sub, seed.demoPerson);
  await page.goto(`${sites.sub}people/${person}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.demoPerson);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page).toHaveURL(`${sites.sub}people`);
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
});

test('an unknown path under the sub-path shows the not-found page, linking home under the base', async ({
  page,
  problems,
}) => {
  problems.allowStatus(/\/sub\/no\/such\/page$/, 404);
  const response = await page.goto(`${sites.sub}no/such/page`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', { name: /newest articles/i })
    .click();
  await expect(page).toHaveURL(sites.sub);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
});

test('a search under the sub-path loads its index from under the base', async ({ page }) => {
  await page.goto(`${sites.sub}?q=Panmunjom`);
  await expect(page.getByRole('main').getByRole('link', { name: seed.panmunjomTitle })).toBeVisible();
});
