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

it('resolveSiteOptions takes a SITE_URL whose path is the base, and stops on any other path, saying what to set', () => {
  expect(
    resolveSiteOptions({ BASE_PATH: '/readout/', SITE_URL: 'https://me.github.io/readout/' }, '/p').siteUrl,
  ).toBe('https://me.github.io');
  expect(() => resolveSiteOptions({ SITE_URL: 'https://me.github.io/readout' }, '/p')).toThrow(
    'SITE_URL "https://me.github.io/readout" has the path /readout/ but BASE_PATH is /: set BASE_PATH=/readout/ (SITE_URL needs only the origin, https://me.github.io)',
  );
  expect(() => resolveSiteOptions({ BASE_PATH: '/a/', SITE_URL: 'https://me.github.io/b/' }, '/p')).toThrow(
    /set BASE_PATH=\/b\//,
  );
});
