// Front matter and trailers seen first in the fifty-first blind round of held-out articles (diplomacy below and
// beside the heads of state), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter and trailers of the fifty-first round', () => {
  it('reads "Focus Taiwan" on line 1 as CNA\'s masthead, with the headline on line 2', () => {
    const a = parse(
      ' date 2020-01-13 Focus Taiwan\nTwo cities sign sister city pact\n01/13/2020 06:42 PM\nTaipei, Jan. 13 (CNA) The two mayors signed the pact on Monday.\n',
    );
    expect(a?.title).toBe('Two cities sign sister city pact');
    expect(a?.source).toBe('CNA');
    expect(a?.paragraphs).toEqual(['The two mayors signed the pact on Monday.']);
  });

  it('keeps a bracketed byline of several names and an "Enditem/AW" sign-off out of the story', () => {
    const a = parse(
      ' date 2020-01-13 Two cities sign sister city pact\nTaipei, Jan. 13 (CNA) The two mayors signed the pact on Monday.\nThey will cooperate in culture.\nThe pact was approved in December.\n(By Lin Mei-hua and Peter Gould)\nEnditem/AW\n',
    );
    expect(a?.paragraphs).toEqual([
      'The two mayors signed the pact on Monday.',
      'They will cooperate in culture.',
      'The pact was approved in December.',
    ]);
  });

  it('keeps a bracketed line that is a sentence, not a byline', () => {
    const a = parse(
      ' date 2020-01-13 Two cities sign sister city pact\nTaipei, Jan. 13 (CNA) The two mayors signed the pact on Monday.\nThey will cooperate in culture.\nThe pact was approved in December.\n(By then the council had voted.)\n',
    );
    expect(a?.paragraphs).toContain('(By then the council had voted.)');
  });
});
