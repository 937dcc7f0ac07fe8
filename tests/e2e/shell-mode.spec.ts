import { expect, test } from './fixtures';
import { articleSlug, personSlug, seed } from './site-data';
import { sites } from './sites';

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
