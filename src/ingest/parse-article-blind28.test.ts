// Front matter seen first in the twenty-eighth blind round of held-out articles (obituaries, profiles, interviews),
// on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the twenty-eighth round', () => {
  it('reads Kyodo’s older dateline, with the credit after the date and no comma or brackets', () => {
    const a = parse(
      ' date 2024-02-09 Conductor dies at 90\n\nOSAKA, Feb. 8 Kyodo - The conductor died on Thursday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'OSAKA', date: 'Feb. 8' });
    expect(a?.source).toBe('Kyodo');
    expect(a?.paragraphs[0]).toBe('The conductor died on Thursday.');
  });
});
