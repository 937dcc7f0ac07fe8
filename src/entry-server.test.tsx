// The server entry over the real routes and the real site-data builder, on a hand-made dataset: what a
// prerendered page holds before any JavaScript runs.
import { describe, expect, it } from 'vitest';
import type { Article, Dataset } from './common/dataset';
import { buildSiteData } from './site/build-site-data';
import { createRenderer, type PageJob } from './entry-server';

const template = `<!doctype html><html lang="en"><head><title>Readout</title>
<meta name="description" content="placeholder" /><script type="module" src="/sub/assets/index.js"></script></head>
<body><div id="root"></div></body></html>`;

const article = (n: number, title: string, paragraph: string, people: Article['people'] = []): Article => ({
  id: `a${n}`,
  slug: `2024-01-0${n}-article-${n}`,
  file: `${n}.txt`,
  date: `2024-01-0${n}`,
  title,
  titleDerived: false,
  source: 'Xinhua',
  publishedTime: null,
  dateline: { place: 'BEIJING', date: 'Jan. 1' },
  paragraphs: [paragraph],
  captions: [],
  people,
  organizations: [],
  places: [],
});

const wang = {
  id: 'p1',
  name: 'Wang Yi',
  aliases: ['Wang'],
  roles: ['Foreign Minister'],
  country: 'China',
  participant: true,
};
const dataset: Dataset = {
  articles: [
    article(1, 'Wang Yi meets visitors', 'Wang Yi met visitors on Monday.', [wang]),
    article(
      2,
      'Markup <script>alert(1)</script> headline',
      'Body with </script><img src=x onerror=alert(1)> inside.',
    ),
  ],
  people: [
    {
      id: 'p1',
      name: 'Wang Yi',
      aliases: ['Wang'],
      roles: ['Foreign Minister'],
      countries: ['China'],
      articleIds: ['a1'],
    },
  ],
  warnings: [],
};

const files = buildSiteData(dataset);
const render = (base: string, siteUrl: string | null = null) =>
  createRenderer({
    template,
    base,
    siteUrl,
    readJson: async (path) => {
      const text = files.get(path);
      return text === undefined ? undefined : JSON.parse(text);
    },
  });
const job = (path: string, embedState = false, canonical: string | null = null): PageJob => ({
  path,
  embedState,
  canonical,
});
const rootOf = (html: string) => html.slice(html.indexOf('<div id="root">'));

describe('createRenderer', () => {
  it('renders home with its data, its meta in <head>, and the query state as JSON data', async () => {
    const page = await render('/sub/')(job('', true, ''));
    expect(page).toMatchObject({ status: 200, error: null });
    expect(page.html).toContain('<h1>Articles</h1>');
    expect(page.html).toContain('Wang Yi meets visitors');
    expect(page.html).not.toContain('content="placeholder"');
    // React hoists <title>/<meta> to the start of its output; they must end up in <head> only.
    expect(rootOf(page.html)).not.toMatch(/<title>|<meta /);
    const state = /<script type="application\/json" id="readout-state">(.*?)<\/script>/.exec(page.html)?.[1];
    expect(JSON.parse(state!).queries.length).toBeGreaterThan(0);
  });

  it('renders the same bytes twice (no timestamps in the embedded state)', async () => {
    const first = await render('/')(job('', true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await render('/')(job('', true));
    expect(second.html).toBe(first.html);
  });

  it('renders an article with links under the base and escaped markup, without embedding state', async () => {
    const slug = dataset.articles[1]!.slug;
    const page = await render(
      '/sub/',
      'https://example.org',
    )(job(`articles/${slug}`, false, `articles/${slug}/`));
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>Markup &lt;script&gt;alert(1)&lt;/script&gt; headline</h1>');
    expect(page.html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page.html).not.toMatch(/<img|<script>alert/);
    expect(page.html).not.toContain('readout-state');
    expect(page.html).toContain(`<link rel="canonical" href="https://example.org/sub/articles/${slug}/">`);
    expect(page.html).toMatch(/<title>Markup &lt;script&gt;alert\(1\)&lt;\/script&gt; headline/);
    expect(page.html).toContain('href="/sub/"');
  });

  it('links names to person pages, which render too', async () => {
    const articlePage = await render('/')(job(`articles/${dataset.articles[0]!.slug}`));
    const personHref = /href="(\/people\/[^"]+)"/.exec(rootOf(articlePage.html))?.[1];
    expect(personHref).toBeDefined();
    const personPage = await render('/')(job(personHref!.slice(1)));
    expect(personPage.status).toBe(200);
    expect(personPage.html).toContain('<h1>Wang Yi</h1>');
  });

  it('renders the reader’s not-found page for unknown paths and unknown slugs', async () => {
    for (const path of ['__readout_not_found__', 'articles/no-such-slug']) {
      const page = await render('/')(job(path, true));
      // An unknown slug is a 404 from its loader; an unknown path is the catch-all route (the host sends 404).
      expect(page.status).toBe(path === 'articles/no-such-slug' ? 404 : 200);
      expect(page.error).toBeNull();
      expect(page.html).toContain('<h1>Page not found</h1>');
      expect(page.html).toMatch(/<title>Page not found/);
    }
  });

  it('reports a page whose data fails to load instead of shipping an error page silently', async () => {
    const broken = createRenderer({
      template,
      base: '/',
      siteUrl: null,
      readJson: async () => {
        throw new Error('disk on fire');
      },
    });
    const page = await broken(job(''));
    expect(page.error).toMatch(/disk on fire/);
  });
});
