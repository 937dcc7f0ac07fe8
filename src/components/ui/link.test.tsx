// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { Link } from './link.tsx';

afterEach(cleanup);

function Where() {
  const location = useLocation();
  return <p>{`At ${location.pathname}${location.search}`}</p>;
}

function renderAt(path: string) {
  const page = (
    <>
      <Where />
      <Link to={{ pathname: '/people/ana-ruiz', search: '?page=2' }} className="row-link">
        Ana Ruiz
      </Link>
    </>
  );
  const router = createMemoryRouter(
    [
      { path: '/', element: page },
      { path: '/people/:slug', element: <Where /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('Link', () => {
  it("has the page's address (it works without JavaScript) and no router-only attributes", () => {
    renderAt('/');
    const link = screen.getByRole('link', { name: 'Ana Ruiz' });
    expect(link).toHaveAttribute('href', '/people/ana-ruiz?page=2');
    expect(link).toHaveClass('row-link');
    expect(link).not.toHaveAttribute('data-discover');
  });

  it('opens the page in the app on a click, a new history entry', () => {
    const router = renderAt('/');
    fireEvent.click(screen.getByRole('link', { name: 'Ana Ruiz' }));
    expect(screen.getByText('At /people/ana-ruiz?page=2')).toBeInTheDocument();
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('leaves a click with Ctrl (a new tab) to the browser', () => {
    renderAt('/');
    const link = screen.getByRole('link', { name: 'Ana Ruiz' });
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(screen.getByText('At /')).toBeInTheDocument();
  });
});
