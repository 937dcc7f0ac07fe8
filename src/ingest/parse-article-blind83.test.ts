// Page shapes seen first in the eighty-third blind round of held-out articles (security and intelligence channels): a
// business outlet's byline naming an editor's desk, and a paper's print credit below the story, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;
const STORY = 'The harbour bridge reopened on Monday after two years of repairs, the works ministry said.';

describe("a byline naming an editor's desk", () => {
  it.each(['JANE ROE, Nikkei Asia chief desk editor', 'JOHN DOE, Nikkei deputy editor'])(
    'reads %j as a byline and the city with a dash below it as the dateline',
    (line) => {
      const a = parse(
        ` date 2024-04-17 Harbour bridge reopens after repairs\nRepairs took two years\n${line}\nApril 17, 2024 04:12 JST\n\nSTRELSAU -- ${STORY}\n\nTraffic was light.\n`,
      );
      expect(a?.dateline).toEqual({ place: 'STRELSAU', date: null });
      expect(a?.paragraphs).toContain(STORY);
      expect(a?.paragraphs.join(' ')).not.toContain('editor');
    },
  );
});

describe("a paper's print credit below the story", () => {
  it('reads "Published in Dawn, December 7th, 2015" as crediting the paper, no story text', () => {
    const a = parse(
      ` date 2015-12-07 Harbour bridge reopens after repairs\nJane Roe\nPublished December 7, 2015\n\nSTRELSAU: ${STORY}\n\nTraffic was light.\n\nPublished in Dawn, December 7th, 2015\n`,
    );
    expect(a?.source).toBe('Dawn');
    expect(a?.paragraphs.at(-1)).toBe('Traffic was light.');
  });

  it('keeps "Published in 2020, the report …" as story text', () => {
    const a = parse(
      ` date 2024-04-17 Harbour bridge reopens after repairs\n\n${STORY}\n\nPublished in March 2020, the report found wide gaps.\n`,
    );
    expect(a?.paragraphs.at(-1)).toBe('Published in March 2020, the report found wide gaps.');
    expect(a?.source).toBeNull();
  });
});
