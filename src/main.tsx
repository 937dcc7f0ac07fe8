// The entry: the stylesheet (a render-blocking <link> in the page) and a loader for the app. The prerendered page
// reads and works without JavaScript, so it paints first; only then does the app's code (~116 kB gzipped) start
// downloading, instead of competing with the page's HTML and CSS for a phone's slow connection.
import './app/styles.css';

// `/` focuses the search box from the first paint on, not only once the app is live (the box is in the prerendered
// page; the app's own shortcut takes over with <html data-ready>). Letters typed meanwhile stay in the box and the
// app searches them once live (SearchBox); Enter submits the form as plain HTML (`?q=…`) before that.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const box = document.querySelector<HTMLInputElement>('#main form[role=search] input');
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !box) return;
  if (document.documentElement.hasAttribute('data-ready') || target.closest('input,textarea,select')) return;
  event.preventDefault();
  box.focus();
});

let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./start-client.tsx').then(({ startClient }) => startClient());
};

const hasContent = Boolean(document.getElementById('root')?.firstElementChild);
const paintTiming =
  typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
// Nothing to show first (an empty shell, a hidden tab, no paint timing): start at once.
if (!hasContent || document.visibilityState === 'hidden' || !paintTiming) start();
else {
  // The browser reports the first contentful paint once it is on screen (a frame can be late on a busy phone).
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
  // Should the report never come, the app starts anyway.
  setTimeout(start, 2000);
}
