import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { personSlug } from './site-data.ts';
import { sites } from './sites.ts';

// "Every meeting of A and B", "whom did A meet": an analyst tracking contacts keeps the articles where the people
// took part, not every one naming them, from a person page's count or the search's control, by keyboard, in the URL
// (Back, reload), in a full and a shell build. In the e2e seeds Xi Jinping and Vladimir Putin are named together in
// 3 articles and took part together in 2 (one names Putin only in passing).

const noViolations = async (page: import('@playwright/test').Page) => {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
};

for (const [build, site] of [
  ['full', () => sites.root],
  ['shell', () => sites.shell],
] as const) {
  test(`two people's meetings: taking part together, and back to every article naming both (${build} build)`, async ({
    page,
    request,
  }) => {
    const xi = await personSlug(request, site(), 'Xi Jinping');
    const putin = await personSlug(request, site(), 'Vladimir Putin');
    const bothUrl = new RegExp(`\\?person=${xi}&with=${putin}&took=part$`);
    const both = 'both Xi Jinping and Vladimir Putin';
    const status = page.getByRole('status').filter({ hasText: /Xi Jinping and Vladimir Putin/ });
    const hits = page.getByRole('list', { name: 'Matching articles' }).getByRole('listitem');
    if (build === 'full') {
      // From Xi Jinping's page: "3 articles naming both, 2 taking part together", the second a link too.
      await page.goto(`${site()}people/${xi}`);
      const item = page
        .getByRole('region', { name: 'Took part in events with' })
        .getByRole('listitem')
        .filter({ hasText: 'Vladimir Putin' });
      await item
        .getByRole('link', { name: `2 articles where Xi Jinping and Vladimir Putin both took part` })
        .focus();
      await page.keyboard.press('Enter');
    } else await page.goto(`${site()}?person=${xi}&with=${putin}&took=part`);
    await expect(page).toHaveURL(bothUrl);
    await expect(status).toHaveText(`2 articles where ${both} took part`);
    await expect(page).toHaveTitle(new RegExp(`^Articles where ${both} took part`));
    await expect(hits).toHaveCount(2);
    await expect(page.getByText(/only mentioned/)).toHaveCount(0);
    const show = page.getByRole('navigation', { name: `Articles of ${both}` });
    await expect(show.getByRole('link', { name: 'Taking part together (2)' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await noViolations(page);

    // Every article naming both, by keyboard: the row of the third says who was only mentioned.
    await show.getByRole('link', { name: 'Naming both (3)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?person=${xi}&with=${putin}$`));
    await expect(status).toHaveText(`3 articles naming ${both}, 2 taking part together`);
    await expect(hits).toHaveCount(3);
    await expect(hits.filter({ hasText: /only mentioned/ })).toHaveCount(1);

    await page.goBack();
    await expect(page).toHaveURL(bothUrl);
    await expect(status).toHaveText(`2 articles where ${both} took part`);
    await page.reload();
    await expect(status).toHaveText(`2 articles where ${both} took part`);
    await expect(hits).toHaveCount(2);
  });

  test(`whom a person took part with, each opening the articles where both did (${build} build)`, async ({
    page,
    request,
  }) => {
    const xi = await personSlug(request, site(), 'Xi Jinping');
    const putin = await personSlug(request, site(), 'Vladimir Putin');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${site()}?person=${xi}&took=part`);
    await expect(page.getByRole('status').filter({ hasText: /Xi Jinping/ })).toHaveText(
      /^\d+ articles where Xi Jinping took part$/,
    );
    const met = page.getByRole('region', { name: 'Took part with Xi Jinping' });
    const withPutin = met.getByRole('link', { name: 'Vladimir Putin (2)' });
    await expect(withPutin).toBeVisible();
    // A phone's width holds the control and the list.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await noViolations(page);
    await withPutin.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?person=${xi}&with=${putin}&took=part$`));
    await expect(page.getByRole('status').filter({ hasText: /Vladimir Putin/ })).toHaveText(
      '2 articles where both Xi Jinping and Vladimir Putin took part',
    );
  });
}
