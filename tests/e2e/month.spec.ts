import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { sites } from './sites.ts';

// "Who met whom in April 2023": from the home list's years to one of that year's months, in a full and a shell
// build, in the URL (deep link, Back), by keyboard, with the counts the links promise.

/** The `datetime` of each result row's date, in list order. */
const rowDates = async (list: Locator) =>
  list
    .locator('.article-row-meta time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('dateTime')!));

const countOf = async (link: Locator) =>
  Number(/\(([\d,]+)\)/.exec((await link.textContent())!)![1]!.replace(/,/g, ''));

for (const [build, site] of [
  ['full', () => sites.root],
  ['shell', () => sites.shell],
] as const) {
  test(`the home list narrows to a year, then to one of its months, and Back undoes each (${build} build)`, async ({
    page,
  }) => {
    await page.goto(site());
    const listFacets = page.getByRole('complementary', { name: 'Narrow the list' });
    // No year chosen: no months to choose from.
    await expect(page.getByRole('region', { name: /^Months of/ })).toHaveCount(0);
    await listFacets
      .getByRole('region', { name: 'Years' })
      .getByRole('link', { name: /^2023 / })
      .click();
    await expect(page).toHaveURL(/\?year=2023$/);

    const months = page.getByRole('region', { name: 'Months of 2023' });
    const april = months.getByRole('link', { name: /^April 2023 \(\d+\)$/ });
    await expect(april).toBeVisible();
    const n = await countOf(april);
    expect(n).toBeGreaterThan(1);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    // By keyboard: the month is a link like any facet value.
    await april.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?month=2023-04$/);
    await expect(page.getByRole('status').filter({ hasText: /in April 2023$/ })).toHaveText(
      `${n} articles in April 2023`,
    );
    await expect(page).toHaveTitle(/^Articles, April 2023/);
    const hits = page.getByRole('list', { name: 'Matching articles' });
    await expect(hits.getByRole('listitem')).toHaveCount(Math.min(n, 10));
    for (const date of await rowDates(hits)) expect(date).toMatch(/^2023-04/);
    // The month is selected, and its chip says so; the year stays selected above it.
    await expect(
      page.getByRole('region', { name: 'Months of 2023' }).getByRole('link', { name: /April 2023/ }),
    ).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('list', { name: 'Filters' }).getByRole('link')).toHaveText(
      /April 2023 — remove filter/,
    );
    const axeMonth = await new AxeBuilder({ page }).analyze();
    expect(axeMonth.violations.map((violation) => violation.id)).toEqual([]);

    await page.goBack();
    await expect(page).toHaveURL(/\?year=2023$/);
    await expect(
      page.getByRole('region', { name: 'Months of 2023' }).getByRole('link', { name: /^April/ }),
    ).not.toHaveAttribute('aria-current');
    await page.goBack();
    await expect(page.getByRole('region', { name: /^Months of/ })).toHaveCount(0);
  });

  test(`a month's deep link opens that month, and its chip goes back to the year (${build} build)`, async ({
    page,
  }) => {
    await page.goto(`${site()}?q=minister&month=2023-04`);
    const status = page.getByRole('status').filter({ hasText: /April 2023$/ });
    await expect(status).toHaveText(/^[\d,]+ articles? match(es)? “minister”, in April 2023$/);
    const hits = page.getByRole('list', { name: 'Matching articles' });
    await expect(hits.getByRole('listitem').first()).toBeVisible();
    for (const date of await rowDates(hits)) expect(date).toMatch(/^2023-04/);
    await page
      .getByRole('list', { name: 'Filters' })
      .getByRole('link', { name: /April 2023/ })
      .click();
    await expect(page).toHaveURL(/\?q=minister&year=2023$/);
    await expect(page.getByRole('status').filter({ hasText: /in 2023$/ })).toBeVisible();
  });
}
