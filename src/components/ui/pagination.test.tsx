// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { PageJump } from './page-jump.tsx';
import { Pagination } from './pagination.tsx';

afterEach(cleanup);

function renderPager(page: number, pageCount: number) {
  const params = new URLSearchParams(page > 1 ? { page: String(page) } : {});
  const element = (
    <Pagination page={page} pageCount={pageCount} params={params} label="Pages">
      <PageJump page={page} pageCount={pageCount} params={params} />
    </Pagination>
  );
  const router = createMemoryRouter([{ path: '/', element }], { initialEntries: ['/'] });
  render(<RouterProvider router={router} />);
}

describe('Pagination at scale', () => {
  it('writes large page numbers as a reader would: "Page 1,234 of 5,000"', () => {
    renderPager(1234, 5000);
    expect(screen.getByText('Page 1,234 of 5,000')).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Go to page' })).toHaveAttribute('max', '5000');
  });

  it('offers "Go to page" only when paging one by one is a chore', () => {
    renderPager(1, 2);
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton', { name: 'Go to page' })).toBeNull();
  });
});
