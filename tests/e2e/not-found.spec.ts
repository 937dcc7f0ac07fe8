import { expect, test } from './fixtures.ts';
import { sites } from './sites.ts';

for (const path of ['no/such/page', 'articles/no-such-article', 'people/nobody-at-all']) {
  test(`/${path} shows the reader's not-found page with a way home`, async ({ page, problems }) => {
    // The host serves 404.html with status 404; an unknown slug's data file is a 404 too (asked for with the
    // build id, src/common/fetch-json.ts).
    problems.allowStatus(new RegExp(`/${path}$`), 404);
    problems.allowStatus(/\/data\/(articles|people)\/.+\.json(\?v=\w+)?$/, 404);
    const response = await page.goto(sites.root + path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle(/not found/i);
    await page
      .getByRole('main')
      .getByRole('link', { name: /newest articles/i })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    await expect(page).toHaveURL(sites.root);
  });
}
