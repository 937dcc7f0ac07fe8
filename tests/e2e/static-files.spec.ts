import { expect, test } from './fixtures.ts';
import { pageTypes } from './pages.ts';
import { seed } from './site-data.ts';
import { sites } from './sites.ts';

for (const [label, site] of [
  ['at /', () => sites.root],
  ['under /sub/', () => sites.sub],
] as const) {
  test(`feed.xml, robots.txt and the favicon are served ${label}`, async ({ request }) => {
    const base = site();
    const feed = await request.get(`${base}feed.xml`);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('xml');
    const xml = await feed.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain(`<title>${seed.demoTitle}</title>`);
    // Without SITE_URL the links are relative to the feed, so they resolve under the base.
    const link = /<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/.exec(xml)![1]!;
    const article = await request.get(new URL(link, `${base}feed.xml`).toString());
    expect(article.status()).toBe(200);
    expect(await article.text()).toContain('<h1>');

    const robots = await request.get(`${base}robots.txt`);
    expect(await robots.text()).toContain('User-agent: *');
    expect((await request.get(`${base}favicon.svg`)).status()).toBe(200);
    // No SITE_URL in this build: no sitemap (it needs absolute URLs), so no dead link to one either.
    expect((await request.get(`${base}sitemap.xml`)).status()).toBe(404);
  });
}

test('no page needs an inline script or style, so the strict CSP the server sends breaks nothing', async ({
  request,
}) => {
  for (const type of await pageTypes(request, sites.root)) {
    const html = await (await request.get(sites.root + type.path)).text();
    const inlineScripts = [
      ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>/g),
    ];
    expect(inlineScripts, type.name).toEqual([]);
    expect(html, type.name).not.toMatch(/<style[\s>]|\sstyle="/);
    expect(html, type.name).toMatch(/<link rel="icon"[^>]*href="\/favicon\.svg"/);
  }
});
