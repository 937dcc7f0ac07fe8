import { useEffect } from 'react';

/**
 * Marks the document once the whole page is live (`<html data-ready>`): the routed page commits (and hydrates)
 * after the layout, inside its Suspense boundary, so only its own effects say that the search box, links and keys
 * respond. End-to-end tests wait for it; the entry script (main.tsx) honours `/` until then.
 */
export function usePageReady(): void {
  useEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
}

export function PageReady() {
  usePageReady();
  return null;
}
