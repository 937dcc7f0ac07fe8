// Build settings read from the environment, in one place so the Vite config, the plugin and the tests agree.
import path from 'node:path';

export type PrerenderMode = 'full' | 'shell';

export interface SiteOptions {
  /** URL path the site is served under: always a leading and a trailing slash ("/" or "/sub/"). */
  base: string;
  /** Absolute path of the folder holding the seed .txt files. */
  seedsDir: string;
  /** Public origin (plus base) for absolute URLs in sitemap.xml, feed.xml and canonical links; null when unknown. */
  siteUrl: string | null;
  /**
   * "full" prerenders every route; "shell" only home, people index and 404, and packs the per-article, per-person,
   * list and search-result data files (src/common/data-packs.ts), for hosts that cap file counts: deep links then
   * boot the app from 404.html.
   */
  prerender: PrerenderMode;
}

/** "sub", "/sub", "sub/", "//sub//" -> "/sub/"; "" and "/" -> "/". */
export function normalizeBase(raw: string | undefined): string {
  const parts = (raw ?? '').split('/').filter(Boolean);
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** "https://example.org/" -> "https://example.org"; throws on anything that is not an http(s) URL. */
export function normalizeSiteUrl(raw: string | undefined): string | null {
  if (!raw || !raw.trim()) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must start with http:// or https://, got "${raw}"`);
  }
  // Only the origin counts: the path under it comes from BASE_PATH, so the two cannot disagree.
  return url.origin;
}

export function parsePrerenderMode(raw: string | undefined): PrerenderMode {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'full' || value === 'all') return 'full';
  if (value === 'shell') return 'shell';
  throw new Error(`PRERENDER must be "full" (default) or "shell", got "${raw}"`);
}

/**
 * A SITE_URL with a path is fine when the path is BASE_PATH; any other path would be dropped silently, and a site
 * built for / linked from its canonical tags, sitemap and feed to pages outside where it is published.
 */
function checkSiteUrlPath(raw: string | undefined, base: string): void {
  if (!raw?.trim()) return;
  const url = new URL(raw.trim());
  const given = normalizeBase(url.pathname);
  if (given === '/' || given === base) return;
  throw new Error(
    `SITE_URL "${raw.trim()}" has the path ${given} but BASE_PATH is ${base}: set BASE_PATH=${given} ` +
      `(SITE_URL needs only the origin, ${url.origin})`,
  );
}

export function resolveSiteOptions(env: Record<string, string | undefined>, cwd: string): SiteOptions {
  const base = normalizeBase(env.BASE_PATH);
  const siteUrl = normalizeSiteUrl(env.SITE_URL);
  checkSiteUrlPath(env.SITE_URL, base);
  return {
    base,
    seedsDir: path.resolve(cwd, env.SEEDS_DIR?.trim() || 'seeds'),
    siteUrl,
    prerender: parsePrerenderMode(env.PRERENDER),
  };
}
