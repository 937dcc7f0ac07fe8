import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { sites } from './sites.ts';
import { seed } from './site-data.ts';

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

// Back returns the focus to the link the reader followed, as a browser does between real pages: a keyboard or
// screen-reader user goes on from the result they opened, not from the top of the page.
test('Back from an article puts the focus on the result that was opened with Enter', async ({ page }) => {
  await page.goto(`${sites.root}?q=xi`);
  const results = page.getByRole('list', { name: 'Matching articles' });
  const second = results.getByRole('heading').nth(1).getByRole('link');
  await expect(second).toBeVisible();
  const href = await second.getAttribute('href');
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole('main')).toBeFocused();
  await page.goBack();
  await expect(results).toBeVisible();
  await expect(page.locator(':focus')).toHaveAttribute('href', href!);
  await expect(second).toBeFocused();
});

// A home facet replaces the list with its results on the same page: Back to the list is Back all the same, so the
// focus goes to the facet chosen (it used to stay on <main>, the top of the page), and Forward to the results puts
// it where choosing the facet did.
test('Back from a home facet’s results puts the focus on that facet; Forward on the results', async ({
  page,
}) => {
  await page.goto(sites.root);
  const countries = page.getByRole('complementary', { name: 'Narrow the list' }).getByRole('region', {
    name: 'Countries',
  });
  const facet = countries.getByRole('link').nth(1);
  const href = await facet.getAttribute('href');
  await facet.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?country=/);
  await expect(page.getByRole('list', { name: 'Matching articles' })).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('region', { name: /Newest articles/ })).toBeVisible();
  await expect(page.locator(':focus')).toHaveAttribute('href', href!);
  await page.goForward();
  await expect(page).toHaveURL(/\?country=/);
  await expect(page.getByRole('main')).toBeFocused();
});

/** Opens the third person of the people index with the keyboard; returns the href of the link followed. */
async function openPersonFromIndex(page: Page) {
  await page.goto(`${sites.root}people`);
  const link = page.locator('.people-list li').nth(2).getByRole('link');
  const href = await link.getAttribute('href');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/people\/[^/?]+/);
  return href!;
}

test('Back from a person puts the focus on their link in the people index', async ({ page }) => {
  const href = await openPersonFromIndex(page);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.locator(':focus')).toHaveAttribute('href', href);
});

// A person with ten roles has twenty date links before their articles: a link shown on focus skips them.
test('on a person page, a link shown only on focus skips the roles table to the articles', async ({
  page,
}) => {
  await page.goto(`${sites.root}people/wang-yi/`);
  const skip = page.getByRole('link', { name: 'Skip the roles table, to the articles' });
  // Tab from the page's last link before the table: the jump to who they met (on a wide screen shown only then).
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Who they took part in events with' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())!.width).toBeGreaterThan(100);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Articles' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^Search these articles/ })).toBeFocused();
});

// A link to a list's heading (the roles table's skip link, a person's next page) scrolls it to the top of the screen:
// with a margin, not touching the edge.
test('a person page opened at its articles shows their heading clear of the top edge', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`${sites.root}people/wang-yi/`);
  await page.getByRole('link', { name: 'Skip the roles table, to the articles' }).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: 'Articles' });
  await expect(heading).toBeFocused();
  await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThanOrEqual(12);
  expect((await heading.boundingBox())!.y).toBeLessThan(40);
});

// On a wide screen the facets (an article's people, a person's co-participants) stand beside a list or a text full
// of links, after all of them in the Tab order: the phone's link down to them is shown while it has the focus, so
// a keyboard reaches them in three presses instead of Tabbing through every row.
test('at 1280px, a link shown on focus takes the keyboard past the list to the facets', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(sites.root);
  const jump = page.getByRole('link', { name: 'Narrow by person, country or year' });
  expect((await jump.boundingBox())!.width).toBeLessThanOrEqual(1);
  await page.getByRole('button', { name: 'Search' }).focus();
  await page.keyboard.press('Tab');
  await expect(jump).toBeFocused();
  expect((await jump.boundingBox())!.width).toBeGreaterThan(100);
  await expect(jump).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const facets = page.getByRole('complementary', { name: 'Narrow the list' });
  await expect(facets.getByRole('link').first()).toBeFocused();
  // Once left, it is out of sight again.
  expect((await jump.boundingBox())!.width).toBeLessThanOrEqual(1);
});

test('at 1280px, an article’s link shown on focus takes the keyboard past its text to its people', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${sites.root}people/wang-yi/`);
  await page.getByRole('link', { name: seed.demoTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: seed.demoTitle })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Tab');
  const jump = page.getByRole('link', { name: 'People in this article' });
  await expect(jump).toBeFocused();
  expect((await jump.boundingBox())!.width).toBeGreaterThan(100);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const people = page.getByRole('complementary', { name: 'People in this article' });
  await expect(people.getByRole('link').first()).toBeFocused();
});

// `<html data-ready>` says the whole page is live: the routed page hydrates after the layout (inside its Suspense
// boundary), and the mark once came with the layout, before the search box listened for its `/`.
test('the moment the page says it is live, `/` focuses the search box', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.documentElement.hasAttribute('data-ready')) return;
      observer.disconnect();
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }),
      );
      document.documentElement.dataset.slashFocused = String(
        document.activeElement?.getAttribute('type') === 'search',
      );
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await page.goto(sites.root);
  await expect(page.locator('html')).toHaveAttribute('data-slash-focused', 'true');
});

test('`/` pressed before the app has loaded focuses the search box, and what was typed is searched once it loads', async ({
  page,
}) => {
  // Hold the app's code back: the page is the prerendered HTML with only the entry script running.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = () => {};
  const appRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.route(/\/assets\/start-client-[^/]*\.js$/, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  const loaded = page.goto(sites.root);
  await appRequested;
  await expect(page.locator('html')).not.toHaveAttribute('data-ready');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(box).toBeFocused();
  await page.keyboard.type('xi');
  release();
  await loaded;
  // Nothing more is typed: the letters typed before the app was live are searched as soon as it is.
  await expect(page).toHaveURL(/[?&]q=xi(&|$)/);
  await expect(page.getByRole('list', { name: 'Matching articles' })).toBeVisible();
  await page.keyboard.type('nhua');
  await expect(page).toHaveURL(/[?&]q=xinhua(&|$)/);
});

// Search results render after the page (the search engine loads first): the link followed is found when they do.
test('Back to search results puts the focus on the result followed after its article was reloaded', async ({
  page,
}) => {
  await page.goto(`${sites.root}?q=${encodeURIComponent(seed.demoPerson)}`);
  const results = page.getByRole('list', { name: 'Matching articles' });
  const link = results.getByRole('listitem').nth(1).getByRole('link').first();
  const href = await link.getAttribute('href');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\//);
  await page.reload();
  await page.goBack();
  await expect(results.getByRole('link').first()).toBeVisible();
  await expect(page.locator(':focus')).toHaveAttribute('href', href!);
});

test('Back still puts the focus on the link followed after the next page was reloaded', async ({ page }) => {
  const href = await openPersonFromIndex(page);
  await page.reload();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.locator(':focus')).toHaveAttribute('href', href);
});
