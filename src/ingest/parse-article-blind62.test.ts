// Front matter seen first in the sixty-second blind round of held-out articles (sport, culture and science
// diplomacy: an agency's archive pages, a sports desk's live blog, a Gulf paper's standfirst), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of archive pages, live blogs and Gulf papers', () => {
  it("reads the headline below an agency's archive label", () => {
    const a = parse(
      ' date 1973-05-02 UPI Archives\nMayor welcomes visiting acrobats\nMay 2, 1973\nCHICAGO (UPI) -- The mayor welcomed a troupe of visiting acrobats at City Hall on Wednesday.\n',
    );
    expect(a?.title).toBe('Mayor welcomes visiting acrobats');
    expect(a?.dateline).toEqual({ place: 'CHICAGO', date: null });
    expect(a?.source).toBe('UPI');
  });

  it("reads the headline below a live blog's section path with a year in it", () => {
    const a = parse(
      ' date 2022-08-12 Sport | Games 2022 | Live\nRelay opener: hosts take gold on a wet night – as it happened\nThe hosts won the first relay of the week\n21.05 BST\nThe hosts take gold.\n',
    );
    expect(a?.title).toBe('Relay opener: hosts take gold on a wet night – as it happened');
  });

  it('credits a paper whose masthead stands below the standfirst and reads the dateline under it', () => {
    const a = parse(
      " date 2023-04-02 Sport\nKingdom to host regional games final\nBid approved unanimously at the federation meeting\nUpdated 2 April 2023\nGULF NEWS\nDUBAI: The federation on Sunday chose the city as the host of next year's final.\nThe vote was unanimous.\n",
    );
    expect(a?.title).toBe('Kingdom to host regional games final');
    expect(a?.dateline).toEqual({ place: 'DUBAI', date: null });
    expect(a?.source).toBe('Gulf News');
  });
});
