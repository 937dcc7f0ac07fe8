// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dataset, Person } from '../../common/dataset.ts';
import { buildSiteData } from '../../site/build-site-data.ts';
import { renderApp, serveFixtureSiteEachTest } from '../../../tests/fixtures/site/render-app.tsx';
import { dataset, serveSite } from '../../../tests/fixtures/site/site-fixture.ts';

// The fixture archive plus people named in no article, so that names are shared and the name index splits its
// keys (two people per file and per page): the filter must read through leaves and paged lists alike.
const extra: Person[] = [
  ['wang-lei', 'Wang Lei', ['王磊'], ['China']],
  ['wang-fang', 'Wang Fang', [], ['China']],
  ['wang-tao', 'Wang Tao', [], ['Singapore']],
  ['wanda-wang', 'Wanda Wang', [], ['United States']],
  ['li-wang', 'Li Wang', [], ['China']],
  ['shigeru-ishiba', 'Shigeru Ishiba', ['石破茂', 'Ishiba'], ['Japan']],
].map(([id, name, aliases, countries]) => ({
  id: id as string,
  name: name as string,
  aliases: aliases as string[],
  roles: [],
  countries: countries as string[],
  articleIds: [],
}));
const crowd: Dataset = { ...dataset, people: [...dataset.people, ...extra] };
const crowdSite = () => buildSiteData(crowd, { pageSize: 2, peoplePageSize: 2, peopleNameLeafMax: 2 });

const fixture = serveFixtureSiteEachTest();

function serveCrowd() {
  fixture().restore();
  return serveSite(crowdSite());
}

const names = () =>
  within(screen.getByRole('region', { name: /match/ }))
    .getAllByRole('link')
    .filter((link) => link.getAttribute('href')?.startsWith('/people/'))
    .map((link) => link.textContent);

describe('people index filter', () => {
  it('finds everyone with a name, most articles first, and pages through them in the URL', async () => {
    const site = serveCrowd();
    const { user, router } = renderApp('/people?name=wang');
    expect(await screen.findByRole('heading', { level: 2, name: /^6 people match/ })).toBeInTheDocument();
    // Wang Yi has 3 articles, the others none (then by name): the index page's order.
    expect(names()).toEqual(['Wang Yi', 'Li Wang']);
    expect(screen.getByText('Wang Yi').closest('li')).toHaveTextContent('3 articles');
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Next/ }));
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    // The count's heading says the page, as the home list's does.
    expect(
      within(screen.getByRole('heading', { level: 2, name: /^6 people match/ })).getByText('page 2'),
    ).toBeInTheDocument();
    expect(names()).toEqual(['Wanda Wang', 'Wang Fang']);
    expect(router.state.location.search).toBe('?name=wang&page=2');
    // The name index answered, not a scan of the people-index pages.
    expect(site.requests).toContain('data/people-names/dir/w.json');
    expect(site.requests.filter((path) => path.startsWith('data/people-index/'))).toEqual([]);
    site.restore();
  });

  it('tells namesakes apart by the office their articles give, beside their country', async () => {
    const site = serveCrowd();
    renderApp('/people?name=wang');
    expect(await screen.findByRole('heading', { level: 2, name: /^6 people match/ })).toBeInTheDocument();
    const row = (name: string) => screen.getByRole('link', { name }).closest('li')!;
    expect(row('Wang Yi')).toHaveTextContent(/^Wang Yi\W+Chinese Foreign Minister\W+China\W+3 articles$/);
    // No article gives Li Wang a role: the row says nothing in its place.
    expect(row('Li Wang')).toHaveTextContent(/^Li Wang\W+China\W+0 articles$/);
    site.restore();
  });

  it('jumps to the page typed in "Go to page", keeping the filter', async () => {
    const site = serveCrowd();
    const { user, router } = renderApp('/people?name=wang');
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    const box = screen.getByRole('spinbutton', { name: 'Go to page' });
    await user.clear(box);
    await user.type(box, '3{Enter}');
    expect(await screen.findByText('Page 3 of 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?name=wang&page=3');
    expect(screen.getByRole('spinbutton', { name: 'Go to page' })).toHaveValue(3);
    await user.clear(screen.getByRole('spinbutton', { name: 'Go to page' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Go to page' }), '1');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?name=wang');
    site.restore();
  });

  it('says a page past the end does not exist, with a way to the first, instead of an error to retry', async () => {
    renderApp('/people?country=China&page=9');
    expect(await screen.findByText(/There is no page 9 of these people/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the first page' })).toHaveAttribute(
      'href',
      '/people?country=China',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('combines the name with a country exactly', async () => {
    const site = serveCrowd();
    renderApp('/people?name=wang&country=China');
    expect(await screen.findByRole('heading', { level: 2, name: /^4 people match/ })).toBeInTheDocument();
    expect(names()).toEqual(['Wang Yi', 'Li Wang']);
    expect(screen.getByLabelText('Country')).toHaveValue('China');
    site.restore();
  });

  it('finds a person by given name, family name, both, or a Chinese-character alias', async () => {
    const site = serveCrowd();
    for (const query of ['ishiba', 'SHIGERU', 'Ishiba Shigeru', '石破茂']) {
      const { unmount } = renderApp(`/people?name=${encodeURIComponent(query)}`);
      expect(await screen.findByRole('heading', { level: 2, name: '1 person matches' })).toBeInTheDocument();
      expect(names()).toEqual(['Shigeru Ishiba']);
      unmount();
    }
    site.restore();
  });

  it('keeps the filter in history: typing is one step back, and Back restores the full list', async () => {
    serveCrowd();
    const { user, router } = renderApp('/people');
    await screen.findByRole('region', { name: 'Everyone' });
    await user.type(screen.getByLabelText('Name'), 'lei');
    expect(await screen.findByRole('heading', { level: 2, name: '1 person matches' })).toBeInTheDocument();
    expect(names()).toEqual(['Wang Lei']);
    expect(router.state.location.search).toBe('?name=lei');
    await user.selectOptions(screen.getByLabelText('Country'), 'Japan');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No people named “lei” in Japan' }),
    ).toBeInTheDocument();

    await act(() => router.navigate(-1));
    expect(await screen.findByRole('heading', { level: 2, name: '1 person matches' })).toBeInTheDocument();
    expect(screen.getByLabelText('Country')).toHaveValue('');
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('region', { name: 'Everyone' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Name')).toHaveValue('');
  });

  it('applies a name change and a country chosen right after it, before the page has caught up', async () => {
    serveCrowd();
    const { router } = renderApp('/people?name=lei');
    expect(await screen.findByRole('heading', { level: 2, name: '1 person matches' })).toBeInTheDocument();
    const name = screen.getByLabelText('Name');
    // Both changes land before React re-renders with the first one's URL (a fast keyboard user, or a test).
    act(() => {
      fireEvent.change(name, { target: { value: '' } });
      fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'Singapore' } });
    });
    expect(await screen.findByRole('link', { name: 'Wang Tao' })).toBeInTheDocument();
    expect(names()).toEqual(['Wang Tao']);
    expect(screen.getByRole('heading', { level: 2, name: '1 person matches' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?country=Singapore');
  });

  it('says what the filter found in a live region that was in the page, empty, before the first filter', async () => {
    serveCrowd();
    const { user } = renderApp('/people');
    await screen.findByRole('region', { name: 'Everyone' });
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    await user.type(screen.getByLabelText('Name'), 'lei');
    await waitFor(() => expect(region).toHaveTextContent('1 person matches'));
    await user.selectOptions(screen.getByLabelText('Country'), 'Japan');
    await waitFor(() => expect(region).toHaveTextContent('No people named “lei” in Japan'));
    // The one live region: the heading over the list is not a second one.
    expect(screen.getAllByRole('status')).toEqual([region]);
  });

  it('asks for two letters instead of filtering by one', async () => {
    serveCrowd();
    renderApp('/people?name=w');
    // Shown, and said in the live region.
    expect(await screen.findByText(/Type at least two letters/, { selector: '.notice' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(/Type at least two letters/);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });
});
