// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { FacetList } from './facet-list.tsx';

afterEach(cleanup);

const facets = [
  { value: 'China', label: 'China', count: 1200 },
  { value: 'Brazil', label: 'Brazil', count: 3 },
  { value: 'Japan', label: 'Japan', count: 2, atLeast: true },
];
const renderAt = (url: string, selected: string | null) =>
  render(
    <RouterProvider
      router={createMemoryRouter(
        [
          {
            path: '/',
            element: <FacetList name="country" label="Countries" facets={facets} selected={selected} />,
          },
        ],
        { initialEntries: [url] },
      )}
    />,
  );

describe('FacetList', () => {
  it('links each value with its count, keeping the other parameters and going back to page 1', () => {
    renderAt('/?q=trade&page=3', null);
    expect(screen.getByRole('heading', { name: 'Countries' })).toBeInTheDocument();
    const china = screen.getByRole('link', { name: 'China (1,200)' });
    expect(china).toHaveAttribute('href', '/?q=trade&country=China');
    expect(china).not.toHaveAttribute('aria-current');
  });

  it('says "at least" for a count that is a lower bound, and only there', () => {
    renderAt('/?q=trade', null);
    expect(screen.getByRole('link', { name: 'Japan (at least 2)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Brazil (3)' })).toBeInTheDocument();
  });

  it('marks the selected value, whose link removes the filter', () => {
    renderAt('/?q=trade&country=Brazil', 'Brazil');
    const brazil = screen.getByRole('link', { current: true });
    expect(brazil).toHaveTextContent('Brazil (3) — remove filter');
    expect(brazil).toHaveAttribute('href', '/?q=trade');
  });

  it('keeps a selected value that is not among the top values', () => {
    renderAt('/?country=Chile', 'Chile');
    expect(screen.getByRole('link', { current: true })).toHaveTextContent('Chile — remove filter');
  });
});
