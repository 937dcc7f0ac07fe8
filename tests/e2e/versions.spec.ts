import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { articleSlug } from './site-data.ts';
import { sites } from './sites.ts';

// tests/fixtures/e2e-seeds/005-version.txt carries 005.txt's story again, a day later under another headline: the
// site lists, searches and counts the story once, and each version's page leads to the other.
const listedTitle = 'Kim, Trump sign joint statement at Singapore summit';
const versionTitle = 'Trump, Kim sign joint statement in Singapore';

for (const [build, site] of [
  ['full', () => sites.root],
  ['shell', () => sites.shell],
] as const) {
  test(`a story carried twice is found once, and its page leads to the other version (${build} build)`, async ({
    page,
    request,
    problems,
  }) => {
    const root = site();
    // "Capella" is in both versions' text: one result.
    await page.goto(`${root}?q=Capella`);
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: listedTitle })).toBeVisible();
    await expect(main.getByRole('link', { name: versionTitle })).toHaveCount(0);
    await expect(page.locator('.search-count')).toHaveText('1 article matches “Capella”');

    await main.getByRole('link', { name: listedTitle }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(listedTitle);
    const note = page.locator('.also-carried');
    await expect(note).toHaveText(`Also carried as ${versionTitle} (Xinhua, 13 June 2018)`);
    await note.getByRole('link', { name: versionTitle }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(versionTitle);
    await expect(page.locator('.also-carried')).toHaveText(
      `Also carried as ${listedTitle} (Xinhua, 12 June 2018, the version lists show)`,
    );

    // The version's address is a deep link that works on its own (a reload is a fresh visit; a shell build has no
    // page per article and answers it with its 404 page, which boots the app).
    const versionUrl = page.url();
    if (build === 'shell') problems.allowStatus(new RegExp(`${new URL(versionUrl).pathname}$`), 404);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(versionTitle);
    expect(versionUrl).toContain('/articles/');
    // And the list never shows it.
    await expect(articleSlug(request, root, versionTitle)).rejects.toThrow(/No article titled/);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on a page saying "Also carried as" (${colorScheme})`, async ({
    page,
    request,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${sites.root}articles/${await articleSlug(request, sites.root, listedTitle)}`);
    await expect(page.locator('.also-carried')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
