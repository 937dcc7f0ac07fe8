// Small pure text helpers for the site builder.
import { sentenceEnds } from '../ingest/parse/sentences.ts';

/**
 * The first story sentences, cut at a word boundary near `max` characters (an ellipsis marks a cut). 160, as a
 * search engine's snippet: two or three lines in a list, and each excerpt is stored twice (list page, search
 * index), so every character costs ~0.2 MB at 100,000 articles.
 */
export function makeExcerpt(paragraphs: readonly string[], max = 160): string {
  // Only the opening matters: join just enough paragraphs (long articles must not cost more).
  let joined = '';
  for (const p of paragraphs) {
    joined += (joined ? ' ' : '') + p;
    if (joined.length > max * 2) break;
  }
  const text = joined.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  // Whole sentences read best, if they fill at least half the space. The parser's sentence ends: a stop after
  // "U.S." or "Dr." ends no sentence, so an excerpt never stops there without its "…".
  let best = 0;
  for (const end of sentenceEnds(text, max)) {
    if (end > max) break;
    best = end;
  }
  if (best >= max / 2) return text.slice(0, best);
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/, '')}…`;
}

/** 1 for the characters that separate words (space, newline, tab, carriage return, no-break space). */
const separator = new Uint8Array(161);
for (const c of [32, 10, 9, 13, 160]) separator[c] = 1;

export const countWords = (paragraphs: readonly string[]): number => {
  let n = 0;
  for (const p of paragraphs) {
    // Branch-free: a word starts where a word character follows a separator (or the paragraph's start).
    let previous = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      const word = c > 160 ? 1 : separator[c]! ^ 1;
      n += word & (previous ^ 1);
      previous = word;
    }
  }
  return n;
};

/** cyrb53: a fast, well-mixed 53-bit string hash; enough to tell one build's data from another's. */
export function createHasher() {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  return {
    update(text: string) {
      // Four characters a turn (the same hash as one at a time): it reads the text of every data file but the
      // search index's, and unrolled it took ~35% less time in a micro-benchmark.
      const n = text.length;
      let i = 0;
      for (; i + 3 < n; i += 4) {
        const c0 = text.charCodeAt(i);
        const c1 = text.charCodeAt(i + 1);
        const c2 = text.charCodeAt(i + 2);
        const c3 = text.charCodeAt(i + 3);
        h1 = Math.imul(h1 ^ c0, 2654435761);
        h2 = Math.imul(h2 ^ c0, 1597334677);
        h1 = Math.imul(h1 ^ c1, 2654435761);
        h2 = Math.imul(h2 ^ c1, 1597334677);
        h1 = Math.imul(h1 ^ c2, 2654435761);
        h2 = Math.imul(h2 ^ c2, 1597334677);
        h1 = Math.imul(h1 ^ c3, 2654435761);
        h2 = Math.imul(h2 ^ c3, 1597334677);
      }
      for (; i < n; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
      }
    },
    digest(): string {
      let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      let b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      a >>>= 0;
      b >>>= 0;
      return (b & 0x1fffff).toString(16).padStart(6, '0') + a.toString(16).padStart(8, '0');
    },
  };
}
