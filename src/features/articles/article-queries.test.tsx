// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataPaths } from '../../common/paths';
import type { ArticleDetail } from '../../common/site-data';
import { renderApp } from '../../../tests/fixtures/site/render-app';
import { articles, buildFixtureSite, serveSite, slugOf } from '../../../tests/fixtures/site/site-fixture';
import { readArticleText } from './article-queries';

window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;

/** The article page as the full data renders it (what a prerendered articles/<slug>/index.html holds). */
async function renderedPage(slug: string): Promise<string> {
  const site = serveSite();
  try {
    const { container } = renderApp(`/articles/${slug}`);
    await screen.findByRole('heading', { level: 1 });
    return `<!doctype html><html><body><div id="root">${container.innerHTML}</div></body></html>`;
  } finally {
    cleanup();
    site.restore();
  }
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.head.innerHTML = '';
});

describe('article text kept only in the prerendered page', () => {
  it('reads back exactly the paragraphs and captions the page was rendered from', async () => {
    const html = await renderedPage(slugOf(1));
    expect(readArticleText(html)).toEqual({
      paragraphs: articles[0]!.paragraphs,
      captions: articles[0]!.captions,
    });
    expect(articles[0]!.captions.length).toBeGreaterThan(0);
  });

  it('shows the article from a data file marked textInPage, taking the text from its page', async () => {
    const slug = slugOf(1);
    const html = await renderedPage(slug);
    const files = buildFixtureSite();
    const detail = JSON.parse(files.get(dataPaths.article(slug))!) as ArticleDetail;
    files.set(
      dataPaths.article(slug),
      JSON.stringify({ ...detail, paragraphs: [], captions: [], textInPage: true }),
    );
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(url === `/articles/${slug}/` ? html : 'missing', {
        status: url === `/articles/${slug}/` ? 200 : 404,
      });
    });
    const site = serveSite(files);
    try {
      renderApp(`/articles/${slug}`);
      const body = await screen.findByText(/policy toward Japan/);
      expect(within(body).getByRole('link', { name: 'Akiba' })).toHaveAttribute(
        'href',
        '/people/takeo-akiba',
      );
      const captions = screen.getByRole('region', { name: 'Photo captions' });
      expect(within(captions).getByText(/speaks during the call/)).toBeInTheDocument();
      expect(fetched).toEqual([`/articles/${slug}/`]);
    } finally {
      site.restore();
    }
  });

  it('shows the error page when the article page cannot be fetched', async () => {
    const slug = slugOf(1);
    const files = buildFixtureSite();
    const detail = JSON.parse(files.get(dataPaths.article(slug))!) as ArticleDetail;
    files.set(
      dataPaths.article(slug),
      JSON.stringify({ ...detail, paragraphs: [], captions: [], textInPage: true }),
    );
    vi.stubGlobal('fetch', async () => new Response('', { status: 500 }));
    const site = serveSite(files);
    try {
      renderApp(`/articles/${slug}`);
      expect(await screen.findByRole('button', { name: /try again/i })).toBeInTheDocument();
      expect(screen.queryByText(/policy toward Japan/)).toBeNull();
    } finally {
      site.restore();
    }
  });
});
