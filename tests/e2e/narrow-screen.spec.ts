import { expect, test } from './fixtures.ts';
import { seed } from './site-data.ts';
import { sites } from './sites.ts';

// On a phone the home page's facets come after the whole list (20 articles): a link under the search box leads
// down to them. On a wide screen they are beside the list and the link is not shown.
test('on a phone, a link under the search box brings the facets into view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(sites.root);
  const facets = page.getByRole('complementary', { name: 'Narrow the list' });
  await expect(facets).not.toBeInViewport();
  const jump = page.getByRole('link', { name: 'Narrow by person, country or year' });
  await expect(jump).toBeInViewport();
  await jump.click();
  await expect(facets.getByRole('heading', { name: 'People' })).toBeInViewport();
  // A facet chosen from there narrows the list as usual.
  await facets.getByRole('link', { name: /^Japan/ }).click();
  await expect(page).toHaveURL(/country=Japan/);
  await expect(page.getByRole('status').filter({ hasText: /articles/ })).toBeVisible();
});

// There a keyboard still needs it (the facets follow twenty rows of links in the Tab order): it shows only while
// it has the focus (keyboard.spec.ts), a box of 1 px otherwise.
test('on a wide screen the facets are beside the list and the link is not shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(sites.root);
  await expect(page.getByRole('complementary', { name: 'Narrow the list' })).toBeInViewport();
  const jump = page.getByRole('link', { name: 'Narrow by person, country or year' });
  expect((await jump.boundingBox())!.width).toBeLessThanOrEqual(1);
});

test('on a phone, search results have the same link down to their facets', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${sites.root}?country=Japan`);
  const facets = page.getByRole('region', { name: 'Countries' });
  await expect(page.getByRole('list', { name: 'Matching articles' })).toBeVisible();
  await expect(facets).not.toBeInViewport();
  await page.getByRole('link', { name: 'Narrow by person, country or year' }).click();
  await expect(facets.getByRole('heading', { name: 'Countries' })).toBeInViewport();
});

// An article's people (who took part, in what role, for which country) are in the sidebar, which on a phone comes
// after the whole text: a link under the headline leads there.
test('on a phone, a link under an article’s headline brings its participants into view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${sites.root}people/wang-yi/`);
  await page.getByRole('link', { name: seed.demoTitle }).click();
  const people = page.getByRole('complementary', { name: 'People in this article' });
  await expect(people.getByRole('heading').first()).not.toBeInViewport();
  const jump = page.getByRole('link', { name: 'People in this article' });
  await expect(jump).toBeInViewport();
  await jump.click();
  await expect(people.getByRole('heading').first()).toBeInViewport();
});

test('on a wide screen an article’s people are beside its text and the link is not shown', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${sites.root}people/wang-yi/`);
  await page.getByRole('link', { name: seed.demoTitle }).click();
  await expect(page.getByRole('complementary', { name: 'People in this article' })).toBeInViewport();
  expect(
    (await page.getByRole('link', { name: 'People in this article' }).boundingBox())!.width,
  ).toBeLessThanOrEqual(1);
});

test('on a phone, the search box shows its whole placeholder', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(sites.root);
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  const fits = await box.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: context.measureText(input.placeholder).width, room };
  });
  expect(fits.text).toBeGreaterThan(0);
  expect(fits.text).toBeLessThanOrEqual(fits.room);
});

// A person's roles table on a phone: long dates ("16 November 2023") must not squeeze the roles into a word per
// line, nor push "Last seen" off-screen.
test('on a phone, the roles table gives the roles the widest column and fits the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${sites.root}people/joe-biden/`);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Last seen' })).toBeInViewport();
  const widths = await table
    .getByRole('columnheader')
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
  expect(widths).toHaveLength(3);
  expect(widths[0]).toBeGreaterThan(widths[1]!);
  expect(widths[0]).toBeGreaterThan(widths[2]!);
  const scroll = await page.locator('.table-scroll').evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(scroll).toBe(0);
});

// A date in the roles table wrapped onto three lines ("13 / December / 2024") in its narrow column on a phone: it
// now shows its month shortened on one line, and still opens its article under its full date.
test('on a phone, each date in the roles table stays on one line, named in full', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${sites.root}people/wang-yi/`);
  const dates = page.getByRole('table').getByRole('link');
  expect(await dates.count()).toBeGreaterThan(3);
  // An inline link has one box per line it is set on.
  const lines = await dates.evaluateAll((links) =>
    links.map((link) => `${link.textContent}: ${link.getClientRects().length}`),
  );
  expect(lines.filter((line) => !line.endsWith(': 1'))).toEqual([]);
  await expect(
    page
      .getByRole('table')
      .getByRole('link', { name: /^22 October 2024, (first|last) article as / })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('table').getByText('22 Oct 2024').first()).toBeVisible();
  const scroll = await page.locator('.table-scroll').evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(scroll).toBe(0);
});

test.describe('on a touch screen without a keyboard', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  test('the search box does not offer keys the reader does not have', async ({ page }) => {
    await page.goto(sites.root);
    await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
    await expect(page.getByText('to search,')).toBeHidden();
  });
});

test('on a phone, each of an article’s dates, its source and its dateline stay on one line with their label', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(sites.root);
  const rows = page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link');
  const hrefs = (await rows.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))).slice(
    0,
    12,
  );
  expect(hrefs.length).toBeGreaterThan(5);
  let wrapped = 0;
  for (const href of hrefs) {
    await page.goto(new URL(href, sites.root).href);
    // The lines each item's text is set on (a range leaves out the " · " drawn before it).
    const lines = await page.locator('.article-meta > *').evaluateAll((items) =>
      items.map((item) => {
        const range = document.createRange();
        range.selectNodeContents(item);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return `${item.textContent}: ${tops.size}`;
      }),
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.filter((line) => !line.endsWith(': 1'))).toEqual([]);
    // What each line of the header starts with: no line opens with the separator.
    const starts = await page
      .locator('.article-meta > *')
      .evaluateAll((items) =>
        items
          .filter(
            (item, index) =>
              index === 0 ||
              item.getBoundingClientRect().top > items[index - 1]!.getBoundingClientRect().bottom - 1,
          )
          .map((item) => `${getComputedStyle(item, '::before').content} ${item.textContent}`),
      );
    wrapped += starts.length - 1;
    expect(starts.filter((start) => start.includes('·'))).toEqual([]);
    // Yet every two items are still set apart by one.
    const gaps = await page
      .locator('.article-meta > *')
      .evaluateAll((items) =>
        items
          .slice(1)
          .map(
            (item, index) =>
              `${getComputedStyle(items[index]!, '::after').content}${getComputedStyle(item, '::before').content}`,
          ),
      );
    expect(gaps.filter((gap) => !gap.includes('·'))).toEqual([]);
  }
  // At 360 px some headers do wrap, so the check above saw lines after the first.
  expect(wrapped).toBeGreaterThan(0);
});

// A row of the people index is a name, a role, countries and a count: on a phone it wraps after a " · ", never inside
// a country or the count ("Henry Kissinger · United / States · 1 article"); a role longer than a line starts one.
test('on a phone, the people index wraps a row between its facts, never inside one', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${sites.root}people/`);
  const rows = page.getByRole('region', { name: 'Everyone' }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  // Each text after the name (a country, the count), with the number of lines it takes.
  const facts = await rows.evaluateAll((items) =>
    items.flatMap((item) => {
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      const found: { text: string; lines: number; startsLine: boolean }[] = [];
      const rowLeft = Math.round(item.getBoundingClientRect().left);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('a, [aria-hidden="true"], .visually-hidden') || !node.textContent!.trim())
          continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        const startsLine = rects.length > 0 && Math.round(rects[0]!.left) <= rowLeft + 1;
        found.push({ text: node.textContent!.trim(), lines: tops.size, startsLine });
      }
      return found;
    }),
  );
  expect(facts.some((fact) => fact.text === 'United States')).toBe(true);
  expect(facts.some((fact) => fact.text === 'U.S. Secretary of State')).toBe(true);
  // A fact wraps only from the start of a line of its own (a role moved there whole and still longer than the row).
  expect(facts.filter((fact) => fact.lines !== 1 && !fact.startsLine)).toEqual([]);
  // And a wrapped row's line ends with the " · " before it; none begins with one ("Russia / · 59 articles").
  const dots = await rows.evaluateAll((items) =>
    items.flatMap((item) => {
      const rowLeft = Math.round(item.getBoundingClientRect().left);
      return [...item.querySelectorAll('[aria-hidden="true"]')]
        .filter((dot) => dot.textContent === '·')
        .map((dot) => ({
          row: item.textContent,
          startsLine: Math.round(dot.getBoundingClientRect().left) <= rowLeft + 1,
        }));
    }),
  );
  expect(dots.length).toBeGreaterThan(0);
  expect(dots.filter((dot) => dot.startsLine)).toEqual([]);
  // Some rows do wrap at this width, so the check saw line ends.
  expect(facts.some((fact) => fact.startsLine)).toBe(true);
});
