// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataPaths } from '../common/paths.ts';
import { renderApp, serveFixtureSiteEachTest } from '../../tests/fixtures/site/render-app.tsx';
import { slugOf } from '../../tests/fixtures/site/site-fixture.ts';

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
