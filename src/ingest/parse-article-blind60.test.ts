// Front matter seen first in the sixtieth blind round of held-out articles (monarchs, royals and religious leaders in
// diplomacy: Kyodo's captions, the Saudi agency's Hijri dates), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe("a picture's caption with the agency's bare credit", () => {
  it('sets a dated caption ending in "(Kyodo)" aside, so the dateline below it opens the story', () => {
    const a = parse(
      ' date 2019-05-27 Emperor welcomes Ruritanian king\nThe emperor and King Oskar review an honor guard at the palace in Tokyo on May 27, 2019. (Kyodo)\nTOKYO, May 27 Kyodo - The emperor welcomed King Oskar of Ruritania on Monday.\n',
    );
    expect(a?.captions).toEqual([
      'The emperor and King Oskar review an honor guard at the palace in Tokyo on May 27, 2019.',
    ]);
    expect(a?.dateline).toEqual({ place: 'TOKYO', date: 'May 27' });
    expect(a?.paragraphs).toEqual(['The emperor welcomed King Oskar of Ruritania on Monday.']);
  });

  it("keeps a story's last paragraph that ends with the agency's credit but no date", () => {
    const a = parse(
      ' date 2024-02-28 Amir visits Ruritania\nDoha / QNA\n\nThe Amir held talks in the capital on Tuesday.\n\nThe Amir had arrived on Monday. (QNA)\n',
    );
    expect(a?.paragraphs.some((p) => p.startsWith('The Amir had arrived on Monday.'))).toBe(true);
    expect(a?.captions).toEqual([]);
  });
});

describe("the Saudi agency's dateline with the Hijri date", () => {
  it('reads the place and the Gregorian date past the Hijri one', () => {
    const a = parse(
      ' date 2018-03-21 Crown Prince Meets Ruritanian President\nWashington, Rajab 03, 1439, March 20, 2018, SPA -- The Crown Prince met the President of Ruritania today.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Washington', date: 'March 20, 2018' });
    expect(a?.source).toBe('SPA');
    expect(a?.paragraphs[0]).toBe('The Crown Prince met the President of Ruritania today.');
  });
});
