// Front matter seen first in the thirty-sixth blind round of held-out articles (an archive that spans years: older
// wire copy and the page layouts of older crawls), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the thirty-sixth round', () => {
  it('credits the outlet in an older byline whose bracketed credit is followed by "Updated:" and an ISO date', () => {
    const a = parse(
      ' date 2008-03-04 Home / China / Politics\nPremier meets visiting delegation\n' +
        'By ZHAO LIN (China Daily) Updated: 2008-03-04 07:42\n\n' +
        'Premier Gao Ming met a delegation of visiting lawmakers in Beijing on Monday.\n',
    );
    expect(a?.title).toBe('Premier meets visiting delegation');
    expect(a?.source).toBe('China Daily');
    expect(a?.paragraphs[0]).toMatch(/^Premier Gao Ming/);
  });
});
