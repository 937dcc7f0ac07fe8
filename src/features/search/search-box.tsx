import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { routePaths } from '../../common/paths.ts';
import {
  hasSearch,
  isTypedEntry,
  readSearchParams,
  searchString,
  typedEntryState,
  type SearchParamsState,
} from './search-params.ts';
import { prefetchSearch, searchQueryOptions } from './search-queries.ts';

const debounceMs = 150;
// A query the reader has had on screen this long was read, not passed through while typing: the next search gets
// a history entry of its own, so Back returns to it.
const settledMs = 1500;
const sameQuery = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** What the box reads of the history entry it is on, kept current for its timers and handlers. */
function currentEntry(
  searchParams: URLSearchParams,
  location: { pathname: string; state: unknown },
): { state: SearchParamsState; onHome: boolean; typedEntry: boolean } {
  return {
    state: readSearchParams(searchParams),
    onHome: location.pathname === routePaths.home(),
    typedEntry: isTypedEntry(location.state),
  };
}

/**
 * The search form. Results follow the typing (the URL's ?q= updates after a short pause); `/` focuses the box
 * from anywhere, Escape clears it. The first keystroke of a search adds a history entry and the rest of the
 * typing replaces it, so Back leaves the search in one step instead of one letter at a time; typing again once
 * its results have stood for a moment starts a new entry, so Back returns to them. Clearing the box is typing
 * too (see READER.md, "What Back does"). Focus (or the pointer over the box)
 * starts loading the search code and the index directory, on demand and never on first paint, so the first
 * keystroke waits only for its own words.
 */
export function SearchBox() {
  const queryClient = useQueryClient();
  const warmUp = () => prefetchSearch(queryClient);
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const urlQ = searchParams.get('q') ?? '';
  const [draft, setDraft] = useState(urlQ);
  const [seenQ, setSeenQ] = useState(urlQ);
  // The queries the box wrote to the URL that have not arrived there yet.
  const [written, setWritten] = useState<string[]>([]);
  // The URL changed under us (Back, a link): show its query unless it is what we are typing. One the typing wrote
  // keeps the box as it is: letters typed while its navigation committed are newer ("tok" arriving must not undo the
  // "y" of "toky").
  if (urlQ !== seenQ) {
    setSeenQ(urlQ);
    const mine = written.findIndex((q) => sameQuery(q, urlQ));
    setWritten(mine === -1 ? [] : written.slice(mine + 1));
    if (mine === -1 && !sameQuery(urlQ, draft)) setDraft(urlQ);
  }

  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(currentEntry(searchParams, location));
  // When the typing last wrote the URL; any other new entry (a link, Back) is settled at once.
  const typed = useRef({ pending: false, at: -Infinity });
  useEffect(() => {
    latest.current = currentEntry(searchParams, location);
    typed.current = { pending: false, at: typed.current.pending ? typed.current.at : -Infinity };
  }, [searchParams, location]);

  // The search for what is typed starts at once; the debounce only holds back the URL (one history entry and
  // one render per pause, not per letter), so when it fires the results are usually loaded already.
  const searchNow = (q: string) => {
    const params = readSearchParams(
      new URLSearchParams(searchString({ ...latest.current.state, q, page: 1 })),
    );
    if (hasSearch(params)) void queryClient.prefetchQuery(searchQueryOptions(params));
  };

  const go = (q: string, mode: 'push' | 'auto') => {
    clearTimeout(timer.current);
    const { state, onHome, typedEntry } = latest.current;
    const to = { pathname: routePaths.home(), search: searchString({ ...state, q, page: 1 }) };
    if (onHome && sameQuery(q, state.q)) {
      // Enter on what the typing already searched: the same entry, now a submitted query.
      if (mode === 'push' && typedEntry) navigate(to, { replace: true });
      return;
    }
    const typing = performance.now() - typed.current.at < settledMs;
    // The typing's first write pushes, the rest replace it; an emptied box's list written by the typing is part of
    // it too, so the next search replaces it (Back then goes to the search before the clear, not to an empty box).
    const replace = mode === 'auto' && onHome && (state.q !== '' || typedEntry) && typing;
    setWritten((queries) => [...queries, q]);
    navigate(to, { replace, state: mode === 'auto' ? typedEntryState : null });
    typed.current = { pending: true, at: mode === 'auto' ? performance.now() : -Infinity };
  };

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target))
        return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      clearTimeout(timer.current);
    };
  }, []);

  // Letters typed into the prerendered box before the app was live are in the DOM but not in React's state:
  // search them now rather than at the next keystroke.
  useEffect(() => {
    const typedEarly = inputRef.current?.value ?? '';
    if (!sameQuery(typedEarly, latest.current.state.q)) go(typedEarly, 'auto');
    // Once, at hydration: later typing goes through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onChange = (value: string) => {
    setDraft(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => go(value, 'auto'), debounceMs);
    searchNow(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setDraft('');
    // As deleting the words does (at once): a search that was read stays in history, Back brings it back.
    go('', 'auto');
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(draft, 'push');
  };

  const id = useId();
  return (
    <form role="search" className="search-box" onSubmit={onSubmit}>
      <label htmlFor={id}>Search articles</label>
      <div className="search-box-row">
        <input
          ref={inputRef}
          id={id}
          type="search"
          name="q"
          value={draft}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={warmUp}
          onPointerEnter={warmUp}
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts="/"
          aria-describedby={`${id}-hint`}
          placeholder="Words or a name"
        />
        <button type="submit">Search</button>
      </div>
      <p id={`${id}-hint`} className="search-box-hint">
        Press <kbd>/</kbd> to search, <kbd>Esc</kbd> to clear.
      </p>
    </form>
  );
}
