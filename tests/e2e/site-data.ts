// Finds slugs in the served site data (through the same static server the browser uses), so specs can deep-link
// to a known article or person without hard-coding the ids and hashes the build derives.
import type { APIRequestContext } from '@playwright/test';
import { packOf } from '../../src/common/data-packs.ts';
import { dataPaths } from '../../src/common/paths.ts';
import type { ListPage, PeopleIndexPage } from '../../src/common/site-data.ts';

async function getJson<T>(request: APIRequestContext, siteUrl: string, file: string): Promise<T> {
  const response = await request.get(siteUrl + file);
  // A shell build (PRERENDER=shell) keeps this file inside a pack (src/common/data-packs.ts).
  const pack = packOf(file);
  if (response.status() === 404 && pack !== null) {
    const entries = await getJson<Record<string, T>>(request, siteUrl, pack);
    if (file in entries) return entries[file]!;
  }
  if (!response.ok()) throw new Error(`GET ${siteUrl + file}: HTTP ${response.status()}`);
  return (await response.json()) as T;
}

export async function articleSlug(
  request: APIRequestContext,
  siteUrl: string,
  title: string,
): Promise<string> {
  for (let page = 1; ; page++) {
    const list = await getJson<ListPage>(request, siteUrl, dataPaths.listPage(page));
    const found = list.articles.find((article) => article.title === title);
    if (found) return found.slug;
    if (page >= list.pageCount) throw new Error(`No article titled "${title}" in the site data`);
  }
}

export async function personSlug(request: APIRequestContext, siteUrl: string, name: string): Promise<string> {
  for (let page = 1; ; page++) {
    const index = await getJson<PeopleIndexPage>(request, siteUrl, dataPaths.peopleIndexPage(page));
    const found = index.people.find((person) => person.name === name);
    if (found) return found.slug;
    if (page >= index.pageCount) throw new Error(`No person named "${name}" in the site data`);
  }
}

/** Titles and names from the seeds in tests/fixtures/e2e-seeds (see seed-000.gold.json and corpus gold files). */
export const seed = {
  demoTitle: 'Wang Yi holds phone talk with Japanese national security official',
  demoPerson: 'Wang Yi',
  demoOtherPerson: 'Takeo Akiba',
  panmunjomTitle: 'Moon, Kim sign Panmunjom Declaration, vow no more war on peninsula',
  hostileTitle: 'Markup test <script>alert(1)</script> and <img src=x onerror=alert(1)> in a headline',
};
