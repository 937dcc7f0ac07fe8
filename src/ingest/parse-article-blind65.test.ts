// Front matter seen first in the sixty-fifth blind round of held-out articles (justice, detention and consular
// diplomacy: a broadcaster's crawled page, a government statement's page, a wire's staff credit), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('site chrome above the headline', () => {
  it("skips a broadcaster's menu, one item a line, down to the headline on line 9", () => {
    const a = parse(
      ' date 2023-10-11 Skip to main content\nLakeside News Homepage\nSearch\nJust In\nPolitics\nWorld\nBusiness\nAnalysis\n' +
        'Journalist freed after three years, reunited with her children at the airport\n' +
        'Posted Wed 11 Oct 2023 at 11:43am\n' +
        'The journalist landed this morning and was met by the foreign minister.\n',
    );
    expect(a?.title).toBe('Journalist freed after three years, reunited with her children at the airport');
    expect(a?.titleDerived).toBe(false);
  });

  it("skips a government site's banner and takes the statement's title below it", () => {
    const a = parse(
      ' date 2022-04-27 Skip to content\nAn official website of the United States Government\nRelease of a detained citizen\nPress Statement\nApril 27, 2022\n\nWe welcome the release today of a citizen held abroad.\n',
    );
    expect(a?.title).toBe('Release of a detained citizen');
  });
});

describe("a wire's staff credit and publication line", () => {
  it('reads "Staff" and "Published Saturday, …" as front matter, so the dateline opens the story', () => {
    const a = parse(
      ' date 2021-09-25 Two sailors back home after months in detention\nThe Canadian Press\nStaff\nPublished Saturday, September 25, 2021 9:41AM EDT\n\nHALIFAX — Two sailors landed in Halifax early Saturday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'HALIFAX', date: null });
    expect(a?.source).toBe('The Canadian Press');
    expect(a?.paragraphs[0]).toBe('Two sailors landed in Halifax early Saturday.');
  });
});
