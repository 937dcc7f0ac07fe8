// Front matter and trailers seen first in the fifty-seventh blind round of held-out articles (conflict and crisis
// diplomacy), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the fifty-seventh round', () => {
  it("skips a site's greeting, its tagline and a dated section line around the headline", () => {
    const a = parse(
      [
        ' date 2024-02-12 Skip to main content',
        'Welcome to the United Nations',
        'UN News',
        'Global perspective Human stories',
        'Council meets on river dispute',
        '12 February 2024 Peace and Security',
        '',
        'The council met on Monday to discuss the dispute.',
      ].join('\n'),
    );
    expect(a?.title).toBe('Council meets on river dispute');
    expect(a?.paragraphs).toEqual(['The council met on Monday to discuss the dispute.']);
  });
});

describe('credits in the body', () => {
  it('reads a UN photo credit alone on its line as a credit, not a paragraph', () => {
    const a = parse(
      [
        ' date 2024-02-12 Council meets on river dispute',
        '',
        'The council met on Monday to discuss the dispute.',
        'UN Photo/Jana Roeder',
        'The ambassador of Norland addresses the council.',
      ].join('\n'),
    );
    expect(a?.paragraphs).toEqual([
      'The council met on Monday to discuss the dispute.',
      'The ambassador of Norland addresses the council.',
    ]);
  });

  it("reads an agency's sign-off with its editors' names as the agency's credit, not story text", () => {
    const a = parse(
      [
        ' date 2024-02-12 Leaders sign accord',
        '',
        'The two leaders signed the accord on Monday.',
        '',
        'WAM/Jana Roeder/Fadi Nassar',
      ].join('\n'),
    );
    expect(a?.paragraphs).toEqual(['The two leaders signed the accord on Monday.']);
    expect(a?.source).toBe('WAM');
  });
});
