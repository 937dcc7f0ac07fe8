import { expect, test } from './fixtures.ts';
import { sites } from './sites.ts';

// The facets stand in one place on a wide screen, whether the page is the newest articles or a search: they used
// to start 130 px lower and 80 px further left on search results (a grid of their own under the results' heading
// and order links), so the column jumped at the first keystroke.
test('on a wide screen the facet column does not move between the list and search results', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const peopleHeading = () => page.getByRole('heading', { name: 'People', exact: true });
  await page.goto(sites.root);
  const home = (await peopleHeading().boundingBox())!;
  for (const search of ['?q=xi', '?country=Japan']) {
    await page.goto(`${sites.root}${search}`);
    await expect(page.getByRole('list', { name: 'Matching articles' })).toBeVisible();
    const box = (await peopleHeading().boundingBox())!;
    expect({ search, x: box.x, y: box.y }).toEqual({ search, x: home.x, y: home.y });
  }
  // Typing into the box on the list: the column stays where it was.
  await page.goto(sites.root);
  await page.keyboard.press('/');
  await page.keyboard.type('xi');
  await expect(page).toHaveURL(/q=xi/);
  await expect(page.getByRole('list', { name: 'Matching articles' })).toBeVisible();
  const typed = (await peopleHeading().boundingBox())!;
  expect([typed.x, typed.y]).toEqual([home.x, home.y]);
});

// On a phone the facets follow the results and their pager: "Next" is under the last result, not under thirty
// facet links.
test('on a phone the pager of search results comes before their facets', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${sites.root}?q=xi`);
  const pager = page.getByRole('navigation', { name: 'Search result pages' });
  const hits = page.getByRole('list', { name: 'Matching articles' });
  await expect(hits).toBeVisible();
  const facets = page.locator('#search-facets');
  const [hitsBox, pagerBox, facetsBox] = await Promise.all([
    hits.boundingBox(),
    pager.boundingBox(),
    facets.boundingBox(),
  ]);
  expect(pagerBox!.y).toBeGreaterThan(hitsBox!.y + hitsBox!.height - 1);
  expect(facetsBox!.y).toBeGreaterThan(pagerBox!.y + pagerBox!.height - 1);
});

// A facet's count belongs to its name: where a long name wraps (a narrow column, a phone's large text) it breaks
// before the name's last word, and the count stays on that word's line instead of standing alone under it.
test('with large text on a phone, no facet count wraps onto a line of its own', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of [sites.root, `${sites.root}?q=xi`]) {
    await page.goto(url);
    // The facets once settled: the People list (where the long names are) shown and nothing still counting; the
    // first facet alone (a year) could be measured before the people arrived, with no name long enough to wrap.
    await page.getByRole('region', { name: 'People' }).locator('a.facet').first().waitFor();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    // Text at twice its size, as a reader who needs it sets it.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    const links = await page.locator('.facet-list a.facet').evaluateAll((elements) => {
      // How many lines a piece of text takes: its boxes' distinct tops.
      const lines = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      return elements.map((link) => {
        const tail = link.querySelector('.facet-tail');
        return { text: link.textContent ?? '', lines: lines(link), tail: tail ? lines(tail) : 0 };
      });
    });
    // Some names do wrap at this size (what the test is about), and no value's last word and count are split.
    expect(links.some((link) => link.lines > 1)).toBe(true);
    expect(links.filter((link) => link.tail !== 1)).toEqual([]);
  }
});
