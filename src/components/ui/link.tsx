import type { AnchorHTMLAttributes } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router-dom';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
}

/**
 * A link within the reader: the page's address in `href` (it works without JavaScript, opens in a new tab), and
 * a plain click navigates in the app. Built as React Router's own <Link> is (`useHref`, `useLinkClickHandler`),
 * without what this app never uses: route prefetching and discovery, view transitions, framework mode. Those
 * cost the home page ~2.6 kB gz (src/app/READER.md, session 27) and wrote `data-discover` on every link.
 */
export function Link({ to, target, onClick, ...rest }: LinkProps) {
  const href = useHref(to);
  const follow = useLinkClickHandler(to, { target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) follow(event);
      }}
    />
  );
}
