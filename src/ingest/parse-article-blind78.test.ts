// Front matter and trailers seen first in the seventy-eighth blind round of held-out articles (heads of international
// bodies at work in national capitals): Reuters's time line marked "Updated", Anadolu's older byline template, AFP's
// lower-case closing byline, on invented lines with invented people.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';
import { extractTest } from './test-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('a Reuters time line marked "Updated"', () => {
  it('reads "June 22, 2023 5:41 PM UTC Updated" as page metadata, not the lede', () => {
    const a = parse(
      " date 2023-06-22 Arland minister meets fund chief\nBy Reuters\nJune 22, 2023 5:41 PM UTC Updated\n\nPORT ELLIS, June 22 (Reuters) - Arland's Finance Minister Tomas Veller met the fund's chief on Thursday.\n\nThe two agreed to keep talking.\n",
    );
    expect(a?.source).toBe('Reuters');
    expect(a?.paragraphs[0]).toMatch(/^Arland's Finance Minister Tomas Veller met/);
  });

  it('takes the same line with "Updated 2 hours ago"', () => {
    const a = parse(
      " date 2023-06-22 Arland minister meets fund chief\nJune 22, 2023 5:41 PM UTC Updated 2 hours ago\n\nPORT ELLIS, June 22 (Reuters) - Finance Minister Tomas Veller met the fund's chief on Thursday.\n",
    );
    expect(a?.paragraphs[0]).toMatch(/^Finance Minister Tomas Veller met/);
  });
});

describe("Anadolu's older byline template", () => {
  it('credits Anadolu for "Jane Doe   |06.04.2021" with no update part and no agency named anywhere', () => {
    const a = parse(
      ' date 2021-04-06 Arland president receives visitors in Port Ellis\nPresident discusses trade and migration with guests\nMerve Kaplan   |06.04.2021\nANKARA\n\nArland President Tomas Veller on Tuesday received the visitors at the presidential complex.\n',
    );
    expect(a?.source).toBe('Anadolu Agency');
    expect(a?.dateline?.place).toBe('ANKARA');
    expect(a?.paragraphs.some((p) => p.includes('Merve Kaplan'))).toBe(false);
  });

  it('keeps a line of a name and a pipe without the dotted day as no credit', () => {
    const a = parse(
      ' date 2021-04-06 Arland president receives visitors\nMerve Kaplan | Port Ellis\n\nArland President Tomas Veller on Tuesday received the visitors.\n',
    );
    expect(a?.source).not.toBe('Anadolu Agency');
  });
});

describe("AFP's closing byline", () => {
  it('drops "by Jane Doe" below the story: the writer is no person of it', () => {
    const text =
      ' date 2015-12-15 Trade body opens meeting in Port Ellis\nPort Ellis (AFP) – The trade body opened its meeting on Tuesday, with President Tomas Veller of Arland welcoming ministers.\n\nThe meeting lasts four days.\n\nFarmers protested outside the hall.\n\nby Aileen Marsh\n';
    const a = parse(text);
    expect(a?.paragraphs.some((p) => p.includes('Aileen Marsh'))).toBe(false);
    expect(extractTest(a!).people.map((p) => p.name)).toEqual(['Tomas Veller']);
  });

  it('keeps a story sentence that opens with "by"', () => {
    const a = parse(
      ' date 2015-12-15 Trade body opens meeting\nPort Ellis (AFP) – The trade body opened its meeting on Tuesday.\n\nThe meeting lasts four days.\n\nFarmers protested outside the hall.\n\nby the end of the week, ministers hope to agree.\n',
    );
    expect(a?.paragraphs.at(-1)).toMatch(/^by the end of the week/);
  });
});
