// sitemap.xml, feed.xml and robots.txt: pure builders (strings in, strings out) so they are tested without a build.
import { createHash } from 'node:crypto';
import type { Article } from '../common/dataset.ts';

/** The sitemaps protocol allows at most 50,000 URLs per file; bigger sites get a sitemap index. */
export const SITEMAP_MAX_URLS = 50_000;
const FEED_SIZE = 50;

// XML 1.0 forbids most control characters and lone surrogates; a seed may contain them, a feed reader must not choke.
const invalidXmlChars =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(invalidXmlChars, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Absolute URL of a page: origin + base + route path relative to the base ("articles/x/" or ""). */
const absoluteUrl = (siteUrl: string, base: string, relative: string): string =>
  `${siteUrl}${base}${relative}`;

/**
 * One sitemap when it fits, otherwise `sitemap.xml` is an index of `sitemap-1.xml`, `sitemap-2.xml`, ...
 * `pages` are paths relative to the base ("", "articles/x/").
 */
export function buildSitemaps(pages: string[], siteUrl: string, base: string): Map<string, string> {
  const files = new Map<string, string>();
  const urlset = (chunk: string[]) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    chunk.map((page) => `<url><loc>${escapeXml(absoluteUrl(siteUrl, base, page))}</loc></url>\n`).join('') +
    '</urlset>\n';
  if (pages.length <= SITEMAP_MAX_URLS) {
    files.set('sitemap.xml', urlset(pages));
    return files;
  }
  const names: string[] = [];
  for (let start = 0; start < pages.length; start += SITEMAP_MAX_URLS) {
    const name = `sitemap-${names.length + 1}.xml`;
    names.push(name);
    files.set(name, urlset(pages.slice(start, start + SITEMAP_MAX_URLS)));
  }
  files.set(
    'sitemap.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      names
        .map((name) => `<sitemap><loc>${escapeXml(absoluteUrl(siteUrl, base, name))}</loc></sitemap>\n`)
        .join('') +
      '</sitemapindex>\n',
  );
  return files;
}

export function buildRobotsTxt(siteUrl: string | null, base: string): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (siteUrl) lines.push(`Sitemap: ${absoluteUrl(siteUrl, base, 'sitemap.xml')}`);
  return lines.join('\n') + '\n';
}

/** "2024-10-22" -> "2024-10-22T00:00:00Z"; "2024-10" -> first of the month; anything else -> null. */
export function feedTimestamp(date: string): string | null {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (full) return `${date}T00:00:00Z`;
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${date}-01T00:00:00Z`;
  return null;
}

/** A stable urn:uuid for an article id, for feeds without a known origin (Atom ids must be absolute IRIs). */
export function stableUuid(id: string): string {
  const hex = createHash('sha1').update(`readout:${id}`).digest('hex');
  // Shape it as a name-based (version 5, RFC 4122 variant) UUID.
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

const summaryOf = (article: Pick<Article, 'paragraphs'>, max = 300): string => {
  const text = article.paragraphs.join(' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

export type FeedArticle = Pick<Article, 'id' | 'slug' | 'title' | 'date' | 'source' | 'paragraphs'>;

/** The newest articles first (by date, then slug for a stable order); undated articles are left out. */
export function newestArticles<T extends Pick<Article, 'date' | 'slug'>>(
  articles: T[],
  count = FEED_SIZE,
): T[] {
  return articles
    .filter((article) => feedTimestamp(article.date) !== null)
    .sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date < b.date ? 1 : -1))
    .slice(0, count);
}

/**
 * An Atom feed of the newest articles. Without a site URL, links are relative to the feed's own address (Atom
 * resolves them against the document URI) and ids are urn:uuid values derived from the article id.
 */
export function buildAtomFeed(
  articles: FeedArticle[],
  opts: { siteUrl: string | null; base: string; title?: string; articlePath: (slug: string) => string },
): string {
  const { siteUrl, base } = opts;
  const title = opts.title ?? 'Readout';
  // Relative links: the feed lives at <base>feed.xml, so "articles/x/" resolves under the base.
  const href = (relative: string) => (siteUrl ? absoluteUrl(siteUrl, base, relative) : relative || './');
  const newest = newestArticles(articles);
  const updated = newest[0] ? feedTimestamp(newest[0].date) : '1970-01-01T00:00:00Z';
  const entries = newest.map((article) => {
    const link = href(opts.articlePath(article.slug));
    const id = siteUrl ? link : `urn:uuid:${stableUuid(article.id)}`;
    return [
      '  <entry>',
      `    <title>${escapeXml(article.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <id>${escapeXml(id)}</id>`,
      `    <updated>${feedTimestamp(article.date)}</updated>`,
      `    <author><name>${escapeXml(article.source ?? title)}</name></author>`,
      `    <summary>${escapeXml(summaryOf(article))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(title)}</title>`,
    `  <subtitle>The newest articles in the archive</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(href('feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(href(''))}"/>`,
    `  <id>${escapeXml(siteUrl ? href('') : `urn:uuid:${stableUuid(`feed:${base}`)}`)}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
