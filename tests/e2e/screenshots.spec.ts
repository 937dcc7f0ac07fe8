import { expect, test } from './fixtures.ts';
import { pageTypeNames, pageTypes } from './pages.ts';
import { sites } from './sites.ts';

// Screenshots of every page type at desktop and phone width, for people to look at
// (test-results/screenshots/). What a test can judge: nothing is wider than the screen.
for (const width of [1280, 360]) {
  for (const name of pageTypeNames) {
    test(`${name} at ${width}px fits the screen (screenshot saved)`, async ({ page, request, problems }) => {
      const type = (await pageTypes(request, sites.root)).find((candidate) => candidate.name === name)!;
      if (type.status !== 200) problems.allowStatus(/\/no\/such\/page$/, type.status);
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      await page.goto(sites.root + type.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      // The first screen (what a reader sees on arrival), the whole page, and the first screen in dark mode.
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png` });
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}-full.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}-dark.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
    });
  }
}
