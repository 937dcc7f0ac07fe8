import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeBase, normalizeSiteUrl, parsePrerenderMode, resolveSiteOptions } from './site-config.ts';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['sub', '/sub/'],
    ['/sub', '/sub/'],
    ['sub/', '/sub/'],
    ['//a//b//', '/a/b/'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeBase(raw)).toBe(expected);
  });
});

describe('normalizeSiteUrl', () => {
  it('keeps only the origin, without a trailing slash', () => {
    expect(normalizeSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(normalizeSiteUrl(' https://example.org:8443/x/ ')).toBe('https://example.org:8443');
  });
  it('is null when unset', () => {
    expect(normalizeSiteUrl(undefined)).toBeNull();
    expect(normalizeSiteUrl('  ')).toBeNull();
  });
  it('rejects what is not an http(s) URL, naming the variable', () => {
    expect(() => normalizeSiteUrl('example.org')).toThrow(/SITE_URL/);
    expect(() => normalizeSiteUrl('ftp://example.org')).toThrow(/SITE_URL/);
  });
});

describe('parsePrerenderMode', () => {
  it('defaults to full and accepts shell', () => {
    expect(parsePrerenderMode(undefined)).toBe('full');
    expect(parsePrerenderMode('SHELL')).toBe('shell');
  });
  it('rejects a typo instead of silently building the wrong site', () => {
    expect(() => parsePrerenderMode('shel')).toThrow(/PRERENDER/);
  });
});

it('resolveSiteOptions reads the environment with defaults', () => {
  expect(resolveSiteOptions({}, '/project')).toEqual({
    base: '/',
    seedsDir: path.resolve('/project', 'seeds'),
    siteUrl: null,
    prerender: 'full',
  });
  expect(
    resolveSiteOptions(
      { BASE_PATH: 'docs', SEEDS_DIR: '/data/wire', SITE_URL: 'https://a.b', PRERENDER: 'shell' },
      '/p',
    ),
  ).toEqual({ base: '/docs/', seedsDir: '/data/wire', siteUrl: 'https://a.b', prerender: 'shell' });
});
