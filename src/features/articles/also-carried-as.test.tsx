// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../common/dataset.ts';
import { buildSiteData } from '../../site/build-site-data.ts';
import { renderApp } from '../../../tests/fixtures/site/render-app.tsx';
import { dataset, serveSite, slugOf } from '../../../tests/fixtures/site/site-fixture.ts';

// The fixture archive with its Rome story carried a second time, a day later, under another headline.
function withVersion(): Dataset {
  const [first, rome, ...rest] = dataset.articles.map((a) => ({ ...a }));
  const version = {
    ...rome!,
    id: 'a101',
    slug: '2024-07-27-wang-yi-and-blinken-talk-in-rome',
    file: 'a101.txt',
    date: '2024-07-27',
    title: 'Wang Yi and Blinken talk in Rome',
    source: 'Xinhua English',
    versionOf: rome!.id,
  };
  return { ...dataset, articles: [first!, { ...rome!, versions: [version.id] }, ...rest, version] };
}

let restore: () => void;
beforeEach(() => {
  restore = serveSite(buildSiteData(withVersion(), { pageSize: 2, peoplePageSize: 2 })).restore;
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
afterEach(() => {
  cleanup();
  restore();
  document.head.innerHTML = '';
});

describe('a story the archive holds twice', () => {
  it('names its other version under the headline, with its source and date, as a link to its page', async () => {
    renderApp(`/articles/${slugOf(2)}`);
    const note = (await screen.findByText(/^Also carried as/)).closest('p')!;
    expect(note).toHaveTextContent(
      'Also carried as Wang Yi and Blinken talk in Rome (Xinhua English, 27 July 2024)',
    );
    expect(within(note).getByRole('link', { name: 'Wang Yi and Blinken talk in Rome' })).toHaveAttribute(
      'href',
      '/articles/2024-07-27-wang-yi-and-blinken-talk-in-rome',
    );
  });

  it('opens the other version at its own address, which names the one the lists show', async () => {
    renderApp('/articles/2024-07-27-wang-yi-and-blinken-talk-in-rome');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wang Yi and Blinken talk in Rome' }),
    ).toBeInTheDocument();
    const note = screen.getByText(/^Also carried as/).closest('p')!;
    expect(note).toHaveTextContent(
      'Also carried as Wang Yi meets Blinken in Rome (Xinhua, 26 July 2024, the version lists show)',
    );
  });

  it('says nothing of versions on a story carried once', async () => {
    renderApp(`/articles/${slugOf(1)}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/Also carried as/)).toBeNull();
  });

  it('lists the story once on the home page', async () => {
    renderApp('/');
    await screen.findByRole('link', { name: 'Wang Yi meets Blinken in Rome' });
    expect(screen.queryByRole('link', { name: 'Wang Yi and Blinken talk in Rome' })).toBeNull();
  });
});
