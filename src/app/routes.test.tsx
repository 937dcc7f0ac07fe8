// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataLoadError, setJsonSource } from '../common/fetch-json.ts';
import { dataPaths } from '../common/paths.ts';
import { renderApp, serveFixtureSiteEachTest } from '../../tests/fixtures/site/render-app.tsx';
import { buildSiteData } from '../site/build-site-data.ts';
import { articles, buildFixtureSite, serveSite, slugOf } from '../../tests/fixtures/site/site-fixture.ts';

const site = serveFixtureSiteEachTest();

describe('the site frame', () => {
  it('has landmarks, a skip link to main, navigation and the page title', async () => {
    renderApp('/people');
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Articles' })).not.toHaveAttribute('aria-current');
    expect(document.title).toBe('People — Readout');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/5 people/);
  });

  it('marks People in the navigation at the address a static host serves, /people/, and on a person’s page', async () => {
    renderApp('/people/?name=wang');
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    cleanup();
    renderApp('/people/wang-yi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Wang Yi' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'People' }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('moves focus to main after a client-side navigation', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Articles' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'People' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'People' });
    // The focus moves in an effect after the new page commits, which a loaded machine may run a little later.
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('puts the focus on an article’s people when a link leads there (a list row’s “and 4 more”)', async () => {
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Articles' });
    await router.navigate(`/articles/${slugOf(1)}#people`);
    await screen.findByRole('heading', { level: 1, name: articles[0]!.title });
    await waitFor(() =>
      expect(screen.getByRole('complementary', { name: 'People in this article' })).toHaveFocus(),
    );
  });

  it('puts the focus back on the link followed when the reader goes Back, even among links alike', async () => {
    const { user, router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Articles' });
    // Wang Yi is linked from several rows: the second row's link is the one followed.
    const wangLinks = () => screen.getAllByRole('link', { name: 'Wang Yi' });
    expect(wangLinks().length).toBeGreaterThan(1);
    wangLinks()[1]!.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Wang Yi' });
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    await router.navigate(-1);
    await screen.findByRole('heading', { level: 1, name: 'Articles' });
    await waitFor(() => expect(wangLinks()[1]).toHaveFocus());

    // Forward and Back again, as a reader rocking between the two pages.
    await router.navigate(1);
    await screen.findByRole('heading', { level: 1, name: 'Wang Yi' });
    await router.navigate(-1);
    await screen.findByRole('heading', { level: 1, name: 'Articles' });
    await waitFor(() => expect(wangLinks()[1]).toHaveFocus());
  });

  it('puts the focus back on the Next link followed on a page opened at its folder’s address (/people/wang-yi/)', async () => {
    const { user, router } = renderApp('/people/wang-yi/');
    await screen.findByRole('heading', { level: 1, name: 'Wang Yi' });
    const next = () => screen.getByRole('link', { name: /^Next/ });
    // As prerendered for /people/wang-yi: the relative link lacks the address's slash until React writes it again
    // (on Back, for page 2 of the link).
    next().setAttribute('href', next().getAttribute('href')!.replace('/?', '?'));
    next().focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 2, name: /page 2/ });
    await router.navigate(-1);
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: /page 2/ })).toBeNull());
    await waitFor(() => expect(next()).toHaveFocus());
  });

  it('marks the old page busy, with a bar, while the next page’s data is on its way', async () => {
    const files = buildFixtureSite();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const restore = setJsonSource(async (path) => {
      if (path === dataPaths.person('wang-yi')) await gate;
      const text = files.get(path);
      if (text === undefined) throw new DataLoadError(path, 404);
      return JSON.parse(text) as unknown;
    });
    try {
      const { user } = renderApp('/');
      await screen.findByRole('heading', { level: 1, name: 'Articles' });
      expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy');
      expect(document.querySelector('.page-loading')).toBeNull();
      await user.click(screen.getAllByRole('link', { name: 'Wang Yi' })[0]!);
      await waitFor(() => expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true'));
      expect(document.querySelector('.page-loading')).not.toBeNull();
      // The old page stays on screen meanwhile.
      expect(screen.getByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
      release();
      await screen.findByRole('heading', { level: 1, name: 'Wang Yi' });
      expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy');
      expect(document.querySelector('.page-loading')).toBeNull();
    } finally {
      release();
      restore();
    }
  });
});

describe('titles and descriptions', () => {
  const description = () => document.querySelector('meta[name="description"]')?.getAttribute('content');

  it('counts in words a reader would write: one article, not "1 articles"', async () => {
    site().restore();
    const one = serveSite(
      buildSiteData(
        { articles: [articles[0]!], people: [], warnings: [] },
        { pageSize: 2, peoplePageSize: 2 },
      ),
    );
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Articles' });
    expect(description()).toMatch(/^A reader for 1 news wire article and the 0 people in them/);
    one.restore();
  });

  it('names a later page of a person’s articles and a filtered people list in the title', async () => {
    renderApp('/people/wang-yi?page=2');
    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(document.title).toBe('Wang Yi, articles page 2 — Readout');
    cleanup();
    renderApp('/people?name=lavrov&country=Russia');
    expect(await screen.findByRole('heading', { level: 2, name: '1 person matches' })).toBeInTheDocument();
    expect(document.title).toBe('People: lavrov, Russia — Readout');
    expect(description()).toBe(
      'The 5 people named in 5 news wire articles, with their countries and article counts.',
    );
  });
});

describe('search titles', () => {
  it('name the people, filters and order a search asks for, so a bookmark or a tab says which it is', async () => {
    renderApp('/?person=wang-yi&with=takeo-akiba&order=oldest');
    await waitFor(() =>
      expect(document.title).toBe('Articles naming both Wang Yi and Takeo Akiba, oldest first — Readout'),
    );
    cleanup();
    renderApp('/?q=talks&country=China&year=2024&order=newest');
    await waitFor(() => expect(document.title).toBe('Search: talks, China, 2024, newest first — Readout'));
    cleanup();
    // A month is said as a reader says it, in place of its year.
    renderApp('/?q=talks&month=2024-10');
    await waitFor(() => expect(document.title).toBe('Search: talks, October 2024 — Readout'));
    cleanup();
    // An unknown person (a mistyped link) is named as the URL has it, and the search still runs.
    renderApp('/?person=nobody&page=2');
    await waitFor(() => expect(document.title).toBe('Articles naming nobody, page 2 — Readout'));
  });
});

describe('not found', () => {
  it('shows the reader’s not-found page with a way home for an unknown path', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the newest articles' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Page not found — Readout');
  });

  it('shows the not-found page for an unknown article slug, inside the site frame', async () => {
    renderApp('/articles/no-such-article');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown person slug and a list page past the end', async () => {
    renderApp('/people/nobody');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    cleanup();
    renderApp('/?page=99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows the not-found page for a person’s page past the end in either order, not the last page', async () => {
    for (const order of ['', 'order=oldest&']) {
      renderApp(`/people/wang-yi?${order}page=99`);
      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
      expect(document.title).toBe('Page not found — Readout');
      cleanup();
    }
  });
});

describe('a file that fails to load', () => {
  it('says what failed and recovers with "Try again"', async () => {
    site().failOnce(dataPaths.article(slugOf(2)));
    const { user } = renderApp(`/articles/${slugOf(2)}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Could not load this article' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/HTTP 500/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wang Yi meets Blinken in Rome' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    // The button went away with the error: the focus goes to the page, not to <body>.
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('recovers the home list the same way', async () => {
    site().failOnce(dataPaths.listPage(1));
    const { user } = renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Could not load the article list' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/data\/list\/1\.json/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Wang Yi meets Blinken in Rome' }),
    ).toBeInTheDocument();
  });
});
