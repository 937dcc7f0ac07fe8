// The build's memory: each ingest batch's article text kept in one string per encoding, the paragraphs and captions
// cut from it. V8 keeps a string of more than 128 KB on pages of its own, and a cut of 13 characters or more as a
// view into it, so once every article of a batch lets its text go (the build's article files, releaseArticleText)
// the batch's pages go back to the system at the next collection. Text held article by article lay on the same
// pages as the rest of the dataset, so freeing it (~0.4 GB at 100,000 articles) emptied no page, and the heap
// stayed at its size to the build's peak (BUILD.md, session 29).
import type { FileResult } from '../ingest/ingest.ts';
import { detach } from '../common/detach.ts';

// A string with any of these needs two bytes a character; the others are kept apart, in a one-byte string.
const wide = /[\u0100-\uffff]/;

/**
 * Replaces the batch's paragraphs and captions by the same strings cut from one or two strings of the batch's, and
 * copies the article's other header strings, which may be cuts of the file's whole text and would keep it.
 */
export function packArticleText(results: readonly FileResult[]): void {
  const narrowLists: string[][] = [];
  const wideLists: string[][] = [];
  for (const { article } of results) {
    if (!article) continue;
    // Cut from the file's text by the parser (a thread's own batches): kept, they kept the whole file.
    article.title = detach(article.title);
    if (article.publishedTime) article.publishedTime = detach(article.publishedTime);
    if (article.source) article.source = detach(article.source);
    if (article.dateline) {
      article.dateline.place = detach(article.dateline.place);
      if (article.dateline.date) article.dateline.date = detach(article.dateline.date);
    }
    for (const list of [article.paragraphs, article.captions])
      if (list.length > 0) (list.some((text) => wide.test(text)) ? wideLists : narrowLists).push(list);
  }
  for (const lists of [narrowLists, wideLists]) {
    if (lists.length === 0) continue;
    let whole = lists.map((list) => list.join('')).join('');
    // Cut from a file's text that holds a wide character anywhere, a text is stored two bytes a character even when
    // it has none, and so is their join: this one-byte copy is half the size.
    if (lists === narrowLists) whole = Buffer.from(whole, 'latin1').toString('latin1');
    let at = 0;
    for (const list of lists)
      for (let i = 0; i < list.length; i++) {
        const end = at + list[i]!.length;
        list[i] = whole.slice(at, end);
        at = end;
      }
  }
}
