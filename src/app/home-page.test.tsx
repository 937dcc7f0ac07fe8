// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, serveFixtureSiteEachTest } from '../../tests/fixtures/site/render-app.tsx';

serveFixtureSiteEachTest();

const rowTitles = () =>
  within(screen.getByRole('region', { name: /Newest articles/ }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('home page', () => {
  it('lists the newest articles first with date, place, participants and excerpt', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
    expect(rowTitles()).toEqual([
      'Wang Yi holds phone talk with Japanese national security official',
      'Wang Yi meets Blinken in Rome',
    ]);
    const first = screen.getAllByRole('article')[0]!;
    expect(within(first).getByText('22 October 2024')).toBeInTheDocument();
    expect(within(first).getByText('Beijing')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Takeo Akiba' })).toHaveAttribute(
      'href',
      '/people/takeo-akiba',
    );
    expect(within(first).getByText(/held a phone call on Monday/)).toBeInTheDocument();
    expect(document.title).toBe('Readout');
  });

  it('pages with Previous/Next and says which page it is', async () => {
    const { user, router } = renderApp('/');
    const pages = await screen.findByRole('navigation', { name: 'Article pages' });
    expect(within(pages).getByText('Page 1 of 3')).toBeInTheDocument();
    expect(within(pages).queryByRole('link', { name: /Previous/ })).toBeNull();
    await user.click(within(pages).getByRole('link', { name: /Next/ }));
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    expect(rowTitles()).toEqual([
      'Lavrov and Wang Yi discuss Ukraine crisis',
      'Foreign ministers gather for the annual meeting',
    ]);
    // Focus moves in an effect after the page commits (a loaded machine may run it a little later).
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    await user.click(screen.getByRole('link', { name: /Previous/ }));
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('says "newest first" over the list, not over search results (they are ranked)', async () => {
    renderApp('/');
    const intro = () => screen.getByText(/wire articles naming/);
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
    expect(intro()).toHaveTextContent(/newest first\.$/);
    cleanup();
    renderApp('/?q=wang');
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
    expect(intro()).not.toHaveTextContent(/newest first/);
    expect(intro()).toHaveTextContent(/people\.$/);
  });

  it('opens a deep-linked list page', async () => {
    renderApp('/?page=3');
    expect(await screen.findByText('Page 3 of 3')).toBeInTheDocument();
    expect(rowTitles()).toEqual(['Blinken visits Tokyo']);
    expect(document.title).toBe('Articles, page 3 — Readout');
  });

  it('shows facets over the archive that narrow the list through the URL', async () => {
    const { user, router } = renderApp('/');
    const facets = await screen.findByRole('complementary', { name: 'Narrow the list' });
    const countries = within(facets).getByRole('region', { name: 'Countries' });
    await user.click(within(countries).getByRole('link', { name: /Japan\s*\(2\)/ }));
    expect(await screen.findByText('2 articles')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?country=Japan');
    expect(screen.queryByRole('region', { name: /Newest articles/ })).toBeNull();
  });

  it('keeps the focus in the page when a chosen facet replaces the list (not lost to <body>)', async () => {
    const { user } = renderApp('/');
    const facets = await screen.findByRole('complementary', { name: 'Narrow the list' });
    const japan = within(within(facets).getByRole('region', { name: 'Countries' })).getByRole('link', {
      name: /Japan\s*\(2\)/,
    });
    japan.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('2 articles')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('shows search results instead of the list when the URL has a query', async () => {
    renderApp('/?q=blinken');
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('blinken');
    expect(await screen.findByText('2 articles match “blinken”')).toBeInTheDocument();
    const hits = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(hits).toEqual(expect.arrayContaining(['Wang Yi meets Blinken in Rome', 'Blinken visits Tokyo']));
    expect(screen.queryByRole('navigation', { name: 'Article pages' })).toBeNull();
    expect(document.title).toBe('Search: blinken — Readout');
  });

  it('goes back to the newest-first list when the search box is cleared', async () => {
    const { user } = renderApp('/?q=blinken');
    await screen.findByText('2 articles match “blinken”');
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), '{Escape}');
    expect(await screen.findByRole('region', { name: /Newest articles/ })).toBeInTheDocument();
  });
});

describe('home page focus', () => {
  it('keeps focus in the search box while typing, even from a later list page', async () => {
    const { user, router } = renderApp('/?page=2');
    const box = await screen.findByRole('searchbox', { name: 'Search articles' });
    await user.type(box, 'tokyo');
    expect(await screen.findByText('1 article matches “tokyo”')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=tokyo');
    expect(box).toHaveFocus();
  });
});
