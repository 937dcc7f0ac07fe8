// Front matter seen first in the sixty-fourth blind round of held-out articles (inaugurations, elections and
// transfers of power: a live blog, a party's statement), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('labels above the headline', () => {
  it('skips a live blog\'s "Live updates" on line 1 and takes the headline below', () => {
    const a = parse(
      ' date 2024-07-05 Live updates\nNew premier takes office as party sweeps to power\nReuters | London | Last updated: 5 Jul 2024, 09:45 BST\nThe new premier took office on Friday.\n',
    );
    expect(a?.title).toBe('New premier takes office as party sweeps to power');
  });

  it("skips a party's name above its own statement", () => {
    const a = parse(
      ' date 2008-09-25 National Unity Party\nSTATEMENT ON THE ELECTION OF THE NEW PRESIDENT\n25 September 2008\n\nThe party welcomes the election today of its deputy leader as President.\n',
    );
    expect(a?.title).toBe('STATEMENT ON THE ELECTION OF THE NEW PRESIDENT');
    expect(a?.paragraphs[0]).toBe('The party welcomes the election today of its deputy leader as President.');
  });
});
