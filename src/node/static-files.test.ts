import { describe, expect, it } from 'vitest';
import {
  buildAtomFeed,
  buildRobotsTxt,
  buildSitemaps,
  escapeXml,
  feedTimestamp,
  newestArticles,
  SITEMAP_MAX_URLS,
  stableUuid,
  type FeedArticle,
} from './static-files.ts';

const article = (n: number, date: string, extra: Partial<FeedArticle> = {}): FeedArticle => ({
  id: `id${n}`,
  slug: `slug-${n}`,
  title: `Title ${n}`,
  date,
  source: 'Xinhua',
  paragraphs: [`Paragraph of article ${n}.`],
  ...extra,
});
const articlePath = (slug: string) => `articles/${slug}/`;

describe('escapeXml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });
});

describe('buildSitemaps', () => {
  it('lists absolute URLs under the base', () => {
    const files = buildSitemaps(['', 'articles/a/'], 'https://example.org', '/sub/');
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<loc>https://example.org/sub/</loc>');
    expect(files.get('sitemap.xml')).toContain('<loc>https://example.org/sub/articles/a/</loc>');
  });
  it('splits into a sitemap index past 50,000 URLs', () => {
    const pages = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => `articles/${i}/`);
    const files = buildSitemaps(pages, 'https://example.org', '/');
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex');
    expect(files.get('sitemap.xml')).toContain('<loc>https://example.org/sitemap-2.xml</loc>');
    expect(files.get('sitemap-2.xml')).toContain(
      `<loc>https://example.org/articles/${SITEMAP_MAX_URLS}/</loc>`,
    );
  });
});

describe('buildRobotsTxt', () => {
  it('points at the sitemap only when there is one', () => {
    expect(buildRobotsTxt('https://example.org', '/sub/')).toContain(
      'Sitemap: https://example.org/sub/sitemap.xml',
    );
    expect(buildRobotsTxt(null, '/')).not.toContain('Sitemap');
  });
});

describe('the Atom feed', () => {
  it('holds the 50 newest dated articles, newest first', () => {
    const articles = [
      ...Array.from({ length: 60 }, (_, i) => article(i, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`)),
      article(100, '2024-05'),
      article(101, ''),
    ];
    const newest = newestArticles(articles);
    expect(newest).toHaveLength(50);
    expect(newest[0]!.slug).toBe('slug-100');
    expect(newest.some((a) => a.slug === 'slug-101')).toBe(false);
    const feed = buildAtomFeed(articles, { siteUrl: null, base: '/', articlePath });
    expect(feed.match(/<entry>/g)).toHaveLength(50);
    expect(feed).toContain('<updated>2024-05-01T00:00:00Z</updated>');
  });

  it('uses absolute links and ids with a site URL', () => {
    const feed = buildAtomFeed([article(1, '2024-01-02')], {
      siteUrl: 'https://example.org',
      base: '/sub/',
      articlePath,
    });
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" href="https://example.org/sub/articles/slug-1/"/>',
    );
    expect(feed).toContain('<id>https://example.org/sub/articles/slug-1/</id>');
    expect(feed).toContain(
      '<link rel="self" type="application/atom+xml" href="https://example.org/sub/feed.xml"/>',
    );
  });

  it('without a site URL, links are relative to the feed and ids are stable urn:uuid values', () => {
    const feed = buildAtomFeed([article(1, '2024-01-02')], { siteUrl: null, base: '/sub/', articlePath });
    expect(feed).toContain('href="articles/slug-1/"');
    expect(feed).toContain(`<id>urn:uuid:${stableUuid('id1')}</id>`);
    expect(stableUuid('id1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(stableUuid('id1')).not.toBe(stableUuid('id2'));
  });

  it('escapes markup in titles and text', () => {
    const feed = buildAtomFeed(
      [article(1, '2024-01-02', { title: '<script>alert(1)</script>', paragraphs: ['a & b'] })],
      {
        siteUrl: null,
        base: '/',
        articlePath,
      },
    );
    expect(feed).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(feed).toContain('<summary>a &amp; b</summary>');
    expect(feed).not.toContain('<script>');
  });
});

it('feedTimestamp accepts full dates and months only', () => {
  expect(feedTimestamp('2024-10-22')).toBe('2024-10-22T00:00:00Z');
  expect(feedTimestamp('2024-10')).toBe('2024-10-01T00:00:00Z');
  expect(feedTimestamp('')).toBeNull();
});
