// Front matter seen first in the thirty-eighth blind round of held-out articles (multilateral meetings as the
// wires and papers report them), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the thirty-eighth round', () => {
  it('takes a section path with a numbered event ("Home / UAE / COP28") for chrome, the headline after it', () => {
    const a = parse(
      ' date 2023-12-02 Home / UAE / COP30\nLeaders gather for climate summit\nPublished: December 02, 2023 19:20\n\nDubai: Leaders met on Saturday.\n',
    );
    expect(a?.title).toBe('Leaders gather for climate summit');
    expect(a?.dateline?.place).toBe('Dubai');
  });

  it("reads a newspaper's masthead on a line of its own as the source, in title case", () => {
    const a = parse(
      ' date 2023-11-12 Leaders demand ceasefire at summit\nGULF TIMES\nUpdated 12 November 2023\n\nDOHA: Leaders met on Saturday.\n',
    );
    expect(a?.source).toBe('Gulf Times');
    expect(a?.dateline?.place).toBe('DOHA');
    expect(a?.paragraphs).toEqual(['Leaders met on Saturday.']);
  });

  it('keeps a section label that ends in a newspaper word ("World News") out of the source', () => {
    const a = parse(
      ' date 2023-11-12 Leaders demand ceasefire at summit\nWorld News\n\nLeaders met on Saturday in Doha.\n',
    );
    expect(a?.source).toBeNull();
  });
});
