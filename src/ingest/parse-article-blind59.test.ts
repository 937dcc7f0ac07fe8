// Front matter seen first in the fifty-ninth blind round of held-out articles (economic and trade diplomacy: business
// wires, a ministry's release), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe("a business wire's time line and contact block", () => {
  const a = parse(
    ' date 2019-10-12 Politics\nRuritania, Borduria Reach Partial Trade Deal\nBy Jane Roe and John Doe\nOctober 11, 2019, 7:42 PM UTC Updated on October 12, 2019, 3:27 AM UTC\n\n(Bloomberg) -- Ruritania and Borduria reached a partial trade deal on Friday.\n\nThe talks lasted two days.\n\nTo contact the reporters on this story:\nJane Roe at jroe@example.net;\nJohn Doe\n\nTo contact the editors responsible for this story:\nMary Major\n',
  );

  it('reads the time line with its update as front matter, so the wire credit below it names the source', () => {
    expect(a?.source).toBe('Bloomberg');
    expect(a?.paragraphs[0]).toBe('Ruritania and Borduria reached a partial trade deal on Friday.');
  });

  it('ends the story at "To contact the reporters on this story:"', () => {
    expect(a?.paragraphs).toEqual([
      'Ruritania and Borduria reached a partial trade deal on Friday.',
      'The talks lasted two days.',
    ]);
  });

  it("ends the story at a reporter's and an editor's contact line with their addresses", () => {
    const b = parse(
      ' date 2020-12-31 ECONOMY\nRuritania Opens Its Banks\nBy Jane Roe\nDec 31, 2020 01:06 AM\n\nRuritania opened its banks to foreign owners on Wednesday.\n\nContact reporter Jane Roe (janeroe@example.com) and editor John Doe (johndoe@example.com)\n',
    );
    expect(b?.paragraphs).toEqual(['Ruritania opened its banks to foreign owners on Wednesday.']);
  });

  it('keeps a sentence that opens with "Contact" and has no address', () => {
    const b = parse(
      ' date 2020-12-31 Ruritania Opens Its Banks\n\nRuritania opened its banks on Wednesday.\n\nContact reporters said the move was welcome.\n',
    );
    expect(b?.paragraphs).toContain('Contact reporters said the move was welcome.');
  });
});

describe("a business outlet's section, standfirst and staff byline", () => {
  const a = parse(
    ' date 2020-11-15 Trade\nRuritania and Borduria sign free trade pact\nThe two neighbours seal the deal by video link, without Syldavia\nJANE ROE and JOHN DOE, Nikkei staff writers\nNovember 15, 2020 16:23 JST\n\nSTRELSAU -- Ruritania and Borduria signed a free trade pact on Sunday.\n\nThe pact covers all goods.\n',
  );

  it('reads "Trade" on line 1 as a section and the line below as the headline', () => {
    expect(a?.title).toBe('Ruritania and Borduria sign free trade pact');
  });

  it("takes the reporters' names and desk as a byline and the city with a dash below the standfirst as the dateline", () => {
    expect(a?.dateline).toEqual({ place: 'STRELSAU', date: null });
    expect(a?.paragraphs).not.toContain('JANE ROE and JOHN DOE, Nikkei staff writers');
    expect(a?.paragraphs).toContain('Ruritania and Borduria signed a free trade pact on Sunday.');
  });

  it("skips a ministry's name with an ampersand above a release's headline", () => {
    const b = parse(
      ' date 2022-02-18 Ministry of Commerce & Industry\nRuritania and Borduria sign trade agreement\nPosted On: 18 FEB 2022 8:47PM by PIB Delhi\n\nRuritania and Borduria today signed a trade agreement.\n',
    );
    expect(b?.title).toBe('Ruritania and Borduria sign trade agreement');
  });
});
