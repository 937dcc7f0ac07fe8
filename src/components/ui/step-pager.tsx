/**
 * Previous / "2 of 8" / Next for a list that pages inside a page (everyone in a facet, everyone a person took part
 * in events with): the page number is component state, not the URL, since the page around it stays the same.
 */
export function StepPager({
  page,
  pageCount,
  onPage,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}) {
  if (pageCount <= 1) return null;
  return (
    <p className="step-pager">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span>{`${page.toLocaleString('en')} of ${pageCount.toLocaleString('en')}`}</span>
      <button type="button" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </p>
  );
}
