// Front matter seen first in the twenty-seventh blind round of held-out articles (sub-national and local politics),
// on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the twenty-seventh round', () => {
  it('reads a Portuguese "Publicado em … Por …" line as metadata and its agency of two words as the source', () => {
    const a = parse(
      ' date 2024-10-27 Mayor re-elected in Recife\nPublicado em 27/10/2024 - 21:05 Por Ana Lima - Repórter da Agência Brasil - Recife\n\nThe mayor won a second term on Sunday.\n',
    );
    expect(a?.source).toBe('Agência Brasil');
    expect(a?.paragraphs).toEqual(['The mayor won a second term on Sunday.']);
  });

  it('reads a byline whose page date is glued after the names, and the dateline after it', () => {
    const a = parse(
      ' date 2024-09-06 Latest News\nFormer mayor returned from abroad\nBy Jose Dela Cruz  September 6, 2024, 9:40 am\n\nMANILA – A former town mayor was brought home on Thursday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'MANILA', date: null });
    expect(a?.paragraphs[0]).toBe('A former town mayor was brought home on Thursday.');
  });

  it('leaves the page time out of an outlet credited before the date', () => {
    const a = parse(
      ' date 2024-11-18 Governor wins back post\nJiji Press -- 00:31, November 18, 2024\n\nThe governor was re-elected on Sunday.\n',
    );
    expect(a?.source).toBe('Jiji Press');
    expect(a?.publishedTime).toBe('00:31');
  });
});
