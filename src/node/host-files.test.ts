import { describe, expect, it } from 'vitest';
import { buildHeadersFile, buildHostFiles, STRICT_CSP } from './host-files.ts';

describe('host files', () => {
  it('sends the strict policy on every page and caches hashed assets for good, under the site base', () => {
    const rules = buildHeadersFile('/readout/').split('\n');
    expect(rules[0]).toBe('/readout/*');
    expect(rules[1]).toBe(`  Content-Security-Policy: ${STRICT_CSP}`);
    const assets = rules.indexOf('/readout/assets/*');
    expect(rules[assets + 1]).toBe('  Cache-Control: public, max-age=31536000, immutable');
  });

  it('allows no inline script and nothing from another origin', () => {
    expect(STRICT_CSP).toContain("script-src 'self'");
    expect(STRICT_CSP).toContain("default-src 'self'");
    expect(STRICT_CSP).not.toContain('unsafe-inline');
  });

  it('turns Jekyll off for GitHub Pages and writes the Netlify/Cloudflare headers file', () => {
    expect([...buildHostFiles('/').keys()].sort()).toEqual(['.nojekyll', '_headers']);
    expect(buildHostFiles('/').get('_headers')).toMatch(/^\/\*\n/);
  });
});
