import type { ReactNode } from 'react';
import { Link } from './link.tsx';

/** The 1-based `page` search parameter; anything missing or malformed means page 1. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get('page');
  if (raw === null || !/^\d+$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

/** `?…` for the same search parameters on another page (page 1 drops the parameter: one URL per page). */
export function searchForPage(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  const text = next.toString();
  return text ? `?${text}` : '';
}

/**
 * " · page 2" after a paged list's heading (the stylesheet draws the dot, heard as a comma): where paging puts the
 * focus on the heading, a screen reader says which page opened, and a reader arriving on a later page sees it.
 */
export function PageNote({ page, pageCount }: { page: number; pageCount: number }) {
  return pageCount > 1 && <span className="muted heading-note">{`page ${page.toLocaleString('en')}`}</span>;
}

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** Current search parameters; other filters are kept in the Previous/Next links. */
  params: URLSearchParams;
  /** Names the navigation landmark, e.g. "Article pages". */
  label: string;
  /**
   * The id of the list's heading when the list is not at the top of the page (a person's articles come after
   * their roles): the new page opens there, with the focus on it, instead of at the top.
   */
  target?: string;
  /** More ways to move, after Next (a PageJump, from pages that are not in the home page's bundle). */
  children?: ReactNode;
}

/** Previous / "Page N of M" / Next. Disabled ends are plain text, not links, so they are not focusable. */
export function Pagination({ page, pageCount, params, label, target, children }: PaginationProps) {
  if (pageCount <= 1) return null;
  const hash = target ? `#${target}` : '';
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link rel="prev" to={{ search: searchForPage(params, page - 1), hash }}>
          <span aria-hidden="true">←</span>Previous
        </Link>
      ) : (
        <span className="pagination-disabled">
          <span aria-hidden="true">←</span>Previous
        </span>
      )}
      <span className="pagination-status">{`Page ${page.toLocaleString('en')} of ${pageCount.toLocaleString('en')}`}</span>
      {page < pageCount ? (
        <Link rel="next" to={{ search: searchForPage(params, page + 1), hash }}>
          Next<span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className="pagination-disabled">
          Next<span aria-hidden="true">→</span>
        </span>
      )}
      {children}
      {/* Only page 1 is prerendered: without JavaScript "?page=2" would show page 1 again, without a word. */}
      <noscript>
        <span className="pagination-note">Other pages need JavaScript, which is off in this browser.</span>
      </noscript>
    </nav>
  );
}
