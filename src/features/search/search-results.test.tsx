// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { testDataset } from '../../site/test-dataset.ts';
import { crowdedYearDataset, newestPageDataset } from './newest-page-dataset.ts';
import { namedPeopleDataset } from './named-people-dataset.ts';
import { renderSearch } from './search-test-harness.tsx';

let restore: (() => void) | undefined;
afterEach(() => {
  cleanup();
  restore?.();
});
const setup = (url: string, dataset = testDataset(), site?: Parameters<typeof renderSearch>[2]) => {
  const result = renderSearch(url, dataset, site);
  restore = result.restore;
  return result;
};

/** The test dataset and a third article naming Wang Yi and Antony Blinken, Blinken only mentioned. */
function withBlinkenMentioned() {
  const dataset = testDataset();
  const [first] = dataset.articles;
  dataset.articles.push({
    ...first!,
    id: 'b1',
    slug: '2024-05-01-wang-yi-speaks-of-blinken',
    file: 'b1.txt',
    date: '2024-05-01',
    title: 'Wang Yi speaks of Blinken',
    people: [first!.people[0]!, { ...first!.people[1]!, participant: false }],
  });
  return dataset;
}

describe('SearchResults', () => {
  it('shows ranked results with a count, highlighted snippet words and links that carry the words', async () => {
    setup('/?q=wang+blinken');
    expect(await screen.findByText('2 articles match “wang blinken”')).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Matching articles' });
    const links = within(results).getAllByRole('link', { name: /Blinken/ });
    expect(links.map((l) => l.textContent)).toEqual(
      expect.arrayContaining(['Wang Yi meets Blinken in Beijing', 'Blinken ends Beijing visit']),
    );
    const titleLink = within(results).getByRole('link', { name: 'Wang Yi meets Blinken in Beijing' });
    expect(titleLink.getAttribute('href')).toMatch(
      /^\/articles\/2023-06-18-wang-yi-meets-blinken-in-beijing\?hl=/,
    );
    const marks = results.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(expect.arrayContaining(['Wang', 'Blinken']));
    // The title shows the words too, and the link still reads as the plain title.
    expect([...titleLink.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Wang', 'Blinken']);
  });

  it('orders results by relevance, newest or oldest first, kept in the URL and through a facet', async () => {
    const user = userEvent.setup();
    setup('/?q=kissinger');
    await screen.findByText('2 articles match “kissinger”');
    const rows = () =>
      within(screen.getByRole('list', { name: 'Matching articles' }))
        .getAllByRole('heading')
        .map((h) => h.textContent);
    const order = screen.getByRole('navigation', { name: 'Order of the results' });
    expect(within(order).getByRole('link', { name: 'Relevance' })).toHaveAttribute('aria-current', 'true');
    expect(rows()).toEqual(['Xi Jinping meets Henry Kissinger', 'Climate summit opens']);
    await user.click(within(order).getByRole('link', { name: 'Oldest first' }));
    await waitFor(() => expect(rows()).toEqual(['Climate summit opens', 'Xi Jinping meets Henry Kissinger']));
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=kissinger&order=oldest');
    // Narrowing keeps the chosen order.
    await user.click(
      within(screen.getByRole('region', { name: 'Years' })).getByRole('link', { name: /2021/ }),
    );
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=kissinger&year=2021&order=oldest');
  });

  it('shows the articles naming two people, and leads back to all of the first one’s', async () => {
    const user = userEvent.setup();
    const { router } = setup('/?person=wang-yi&with=antony-blinken');
    expect(await screen.findByText('2 articles naming both Wang Yi and Antony Blinken')).toHaveAttribute(
      'role',
      'status',
    );
    // Said once, with its number: the line under the filters only leads back (it used to repeat the count's words).
    expect(screen.getAllByText(/naming both/)).toHaveLength(1);
    // The person facet counts within the first person's articles (what choosing another person gives), not the
    // whole archive's (Antony Blinken is in 3).
    const people = screen.getByRole('region', { name: 'People' });
    expect(await within(people).findByRole('link', { name: 'Henry Kissinger (1)' })).toBeInTheDocument();
    // Both people are selected: the second one is removed on its own, the first one kept (it used to be unmarked,
    // and a click replaced the first).
    const blinken = within(people).getByRole('link', { name: 'Antony Blinken (2) — remove filter' });
    expect(blinken).toHaveAttribute('aria-current', 'true');
    await user.click(blinken);
    expect(await screen.findByText('4 articles naming Wang Yi')).toBeInTheDocument();
    expect(screen.queryByText(/naming both/)).toBeNull();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/\?person=wang-yi$/);
    expect(
      within(screen.getByRole('region', { name: 'People' })).getByRole('link', {
        name: /^Wang Yi .*remove filter$/,
      }),
    ).toBeInTheDocument();
    await act(() => router.navigate('/?person=wang-yi&with=antony-blinken'));
    await user.click(await screen.findByRole('link', { name: 'Show all of Wang Yi’s articles' }));
    expect(await screen.findByText('4 articles naming Wang Yi')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/\?person=wang-yi$/);
  });

  // An analyst following two people's contacts sees in each row whether both took part or one is only mentioned:
  // the two lead its participants (in a summit's row they could be among the "N more") or are said to be mentioned.
  it('leads each row’s participants with the people filtered by, and says which of them are only mentioned', async () => {
    const peopleLine = (title: string) =>
      screen.getByRole('link', { name: title }).closest('article')!.querySelector('.article-row-people');
    setup('/?person=wang-yi&with=antony-blinken');
    await screen.findByText('2 articles naming both Wang Yi and Antony Blinken');
    expect(peopleLine('Blinken ends Beijing visit')).toHaveTextContent(/^With Wang Yi, Antony Blinken$/);
    cleanup();
    restore?.();
    setup('/?person=wang-yi&with=henry-kissinger');
    await screen.findByText('1 article naming both Wang Yi and Henry Kissinger, none taking part together');
    expect(peopleLine('Xi Jinping meets Henry Kissinger')).toHaveTextContent(
      /^With Henry Kissinger, 习近平; Wang Yi only mentioned$/,
    );
  });

  // The first one's page says "3 articles naming both, 2 taking part together": the search of the two says it too.
  it('says how many of two people’s articles both took part in, when one was only mentioned in some, for any two', async () => {
    const dataset = withBlinkenMentioned();
    for (const person of dataset.people)
      person.articleIds = dataset.articles
        .filter((a) => a.people.some((p) => p.id === person.id))
        .map((a) => a.id);
    setup('/?person=wang-yi&with=antony-blinken', dataset);
    expect(
      await screen.findByText('3 articles naming both Wang Yi and Antony Blinken, 2 taking part together'),
    ).toHaveAttribute('role', 'status');
    const row = screen.getByRole('link', { name: 'Wang Yi speaks of Blinken' }).closest('article')!;
    expect(row).toHaveTextContent('With Wang Yi; Antony Blinken only mentioned');
    // Where each one's file lists only the people they took part with most, and not the other: one small file more;
    // with anything else searched, the pair's count is no longer the result's.
    const cases: [url: string, said: string, coParticipantsShown?: number][] = [
      [
        '/?person=wang-yi&with=antony-blinken',
        '3 articles naming both Wang Yi and Antony Blinken, 2 taking part together',
        0,
      ],
      [
        '/?person=wang-yi&with=henry-kissinger',
        '1 article naming both Wang Yi and Henry Kissinger, none taking part together',
        0,
      ],
      [
        '/?person=wang-yi&with=antony-blinken&year=2024',
        '1 article naming both Wang Yi and Antony Blinken, in 2024',
      ],
    ];
    for (const [url, said, coParticipantsShown] of cases) {
      cleanup();
      restore?.();
      setup(url, dataset, { coParticipantsShown });
      expect(await screen.findByText(said)).toBeInTheDocument();
    }
  });

  // "Every meeting of A and B": the 2 taking part together among 3 naming both were found by reading each row's
  // "only mentioned" note; now a control beside the count keeps them, in the URL (Back, reload, a bookmark).
  it('keeps only the articles where the people filtered by took part, and goes back to all of them', async () => {
    const user = userEvent.setup();
    const dataset = withBlinkenMentioned();
    const { router } = setup('/?person=wang-yi&with=antony-blinken', dataset);
    const show = await screen.findByRole('navigation', {
      name: 'Articles of both Wang Yi and Antony Blinken',
    });
    expect(within(show).getByRole('link', { name: 'Naming both (3)' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.click(await within(show).findByRole('link', { name: 'Taking part together (2)' }));
    expect(
      await screen.findByText('2 articles where both Wang Yi and Antony Blinken took part'),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('location')).toHaveTextContent(
      /^\/\?person=wang-yi&with=antony-blinken&took=part$/,
    );
    expect(screen.queryByRole('link', { name: 'Wang Yi speaks of Blinken' })).not.toBeInTheDocument();
    expect(screen.queryByText(/only mentioned/)).not.toBeInTheDocument();
    expect(
      within(
        screen.getByRole('navigation', { name: 'Articles of both Wang Yi and Antony Blinken' }),
      ).getByRole('link', { name: 'Taking part together (2)' }),
    ).toHaveAttribute('aria-current', 'true');
    // Its chip removes it, as every filter's does; Back brings it again.
    await user.click(
      within(screen.getByRole('list', { name: 'Filters' })).getByRole('link', {
        name: /Both taking part/,
      }),
    );
    expect(
      await screen.findByText('3 articles naming both Wang Yi and Antony Blinken, 2 taking part together'),
    ).toBeInTheDocument();
    await act(() => router.navigate(-1));
    expect(
      await screen.findByText('2 articles where both Wang Yi and Antony Blinken took part'),
    ).toBeInTheDocument();
  });

  it('combines a person’s took-part filter with words and dates, and counts the other choice beside it', async () => {
    setup('/?person=wang-yi&took=part&year=2023');
    expect(await screen.findByText('2 articles where Wang Yi took part, in 2023')).toBeInTheDocument();
    const show = screen.getByRole('navigation', { name: 'Articles of Wang Yi' });
    expect(await within(show).findByRole('link', { name: 'Naming Wang Yi (3)' })).toHaveAttribute(
      'href',
      '/?person=wang-yi&year=2023',
    );
    // Another person chosen in the people facet opens the articles naming them, as the facet counts them.
    const people = await screen.findByRole('region', { name: 'People' });
    expect(within(people).getByRole('link', { name: 'Henry Kissinger (1)' })).toHaveAttribute(
      'href',
      '/?person=henry-kissinger&year=2023',
    );
    // Whom he took part with in 2023, each opening the articles where both did.
    const met = screen.getByRole('region', { name: 'Took part with Wang Yi' });
    expect(within(met).getByText('Counted in these 2 articles.')).toBeInTheDocument();
    expect(await within(met).findByRole('link', { name: 'Antony Blinken (2)' })).toHaveAttribute(
      'href',
      '/?person=wang-yi&with=antony-blinken&year=2023&took=part',
    );
    expect(within(met).getAllByRole('link')).toHaveLength(1);
    cleanup();
    restore?.();
    setup('/?person=wang-yi&with=henry-kissinger&took=part');
    expect(
      await screen.findByText('No article where both Wang Yi and Henry Kissinger took part'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Naming both (1)' })).toBeInTheDocument();
  });

  it('lists the 20 people who took part with the person most, and says of how many', async () => {
    const dataset = testDataset();
    const [first] = dataset.articles;
    // A summit of Wang Yi with 22 invented delegates.
    const delegates = Array.from({ length: 22 }, (_, i) => ({
      ...first!.people[1]!,
      id: `delegate-${i + 10}`,
      name: `Delegate Number${i + 10}`,
      aliases: [],
    }));
    dataset.articles.push({
      ...first!,
      id: 's1',
      slug: '2024-05-01-summit',
      file: 's1.txt',
      date: '2024-05-01',
      title: 'Summit of many delegates',
      people: [first!.people[0]!, ...delegates],
    });
    setup('/?person=wang-yi&took=part', dataset);
    const met = await screen.findByRole('region', { name: 'Took part with Wang Yi' });
    expect(
      await within(met).findByText('Counted in these 4 articles; the 20 most frequent of 23 people.'),
    ).toBeInTheDocument();
    expect(within(met).getAllByRole('link')).toHaveLength(20);
    expect(within(met).getAllByRole('link')[0]).toHaveTextContent('Antony Blinken (2)');
  });

  it('of two people, another one chosen in the people facet replaces the second, not the first', async () => {
    const user = userEvent.setup();
    setup('/?person=wang-yi&with=antony-blinken');
    const people = await screen.findByRole('region', { name: 'People' });
    expect(
      within(people).getByText('Counted in Wang Yi’s articles; another person replaces Antony Blinken.'),
    ).toBeInTheDocument();
    await user.click(await within(people).findByRole('link', { name: 'Henry Kissinger (1)' }));
    expect(
      await screen.findByText('1 article naming both Wang Yi and Henry Kissinger, none taking part together'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/\?person=wang-yi&with=henry-kissinger$/);
    expect(screen.getByRole('link', { name: 'Xi Jinping meets Henry Kissinger' })).toBeInTheDocument();
  });

  it('lists, beside two people, the people the first one met most, even when none is on the page of rows', async () => {
    // Twelve newer meetings of Wang Yi with Antonio Guterres: the first page of Wang Yi's articles (10 rows) names
    // neither Antony Blinken nor anyone else, and the search finds its candidates on it.
    const dataset = testDataset();
    const [first] = dataset.articles;
    const guterres = { ...first!.people[1]!, id: 'antonio-guterres', name: 'Antonio Guterres', aliases: [] };
    for (let day = 10; day < 22; day++)
      dataset.articles.push({
        ...first!,
        id: `b${day}`,
        slug: `2024-03-${day}-wang-yi-meets-guterres`,
        file: `b${day}.txt`,
        date: `2024-03-${day}`,
        title: `Wang Yi meets Guterres, day ${day}`,
        people: [first!.people[0]!, guterres],
      });
    for (const person of dataset.people)
      person.articleIds = dataset.articles
        .filter((a) => a.people.some((p) => p.id === person.id))
        .map((a) => a.id);
    setup('/?person=wang-yi&with=antonio-guterres', dataset);
    const people = await screen.findByRole('region', { name: 'People' });
    // Wang Yi's file counts the articles naming him and each of the people he met most.
    expect(await within(people).findByRole('link', { name: 'Antony Blinken (2)' })).toHaveAttribute(
      'href',
      '/?person=wang-yi&with=antony-blinken',
    );
  });

  it('counts the second of two people in the people facet, even when the first one met others more', async () => {
    // Wang Yi met Antony Blinken in two articles and was named with Henry Kissinger in one, as a mention: with only
    // his most frequent co-participant in his file, Kissinger is in neither file's list.
    setup('/?person=wang-yi&with=henry-kissinger', testDataset(), { coParticipantsShown: 1 });
    const people = await screen.findByRole('region', { name: 'People' });
    expect(
      await within(people).findByRole('link', { name: 'Henry Kissinger (1) — remove filter' }),
    ).toHaveAttribute('href', '/?person=wang-yi');
  });

  it('names both people when they share no article', async () => {
    setup('/?person=wang-yi&with=luiz-inacio-lula-da-silva');
    // The second person is in no row and no facet: the name comes from their file, not the URL's slug.
    expect(
      await screen.findByText('No article names both Wang Yi and Luiz Inácio Lula da Silva'),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: 'Show all of Wang Yi’s articles' })).toHaveAttribute(
      'href',
      '/?person=wang-yi',
    );
  });

  it('removing the first of two people leaves the second as the filter, named and removable', async () => {
    const user = userEvent.setup();
    setup('/?person=wang-yi&with=antony-blinken');
    const people = await screen.findByRole('region', { name: 'People' });
    await user.click(await within(people).findByRole('link', { name: /^Wang Yi .*remove filter$/ }));
    // Antony Blinken's articles, and the facet says so: not a list filtered by someone no longer shown.
    await waitFor(() => expect(screen.queryByText(/naming both/)).toBeNull());
    const selected = await within(screen.getByRole('region', { name: 'People' })).findByRole('link', {
      name: /^Antony Blinken .*remove filter$/,
    });
    await user.click(selected);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
  });

  // One state, one URL: the chip above the results and the facet beside them used to write the first person's
  // removal two ways (`?person=b` and `?with=b`), two history entries and two cache keys for one list.
  it('removes a filter to the same address from the chip above the results and from the facet', async () => {
    setup('/?q=talks&person=wang-yi&with=antony-blinken&country=China');
    const chips = await screen.findByRole('list', { name: 'Filters' });
    const people = await screen.findByRole('region', { name: 'People' });
    const countries = screen.getByRole('region', { name: 'Countries' });
    const hrefs = (name: RegExp) => [
      within(chips).getByRole('link', { name }).getAttribute('href'),
      within(name.source.includes('China') ? countries : people)
        .getByRole('link', { name })
        .getAttribute('href'),
    ];
    expect(hrefs(/^Wang Yi .*remove filter$/)).toEqual([
      '/?q=talks&person=antony-blinken&country=China',
      '/?q=talks&person=antony-blinken&country=China',
    ]);
    expect(hrefs(/^Antony Blinken .*remove filter$/)).toEqual([
      '/?q=talks&person=wang-yi&country=China',
      '/?q=talks&person=wang-yi&country=China',
    ]);
    expect(hrefs(/^China .*remove filter$/)).toEqual([
      '/?q=talks&person=wang-yi&with=antony-blinken',
      '/?q=talks&person=wang-yi&with=antony-blinken',
    ]);
  });

  it('says plainly when nothing matches', async () => {
    setup('/?q=zebra');
    expect(await screen.findByText('No articles match “zebra”')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Matching articles' })).not.toBeInTheDocument();
    expect(screen.getByText(/Check the spelling or try fewer words/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'browse the newest articles' })).toHaveAttribute('href', '/');
  });

  it('offers the same words without the filters when filters leave nothing', async () => {
    const user = userEvent.setup();
    setup('/?q=wang&year=2019');
    expect(await screen.findByText('No articles match “wang”, in 2019')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'search every article for “wang”' }));
    expect(await screen.findByText('4 articles match “wang”')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=wang');
  });

  it('notes a corrected typo and counts what was searched, not the typo', async () => {
    setup('/?q=kissinegr');
    expect(await screen.findByText(/showing results for/)).toHaveTextContent(
      'No article has “kissinegr”: showing results for “kissinger”',
    );
    // The typed word matches nothing: the count is of the corrected word's articles.
    expect(screen.getByText('2 articles match “kissinger”')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: 'Xi Jinping meets Henry Kissinger' })).toBeInTheDocument();
  });

  it('says a quoted phrase was matched as a phrase, and counts only where its words stand together', async () => {
    setup('/?q=%22wang+said%22');
    expect(await screen.findByText('1 article matches “wang said”')).toHaveAttribute('role', 'status');
    expect(
      screen.getByText(/Quoted words are matched as a phrase: side by side, in that order/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wang Yi meets Blinken in Beijing' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Trade talks resume' })).toBeNull();
  });

  it('says when the archive matches a quoted phrase’s words anywhere, not as a phrase', async () => {
    setup('/?q=%22wang+said%22+relationship', testDataset(), { searchIndex: { pairMaxDocs: 0 } });
    expect(await screen.findByText('1 article matches “wang said” relationship')).toBeInTheDocument();
    expect(
      screen.getByText(
        /too large for exact phrases: quoted words are matched anywhere in an article, in any order/,
      ),
    ).toBeInTheDocument();
  });

  it('says nothing of phrases for a query without quotes', async () => {
    setup('/?q=wang+said');
    expect(await screen.findByText('3 articles match “wang said”')).toBeInTheDocument();
    expect(screen.queryByText(/phrase/)).toBeNull();
  });

  it('leads a search for a person’s whole name, not a part of it, to their page', async () => {
    const { router } = setup('/?q=wang+yi');
    expect(
      await screen.findByRole('link', { name: 'Wang Yi: roles over time and who they met' }),
    ).toHaveAttribute('href', '/people/wang-yi');
    await act(() => router.navigate('/?q=wang'));
    await screen.findByText('4 articles match “wang”');
    await screen.findByRole('region', { name: 'People' });
    expect(screen.queryByRole('link', { name: /roles over time/ })).toBeNull();
  });

  it('offers the searched person and their page when each word of the name is shared by more frequent people', async () => {
    const { router } = setup('/?q=mara+kell', namedPeopleDataset());
    expect(await screen.findByText('1 article matches “mara kell”')).toBeInTheDocument();
    const people = await screen.findByRole('region', { name: 'People' });
    expect(await within(people).findByRole('link', { name: /Mara Kell\s*\(1\)/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mara Kell: roles over time and who they met' })).toHaveAttribute(
      'href',
      '/people/mara-kell',
    );
    // By her Chinese alias too.
    await act(() => router.navigate('/?q=凯尔玛'));
    expect(
      await screen.findByRole('link', { name: 'Mara Kell: roles over time and who they met' }),
    ).toHaveAttribute('href', '/people/mara-kell');
  });

  // Screen-reader users move between landmarks: the results' facets are one, as the home list's are.
  it('puts its facets in a landmark of their own, beside the results', async () => {
    setup('/?q=wang');
    const facets = await screen.findByRole('complementary', { name: 'Narrow the results' });
    expect(within(facets).getByRole('region', { name: 'Years' })).toBeInTheDocument();
    expect(within(facets).queryByRole('list', { name: 'Matching articles' })).toBeNull();
  });

  it('offers facets with counts that toggle URL filters', async () => {
    const user = userEvent.setup();
    setup('/?q=wang');
    await screen.findByText('4 articles match “wang”');
    const years = screen.getByRole('region', { name: 'Years' });
    await user.click(within(years).getByRole('link', { name: /2022/ }));
    expect(await screen.findByText('1 article matches “wang”, in 2022')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=wang&year=2022');
    const selected = within(screen.getByRole('region', { name: 'Years' })).getByRole('link', {
      current: true,
    });
    expect(selected).toHaveTextContent('2022');
    await user.click(selected);
    expect(await screen.findByText('4 articles match “wang”')).toBeInTheDocument();
  });

  // Choosing another value replaces the selection, so with one selected each count is what choosing it gives.
  it('counts a selected facet’s other values over the search without the selection', async () => {
    const user = userEvent.setup();
    setup('/?q=wang&year=2022');
    expect(await screen.findByText('1 article matches “wang”, in 2022')).toBeInTheDocument();
    const years = screen.getByRole('region', { name: 'Years' });
    const other = await within(years).findByRole('link', { name: /^2023 \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec(other.textContent ?? '')![1]);
    expect(count).toBeGreaterThan(1);
    await user.click(other);
    expect(await screen.findByText(`${count} articles match “wang”, in 2023`)).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=wang&year=2023');
  });

  // "Who met whom in June 2023": within a year its months narrow the results, each counted as choosing it gives, and
  // the URL says the month (a deep link, Back); removing the month goes back to the year, the year removes both.
  it('narrows a year’s results to one of its months and back', async () => {
    const user = userEvent.setup();
    setup('/?q=wang&year=2023');
    expect(await screen.findByText('3 articles match “wang”, in 2023')).toBeInTheDocument();
    // The phone's link down to the facets names the months it leads to.
    expect(screen.getByRole('link', { name: 'Narrow by person, country, year or month' })).toHaveAttribute(
      'href',
      '#search-facets',
    );
    const months = await screen.findByRole('region', { name: 'Months of 2023' });
    expect(
      within(months)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['July 2023 (1)', 'June 2023 (2)']);
    await user.click(within(months).getByRole('link', { name: 'June 2023 (2)' }));
    expect(await screen.findByText('2 articles match “wang”, in June 2023')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=wang&month=2023-06');
    const rows = within(screen.getByRole('list', { name: 'Matching articles' })).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    // The other month is still counted over the year, and the year stays selected.
    const inMonth = screen.getByRole('region', { name: 'Months of 2023' });
    expect(within(inMonth).getByRole('link', { current: true })).toHaveTextContent('June 2023 (2)');
    expect(await within(inMonth).findByRole('link', { name: 'July 2023 (1)' })).toBeInTheDocument();
    const years = screen.getByRole('region', { name: 'Years' });
    expect(within(years).getByRole('link', { current: true })).toHaveTextContent('2023');
    // The filter chip removes the month only.
    const chips = screen.getByRole('list', { name: 'Filters' });
    await user.click(within(chips).getByRole('link', { name: /June 2023/ }));
    expect(await screen.findByText('3 articles match “wang”, in 2023')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=wang&year=2023');
  });

  it('takes the month away with its year, and counts the other years without it', async () => {
    const user = userEvent.setup();
    setup('/?q=wang&month=2023-06');
    expect(await screen.findByText('2 articles match “wang”, in June 2023')).toBeInTheDocument();
    const years = screen.getByRole('region', { name: 'Years' });
    // 2022 is counted over the search without the year or the month: what choosing it gives.
    await user.click(await within(years).findByRole('link', { name: '2022 (1)' }));
    expect(await screen.findByText('1 article matches “wang”, in 2022')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=wang&year=2022');
    expect(screen.getByRole('region', { name: 'Months of 2022' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Months of 2023' })).toBeNull();
    await user.click(
      within(screen.getByRole('region', { name: 'Years' })).getByRole('link', { current: true }),
    );
    expect(await screen.findByText('4 articles match “wang”')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Months/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Narrow by person, country or year' })).toBeInTheDocument();
  });

  it('counts a lone filter’s other values over the whole archive', async () => {
    setup('/?year=2022');
    const years = await screen.findByRole('region', { name: 'Years' });
    expect(within(years).getByRole('link', { name: /^2023 \(\d+\)$/ })).toBeInTheDocument();
  });

  // "Antony Blinken (3)" under Wang Yi's filter would read as three articles naming both.
  it('says a lone person filter’s people are counted in the whole archive, not in their articles', async () => {
    setup('/?person=wang-yi');
    const people = await screen.findByRole('region', { name: 'People' });
    expect(people).toHaveTextContent('Counted in the whole archive; another person replaces Wang Yi.');
  });

  // Choosing another person or country replaces the selected one, so the other values are counted over the rest of
  // the search: "Boris Vell (30)" under Ana Ostrova's 55 articles of 2024 was read as the articles naming both.
  it('says a selected person’s or country’s facet is counted over the rest of the search', async () => {
    setup('/?person=wang-yi&year=2023');
    const people = await screen.findByRole('region', { name: 'People' });
    expect(people).toHaveTextContent('Counted in all articles in 2023; another person replaces Wang Yi.');
    cleanup();
    restore?.();
    setup('/?q=wang&country=China');
    const countries = await screen.findByRole('region', { name: 'Countries' });
    expect(countries).toHaveTextContent(
      'Counted in all articles matching “wang”; another country replaces China.',
    );
  });

  // Filters alone have no words with precomputed facets: their people are found in the newest page of matches.
  it('says a lone filter’s people come from its newest page, and keeps them on every page', async () => {
    setup('/?country=Freedonia&page=2', newestPageDataset());
    const people = await screen.findByRole('region', { name: 'People' });
    expect(await within(people).findByRole('link', { name: 'Ana Ostrova (10)' })).toBeInTheDocument();
    expect(within(people).queryByRole('link', { name: /Boris Vell/ })).toBeNull();
    expect(people).toHaveTextContent(
      'People in the 10 newest of these articles, each counted in all of them.',
    );
    // Words have their own precomputed facets: no such note.
    cleanup();
    restore?.();
    setup('/?q=wang');
    await within(await screen.findByRole('region', { name: 'People' })).findByRole('link', {
      name: /Wang Yi/,
    });
    expect(screen.queryByText(/newest of these articles/)).toBeNull();
  });

  it('counts a month’s people over the whole month, not its newest page', async () => {
    setup('/?year=2010&month=2010-01', newestPageDataset());
    const people = await screen.findByRole('region', { name: 'People' });
    // Boris Vell is in the month's 25 older articles only: its newest page named Ana Ostrova alone.
    expect(await within(people).findByRole('link', { name: 'Boris Vell (25)' })).toBeInTheDocument();
    expect(within(people).getByRole('link', { name: 'Ana Ostrova (10)' })).toBeInTheDocument();
    expect(screen.queryByText(/newest of these articles/)).toBeNull();
  });

  // "Who met whom in Freedonia in January 2010": the month's counted people are candidates beside the newest page.
  it('lists a filter’s people within a month from all of it, not its newest page', async () => {
    setup('/?country=Freedonia&year=2010&month=2010-01', newestPageDataset());
    const people = await screen.findByRole('region', { name: 'People' });
    expect(await within(people).findByRole('link', { name: 'Boris Vell (25)' })).toBeInTheDocument();
    expect(within(people).getByRole('link', { name: 'Ana Ostrova (10)' })).toBeInTheDocument();
    expect(screen.queryByText(/newest of these articles|not listed may be/)).toBeNull();
  });

  it('says how many articles a person not listed may be in, where that cannot be ruled out', async () => {
    setup('/?q=talks&country=Freedonia&year=2011', crowdedYearDataset());
    const people = await screen.findByRole('region', { name: 'People' });
    expect(await within(people).findByRole('link', { name: 'Ana Ostrova (31)' })).toBeInTheDocument();
    expect(people).toHaveTextContent('A person not listed may be in up to 5 of the articles counted.');
    // The countries, counted over the words and the year alone (Freedonia is chosen), are exact: no such note.
    const countries = screen.getByRole('region', { name: 'Countries' });
    expect(await within(countries).findByRole('link', { name: /Elbonia \(55\)/ })).toBeInTheDocument();
    expect(countries).not.toHaveTextContent(/not listed/);
    // A date with one filter has that filter's own counts in it: Zed Harrow, in one of Freedonia's articles of 2011
    // (the person facet's scope here), is listed and no one is left out.
    cleanup();
    setup('/?country=Freedonia&year=2011', crowdedYearDataset());
    const alone = await screen.findByRole('region', { name: 'People' });
    expect(await within(alone).findByRole('link', { name: 'Zed Harrow (1)' })).toBeInTheDocument();
    expect(alone).not.toHaveTextContent(/not listed/);
  });

  it('says the page in the results’ heading, as the home list’s does', async () => {
    setup('/?country=Freedonia&page=2', newestPageDataset());
    const heading = await screen.findByRole('heading', { level: 2, name: /^Search results/ });
    expect(within(heading).getByText('page 2')).toBeInTheDocument();
  });

  // The count beside a person is the number of matches their filter then lists (a mention counts, as in the filter).
  it('shows exact person counts that the filter confirms', async () => {
    const user = userEvent.setup();
    setup('/?q=wang');
    const people = await screen.findByRole('region', { name: 'People' });
    const wangYi = await within(people).findByRole('link', { name: 'Wang Yi (4)' });
    expect(screen.queryByText(/at least/)).not.toBeInTheDocument();
    await user.click(wangYi);
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=wang&person=wang-yi');
    // Wait for the filtered results themselves (not the previous ones kept on screen meanwhile).
    const results = screen.getByRole('region', { name: 'Search results' });
    await waitFor(() => expect(results).toHaveAttribute('aria-busy', 'false'));
    // The count's live region comes first, above the results.
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('4 articles match “wang”');
  });

  // A person's full name has its first page precomputed: the rows come from one bucket, without the doc store,
  // and the person and country counts follow.
  it('shows a full name’s results from its precomputed page, then its people counts', async () => {
    const { requested } = setup('/?q=wang+yi');
    const results = await screen.findByRole('list', { name: 'Matching articles' });
    expect(
      within(results).getByRole('link', { name: 'Wang Yi meets Blinken in Beijing' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/^\d+ articles? match(es)? “wang yi”$/);
    const people = await screen.findByRole('region', { name: 'People' });
    expect(await within(people).findByRole('link', { name: /^Wang Yi \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Years' })).toHaveTextContent(/\d/);
    expect(requested.some((path) => path.startsWith('data/search/tops/'))).toBe(true);
    expect(requested.filter((path) => path.startsWith('data/search/docs/'))).toEqual([]);
  });

  // On a phone the facets come after the results: the filters are said, and removable, where the count is.
  it('says the filters with the count and removes each from there', async () => {
    const user = userEvent.setup();
    setup('/?q=wang&person=wang-yi&year=2022');
    const status = screen.getAllByRole('status')[0]!;
    await waitFor(() =>
      expect(status).toHaveTextContent(/^1 article matches “wang”, naming Wang Yi, in 2022$/),
    );
    const filters = screen.getByRole('list', { name: 'Filters' });
    await user.click(within(filters).getByRole('link', { name: '2022 — remove filter' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/\?q=wang&person=wang-yi$/);
    // Its link is gone: the focus moves to the filter left, not to the page's top.
    await waitFor(() => expect(screen.getByRole('link', { name: 'Wang Yi — remove filter' })).toHaveFocus());
    await waitFor(() =>
      expect(status).toHaveTextContent(/^\d+ articles? match(es)? “wang”, naming Wang Yi$/),
    );
    await user.click(
      within(screen.getByRole('list', { name: 'Filters' })).getByRole('link', {
        name: 'Wang Yi — remove filter',
      }),
    );
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/\?q=wang$/);
    expect(await screen.findByText('4 articles match “wang”')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Filters' })).toBeNull();
    // The last one gone, the focus is on the results' heading, not lost to the page's top.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Search results' })).toHaveFocus());
  });

  it('lists filtered articles without a query', async () => {
    setup('/?country=Brazil');
    expect(await screen.findByText('1 article involving Brazil')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lula wins Brazilian election' })).toBeInTheDocument();
  });

  it('renders article text as text, never as HTML', async () => {
    setup('/?q=%3Cscript%3E');
    expect(await screen.findByText('No articles match “<script>”')).toBeInTheDocument();
    expect(document.querySelector('main script')).toBeNull();
  });

  // A word in many articles runs to many pages: the reader can jump to one instead of paging through each.
  it('opens a long list of results at the page typed in "Go to page"', async () => {
    const dataset = testDataset();
    const [model] = dataset.articles;
    for (let n = 1; n <= 35; n++)
      dataset.articles.push({
        ...model!,
        id: `harbour-${n}`,
        slug: `2022-01-${String((n % 28) + 1).padStart(2, '0')}-harbour-report-${n}`,
        date: `2022-01-${String((n % 28) + 1).padStart(2, '0')}`,
        title: `Harbour report ${n}`,
        paragraphs: [`The harbour reopened after repairs, report ${n} said.`],
        people: [],
      });
    const user = userEvent.setup();
    const { router } = setup('/?q=harbour', dataset);
    const pages = await screen.findByRole('navigation', { name: 'Search result pages' });
    expect(within(pages).getByText('Page 1 of 4')).toBeInTheDocument();
    const box = within(pages).getByRole('spinbutton', { name: 'Go to page' });
    await user.clear(box);
    await user.type(box, '3{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?q=harbour&page=3'));
    expect(await within(pages).findByText('Page 3 of 4')).toBeInTheDocument();
  });
});
