// Front matter seen first in the seventy-ninth blind round of held-out articles (small states in their own outlets):
// mastheads of any name on line 1, a paper's sections, a section with its dated day, a small agency's initials,
// labelled page dates, a paper's desk byline and photographers credited by name and slash, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;
const STORY =
  '\n\nThe harbour bridge reopened on Monday after two years of repairs, the works ministry said.\n';

describe('a masthead of any name on line 1', () => {
  it.each([
    ['Harbour Observer', 'Harbour Observer'],
    ['Coral Bay Chronicle', 'Coral Bay Chronicle'],
    ['Lagoon Isles Online', 'Lagoon Isles Online'],
    ['News Reef News', 'Reef News'],
  ])('takes %j for chrome that credits the outlet, and the headline below it', (line1, outlet) => {
    const a = parse(` date 2023-05-02 ${line1}\nHarbour bridge reopens after repairs${STORY}`);
    expect(a?.title).toBe('Harbour bridge reopens after repairs');
    expect(a?.source).toBe(outlet);
  });

  it('still reads a short headline over its story as the headline', () => {
    const a = parse(` date 2023-05-02 Troubled Times${STORY}`);
    expect(a?.title).toBe('Troubled Times');
  });
});

describe("a paper's sections and a section's dated day", () => {
  it('reads "Lead Stories" and "Home Local News" as chrome, and "Harbour Today" below them as the outlet', () => {
    expect(parse(` date 2023-05-02 Lead Stories\nBridge reopens after repairs${STORY}`)?.title).toBe(
      'Bridge reopens after repairs',
    );
    const a = parse(` date 2023-05-02 Home Local News\nHarbour Today\nBridge reopens after repairs${STORY}`);
    expect(a?.title).toBe('Bridge reopens after repairs');
    expect(a?.source).toBe('Harbour Today');
  });

  it('reads "Politics 14 January 2022 16:25" as the section and its time, the headline from line 2', () => {
    const a = parse(
      ` date 2022-01-14 Politics 14 January 2022 16:25\nAssembly approves new minister${STORY}`,
    );
    expect(a?.title).toBe('Assembly approves new minister');
    expect(a?.publishedTime).toBe('16:25');
  });

  it('takes an agency\'s initials alone on line 1 ("TDH") for its masthead, past a section word', () => {
    const a = parse(
      ` date 2022-03 TDH\nPolitics\nNew bridge opens in the capital\n19.03.2022 | 14:21${STORY}`,
    );
    expect(a?.title).toBe('New bridge opens in the capital');
    expect(a?.source).toBe('TDH');
  });
});

describe('labelled dates, desk bylines and credits', () => {
  it('reads "Posted: …. Updated: …." as the page\'s dates, not a dateline', () => {
    const a = parse(
      ` date 2022-02-04 Bridge reopens after repairs\nPosted: Friday, February 4, 2022 - 11:20. Updated: Friday, February 4, 2022 - 11:55.${STORY}`,
    );
    expect(a?.dateline).toBeNull();
    expect(a?.publishedTime).toBe('11:20');
    expect(a?.paragraphs[0]).toMatch(/^The harbour bridge reopened/);
  });

  it('reads "Harbour Writer" under the headline as a desk byline, and "Author: X | date" as the credit X', () => {
    expect(parse(` date 2022-03-24 Bridge reopens\nHarbour Writer${STORY}`)?.paragraphs[0]).toMatch(
      /^The harbour/,
    );
    expect(
      parse(` date 2022-12-24 Bridge reopens\nAuthor: Reef News | Saturday 24/12/2022${STORY}`)?.source,
    ).toBe('Reef News');
  });

  it('strips "- Name/Photographer" and "Source: Name/Employer" from captions', () => {
    const a = parse(
      ` date 2022-03-24 Bridge reopens${STORY}\nThe minister at the bridge yesterday. - Tomas Orlek/Photographer\n\nThe minister at the bridge. Source: Mira Talvet/Works Ministry\n`,
    );
    expect(a?.captions).toEqual(['The minister at the bridge yesterday.', 'The minister at the bridge.']);
    expect(a?.paragraphs.join(' ')).not.toMatch(/Orlek|Talvet/);
  });
});
