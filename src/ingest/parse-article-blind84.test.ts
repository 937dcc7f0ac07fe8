// Page shapes seen first in the eighty-fourth blind round of held-out articles (minilateral meetings and
// "two-plus-two" talks): a regional site's section on line 1, an outlet credited "with" a wire, a broadcaster's byline
// with the writer's desk, a bare author under the date line, and an agency's correspondent credited in the second
// paragraph, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;
const STORY =
  '\n\nThe harbour bridge reopened on Monday after two years of repairs, the works ministry said.\n';

describe("a regional site's section over the headline", () => {
  it('reads "Global Europe" as chrome and takes the headline from line 2', () => {
    const a = parse(` date 2024-02-12 Global Europe\nHarbour bridge reopens after repairs${STORY}`);
    expect(a?.title).toBe('Harbour bridge reopens after repairs');
  });
});

describe('an outlet credited with a wire', () => {
  it.each(['By Reefwatch with AFP | Feb 12, 2024', 'By Reefwatch with Reuters'])(
    'reads %j as crediting the outlet, not the wire',
    (line) => {
      const a = parse(` date 2024-02-12 Harbour bridge reopens after repairs\n${line}${STORY}`);
      expect(a?.source).toBe('Reefwatch');
      expect(a?.paragraphs.join(' ')).not.toContain('Reefwatch');
    },
  );

  it('still credits the wire of "By Jane Doe with AFP", a writer\'s byline', () => {
    const a = parse(` date 2024-02-12 Harbour bridge reopens after repairs\nBy Jane Doe with AFP${STORY}`);
    expect(a?.source).toBe('AFP');
  });
});

describe("a writer's byline with a desk, and a bare author under the date", () => {
  it.each(['By political reporter Jane Doe', 'By chief political correspondent Jane Doe'])(
    'reads %j as a byline, no story text',
    (line) => {
      const a = parse(
        ` date 2023-07-29 Skip to main content\nHarbour bridge reopens after repairs\n${line}\nPosted Sat 29 Jul 2023 at 3:46pm${STORY}`,
      );
      expect(a?.paragraphs[0]).toMatch(/^The harbour bridge reopened/);
      expect(a?.paragraphs.join(' ')).not.toContain('Jane Doe');
    },
  );

  it('drops the bare author between the date line and the story', () => {
    const a = parse(
      ` date 2021-02-17 Harbour bridge reopens after repairs\nFebruary 17, 2021\nJane Doe${STORY}`,
    );
    expect(a?.paragraphs).toEqual([
      'The harbour bridge reopened on Monday after two years of repairs, the works ministry said.',
    ]);
  });

  it('keeps a name line that the story follows without a blank line', () => {
    const a = parse(
      ` date 2021-02-17 Harbour bridge reopens after repairs\nFebruary 17, 2021\nJane Doe\nJane Doe opened the bridge.${STORY}`,
    );
    expect(a?.paragraphs.join(' ')).toContain('Jane Doe opened the bridge.');
  });
});

describe("an agency's correspondent credited in the story", () => {
  it('reads "…, an Ukrinform correspondent reports." in the second paragraph as the source', () => {
    const a = parse(
      ' date 2020-07-28 Harbour bridge reopens after repairs\n28.07.2020 15:47\nThe harbour bridge reopened on Monday after two years of repairs.\n\nThe ribbon was cut by the mayor, an Ukrinform correspondent reports.\n',
    );
    expect(a?.source).toBe('Ukrinform');
  });
});
