// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setJsonSource } from '../common/fetch-json.ts';
import { dataPaths } from '../common/paths.ts';
import type { Manifest } from '../common/site-data.ts';
import { renderApp, serveFixtureSiteEachTest } from '../../tests/fixtures/site/render-app.tsx';
import { buildFixtureSite, serveSite } from '../../tests/fixtures/site/site-fixture.ts';

const site = serveFixtureSiteEachTest();

/** The fixture site as a large archive's looks: its person facet lists only the two people in most articles. */
function serveWithShortPersonFacet() {
  site().restore();
  const files = buildFixtureSite();
  const manifest = JSON.parse(files.get(dataPaths.manifest())!) as Manifest;
  manifest.facets.people = manifest.facets.people.slice(0, 2);
  files.set(dataPaths.manifest(), JSON.stringify(manifest));
  return { served: serveSite(files), manifest };
}

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
    // A list, as search results are: a screen reader says "list, 2 items" and moves from row to row.
    const rows = within(screen.getByRole('region', { name: /Newest articles/ })).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!).getByRole('article');
    expect(within(first).getByText('22 October 2024')).toBeInTheDocument();
    expect(within(first).getByText('Beijing')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Takeo Akiba' })).toHaveAttribute(
      'href',
      '/people/takeo-akiba',
    );
    expect(within(first).getByText(/held a phone call on Monday/)).toBeInTheDocument();
    expect(document.title).toBe('Readout');
  });

  it('jumps to the page typed in "Go to page" (thousands of pages in a large archive)', async () => {
    const { user, router } = renderApp('/');
    const pages = await screen.findByRole('navigation', { name: 'Article pages' });
    const box = within(pages).getByRole('spinbutton', { name: 'Go to page' });
    await user.clear(box);
    await user.type(box, '3{Enter}');
    expect(await screen.findByText('Page 3 of 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=3');
    // A number past the end goes to the last page, not to an error.
    await user.clear(screen.getByRole('spinbutton', { name: 'Go to page' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Go to page' }), '99');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=3'));
  });

  it('pages with Previous/Next and says which page it is', async () => {
    const { user, router } = renderApp('/');
    const pages = await screen.findByRole('navigation', { name: 'Article pages' });
    expect(within(pages).getByText('Page 1 of 3')).toBeInTheDocument();
    expect(within(pages).queryByRole('link', { name: /Previous/ })).toBeNull();
    await user.click(within(pages).getByRole('link', { name: /Next/ }));
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    // The list's heading says the page too (its " · ", and a screen reader's comma, are the stylesheet's).
    const heading = screen.getByRole('heading', { level: 2, name: /^Newest articles/ });
    expect(within(heading).getByText('page 2')).toBeInTheDocument();
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
    expect(await screen.findByText('2 articles involving Japan')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?country=Japan');
    expect(screen.queryByRole('region', { name: /Newest articles/ })).toBeNull();
  });

  it('offers every person beyond the person facet’s few, found by name, as a way to narrow the list', async () => {
    const { served, manifest } = serveWithShortPersonFacet();
    const { user, router } = renderApp('/');
    const facets = await screen.findByRole('complementary', { name: 'Narrow the list' });
    const people = within(facets).getByRole('region', { name: 'People' });
    const listed = within(people)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(listed).toHaveLength(3); // the two, and the people index for a browser without JavaScript
    expect(within(people).getByRole('link', { name: 'Browse everyone' })).toHaveAttribute('href', '/people');
    await user.click(within(people).getByText(`All ${manifest.personCount} people`));
    const box = await within(people).findByRole('searchbox', { name: 'Find a person' });
    // Opened, it lists everyone (the people index, most articles first), then what the name finds.
    expect(await within(people).findByText('Everyone, most articles first.')).toBeInTheDocument();
    const firstPage = within(within(people).getByRole('list', { name: 'People' })).getAllByRole('link');
    for (const link of firstPage) expect(link.getAttribute('href')).toMatch(/^\/\?person=[a-z-]+$/);
    // A page at a time (the fixture's people index has two people a page).
    const pageCount = manifest.peoplePageCount;
    expect(within(people).getByText(`1 of ${pageCount}`)).toBeInTheDocument();
    await user.click(within(people).getByRole('button', { name: 'Next' }));
    expect(await within(people).findByText(`2 of ${pageCount}`)).toBeInTheDocument();
    await user.type(box, 'akiba');
    expect(await within(people).findByText('1 person matches.')).toBeInTheDocument();
    const akiba = within(within(people).getByRole('list', { name: 'People' })).getByRole('link');
    expect(akiba).toHaveTextContent('Takeo Akiba (2)');
    await user.click(akiba);
    await waitFor(() => expect(router.state.location.search).toBe('?person=takeo-akiba'));
    // The count it gave is what choosing them gives.
    expect(await screen.findByText('2 articles naming Takeo Akiba')).toBeInTheDocument();
    served.restore();
  });

  it('writes the picker’s status into a live region already in the page, empty, so it is announced', async () => {
    const { served, manifest } = serveWithShortPersonFacet();
    const { user } = renderApp('/');
    const people = await screen.findByRole('region', { name: 'People' });
    const region = within(people).getByRole('status');
    expect(region).toBeEmptyDOMElement();
    await user.click(within(people).getByText(`All ${manifest.personCount} people`));
    // The same element all along: inserted with its text, a region is not always announced.
    expect(await within(people).findByText('Everyone, most articles first.')).toBe(region);
    await user.type(within(people).getByRole('searchbox', { name: 'Find a person' }), 'akiba');
    expect(await within(people).findByText('1 person matches.')).toBe(region);
    served.restore();
  });

  it('says when everyone could not be loaded, and tries again', async () => {
    const { served } = serveWithShortPersonFacet();
    served.failOnce('data/people-index/1.json');
    const { user } = renderApp('/');
    const people = await screen.findByRole('region', { name: 'People' });
    await user.click(within(people).getByText(/^All \d+ people$/));
    expect(await within(people).findByText(/The people could not be loaded/)).toBeInTheDocument();
    await user.click(within(people).getByRole('button', { name: 'Try again' }));
    expect(await within(people).findByText('Everyone, most articles first.')).toBeInTheDocument();
    served.restore();
  });

  it('keeps the focus in the page when a chosen facet replaces the list (not lost to <body>)', async () => {
    const { user } = renderApp('/');
    const facets = await screen.findByRole('complementary', { name: 'Narrow the list' });
    const japan = within(within(facets).getByRole('region', { name: 'Countries' })).getByRole('link', {
      name: /Japan\s*\(2\)/,
    });
    japan.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('2 articles involving Japan')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('puts the focus on "All N people" on Back from the person chosen there (the box comes back closed)', async () => {
    const { served, manifest } = serveWithShortPersonFacet();
    const { user, router } = renderApp('/');
    const people = await screen.findByRole('region', { name: 'People' });
    const toggle = within(people).getByText(`All ${manifest.personCount} people`);
    await user.click(toggle);
    await user.type(await within(people).findByRole('searchbox', { name: 'Find a person' }), 'akiba');
    expect(await within(people).findByText('1 person matches.')).toBeInTheDocument();
    within(within(people).getByRole('list', { name: 'People' }))
      .getByRole('link')
      .focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('2 articles naming Takeo Akiba')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    await router.navigate(-1);
    expect(await screen.findByRole('region', { name: /Newest articles/ })).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'People' })).getByText(toggle.textContent!),
      ).toHaveFocus(),
    );
    served.restore();
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

  it('writes the first search’s count into a live region already in the page, empty, so it is announced', async () => {
    const { user } = renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Search articles' });
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    await user.type(box, 'tokyo');
    expect(await screen.findByText('1 article matches “tokyo”')).toBe(region);
  });

  it('says "Searching…" in the live region already in the page, then the count there', async () => {
    // The search index's files wait until released, so the search is seen in progress.
    site().restore();
    const files = buildFixtureSite();
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const restore = setJsonSource(async (path) => {
      if (path.startsWith('data/search/')) await released;
      return JSON.parse(files.get(path) ?? 'null') as unknown;
    });
    try {
      const { user } = renderApp('/');
      const box = await screen.findByRole('searchbox', { name: 'Search articles' });
      const region = screen.getByRole('status');
      await user.type(box, 'tokyo');
      await waitFor(() => expect(region).toHaveTextContent('Searching…'));
      expect(screen.getAllByRole('status')).toEqual([region]);
      release();
      await waitFor(() => expect(region).toHaveTextContent('1 article matches “tokyo”'));
    } finally {
      restore();
    }
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
    // The URL takes the query after the debounce, and the results come once their files are read: each is waited for
    // on its own (a busy machine can take seconds over either), and a failure says which of them never came.
    await waitFor(() => expect(router.state.location.search).toBe('?q=tokyo'));
    expect(await screen.findByText('1 article matches “tokyo”')).toBeInTheDocument();
    expect(box).toHaveFocus();
  }, 60_000);
});
