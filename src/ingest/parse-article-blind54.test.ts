// Front matter seen first in the fifty-fourth blind round of held-out articles (stories that name many people and
// report few acts), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the fifty-fourth round', () => {
  it('reads a section path whose part joins two words with "&" as page chrome, and the headline from the next line', () => {
    const a = parse(
      ' date 2019-06-24 Home / Ostland Politics & Diplomacy\nVarn: leaders could meet in Osk but no agenda yet\nThe minister gave an interview ahead of the summit\n\nMARLO, June 24. /TASS/. Foreign Minister Edo Varn said on Monday that a meeting was possible.\n',
    );
    expect(a?.title).toBe('Varn: leaders could meet in Osk but no agenda yet');
    expect(a?.source).toBe('TASS');
    expect(a?.dateline).toEqual({ place: 'MARLO', date: 'June 24' });
  });

  it('credits the outlet a byline names ("By Vatican News") as the source', () => {
    const a = parse(
      ' date 2025-04-21 Cardinal dies at 88\nBy Vatican News\n\nCardinal Edo Varn died on Monday morning.\n',
    );
    expect(a?.source).toBe('Vatican News');
    expect(a?.paragraphs).toEqual(['Cardinal Edo Varn died on Monday morning.']);
  });
});
