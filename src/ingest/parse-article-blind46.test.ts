// Front matter seen first in the forty-sixth blind round of held-out articles (Latin American, Middle Eastern and
// African agencies), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the forty-sixth round', () => {
  it('reads Agência Brasil\'s "Brasília – " as the dateline: a known city, written with its accent', () => {
    const a = parse(
      ' date 2011-01-02 President sworn in\n\nBrasília – The new president took office yesterday (1).\n',
    );
    expect(a?.dateline).toEqual({ place: 'Brasília', date: null });
    expect(a?.paragraphs[0]).toBe('The new president took office yesterday (1).');
  });
});
