// The server entry over the real routes and the real site-data builder, on a hand-made dataset: what a
// prerendered page holds before any JavaScript runs.
import { describe, expect, it } from 'vitest';
import type { Article, Dataset } from './common/dataset.ts';
import { buildSiteData } from './site/build-site-data.ts';
import { createRenderer, type PageJob } from './entry-server.tsx';

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

  it("embeds only its own page's queries when one renderer has rendered other pages before it", async () => {
    const renderer = render('/');
    await renderer(job(`articles/${dataset.articles[0]!.slug}`));
    const homeAfterArticle = await renderer(job('', true));
    const homeAlone = await render('/')(job('', true));
    expect(homeAfterArticle.html).toBe(homeAlone.html);
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

describe('createRenderer: bytes every page repeats', () => {
  const viteTemplate = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Readout</title><meta name="description" content="placeholder" /><script type="module" crossorigin src="/assets/index.js"></script><link rel="stylesheet" crossorigin href="/assets/index.css"><link rel="alternate" type="application/atom+xml" title="Readout: newest articles" href="/feed.xml"></head><body><div id="root"></div></body></html>`;
  const quoted = article(
    3,
    'Quotes "here" and there',
    `"We agree," Wang Yi said; it's <b>not</b> markup & stays text.`,
    [wang],
  );
  const quotedFiles = buildSiteData({ ...dataset, articles: [quoted] });
  // A renderer per call: each one installs its data source for the routes' loaders.
  const renderQuoted = (pageJob: PageJob) =>
    createRenderer({
      template: viteTemplate,
      base: '/',
      siteUrl: null,
      readJson: async (path) => {
        const text = quotedFiles.get(path);
        return text === undefined ? undefined : JSON.parse(text);
      },
    })(pageJob);

  it('writes quotation marks in text as they are, and still escapes markup', async () => {
    const page = await renderQuoted(job(`articles/${quoted.slug}`));
    expect(page.error).toBeNull();
    expect(rootOf(page.html)).toContain(
      `<p>"We agree," <a href="/people/p1">Wang Yi</a> said; it's &lt;b&gt;not&lt;/b&gt; markup &amp; stays text.</p>`,
    );
    expect(rootOf(page.html)).toContain('<h1>Quotes "here" and there</h1>');
    // Attribute values keep their escapes.
    expect(page.html).toContain('<title>Quotes &quot;here&quot; and there — Readout</title>');
  });

  it('leaves the feed link to the home page and drops crossorigin and void-element slashes', async () => {
    const articlePage = await renderQuoted(job(`articles/${quoted.slug}`));
    expect(articlePage.html).not.toContain('feed.xml');
    expect(articlePage.html).not.toContain('crossorigin');
    expect(articlePage.html).toContain('<meta charset="utf-8"><title>');
    expect(articlePage.html).toContain('<script type="module" src="/assets/index.js"></script>');
    const home = await renderQuoted(job('', true, ''));
    expect(home.html).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Readout: newest articles" href="/feed.xml">',
    );
  });
});
