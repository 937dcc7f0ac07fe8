import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { pageTypeNames, pageTypes } from './pages.ts';
import { articleSlug, seed } from './site-data.ts';
import { sites } from './sites.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const name of pageTypeNames) {
    test(`axe finds no violations on the ${name} page (${colorScheme})`, async ({
      page,
      request,
      problems,
    }) => {
      const type = (await pageTypes(request, sites.root)).find((candidate) => candidate.name === name)!;
      if (type.status !== 200) problems.allowStatus(/\/no\/such\/page$/, type.status);
      await page.emulateMedia({ colorScheme });
      await page.goto(sites.root + type.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    });
  }
}

test('every page type has exactly one h1, a main landmark and a skip link', async ({
  page,
  request,
  problems,
}) => {
  problems.allowStatus(/\/no\/such\/page$/, 404);
  for (const type of await pageTypes(request, sites.root)) {
    await page.goto(sites.root + type.path);
    await expect(page.getByRole('heading', { level: 1 }), type.name).toHaveCount(1);
    await expect(page.getByRole('main'), type.name).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /skip to content/i }), type.name).toBeFocused();
  }
});

// The person facet lists only the people in the most articles; "All N people" opens a name box over everyone.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the person facet's "All people" open and filtered (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(sites.root);
    const people = page.getByRole('region', { name: 'People' });
    await people.getByText(/^All [\d,]+ people$/).click();
    await expect(people.getByText('Everyone, most articles first.')).toBeVisible();
    const analyze = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
    expect(await analyze()).toEqual([]);
    await people.getByRole('searchbox', { name: 'Find a person' }).fill('wang');
    await expect(people.getByText(/^\d+ (person matches|people match)\.$/)).toBeVisible();
    expect(await analyze()).toEqual([]);
    // Choosing one narrows the list to their articles.
    const first = people.getByRole('list', { name: 'People' }).getByRole('link').first();
    const name = (await first.textContent())!.replace(/ \(\d+\)$/, '');
    await first.click();
    await expect(page).toHaveURL(/[?&]person=/);
    await expect(
      page
        .getByRole('region', { name: 'People' })
        .getByRole('link', { name: new RegExp(`${name}.*remove filter`) }),
    ).toBeVisible();
    // Said at the count too, and removable there.
    await expect(
      page.getByRole('list', { name: 'Filters' }).getByRole('link', { name: `${name} — remove filter` }),
    ).toBeVisible();
    expect(await analyze()).toEqual([]);
  });
}

// The sidebar shows a person's roles and country on lines of their own; read aloud they were one run of text
// ("…Foreign Minister China"), so the stylesheet gives a screen reader a comma between them.
test('an article’s sidebar reads each person’s name, roles and country apart', async ({ page, request }) => {
  const slug = await articleSlug(request, sites.root, seed.demoTitle);
  await page.goto(`${sites.root}articles/${slug}`);
  const sidebar = page.getByRole('complementary', { name: 'People in this article' });
  const person = sidebar
    .getByRole('listitem')
    .filter({ has: page.locator('span + small') })
    .first();
  const [name, roles, country] = await Promise.all(
    ['a', 'span', 'small'].map((part) => person.locator(`:scope > ${part}`).textContent()),
  );
  // Playwright writes a space where a line ends (" , China"); the comma is what a screen reader hears.
  const read = (await person.ariaSnapshot()).replace(/\s+,/g, ',');
  expect(read).toContain(`link "${name}"`);
  expect(read).toContain(`text: ", ${roles}, ${country}"`);
});

// An article's header and a list row draw " · " between their items; read aloud the items ran together, and the
// reading time's number joined the dateline's date ("Dateline Beijing, 21 October 1 min read"). A screen reader
// hears a comma there instead (the separator's alternative text), and never "middle dot".
test('an article’s header, a list row and the list’s heading read their parts apart', async ({
  page,
  request,
}) => {
  const slug = await articleSlug(request, sites.root, seed.demoTitle);
  await page.goto(`${sites.root}articles/${slug}`);
  const header = page.locator('.article-meta');
  await expect(header).toContainText('Dateline Beijing, 21 October');
  const heard = (await header.ariaSnapshot()).replace(/\s+/g, ' ');
  expect(heard).toMatch(/text: ", Xinhua, Dateline Beijing, 21 October, \d+ min read"/);
  expect(heard).not.toContain('·');

  // The home list's heading too: "Newest articles · page 1" to the eye (the stylesheet's " · ").
  await page.goto(sites.root);
  const heading = page.getByRole('heading', { level: 2, name: /^Newest articles/ });
  await expect(heading).toHaveAccessibleName('Newest articles, page 1');

  await page.goto(`${sites.root}?q=${encodeURIComponent(seed.demoTitle)}`);
  const row = page
    .getByRole('list', { name: 'Matching articles' })
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: seed.demoTitle }) });
  const rowHeard = await row.locator('.article-row-meta').ariaSnapshot();
  expect(rowHeard).toContain('text: ", Beijing"');
  expect(rowHeard).not.toContain('·');
});
