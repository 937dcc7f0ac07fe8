// Front matter seen first in the forty-seventh blind round of held-out articles (contacts outside the foreign
// ministries), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the forty-seventh round', () => {
  it("reads a place's name alone on line 1 as the page's section: the headline is the next line", () => {
    const a = parse(
      ' date 2009-12-15 Japan\nEmperor receives visiting vice president\nKYODO NEWS - Dec 15, 2009 - 18:52 | Japan, World\n\nTOKYO - The emperor received the visiting vice president on Tuesday.\n',
    );
    expect(a?.title).toBe('Emperor receives visiting vice president');
    expect(a?.titleDerived).toBe(false);
    expect(a?.dateline).toEqual({ place: 'TOKYO', date: null });
    expect(a?.paragraphs).toEqual(['The emperor received the visiting vice president on Tuesday.']);
  });

  it('still takes a headline that names a place among other words', () => {
    const a = parse(' date 2009-12-15 Japan votes\n\nTOKYO - Voters went to the polls on Tuesday.\n');
    expect(a?.title).toBe('Japan votes');
  });
});
