// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, setJsonSource } from '../../common/fetch-json.ts';
import { dataPaths } from '../../common/paths.ts';
import type { ArticleDetail } from '../../common/site-data.ts';
import { renderApp } from '../../../tests/fixtures/site/render-app.tsx';
import { articles, buildFixtureSite, serveSite, slugOf } from '../../../tests/fixtures/site/site-fixture.ts';
import { ARTICLE_FIELDS_IN_PAGE, ARTICLE_PERSON_FIELDS_IN_PAGE } from '../../common/html-document.ts';
import { readArticlePage } from './article-text.ts';

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

/** The data file as a full prerender leaves it: without what the page shows. */
const inPageOnly = (detail: ArticleDetail) => {
  const lean: Partial<ArticleDetail> = { ...detail, textInPage: true };
  for (const field of ARTICLE_FIELDS_IN_PAGE) delete lean[field];
  lean.people = detail.people.map((person) => {
    const kept: Partial<ArticleDetail['people'][number]> = { ...person };
    for (const field of ARTICLE_PERSON_FIELDS_IN_PAGE) delete kept[field];
    return kept as ArticleDetail['people'][number];
  });
  return lean;
};

describe('article text kept only in the prerendered page', () => {
  it('reads back exactly the text, captions, people, organizations, places and neighbours the page was rendered from', async () => {
    const files = buildFixtureSite();
    for (const n of [1, 2, 5]) {
      const detail = JSON.parse(files.get(dataPaths.article(slugOf(n)))!) as ArticleDetail;
      const html = await renderedPage(slugOf(n));
      // The sidebar lists participants, then the people only mentioned; aliases are not shown.
      const people = [true, false].flatMap((participant) =>
        detail.people
          .filter((person) => person.participant === participant)
          .map(({ aliases: _aliases, ...person }) => person),
      );
      expect(people.length).toBeGreaterThan(0);
      expect(readArticlePage(html)).toEqual({
        people,
        paragraphs: detail.paragraphs,
        captions: detail.captions,
        organizations: detail.organizations,
        places: detail.places,
        prev: detail.prev,
        next: detail.next,
      });
    }
    expect(articles[0]!.captions.length).toBeGreaterThan(0);
    expect(articles[1]!.places).toEqual(['Rome']);
  });

  it('shows the article from a data file marked textInPage, taking the text from its page', async () => {
    const slug = slugOf(1);
    const html = await renderedPage(slug);
    const files = buildFixtureSite();
    const detail = JSON.parse(files.get(dataPaths.article(slug))!) as ArticleDetail;
    files.set(dataPaths.article(slug), JSON.stringify(inPageOnly(detail)));
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
      expect(await screen.findByText(/policy toward Japan/)).toBeInTheDocument();
      const lede = screen.getByText(/held a phone call on Monday/);
      expect(within(lede).getByRole('link', { name: 'Takeo Akiba' })).toHaveAttribute(
        'href',
        '/people/takeo-akiba',
      );
      const captions = screen.getByRole('region', { name: 'Photo captions' });
      expect(within(captions).getByText(/speaks during the call/)).toBeInTheDocument();
      const aside = screen.getByRole('complementary', { name: 'People in this article' });
      expect(within(aside).getByText('National Security Secretariat')).toBeInTheDocument();
      const akiba = within(aside).getByRole('link', { name: 'Takeo Akiba' }).closest('li')!;
      expect(akiba).toHaveTextContent(detail.people.find((p) => p.slug === 'takeo-akiba')!.roles[0]!);
      expect(within(aside).getByText('Places').nextElementSibling).toHaveTextContent('ChinaJapan');
      const nav = screen.getByRole('navigation', { name: 'Newer and older articles' });
      expect(
        within(nav).getByRole('link', { name: /Older article.*Wang Yi meets Blinken in Rome/ }),
      ).toHaveAttribute('href', `/articles/${slugOf(2)}`);
      expect(fetched).toEqual([`/articles/${slug}/`]);
    } finally {
      site.restore();
    }
  });

  it('fetches the next article’s page along with its data file, not after it (no waterfall)', async () => {
    const [first, second] = [slugOf(1), slugOf(2)];
    const pages = new Map([
      [`/articles/${first}/`, await renderedPage(first)],
      [`/articles/${second}/`, await renderedPage(second)],
    ]);
    const files = buildFixtureSite();
    for (const slug of [first, second]) {
      const detail = JSON.parse(files.get(dataPaths.article(slug))!) as ArticleDetail;
      files.set(dataPaths.article(slug), JSON.stringify(inPageOnly(detail)));
    }
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const html = pages.get(url);
      return new Response(html ?? 'missing', { status: html ? 200 : 404 });
    });
    // The second article's data file is held back: its page must be on its way already.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const restore = setJsonSource(async (path) => {
      if (path === dataPaths.article(second)) await held;
      const text = files.get(path);
      if (text === undefined) throw new DataLoadError(path, 404);
      return JSON.parse(text) as unknown;
    });
    try {
      const { user } = renderApp(`/articles/${first}`);
      expect(await screen.findByText(/policy toward Japan/)).toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: /Older article/ }));
      await waitFor(() => expect(fetched).toContain(`/articles/${second}/`));
      release();
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Wang Yi meets Blinken in Rome' }),
      ).toBeInTheDocument();
      expect(fetched).toEqual([`/articles/${first}/`, `/articles/${second}/`]);
    } finally {
      release();
      restore();
    }
  });

  it('shows the error page when the article page cannot be fetched', async () => {
    const slug = slugOf(1);
    const files = buildFixtureSite();
    const detail = JSON.parse(files.get(dataPaths.article(slug))!) as ArticleDetail;
    files.set(dataPaths.article(slug), JSON.stringify(inPageOnly(detail)));
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
