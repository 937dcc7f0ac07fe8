import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { articleSlug, personSlug, seed } from './site-data.ts';
import { sites } from './sites.ts';

// What an analyst tracking contacts over time asks of the reader: lists in date order either way, the articles
// two people share, and dates that say which is which.

/** The `datetime` of each row's date, in list order. */
const rowDates = async (list: Locator) =>
  list
    .locator('.article-row-meta time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('dateTime')!));

const isSorted = (dates: string[], order: 'newest' | 'oldest') =>
  dates.every((date, i) => i === 0 || (order === 'oldest' ? dates[i - 1]! <= date : dates[i - 1]! >= date));

test('a person’s articles read oldest first from a link, and Back brings newest first again', async ({
  page,
  request,
}) => {
  const slug = await personSlug(request, sites.root, seed.demoPerson);
  await page.goto(`${sites.root}people/${slug}`);
  const articles = page.getByRole('region', { name: 'Articles' });
  const newest = await rowDates(articles);
  expect(newest.length).toBeGreaterThan(1);
  expect(isSorted(newest, 'newest')).toBe(true);

  await articles
    .getByRole('navigation', { name: 'Order of the articles' })
    .getByRole('link', { name: 'Oldest first' })
    .click();
  await expect(page).toHaveURL(/\?order=oldest#articles$/);
  // All of them on one page here: the same rows, the other way round (after "Loading…" while its pages load).
  expect(newest.length).toBeLessThan(20);
  await expect.poll(() => rowDates(articles)).toEqual([...newest].reverse());
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await page.goBack();
  await expect.poll(() => rowDates(articles)).toEqual(newest);
});

test('a co-participant’s count opens the articles naming both, as many as it says', async ({
  page,
  request,
}) => {
  const slug = await personSlug(request, sites.root, seed.demoPerson);
  await page.goto(`${sites.root}people/${slug}`);
  const co = page.getByRole('region', { name: 'Took part in events with' });
  const item = co.getByRole('listitem').filter({ hasText: seed.demoOtherPerson });
  const count = item.getByRole('link', {
    name: new RegExp(`articles? (together with|naming both ${seed.demoPerson} and) ${seed.demoOtherPerson}$`),
  });
  const n = Number((await count.textContent())!.match(/^[\d,]+/)![0].replace(/,/g, ''));
  // Where one of the two was only mentioned in some, the page says how many both took part in; so does the search.
  const together = (await item.textContent())!.match(/([\d,]+) taking part together/)?.[1];
  await count.click();
  await expect(page.getByRole('link', { name: `Show all of ${seed.demoPerson}’s articles` })).toBeVisible();
  // The count says both filters (on a phone the facets that show them come after the results).
  await expect(page.getByRole('status').filter({ hasText: /^[\d,]+ articles? naming both/ })).toHaveText(
    `${n} ${n === 1 ? 'article' : 'articles'} naming both ${seed.demoPerson} and ${seed.demoOtherPerson}` +
      (together ? `, ${together} taking part together` : ''),
  );
  const hits = page.getByRole('list', { name: 'Matching articles' }).getByRole('listitem');
  await expect(hits).toHaveCount(Math.min(n, 10));
  for (const hit of await hits.all()) await expect(hit).toContainText(seed.demoOtherPerson);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
});

test('search results come newest or oldest first when asked, and the order survives a reload', async ({
  page,
}) => {
  await page.goto(`${sites.root}?q=minister`);
  const hits = page.getByRole('list', { name: 'Matching articles' });
  await expect(hits.getByRole('listitem').first()).toBeVisible();
  const order = page.getByRole('navigation', { name: 'Order of the results' });
  await expect(order.getByRole('link', { name: 'Relevance' })).toHaveAttribute('aria-current', 'true');

  await order.getByRole('link', { name: 'Oldest first' }).click();
  await expect(page).toHaveURL(/\?q=minister&order=oldest$/);
  await expect(order.getByRole('link', { name: 'Oldest first' })).toHaveAttribute('aria-current', 'true');
  await expect.poll(async () => isSorted(await rowDates(hits), 'oldest')).toBe(true);
  await order.getByRole('link', { name: 'Newest first' }).click();
  await expect(page).toHaveURL(/\?q=minister&order=newest$/);
  await expect.poll(async () => isSorted(await rowDates(hits), 'newest')).toBe(true);
  const newest = await rowDates(hits);

  await page.reload();
  await expect.poll(() => rowDates(hits)).toEqual(newest);
});

test('an article labels its publication date and its dateline’s, written alike', async ({
  page,
  request,
}) => {
  const slug = await articleSlug(request, sites.root, seed.demoTitle);
  await page.goto(`${sites.root}articles/${slug}`);
  const meta = page.locator('.article-meta');
  await expect(meta).toContainText(/^Published \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(meta).toContainText(/Dateline [A-Z][a-z]+, \d{1,2} [A-Z][a-z]+/);
});

test('who a person met stands beside their roles and articles on a desktop, and a link leads down to them on a phone', async ({
  page,
  request,
}) => {
  const slug = await personSlug(request, sites.root, seed.demoPerson);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${sites.root}people/${slug}`);
  const articles = (await page.getByRole('region', { name: 'Articles' }).boundingBox())!;
  const co = (await page.getByRole('region', { name: 'Took part in events with' }).boundingBox())!;
  expect(co.x).toBeGreaterThanOrEqual(articles.x + articles.width);
  expect(co.y).toBeLessThan(articles.y + articles.height);
  // From the top, level with the roles table: under it, they began below the first screen for a person with several
  // roles.
  const roles = (await page.getByRole('region', { name: 'Roles as reported' }).boundingBox())!;
  expect(co.x).toBeGreaterThanOrEqual(roles.x + roles.width);
  const headingBox = async (name: string) =>
    (await page.getByRole('heading', { level: 2, name }).boundingBox())!;
  const rolesHeading = await headingBox('Roles as reported');
  const coHeading = await headingBox('Took part in events with');
  expect(Math.abs(coHeading.y - rolesHeading.y)).toBeLessThan(2);
  // Shown only while it has the focus (keyboard.spec.ts).
  expect(
    (await page.getByRole('link', { name: 'Who they took part in events with' }).boundingBox())!.width,
  ).toBeLessThanOrEqual(1);

  await page.setViewportSize({ width: 360, height: 740 });
  const jump = page.getByRole('link', { name: 'Who they took part in events with' });
  await expect(jump).toBeVisible();
  await jump.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Took part in events with' })).toBeInViewport();
});

// Each person met is their name (and country) on a line, the articles they share under it, as an article's sidebar
// puts roles under a name. Run on, "(Japan) · 1 article together" wrapped as one piece in the narrow column and
// left the name on a line alone, so the list read name, country and count in a different shape on every row.
for (const width of [1280, 360]) {
  test(`at ${width}px, each person met reads as their name, then what they share on the line under`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${sites.root}people/${await personSlug(request, sites.root, seed.demoPerson)}`);
    const rows = page.getByRole('region', { name: 'Took part in events with' }).getByRole('listitem');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      const [name, count] = await Promise.all([
        row.getByRole('link').first().boundingBox(),
        row.getByRole('link').nth(1).boundingBox(),
      ]);
      expect(count!.y).toBeGreaterThanOrEqual(name!.y + name!.height);
      // At the start of its own line, with no " · " before it.
      expect(Math.abs(count!.x - name!.x)).toBeLessThan(2);
    }
  });
}

// An article printed for a briefing: black on white even when the screen is in the dark scheme (whose light grey
// text printed on white paper, browsers leaving backgrounds out), and without the site's links.
test('an article prints black on white, even from the dark scheme, with its people and without the site’s links', async ({
  page,
  request,
}) => {
  const slug = await articleSlug(request, sites.root, seed.demoTitle);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto(`${sites.root}articles/${slug}`);
  const text = page.locator('.article-body p').first();
  await expect(text).toBeVisible();
  expect(await text.evaluate((p) => getComputedStyle(p).color)).toBe('rgb(0, 0, 0)');
  await expect(page.getByRole('heading', { level: 1, name: seed.demoTitle })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'People in this article' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Newer and older articles' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'People in this article' })).toBeHidden();
});
