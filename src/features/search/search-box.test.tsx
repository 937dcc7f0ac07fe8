// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderSearch } from './search-test-harness.tsx';

let restore: (() => void) | undefined;
afterEach(() => {
  cleanup();
  restore?.();
  vi.useRealTimers();
});
// The box tells typing from a search that was read by how long its results stood (1.5 s, `performance.now()`):
// its clock moves only when a test says, so a loaded machine's slow rendering never turns typing into reading.
// Timers stay real (the debounce, the testing library's waits); React's scheduler keeps the real clock it took.
const setup = (url = '/') => {
  vi.useFakeTimers({ toFake: ['performance'] });
  const result = renderSearch(url);
  restore = result.restore;
  return { ...result, user: userEvent.setup() };
};
const location = () => screen.getByTestId('location').textContent;
/** Types a search and lets its results stand 1.6 s (the box's clock moves on by that much, with no real wait). */
const readSearch = async (user: ReturnType<typeof userEvent.setup>, q: string) => {
  const box = screen.getByRole('searchbox', { name: 'Search articles' });
  await user.type(box, q);
  expect(await screen.findByText(new RegExp(`articles? match(es)? “${q}”`))).toBeInTheDocument();
  vi.advanceTimersByTime(1600);
  return box;
};

describe('SearchBox', () => {
  it('is a labelled search landmark whose value reflects ?q=', () => {
    setup('/?q=wang+yi');
    expect(screen.getByRole('search')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('wang yi');
  });

  it('shows results as you type, keeping the query in the URL', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'lula');
    expect(await screen.findByText('1 article matches “lula”')).toBeInTheDocument();
    expect(location()).toBe('/?q=lula');
  });

  // A first letter no article has is on its way to a word ("z" to "zhou"): no "No articles match" flashes by.
  it('says "Keep typing…" for a typed first letter that matches nothing, and "No articles match" once submitted', async () => {
    const { user } = setup();
    const box = screen.getByRole('searchbox', { name: 'Search articles' });
    await user.type(box, 'z');
    await waitFor(() => expect(location()).toBe('/?q=z'));
    expect(await screen.findByText('Keep typing…')).toBeInTheDocument();
    expect(screen.queryByText(/No articles match/)).not.toBeInTheDocument();
    await user.type(box, '{Enter}');
    expect(await screen.findByText('No articles match “z”')).toBeInTheDocument();
    expect(location()).toBe('/?q=z');
  });

  // The debounce holds back only the URL: the search for what is typed starts at once, so its results are loaded
  // by the time the URL takes the query.
  it('starts searching as you type, before the URL takes the query', async () => {
    const { user, requested, requestedAt } = setup();
    const box = screen.getByRole('searchbox', { name: 'Search articles' });
    // The box had the focus a moment before (its code and meta.json load then), and the word comes in one input:
    // typed a letter at a time on a busy machine, a pause after "l" lets the URL take it before "lu" is searched.
    await user.click(box);
    await waitFor(() => expect(requested).toContain('data/search/meta.json'));
    await user.paste('lula');
    expect(await screen.findByText('1 article matches “lula”')).toBeInTheDocument();
    // A name's rows come from a first-page bucket, other words' from the doc store.
    const firstRow = requested.findIndex((p) => /^data\/search\/(docs|tops)\//.test(p));
    expect(firstRow).toBeGreaterThanOrEqual(0);
    expect(requestedAt[firstRow]).toBe('');
    expect(location()).toBe('/?q=lula');
  });

  // On a busy machine a letter can come between the URL taking what was typed before it and that showing: the box
  // used to go back to the URL's query then, and the next letter was typed onto it ("tokyo" searched as "toko").
  it('keeps a letter typed while the URL takes the letters before it', async () => {
    const { user, router } = setup();
    const box = screen.getByRole('searchbox', { name: 'Search articles' });
    const unsubscribe = router.subscribe((state) => {
      if (state.location.search === '?q=tok') fireEvent.change(box, { target: { value: 'toky' } });
    });
    fireEvent.change(box, { target: { value: 'tok' } });
    await waitFor(() => expect(location()).toBe('/?q=tok'));
    unsubscribe();
    expect(box).toHaveValue('toky');
    await user.type(box, 'o');
    await waitFor(() => expect(location()).toBe('/?q=tokyo'));
  });

  // The code and meta.json start loading on focus, so the first keystroke waits only for its own words.
  it('starts loading the search index when the box gets focus, not before', async () => {
    const { user, requested } = setup();
    expect(requested.filter((p) => p.startsWith('data/search/'))).toEqual([]);
    await user.click(screen.getByRole('searchbox', { name: 'Search articles' }));
    await waitFor(() => expect(requested).toContain('data/search/meta.json'));
    expect(location()).toBe('/');
  });

  it('focuses on "/" from anywhere outside a field, and Escape clears the box and the query', async () => {
    const { user } = setup('/?q=lula&year=2022');
    const box = screen.getByRole('searchbox', { name: 'Search articles' });
    expect(box).not.toHaveFocus();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('lula');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(location()).toBe('/?year=2022');
  });

  it('adds a history entry for a new search, so Back returns to where you were', async () => {
    const { user, router } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'blinken{Enter}');
    expect(location()).toBe('/?q=blinken');
    await router.navigate(-1);
    expect(await screen.findByText('Newest articles')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('');
  });

  // Typing replaces the entry while it goes on, but a search whose results stood a while was read: typing another
  // one over it keeps it in history.
  it('keeps a search that was read in history when another is typed over it', async () => {
    const { user, router } = setup();
    const box = await readSearch(user, 'blinken');
    // Typed over the selected query, as a reader does: a clear and then typing would leave a moment of empty box,
    // and under load that moment can outlast the debounce and become an entry of its own.
    await user.type(box, 'lula', { initialSelectionStart: 0, initialSelectionEnd: 'blinken'.length });
    expect(await screen.findByText('1 article matches “lula”')).toBeInTheDocument();
    expect(location()).toBe('/?q=lula');
    await router.navigate(-1);
    await waitFor(() => expect(location()).toBe('/?q=blinken'));
    expect(box).toHaveValue('blinken');
    await router.navigate(-1);
    await waitFor(() => expect(location()).toBe('/'));
  });

  // Clearing the box and typing another search is one change of mind: the list the emptied box showed for a moment
  // is not an entry of its own (it was one when the pause outlasted the debounce, and Back from the new search
  // showed the unfiltered list instead of the search before).
  it('replaces the emptied box’s list with the next search, so Back goes to the search before the clear', async () => {
    const { user, router } = setup();
    const box = await readSearch(user, 'blinken');
    await user.clear(box);
    // The pause after the clear outlasts the debounce: the list is in the URL...
    await waitFor(() => expect(location()).toBe('/'));
    expect(await screen.findByText('Newest articles')).toBeInTheDocument();
    // ...and the next search takes its place.
    await user.type(box, 'lula');
    expect(await screen.findByText('1 article matches “lula”')).toBeInTheDocument();
    await router.navigate(-1);
    await waitFor(() => expect(location()).toBe('/?q=blinken'));
    expect(box).toHaveValue('blinken');
    await router.navigate(-1);
    await waitFor(() => expect(location()).toBe('/'));
  });

  // Escape is a clear like deleting the words: a search that was read stays behind it in history (Escape used to
  // replace it, and Back then skipped it).
  it('keeps a search that was read behind Escape, so Back brings it back', async () => {
    const { user, router } = setup();
    const box = await readSearch(user, 'blinken');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(location()).toBe('/'));
    expect(box).toHaveValue('');
    await router.navigate(-1);
    await waitFor(() => expect(location()).toBe('/?q=blinken'));
    expect(box).toHaveValue('blinken');
  });

  // Escape while still typing takes the words back: the entry the typing made becomes the list, not one more (Back
  // then lands on the same list: the entry before the typing).
  it('turns a search still being typed into the list on Escape, without a new entry', async () => {
    const { user, router } = setup('/?year=2022');
    const box = screen.getByRole('searchbox', { name: 'Search articles' });
    await user.type(box, 'lula');
    await waitFor(() => expect(location()).toBe('/?q=lula&year=2022'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(location()).toBe('/?year=2022'));
    await router.navigate(-1);
    await waitFor(() => expect(location()).toBe('/?year=2022'));
    expect(router.state.location.key).toBe('default');
  });
});
