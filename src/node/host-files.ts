// Files that static hosts read from the published folder: `_headers` (Netlify and Cloudflare Pages set these
// response headers; other hosts serve it as a harmless file) and `.nojekyll` (GitHub Pages publishing from a
// branch would otherwise run Jekyll, which drops files whose names start with "_" and slows big sites down).

/** The policy the built site is written to satisfy: no inline scripts or styles, nothing from elsewhere. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Sent with every file of the site (`_headers` on the hosts that read it; `npm run preview` too). */
export const SITE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': STRICT_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** `_headers` for a site published under `base` ("/" or "/sub/"): the CSP everywhere, hashed assets cached for good. */
export function buildHeadersFile(base: string): string {
  return [
    `${base}*`,
    ...Object.entries(SITE_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    // Vite names every asset by its content hash, so a changed asset gets a new URL.
    `${base}assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

export function buildHostFiles(base: string): Map<string, string> {
  return new Map([
    ['_headers', buildHeadersFile(base)],
    ['.nojekyll', ''],
  ]);
}
