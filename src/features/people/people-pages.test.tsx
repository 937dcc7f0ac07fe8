// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setJsonSource } from '../../common/fetch-json.ts';
import { dataPaths } from '../../common/paths.ts';
import type { PersonDetail } from '../../common/site-data.ts';
import { renderApp, serveFixtureSiteEachTest } from '../../../tests/fixtures/site/render-app.tsx';
import { buildFixtureSite, serveSite, slugOf } from '../../../tests/fixtures/site/site-fixture.ts';

const site = serveFixtureSiteEachTest();

// jsdom has no scrollIntoView; the router calls it to open a page at its #hash.
const scrolledTo: Element[] = [];
beforeAll(() => {
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this);
  };
});
afterAll(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

// A cell's text as a screen reader reads it: a date's short form for phones and the dots between facts are aria-hidden.
const readText = (cell: HTMLElement) => {
  const copy = cell.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent;
};

/** The fixture site with Wang Yi taking part with `count` people (Person 0 the most often): the 20 most frequent in
 * their file, everyone in the paged list (100 a page) that "All N people" reads. */
function withCoParticipants(count: number) {
  site().restore();
  const files = buildFixtureSite();
  const wang = JSON.parse(files.get(dataPaths.person('wang-yi'))!) as PersonDetail;
  const everyone = Array.from({ length: count }, (_, i) => ({
    slug: `person-${i}`,
    name: `Person ${i}`,
    country: null,
    count: 200 - i,
  }));
  wang.coParticipants = everyone.slice(0, 20);
  wang.coParticipantCount = count;
  files.set(dataPaths.person('wang-yi'), JSON.stringify(wang));
  const pageCount = Math.ceil(count / 100);
  for (let page = 1; page <= pageCount; page++)
    files.set(
      dataPaths.personCoParticipants('wang-yi', page),
      JSON.stringify({ page, pageCount, people: everyone.slice((page - 1) * 100, page * 100) }),
    );
  return { files, everyone };
}

describe('person page', () => {
  it('shows the name, countries, roles over time, articles and co-participants', async () => {
    renderApp('/people/wang-yi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Wang Yi' })).toBeInTheDocument();
    expect(screen.getByText('China')).toBeInTheDocument();
    // Read aloud, the countries and the count are two things (the "·" between them is hidden from screen readers).
    expect(readText(document.querySelector<HTMLElement>('.person-summary')!)).toMatch(
      /^China,\s+\d+ articles?$/,
    );
    expect(document.title).toBe('Wang Yi — Readout');

    const table = screen.getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => readText(cell)),
      );
    // The bare "Foreign Minister" of an older article says nothing "Chinese Foreign Minister" does not: no row of
    // its own, its date joins that office's row.
    expect(rows).toContainEqual(['Chinese Foreign Minister', '5 March 2024', '26 July 2024']);
    expect(rows.map(([role]) => role)).not.toContain('Foreign Minister');
    // Each date opens the article the role was seen in, and says so: a list of links tells them apart.
    const roleRow = within(table).getByRole('row', { name: /^Chinese Foreign Minister/ });
    const dates = within(roleRow).getAllByRole('link', {
      name: /^(5 March|26 July) 2024, (first|last) article as Chinese Foreign Minister$/,
    });
    expect(dates.map((date) => date.getAttribute('href'))).toEqual([
      `/articles/${slugOf(3)}`,
      `/articles/${slugOf(2)}`,
    ]);

    const articles = screen.getByRole('region', { name: /^Articles/ });
    const titles = within(articles)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    // Newest first, two per page in the fixture.
    expect(titles).toEqual([
      'Wang Yi holds phone talk with Japanese national security official',
      'Wang Yi meets Blinken in Rome',
    ]);
    expect(within(articles).getByText('Page 1 of 2')).toBeInTheDocument();
    // Each row says when, where and with whom; the person whose page this is is not listed as "with".
    // A list of rows, as on the home page and in search results.
    expect(within(articles).getAllByRole('listitem')).toHaveLength(2);
    const first = within(within(articles).getAllByRole('listitem')[0]!).getByRole('article');
    expect(first).toHaveTextContent('22 October 2024');
    expect(within(first).getByRole('link', { name: 'Takeo Akiba' })).toHaveAttribute(
      'href',
      '/people/takeo-akiba',
    );
    expect(within(first).queryByRole('link', { name: 'Wang Yi' })).toBeNull();

    const co = screen.getByRole('region', { name: 'Took part in events with' });
    expect(within(co).getByRole('link', { name: 'Takeo Akiba' })).toHaveAttribute(
      'href',
      '/people/takeo-akiba',
    );
    expect(within(co).getByRole('link', { name: 'Takeo Akiba' }).closest('li')).toHaveTextContent(
      '1 article together',
    );
    // The count opens those articles: a search of both people. Its link names the other person too, so that a
    // screen reader's list of links tells the counts apart.
    const akiba = within(co).getByRole('link', { name: 'Takeo Akiba' }).closest('li')!;
    expect(within(akiba).getByRole('link', { name: '1 article together with Takeo Akiba' })).toHaveAttribute(
      'href',
      '/?person=wang-yi&with=takeo-akiba',
    );
    // On a phone they come after the articles: a link under the name leads there.
    expect(screen.getByRole('link', { name: 'Who they took part in events with' })).toHaveAttribute(
      'href',
      '#co-heading',
    );
    // All of them are shown: no "most frequent of" note.
    expect(within(co).queryByText(/most frequent/)).toBeNull();
  });

  it('writes large counts as a reader would: "6,405 articles", "1,204 articles together"', async () => {
    site().restore();
    const files = buildFixtureSite();
    const wang = JSON.parse(files.get(dataPaths.person('wang-yi'))!) as PersonDetail;
    wang.articleCount = 6405;
    wang.coParticipants[0]!.count = 1204;
    files.set(dataPaths.person('wang-yi'), JSON.stringify(wang));
    const big = serveSite(files);
    renderApp('/people/wang-yi');
    expect(await screen.findByText('6,405 articles')).toBeInTheDocument();
    const co = screen.getByRole('region', { name: 'Took part in events with' });
    expect(within(co).getByText(/1,204 articles together/)).toBeInTheDocument();
    big.restore();
  });

  it('gives the person’s country, and lists apart the others a few articles give, with how many', async () => {
    site().restore();
    const files = buildFixtureSite();
    const wang = JSON.parse(files.get(dataPaths.person('wang-yi'))!) as PersonDetail;
    wang.otherCountries = [
      ['Singapore', 2],
      ['Peru', 1],
    ];
    files.set(dataPaths.person('wang-yi'), JSON.stringify(wang));
    const served = serveSite(files);
    renderApp('/people/wang-yi');
    expect(
      await screen.findByText('Other countries given: Singapore (2 articles), Peru (1 article)'),
    ).toBeInTheDocument();
    expect(readText(document.querySelector<HTMLElement>('.person-summary')!)).toMatch(
      /^China,\s+\d+ articles?$/,
    );
    served.restore();
  });

  it('links the articles naming both, and says how many of them both took part in, when they differ', async () => {
    site().restore();
    const files = buildFixtureSite();
    const wang = JSON.parse(files.get(dataPaths.person('wang-yi'))!) as PersonDetail;
    wang.coParticipants[0] = { ...wang.coParticipants[0]!, count: 3, named: 5 };
    files.set(dataPaths.person('wang-yi'), JSON.stringify(wang));
    const big = serveSite(files);
    renderApp('/people/wang-yi');
    const co = await screen.findByRole('region', { name: 'Took part in events with' });
    const link = within(co).getByRole('link', { name: /^5 articles naming both Wang Yi and / });
    expect(link.closest('li')).toHaveTextContent('5 articles naming both, 3 taking part together');
    expect(link.getAttribute('href')).toMatch(/^\/\?person=wang-yi&with=/);
    big.restore();
  });

  it('says when the co-participants shown are only the most frequent of more', async () => {
    const { files, everyone } = withCoParticipants(120);
    const big = serveSite(files);
    const { user } = renderApp('/people/wang-yi');
    const co = await screen.findByRole('region', { name: 'Took part in events with' });
    expect(within(co).getByText('The 20 most frequent of 120 people.')).toBeInTheDocument();
    // Each a link to the person and one to the articles with them.
    expect(within(co).getAllByRole('link', { name: /^Person/ })).toHaveLength(20);
    // The rest are a click away, a page at a time, fetched only then.
    expect(big.requests.filter((path) => path.includes('/with-'))).toEqual([]);
    await user.click(within(co).getByText('All 120 people, most frequent first'));
    const all = await within(co).findByRole('list', { name: 'Everyone' });
    expect(within(all).getAllByRole('link', { name: /^Person/ })).toHaveLength(100);
    // Read aloud, the name and the count are two things, and no "em dash" between them (the dot is hidden).
    expect(readText(within(all).getAllByRole('listitem')[0]!)).toMatch(/^Person 0,\s+200 articles together$/);
    await user.click(within(co).getByRole('button', { name: 'Next' }));
    expect(await within(co).findByText('2 of 2')).toBeInTheDocument();
    const last = within(within(co).getByRole('list', { name: 'Everyone' })).getAllByRole('link', {
      name: /^Person/,
    });
    expect(last.map((link) => link.textContent)).toEqual(everyone.slice(100).map((p) => p.name));
    expect(last[19]).toHaveAttribute('href', '/people/person-119');
    big.restore();
  });

  it('says "Loading…" in a live region already in the page, empty, before "All N people" is opened', async () => {
    const { files } = withCoParticipants(30);
    // The list's file waits until released, so the box is seen loading.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const restore = setJsonSource(async (path) => {
      if (path === dataPaths.personCoParticipants('wang-yi', 1)) await released;
      return JSON.parse(files.get(path) ?? 'null') as unknown;
    });
    try {
      const { user } = renderApp('/people/wang-yi');
      const co = await screen.findByRole('region', { name: 'Took part in events with' });
      const region = within(co).getByRole('status');
      expect(region).toBeEmptyDOMElement();
      await user.click(within(co).getByText('All 30 people, most frequent first'));
      await waitFor(() => expect(region).toHaveTextContent('Loading…'));
      expect(within(co).getAllByRole('status')).toEqual([region]);
      release();
      expect(await within(co).findByRole('list', { name: 'Everyone' })).toBeInTheDocument();
      expect(region).toBeEmptyDOMElement();
    } finally {
      restore();
    }
  });

  it('says in each row how the person appears: took part, in what role, or only mentioned', async () => {
    // The row of the Rome meeting in the list of the person whose page is open.
    const romeRow = async () =>
      within(await screen.findByRole('region', { name: /^Articles/ }))
        .getByRole('heading', { level: 3, name: 'Wang Yi meets Blinken in Rome' })
        .closest('article')!;
    renderApp('/people/antonio-guterres');
    const rome = await romeRow();
    // Only mentioned: the participants are named as such, not as people he was "With".
    expect(rome).toHaveTextContent('Mentioned as UN Secretary-General; taking part: Wang Yi, Antony Blinken');
    expect(rome).not.toHaveTextContent(/With/);
    expect(within(rome).getByRole('link', { name: 'Antony Blinken' })).toHaveAttribute(
      'href',
      '/people/antony-blinken',
    );
    cleanup();
    renderApp('/people/wang-yi');
    const withBlinken = await romeRow();
    expect(withBlinken).toHaveTextContent('With Antony Blinken');
    expect(withBlinken).toHaveTextContent('Took part as Chinese Foreign Minister');
  });

  it('leads from a person to their articles in search, where year and country narrow them', async () => {
    const { user, router } = renderApp('/people/wang-yi');
    const articles = await screen.findByRole('region', { name: /^Articles/ });
    await user.click(within(articles).getByRole('link', { name: /narrow them by year and country/ }));
    expect(router.state.location.pathname + router.state.location.search).toBe('/?person=wang-yi');
    // All three of his articles (the count his page gives), with the facets an analyst narrows them by.
    // (The results re-render as their facet counts arrive: a retried query, not a node held across renders.)
    await waitFor(() => expect(screen.getByText('3 articles naming Wang Yi')).toBeInTheDocument());
    expect(await screen.findByRole('region', { name: 'Years' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Countries' })).toBeInTheDocument();
  });

  it('pages through the person’s articles with ?page=', async () => {
    const { user } = renderApp('/people/wang-yi');
    const articles = await screen.findByRole('region', { name: /^Articles/ });
    await user.click(within(articles).getByRole('link', { name: /Next/ }));
    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Lavrov and Wang Yi discuss Ukraine crisis' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Wang Yi meets Blinken in Rome' })).toBeNull();
  });

  it('lists the person’s articles oldest first when asked, in full pages, and keeps the order when paging', async () => {
    const { user } = renderApp('/people/wang-yi');
    const articles = await screen.findByRole('region', { name: /^Articles/ });
    const order = within(articles).getByRole('navigation', { name: 'Order of the articles' });
    expect(within(order).getByRole('link', { name: 'Newest first' })).toHaveAttribute('aria-current', 'true');
    await user.click(within(order).getByRole('link', { name: 'Oldest first' }));
    const titles = () =>
      within(screen.getByRole('region', { name: /^Articles/ }))
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    // The oldest two of three, though the newest-first files hold them on two pages.
    await waitFor(() =>
      expect(titles()).toEqual([
        'Lavrov and Wang Yi discuss Ukraine crisis',
        'Wang Yi meets Blinken in Rome',
      ]),
    );
    // Searching within them keeps the order.
    expect(screen.getByRole('link', { name: /^Search these articles/ })).toHaveAttribute(
      'href',
      '/?person=wang-yi&order=oldest',
    );
    const next = screen.getByRole('link', { name: /Next/ });
    expect(next).toHaveAttribute('href', '/people/wang-yi?order=oldest&page=2#articles');
    await user.click(next);
    await waitFor(() =>
      expect(titles()).toEqual(['Wang Yi holds phone talk with Japanese national security official']),
    );
    expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
  });

  it('reads only the files an oldest-first page shows, and says the order in the title', async () => {
    renderApp('/people/wang-yi?order=oldest&page=2');
    const articles = await screen.findByRole('region', { name: /^Articles/ });
    expect(
      within(articles).getByRole('heading', {
        level: 3,
        name: 'Wang Yi holds phone talk with Japanese national security official',
      }),
    ).toBeInTheDocument();
    // Oldest-first page 2 is the newest row: newest-first file 1 only, not file 2 (the same number, other order).
    expect(site().requests.filter((path) => path.startsWith('data/people/wang-yi/'))).toEqual([
      dataPaths.personArticles('wang-yi', 1),
    ]);
    expect(document.title).toBe('Wang Yi, articles oldest first, page 2 — Readout');
  });

  it('opens the next page of articles at the list, not at the top of the page, with the focus there', async () => {
    const { user, router } = renderApp('/people/wang-yi');
    const articles = await screen.findByRole('region', { name: /^Articles/ });
    // The link itself names the place in the page, so the router (or the browser) opens the page there.
    const next = within(articles).getByRole('link', { name: /Next/ });
    expect(next).toHaveAttribute('href', '/people/wang-yi?page=2#articles');
    await user.click(next);
    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(router.state.location.hash).toBe('#articles');
    const heading = screen.getByRole('heading', { level: 2, name: /^Articles/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scrolledTo).toContain(heading);
    // The focused heading says which page opened (a screen reader heard "Articles" on every page); its " · ", and a
    // screen reader's comma, are the stylesheet's.
    expect(within(heading).getByText('page 2')).toBeInTheDocument();
  });
});

describe('people index', () => {
  it('lists people with article counts, paged', async () => {
    const { user } = renderApp('/people');
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    // The counts are of the articles naming them, mentioned or taking part: not "articles about" them.
    expect(
      screen.getByText(/named in the archive, with the number of articles naming each, most first\.$/),
    ).toBeInTheDocument();
    // Heard with commas, not "middle dot" (the dots are hidden from screen readers).
    expect(readText(screen.getByRole('link', { name: 'Wang Yi' }).closest('li')!)?.replace(/\s+/g, ' ')).toBe(
      'Wang Yi, Chinese Foreign Minister, China, 3 articles',
    );
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Next/ }));
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Takeo Akiba' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Wang Yi' })).toBeNull();
  });

  it('filters by name and country from the URL, across index pages', async () => {
    renderApp('/people?name=lavrov');
    expect(await screen.findByRole('heading', { level: 2, name: '1 person matches' })).toBeInTheDocument();
    // Sergey Lavrov is on the last index page: the filter reads beyond the first.
    expect(screen.getByRole('link', { name: 'Sergey Lavrov' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('lavrov');
  });

  it('filters by country with the select and keeps it in the URL', async () => {
    const { user, router } = renderApp('/people');
    await screen.findByRole('heading', { level: 1, name: 'People' });
    await user.selectOptions(screen.getByLabelText('Country'), 'Japan');
    expect(await screen.findByRole('heading', { level: 2, name: '1 person matches' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Takeo Akiba' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Wang Yi' })).toBeNull();
    expect(router.state.location.search).toBe('?country=Japan');
  });

  it('filters as the reader types a name, ignoring accents', async () => {
    const { user, router } = renderApp('/people');
    await screen.findByRole('heading', { level: 1, name: 'People' });
    await user.type(screen.getByLabelText('Name'), 'antonio');
    expect(await screen.findByRole('heading', { level: 2, name: '1 person matches' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'António Guterres' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?name=antonio');
    expect(screen.getByLabelText('Name')).toHaveFocus();
  });

  it('says plainly when nobody matches, what was asked, and offers a way back to everyone', async () => {
    const { user, router } = renderApp('/people?name=nobody&country=China');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No people named “nobody” in China' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'show everyone' }));
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Name')).toHaveValue('');
    expect(screen.getByLabelText('Country')).toHaveValue('');
  });
});
