// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../common/site-data.ts';
import { ArticleRow } from './article-row.tsx';

const summary: ArticleSummary = {
  slug: '2024-10-22-wang-yi-holds-phone-talk',
  title: 'Wang Yi holds phone talk with <b>Japanese</b> official',
  date: '2024-10-22',
  place: 'Beijing',
  participants: [
    { slug: 'wang-yi', name: 'Wang Yi', country: 'China' },
    { slug: 'takeo-akiba', name: 'Takeo Akiba', country: 'Japan' },
  ],
  countries: ['China', 'Japan'],
  excerpt: 'Wang Yi held a phone call on Monday with Takeo Akiba.',
};

afterEach(cleanup);

const renderRow = (props: Partial<Parameters<typeof ArticleRow>[0]> = {}) =>
  render(
    <MemoryRouter>
      <ArticleRow article={summary} {...props} />
    </MemoryRouter>,
  );

describe('ArticleRow', () => {
  it('shows the title as a link, the date, the place, participants and the excerpt', () => {
    renderRow();
    const row = screen.getByRole('article');
    const title = within(row).getByRole('heading', { level: 2 });
    // Titles are text: the markup-like characters show as written.
    expect(title).toHaveTextContent('Wang Yi holds phone talk with <b>Japanese</b> official');
    expect(within(title).getByRole('link')).toHaveAttribute(
      'href',
      '/articles/2024-10-22-wang-yi-holds-phone-talk',
    );
    expect(row.querySelector('b')).toBeNull();
    expect(within(row).getByText('22 October 2024')).toHaveAttribute('datetime', '2024-10-22');
    expect(within(row).getByText('Beijing')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Takeo Akiba' })).toHaveAttribute(
      'href',
      '/people/takeo-akiba',
    );
    expect(within(row).getByText(summary.excerpt)).toBeInTheDocument();
  });

  it('uses the snippet instead of the excerpt, the requested heading level and the link search', () => {
    renderRow({
      snippet: (
        <span>
          a snippet with a <mark>match</mark>
        </span>
      ),
      headingLevel: 3,
      linkSearch: 'hl=phone',
    });
    expect(screen.queryByText(summary.excerpt)).toBeNull();
    expect(screen.getByText('match').tagName).toBe('MARK');
    const link = within(screen.getByRole('heading', { level: 3 })).getByRole('link');
    expect(link).toHaveAttribute('href', '/articles/2024-10-22-wang-yi-holds-phone-talk?hl=phone');
  });

  it('shows six participants of a long list and links the rest to the article’s people', () => {
    const participants = Array.from({ length: 10 }, (_, i) => ({
      slug: `delegate-${i + 1}`,
      name: `Delegate ${i + 1}`,
      country: null,
    }));
    render(
      <MemoryRouter>
        <ArticleRow article={{ ...summary, participants }} />
      </MemoryRouter>,
    );
    const people = screen.getByText(/^With/).closest('p')!;
    expect(within(people).getAllByRole('link', { name: /^Delegate/ })).toHaveLength(6);
    expect(people).toHaveTextContent(/Delegate 6 and 4 more/);
    const more = within(people).getByRole('link', { name: /^4 more participants in/ });
    expect(more).toHaveAccessibleName(`4 more participants in “${summary.title}”`);
    expect(more).toHaveAttribute('href', '/articles/2024-10-22-wang-yi-holds-phone-talk#people');
  });

  // A file without a headline: the ingest takes the title from the story's first sentence, cut with "…" (titleDerived),
  // and the list's excerpt starts with that same sentence.
  it('goes on from where a title taken from the opening stops, instead of repeating it', () => {
    const opening = 'Norlandic Trade Minister Aster Vell held talks with Estovian Trade Minister Kalle';
    renderRow({
      article: {
        ...summary,
        title: `${opening}…`,
        excerpt: `${opening} Marrow on Friday in Hobbe, with both sides pledging to deepen…`,
      },
      highlight: (text) => <span data-testid="marked">{text}</span>,
    });
    const excerpt = screen.getByRole('article').querySelector('.article-row-excerpt')!;
    expect(excerpt).toHaveTextContent(/^…Marrow on Friday in Hobbe, with both sides pledging to deepen…$/);
    // The search words are marked in both texts.
    expect(screen.getAllByTestId('marked').map((node) => node.textContent)).toEqual([
      `${opening}…`,
      '…Marrow on Friday in Hobbe, with both sides pledging to deepen…',
    ]);
  });

  it('shows the whole excerpt under a headline of the source’s own, even one its opening starts with', () => {
    renderRow({ article: { ...summary, title: 'Talks', excerpt: 'Talks held in Beijing.' } });
    expect(screen.getByText('Talks held in Beijing.')).toBeInTheDocument();
  });

  it('leaves out what the article does not have', () => {
    render(
      <MemoryRouter>
        <ArticleRow article={{ ...summary, date: '', place: null, participants: [] }} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('article').querySelector('time')).toBeNull();
    expect(screen.queryByText(/With/)).toBeNull();
  });
});
