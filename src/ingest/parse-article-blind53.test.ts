// Front matter seen first in the fifty-third blind round of held-out articles (one file, many stories), on invented
// lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the fifty-third round', () => {
  it('credits AP for "The Associated Press" alone on the line under the headline', () => {
    const a = parse(
      ' date 2025-03-03 Today in History: March 3\nThe Associated Press\nToday is Monday, March 3.\n\nOn March 3, 1931, the first flight crossed the sea.\n',
    );
    expect(a?.source).toBe('AP');
    expect(a?.paragraphs).toEqual([
      'Today is Monday, March 3.',
      'On March 3, 1931, the first flight crossed the sea.',
    ]);
  });
});
