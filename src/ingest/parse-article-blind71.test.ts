// Front matter seen first in the seventy-first blind round of held-out articles (state media of one-party and closed
// states: Granma's staff credit and its "CITY, Month D.—" dateline, Turkmenistan's state news site above the
// headline), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe("Granma's English edition", () => {
  it('credits "Granma International news staff" and reads the dateline closed by a period and an em dash', () => {
    const a = parse(
      ' date 2014-07-12 Leaders hold official talks\nGranma International news staff\nSANTIAGO DE CUBA, July 11.—Army General Aris Tarkin held official talks on Friday with a visiting president.\n\nThe two leaders reviewed relations.\n',
    );
    expect(a?.source).toBe('Granma International');
    expect(a?.dateline).toEqual({ place: 'SANTIAGO DE CUBA', date: 'July 11' });
    expect(a?.paragraphs[0]).toMatch(/^Army General Aris Tarkin held official talks/);
  });

  it('keeps a dash inside a sentence that opens with a place in capitals and no date', () => {
    const a = parse(
      ' date 2014-07-12 Leaders hold official talks\nNATO.—the alliance said nothing more.\n\nThe two leaders reviewed relations.\n',
    );
    expect(a?.dateline).toBeNull();
  });
});

describe("Turkmenistan's state news site", () => {
  it("takes the site's name on line 1 for chrome, and the headline below it", () => {
    const a = parse(
      ' date 2022-06-30 Turkmenistan: Golden age\nThe Third Lake Summit held in Port Ellis\n29.06.2022\nToday, the Third Summit of the lake states was held in Port Ellis.\n',
    );
    expect(a?.title).toBe('The Third Lake Summit held in Port Ellis');
    expect(a?.titleDerived).toBe(false);
  });
});
