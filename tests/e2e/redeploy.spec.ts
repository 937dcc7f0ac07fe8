// A reader's tab stays open while the site is redeployed: data/** keeps its names with new contents, and the old
// build's scripts are gone. The served folder is swapped, under an open page, from the suite's build to a newer
// one (six more articles, every script renamed), and whatever the reader does next must show the new build whole,
// at the address they asked for, as a fresh visit would: no blank page, no error, no list page or search shard of
// one build read with the other's manifest or index.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { viteBuild } from './global-setup.ts';
import { expect, test } from './fixtures.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { seed } from './site-data.ts';
import { E2E_DIR, SEEDS } from './sites.ts';

const dir = path.join(E2E_DIR, 'redeploy');
const newArticles = ['101', '102', '103', '104', '105', '106'];
const modes = [
  { name: 'full prerender', first: 'root', env: { BASE_PATH: '/' } },
  { name: 'PRERENDER=shell', first: 'shell', env: { BASE_PATH: '/', PRERENDER: 'shell' } },
] as const;

/** Points the served folder at `site`, in one rename, as an atomic deploy does. */
async function publish(site: string): Promise<void> {
  const link = path.join(dir, 'served');
  await fs.rm(`${link}.next`, { force: true });
  await fs.symlink(site, `${link}.next`);
  await fs.rename(`${link}.next`, link);
}

test.describe.configure({ mode: 'serial', timeout: 60_000 });

for (const mode of modes) {
  test.describe(`a tab open across a redeploy (${mode.name})`, () => {
    const firstBuild = path.join(E2E_DIR, mode.first);
    const nextBuild = path.join(dir, `${mode.first}-next`);
    let server: StaticServer;

    test.beforeAll(async () => {
      test.setTimeout(240_000);
      const seeds = path.join(dir, 'seeds-next');
      await fs.rm(seeds, { recursive: true, force: true });
      await fs.cp(SEEDS, seeds, { recursive: true });
      for (const name of newArticles)
        await fs.copyFile(
          path.resolve(`tests/fixtures/heldout/${name}.txt`),
          path.join(seeds, `new-${name}.txt`),
        );
      await viteBuild(
        nextBuild,
        { ...mode.env, SEEDS_DIR: seeds },
        path.resolve('tests/e2e/next-release.vite.config.ts'),
      );
      await publish(firstBuild);
      server = await startStaticServer({ root: path.join(dir, 'served') });
    });
    test.afterAll(async () => {
      await server?.close();
    });
    test.beforeEach(async ({ problems }) => {
      await publish(firstBuild);
      // The first build's scripts are gone once the next is served; in a shell build, so are the deep links' pages.
      problems.allowStatus(/\/assets\/[^/]+\.js$/, 404);
      if (mode.first === 'shell') problems.allowStatus(/\/(articles|people)\/[^/?]+$/, 404);
    });

    /** The page's main content, once it is what a fresh visit to the same address shows. */
    async function expectAsFreshVisit(page: Page, browser: Browser, ready: (page: Page) => Promise<void>) {
      await ready(page);
      const fresh = await browser.newPage();
      await fresh.goto(page.url());
      await ready(fresh);
      const expected = (await fresh.locator('main').first().textContent()) ?? '';
      await fresh.close();
      expect(expected).toContain(`${22 + newArticles.length} wire articles`);
      await expect(page.locator('main').first()).toHaveText(expected);
    }
    const heading = (text: string) => (page: Page) =>
      expect(page.getByRole('heading', { level: 1 })).toHaveText(text);

    test('going to another article shows it, from the new build', async ({ page }) => {
      await page.goto(server.url);
      const row = page.getByRole('region', { name: /^Newest articles/ }).getByRole('heading', { level: 3 });
      const title = (await row.nth(3).textContent()) ?? '';
      await publish(nextBuild);
      await row.nth(3).getByRole('link').click();
      await expect(page).toHaveURL(/\/articles\/[^/]+\/?$/);
      await heading(title)(page);
      await expect(
        page.getByRole('complementary').getByRole('heading', { name: 'Participants' }),
      ).toBeVisible();
    });

    test("the list's next page is the new build's, counted by its manifest", async ({ page, browser }) => {
      await page.goto(server.url);
      await publish(nextBuild);
      await page.getByRole('link', { name: /^Next/ }).first().click();
      await expect(page).toHaveURL(/\?page=2$/);
      await expectAsFreshVisit(page, browser, async (p) => {
        await expect(p.getByRole('heading', { name: /page 2/ })).toBeVisible();
      });
    });

    test('a new search after the index was loaded searches the new index whole', async ({
      page,
      browser,
    }) => {
      await page.goto(server.url);
      const box = page.getByRole('searchbox').first();
      await box.fill('talks');
      await expect(page.getByText(/articles? match “talks”/)).toBeVisible();
      await publish(nextBuild);
      await box.fill('president');
      await expect(page).toHaveURL(/\?q=president$/);
      await expectAsFreshVisit(page, browser, async (p) => {
        await expect(p.getByText(/articles? match “president”/)).toBeVisible();
      });
    });

    test('a person opened after the redeploy shows, and Back returns to the article', async ({ page }) => {
      await page.goto(server.url);
      await page.getByRole('link', { name: seed.demoTitle }).first().click();
      await heading(seed.demoTitle)(page);
      await publish(nextBuild);
      await page.getByRole('complementary').getByRole('link', { name: seed.demoOtherPerson }).first().click();
      await heading(seed.demoOtherPerson)(page);
      await page.goBack();
      await heading(seed.demoTitle)(page);
    });
  });
}
