// Front matter seen first in the seventy-second blind round of held-out articles (arms control and
// non-proliferation talks: a foreign ministry's media note under its site's masthead), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe("a government's masthead on line 1", () => {
  it('reads "ARLAND DEPARTMENT of STATE"-style capitals after a country\'s abbreviation as chrome, so the headline is line 2', () => {
    const a = parse(
      ' date 2024-03-02 U.S. DEPARTMENT of STATE\nDeputy Secretary Veller’s Meeting with Belmark Deputy Foreign Minister Harlan\nMEDIA NOTE\nOFFICE OF THE SPOKESPERSON\nMARCH 2, 2024\nDeputy Secretary of State Tomas Veller met Deputy Foreign Minister Lena Harlan in Port Ellis on March 2.\nThey agreed to meet again.\n',
    );
    expect(a?.title).toBe('Deputy Secretary Veller’s Meeting with Belmark Deputy Foreign Minister Harlan');
    expect(a?.titleDerived).toBe(false);
  });

  it("reads a ministry's masthead in capitals as chrome too", () => {
    const a = parse(
      ' date 2024-03-02 MINISTRY OF FOREIGN AFFAIRS\nMinister Veller receives Belmark envoy\nPORT ELLIS, March 2 -- Foreign Minister Tomas Veller received the Belmark ambassador on Saturday.\n',
    );
    expect(a?.title).toBe('Minister Veller receives Belmark envoy');
  });

  it('keeps a headline in capitals that says what happened', () => {
    const a = parse(
      ' date 2024-03-02 MINISTRY OF FOREIGN AFFAIRS OF ARLAND SUMMONS BELMARK ENVOY\nPORT ELLIS, March 2 -- The ministry summoned the Belmark ambassador on Saturday.\n',
    );
    expect(a?.title).toBe('MINISTRY OF FOREIGN AFFAIRS OF ARLAND SUMMONS BELMARK ENVOY');
  });
});
