import { Fragment } from 'react';
import { foldText, isHan, tokenize } from '../../common/search-text.ts';

// Words as written (curly apostrophes and combining marks included), so marks wrap the original characters.
const wordPattern = /[\p{L}\p{N}\p{M}]+(?:['\u2019\u02bc][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Character ranges of `text` to highlight: every word whose search terms include one of `terms` (already folded,
 * as the search engine returns them), and every occurrence of a Chinese term.
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const wanted = new Set(terms.map((t) => foldText(t)).filter(Boolean));
  if (!wanted.size) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(wordPattern)) {
    if (tokenize(match[0]).some((term) => wanted.has(term) && !isHan(term)))
      ranges.push([match.index, match.index + match[0].length]);
  }
  for (const term of wanted) {
    if (!isHan(term)) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1))
      ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export interface HighlightedTextProps {
  text: string;
  /** Folded search terms (e.g. from the search result or the `hl` URL parameter). */
  terms: readonly string[];
}

/** `text` with the matching words in <mark>; always React text nodes, never HTML. */
export function HighlightedText({ text, terms }: HighlightedTextProps) {
  const ranges = highlightRanges(text, terms);
  if (!ranges.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
