import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { seed } from './site-data.ts';
import { sites } from './sites.ts';

test('a reader filters the people index by name as they type; reload and Back keep the URL state', async ({
  page,
}) => {
  const names: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/data/people')) names.push(path);
  });
  await page.goto(`${sites.root}people`);
  await expect(page.getByRole('region', { name: 'Everyone' })).toBeVisible();
  const everyone = await page.getByRole('region', { name: 'Everyone' }).getByRole('listitem').count();

  await page.getByLabel('Name').pressSequentially('akib');
  await expect(page.getByRole('heading', { level: 2, name: '1 person matches' })).toBeVisible();
  const results = page.getByRole('region', { name: '1 person matches' });
  await expect(results.getByRole('link', { name: seed.demoOtherPerson })).toBeVisible();
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.getByRole('listitem')).toContainText(/\d+ articles?/);
  await expect(page).toHaveURL(/\/people\/?\?name=akib$/);
  // The name index answered: its directory and one key file, not every people-index page.
  expect(names.some((path) => path.endsWith('/data/people-names/dir/a.json'))).toBe(true);
  expect(names.filter((path) => /\/people-index\/\d+\.json$/.test(path)).length).toBeLessThanOrEqual(1);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: '1 person matches' })).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('akib');

  await page.goBack();
  await expect(page.getByRole('region', { name: 'Everyone' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Everyone' }).getByRole('listitem')).toHaveCount(everyone);
  await expect(page.getByLabel('Name')).toHaveValue('');
});

test('the name and country filters combine, from a shared link', async ({ page }) => {
  await page.goto(`${sites.root}people?name=${encodeURIComponent('wang yi')}&country=China`);
  await expect(page.getByRole('heading', { level: 2, name: /match/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: /match/ }).getByRole('link', { name: seed.demoPerson }),
  ).toBeVisible();
  await expect(page.getByLabel('Country')).toHaveValue('China');

  await page.getByLabel('Country').selectOption('Japan');
  await expect(
    page.getByRole('heading', { level: 2, name: 'No people named “wang yi” in Japan' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/country=Japan/);
  await page.goBack();
  await expect(page.getByLabel('Country')).toHaveValue('China');
});
