import { Fragment } from 'react';
import { type To } from 'react-router-dom';
import { Link } from './link.tsx';

/**
 * "Order: Newest first · Oldest first" (search results add Relevance): links, since the order is in the URL and so
 * survives Back, reload and sharing; the current one is marked. Used by search results and a person's articles, and
 * by a person's search for "Show: Naming X · X taking part" (`lead`), a choice kept in the URL the same way.
 */
export function OrderLinks<Order>({
  label,
  lead = 'Order: ',
  orders,
  current,
  to,
}: {
  /** What is ordered, for screen readers: "Order of the results". */
  label: string;
  /** What the links choose, before them. */
  lead?: string;
  orders: [Order, string][];
  current: Order;
  to: (order: Order) => To;
}) {
  return (
    <nav className="search-order" aria-label={label}>
      <span className="muted">{lead}</span>
      {orders.map(([order, text], index) => (
        <Fragment key={text}>
          {index > 0 && <span aria-hidden="true"> · </span>}
          <Link to={to(order)} aria-current={order === current ? 'true' : undefined}>
            {text}
          </Link>
        </Fragment>
      ))}
    </nav>
  );
}
