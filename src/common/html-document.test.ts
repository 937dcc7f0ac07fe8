import { describe, expect, it } from 'vitest';
import {
  assertTemplate,
  renderDocument,
  serializeState,
  takeHoistedHead,
  withBuildId,
} from './html-document.ts';

const template = `<!doctype html><html><head><title>Readout</title>
<meta name="description" content="placeholder" /></head><body><div id="root"></div><script type="module" src="/a.js"></script></body></html>`;

describe('renderDocument', () => {
  it('fills title, description, canonical, root and state', () => {
    const html = renderDocument(template, {
      head: { title: 'A & B', description: 'Says "hi"', canonical: 'https://example.org/articles/a/' },
      rootHtml: '<h1>A</h1>',
      state: { queries: [] },
    });
    expect(html).toContain('<title>A &amp; B</title>');
    expect(html).toContain('<meta name="description" content="Says &quot;hi&quot;">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/articles/a/">');
    expect(html).toContain(
      '<div id="root"><h1>A</h1></div><script type="application/json" id="readout-state">{"queries":[]}</script>',
    );
    expect(html).not.toContain('placeholder');
  });

  it('leaves out the state script and canonical link when there are none', () => {
    const html = renderDocument(template, {
      head: { title: 't', description: 'd', canonical: null },
      rootHtml: '',
      state: null,
    });
    expect(html).not.toContain('readout-state');
    expect(html).not.toContain('canonical');
  });

  it('keeps "$&" and "$1" in text literal', () => {
    const html = renderDocument(template, {
      head: { title: '$& $1', description: '$`', canonical: null },
      rootHtml: '<p>$&</p>',
      state: null,
    });
    expect(html).toContain('<title>$&amp; $1</title>');
    expect(html).toContain('<p>$&</p>');
  });
});

describe('serializeState', () => {
  it('cannot close the script element or open a comment, and parses back to the same value', () => {
    const value = { text: '</script><script>alert(1)</script><!-- \u2028' };
    const json = serializeState(value);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('takeHoistedHead', () => {
  it('moves the title and meta React put at the start into head fields', () => {
    const hoisted = takeHoistedHead(
      '<title>Page not found — Readout</title><meta name="description" content="No &quot;page&quot;"/><link rel="preload" href="/x"/><a href="#main">Skip</a><title>in body</title>',
    );
    expect(hoisted.title).toBe('Page not found — Readout');
    expect(hoisted.description).toBe('No "page"');
    expect(hoisted.extra).toBe('<link rel="preload" href="/x"/>');
    // Only the leading block: a <title> inside an <svg> further on belongs to the content.
    expect(hoisted.rootHtml).toBe('<a href="#main">Skip</a><title>in body</title>');
  });

  it('changes nothing when nothing was hoisted', () => {
    expect(takeHoistedHead('<p>x</p>')).toEqual({
      rootHtml: '<p>x</p>',
      title: null,
      description: null,
      extra: '',
    });
  });
});

it('assertTemplate names the missing slot', () => {
  expect(() => assertTemplate(template)).not.toThrow();
  expect(() => assertTemplate('<html><head><title>x</title></head><body></body></html>')).toThrow(
    /<div id="root"><\/div>/,
  );
});

describe('withBuildId', () => {
  it("names the page's build in its head, for the app to compare with the build being served", () => {
    expect(withBuildId('<head><title>R</title></head>', '5f3a')).toBe(
      '<head><title>R</title><meta name="readout-build" content="5f3a"></head>',
    );
    expect(withBuildId('<head></head>', null)).toBe('<head></head>');
  });
});
