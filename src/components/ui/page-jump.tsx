import { useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { searchForPage } from './pagination.tsx';

export interface PageJumpProps {
  page: number;
  pageCount: number;
  /** Current search parameters, kept in the new page's URL. */
  params: URLSearchParams;
  /** As Pagination's `target`: the id of the list's heading, where the new page opens. */
  target?: string;
}

/**
 * "Go to page [n]": a list of hundreds of pages (a person in thousands of articles, tens of thousands of people)
 * cannot be paged through one by one (nor can the home list's 5,000 pages at 100,000 articles).
 */
export function PageJump({ page, pageCount, params, target }: PageJumpProps) {
  const navigate = useNavigate();
  const id = useId();
  if (pageCount <= 2) return null;
  return (
    <form
      className="page-jump"
      onSubmit={(event) => {
        event.preventDefault();
        const asked = Math.round(Number(new FormData(event.currentTarget).get('page'))) || 1;
        const to = Math.min(pageCount, Math.max(1, asked));
        navigate({ search: searchForPage(params, to), hash: target ? `#${target}` : '' });
      }}
    >
      <label htmlFor={id}>Go to page</label>
      {/* Keyed by page: after a jump (or Next) the box shows the page now open. */}
      <input
        key={page}
        id={id}
        name="page"
        type="number"
        inputMode="numeric"
        min={1}
        max={pageCount}
        defaultValue={page}
        required
      />
      <button type="submit">Go</button>
    </form>
  );
}
