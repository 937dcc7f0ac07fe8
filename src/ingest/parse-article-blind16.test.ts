// Front matter seen first in the sixteenth blind round of held-out articles (Chinese state media as crawled), on
// invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of Chinese state media pages', () => {
  it('reads a section path with hyphenated sections as chrome, not the headline', () => {
    const a = parse(
      ' date 2024-05-21 Home / World / Asia-Pacific\nFishing fleets return to port early\nBy JANE ROE | China Daily | Updated: 2024-05-21 15:20\n\nThe fleets returned on Monday.\n',
    );
    expect(a?.title).toBe('Fishing fleets return to port early');
    const b = parse(
      ' date 2024-05-21 Home / China / Cross-Straits\nFerry line reopens\n\nThe ferry line reopened on Monday.\n',
    );
    expect(b?.title).toBe('Ferry line reopens');
  });

  it('credits the outlet that prints its own name as the byline, with the publication time glued on', () => {
    const a = parse(
      ' date 2024-03-21 Ministers hold dialogue\nBy Global Times Published: Mar 20, 2024 10:46 PM\n\nThe ministers met on Wednesday.\n',
    );
    expect(a?.source).toBe('Global Times');
    expect(a?.paragraphs).toEqual(['The ministers met on Wednesday.']);
    // A reporter's byline credits nobody.
    const b = parse(
      ' date 2024-03-21 Ministers hold dialogue\nBy Jane Roe Published: Mar 20, 2024 10:46 PM\n\nThe ministers met on Wednesday.\n',
    );
    expect(b?.source).toBe(null);
  });

  it('reads a reporters’ byline with the publication time glued on as front matter, not the lede', () => {
    const a = parse(
      ' date 2024-11-08 Spokesperson answers questions\nBy Jane Roe and Li Si Published: Nov 07, 2024 10:12 PM\n\nThe spokesperson said on Thursday that ties were stable.\n',
    );
    expect(a?.paragraphs).toEqual(['The spokesperson said on Thursday that ties were stable.']);
  });

  it('credits ECNS by its initials, glued to the timestamp or before the story', () => {
    const a = parse(
      ' date 2023-12-19 Delegates arrive for talks\n2023-12-19 08:52:41ECNS Editor: Jane Roe\n\nDelegates arrived on Monday.\n',
    );
    expect(a?.source).toBe('ECNS');
    expect(a?.paragraphs).toEqual(['Delegates arrived on Monday.']);
    const b = parse(' date 2023-12-19 Delegates arrive\n\n(ECNS) -- Delegates arrived on Monday.\n');
    expect(b?.source).toBe('ECNS');
  });

  it('credits the outlet whose social handle is line 1’s chrome, and no one for an unknown handle', () => {
    const a = parse(
      ' date 2024-11-08 @globaltimesnews\n\nMinisters meet\n\nThe ministers met on Thursday.\n',
    );
    expect(a?.source).toBe('Global Times');
    expect(a?.title).toBe('Ministers meet');
    const b = parse(' date 2024-11-08 @CGTNOfficial\n\nMinisters meet\n\nThe ministers met on Thursday.\n');
    expect(b?.source).toBe('CGTN');
    const c = parse(' date 2024-11-08 @janeroe\n\nMinisters meet\n\nThe ministers met on Thursday.\n');
    expect(c?.source).toBe(null);
  });
});
