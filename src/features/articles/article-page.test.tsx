// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, serveFixtureSiteEachTest } from '../../../tests/fixtures/site/render-app.tsx';
import { slugOf } from '../../../tests/fixtures/site/site-fixture.ts';

serveFixtureSiteEachTest();

describe('article page', () => {
  it('shows the title, date, source, dateline, reading time and body', async () => {
    renderApp(`/articles/${slugOf(1)}`);
    const title = 'Wang Yi holds phone talk with Japanese national security official';
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('22 October 2024')).toHaveAttribute('datetime', '2024-10-22');
    // The publication date and the dateline's differ here: each is labelled, and written alike.
    expect(screen.getByText('22 October 2024').parentElement).toHaveTextContent(
      /^Published 22 October 2024$/,
    );
    expect(screen.getByText('Xinhua')).toBeInTheDocument();
    expect(screen.getByText('Dateline Beijing, 21 October')).toBeInTheDocument();
    expect(screen.getByText('1 min read')).toBeInTheDocument();
    expect(screen.getByText(/policy toward Japan/)).toBeInTheDocument();
    expect(document.title).toBe(`${title} — Readout`);
  });

  // Wire copy writes "March 4, 2024" or "11th Mar, 2024" too: read like every date, the article's own year left out.
  it('writes a dateline that gives its year like the others', async () => {
    renderApp(`/articles/${slugOf(3)}`);
    expect(await screen.findByText('Dateline Moscow, 4 March')).toBeInTheDocument();
  });

  it('links the first mention of each person in the body to their page, later mentions stay text', async () => {
    renderApp(`/articles/${slugOf(1)}`);
    const lede = await screen.findByText(/held a phone call on Monday/);
    expect(
      within(lede)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Wang Yi', '/people/wang-yi'],
      ['Takeo Akiba', '/people/takeo-akiba'],
    ]);
    const body = screen.getByText(/policy toward Japan/);
    expect(body).toHaveTextContent(/^Wang said China .* Akiba said Japan is ready/);
    expect(within(body).queryAllByRole('link')).toEqual([]);
  });

  it('shows captions as notes apart from the story', async () => {
    renderApp(`/articles/${slugOf(1)}`);
    const captions = await screen.findByRole('region', { name: 'Photo captions' });
    expect(within(captions).getByText(/speaks during the call/)).toBeInTheDocument();
    expect(captions.closest('.article-body')).toBeNull();
  });

  it('lists participants, the also-mentioned, organizations and places in the sidebar', async () => {
    renderApp(`/articles/${slugOf(2)}`);
    const aside = await screen.findByRole('complementary', { name: 'People in this article' });
    const headings = within(aside)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Participants', 'Also mentioned', 'Organizations', 'Places']);
    const participants = within(aside).getByRole('heading', { name: 'Participants' })
      .nextElementSibling as HTMLElement;
    const blinken = within(participants).getByRole('link', { name: 'Antony Blinken' }).closest('li')!;
    expect(blinken).toHaveTextContent('U.S. Secretary of State');
    expect(blinken).toHaveTextContent('United States');
    const mentioned = within(aside).getByRole('heading', { name: 'Also mentioned' })
      .nextElementSibling as HTMLElement;
    expect(within(mentioned).getByRole('link', { name: 'António Guterres' })).toHaveAttribute(
      'href',
      '/people/antonio-guterres',
    );
    expect(within(mentioned).queryByRole('link', { name: 'Wang Yi' })).toBeNull();
    expect(within(aside).getByText('United Nations')).toBeInTheDocument();
    expect(within(aside).getByText('Rome')).toBeInTheDocument();
  });

  it('names the neighbouring articles newer and older, not previous and next', async () => {
    const { user } = renderApp(`/articles/${slugOf(2)}`);
    const nav = await screen.findByRole('navigation', { name: 'Newer and older articles' });
    expect(
      within(nav).getByRole('link', { name: /Newer article.*Wang Yi holds phone talk/ }),
    ).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: /Older article.*Lavrov and Wang Yi/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lavrov and Wang Yi discuss Ukraine crisis' }),
    ).toBeInTheDocument();
  });

  it('shows markup in the text literally and runs nothing', async () => {
    const { container } = renderApp(`/articles/${slugOf(4)}`);
    expect(
      await screen.findByText(/<script>alert\(1\)<\/script> and <img src=x onerror=alert\(2\)>/),
    ).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });

  it('marks a derived title discreetly', async () => {
    renderApp(`/articles/${slugOf(4)}`);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Foreign ministers gather for the annual meeting',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/source has no headline/)).toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'People in this article' })).toHaveTextContent(
      /No people, organizations or places/,
    );
  });
});

describe('article page arriving from a search', () => {
  it('highlights the ?hl= words in the body, names included, and nothing without it', async () => {
    const { container } = renderApp(`/articles/${slugOf(2)}?hl=sidelines+blinken`);
    await screen.findByRole('heading', { level: 1, name: 'Wang Yi meets Blinken in Rome' });
    const lede = container.querySelector('.article-body p') as HTMLElement;
    expect(lede).toHaveTextContent(
      'met with U.S. Secretary of State Antony Blinken on the sidelines of a meeting',
    );
    const marks = [...lede.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['Blinken', 'sidelines']);
    // The highlighted name is still a link to the person.
    expect(
      within(lede).getByRole('link', { name: 'Antony Blinken' }).querySelector('mark'),
    ).toHaveTextContent('Blinken');
    cleanup();
    renderApp(`/articles/${slugOf(2)}`);
    const plain = await screen.findByText(/on the sidelines of a meeting/);
    expect(plain.querySelector('mark')).toBeNull();
  });
});
