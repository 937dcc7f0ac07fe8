import { expect, test } from './fixtures.ts';
import { seed } from './site-data.ts';
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
