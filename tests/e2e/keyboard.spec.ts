import { expect, test } from './fixtures.ts';
import { sites } from './sites.ts';

// Keyboard-only use: the Tab order follows what the reader sees. Search results come first on the screen (the
// facets beside them on a desktop, after them on a phone), so Tab from the search box reaches the first result
// before any facet.
for (const width of [1280, 360]) {
  test(`at ${width}px, Tab from the search box reaches the first result before the facets`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(sites.root);
    await page.keyboard.press('/');
    await page.keyboard.type('xi');
    const firstResult = page.getByRole('list', { name: 'Matching articles' }).getByRole('link').first();
    await expect(firstResult).toBeVisible();
    const focusedIn = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        if (active?.closest('.search-hits')) return 'result';
        if (active?.closest('.search-facets')) return 'facet';
        return 'other';
      });
    const reached: string[] = [];
    for (let presses = 0; presses < 10 && !reached.includes('result'); presses++) {
      await page.keyboard.press('Tab');
      reached.push(await focusedIn());
    }
    expect(reached).toContain('result');
    expect(reached.filter((place) => place === 'facet')).toEqual([]);
    await expect(firstResult).toBeFocused();
    // And the screen agrees: on a desktop the facets are beside the results, on a phone below them.
    const [hits, facets] = await Promise.all([
      page.locator('.search-hits').boundingBox(),
      page.locator('.search-facets').boundingBox(),
    ]);
    if (width >= 800) expect(facets!.x).toBeGreaterThan(hits!.x + hits!.width);
    else expect(facets!.y).toBeGreaterThan(hits!.y + hits!.height);
  });
}
