// Page shapes seen first in the eighty-second blind round of held-out articles (pages that are not one plain story):
// a masthead run together with skip links, an edition's label, a wire's product pages, a live blog's byline and
// dotted times, a desk's staff byline, lists of other stories' headlines, a gallery's counted captions, pool photo
// credits and a video's credits, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;
const STORY =
  '\n\nThe harbour bridge reopened on Monday after two years of repairs, the works ministry said.\n';

describe('chrome on line 1 over the headline', () => {
  it.each(['Harbour Radio Homepage Skip to content Accessibility Help', 'First Edition', 'Morning Edition'])(
    'reads %j as chrome and takes the headline from line 2',
    (line1) => {
      const a = parse(` date 2023-05-02 ${line1}\nHarbour bridge reopens after repairs${STORY}`);
      expect(a?.title).toBe('Harbour bridge reopens after repairs');
    },
  );

  it.each([
    ['Reuters Pictures', 'Reuters'],
    ['AP Morning Wire', 'AP'],
    ['Reef News Video', 'Reef News'],
  ])("reads a wire's product page %j as its masthead, crediting %j", (line1, outlet) => {
    const a = parse(` date 2023-05-02 ${line1}\nHarbour bridge reopens after repairs${STORY}`);
    expect(a?.title).toBe('Harbour bridge reopens after repairs');
    expect(a?.source).toBe(outlet);
  });

  it('still reads a headline that names an edition in a sentence as the headline', () => {
    const a = parse(` date 2023-05-02 Paper prints its last edition after 90 years${STORY}`);
    expect(a?.title).toBe('Paper prints its last edition after 90 years');
  });
});

describe("a live blog's and a desk's bylines", () => {
  it('drops "Jane Doe (now) and John Roe (earlier)" and the dotted time line below it', () => {
    const a = parse(
      ` date 2023-05-02 Bridge live: harbour span reopens\nJane Doe (now) and John Roe (earlier)\nTue 2 May 2023 11.14 BST${STORY}`,
    );
    expect(a?.paragraphs[0]).toMatch(/^The harbour bridge reopened/);
  });

  it("drops a writer's bare name above a dotted time line", () => {
    const a = parse(` date 2023-05-02 Bridge reopens\nJane Doe\nTue 2 May 2023 06.30 BST${STORY}`);
    expect(a?.paragraphs[0]).toMatch(/^The harbour bridge reopened/);
  });

  it('credits the outlet of "By Harbour Radio Staff"', () => {
    const a = parse(
      ` date 2023-05-02 Bridge reopens\nBy Harbour Radio Staff\nPublished On 2 May 2023${STORY}`,
    );
    expect(a?.source).toBe('Harbour Radio');
    expect(a?.paragraphs[0]).toMatch(/^The harbour bridge reopened/);
  });
});

describe("lists of other stories' headlines below the story", () => {
  it.each(['Most viewed', 'Related', 'More galleries', 'More on this story', 'What else we’ve been reading'])(
    'drops the headlines under %j',
    (heading) => {
      const a = parse(
        ` date 2023-05-02 Bridge reopens${STORY}${heading}\nJohn Roe quits the morning show after 20 years\nWhy ferries still matter\n`,
      );
      expect(a?.paragraphs).toEqual([
        'The harbour bridge reopened on Monday after two years of repairs, the works ministry said.',
      ]);
    },
  );

  it('keeps story text that follows the list', () => {
    const a = parse(
      ` date 2023-05-02 Bridge reopens${STORY}Related\nWhy ferries still matter\nThe ministry said tolls would stay at last year's level.\n`,
    );
    expect(a?.paragraphs.at(-1)).toBe("The ministry said tolls would stay at last year's level.");
  });

  it('drops a "Trending:" line', () => {
    const a = parse(` date 2023-05-02 Bridge reopens${STORY}Trending: John Roe's wedding plans revealed\n`);
    expect(a?.paragraphs).toHaveLength(1);
  });
});

describe('galleries and credits', () => {
  it('reads captions under "1 of 3" counters as the story, without their pool credits', () => {
    const a = parse(
      ` date 2023-05-02 The harbour bridge reopens\nThe span reopened on Monday.\n1 of 3\nMayor Jane Doe cuts the ribbon at the harbour bridge. John Roe/Pool via REUTERS\n2 of 3\nCrowds cross the bridge on foot. Pool via AP\n3 of 3\nFerries sail past the bridge at dusk. REUTERS/John Roe\n`,
    );
    expect(a?.paragraphs).toEqual([
      'The span reopened on Monday.',
      'Mayor Jane Doe cuts the ribbon at the harbour bridge.',
      'Crowds cross the bridge on foot.',
      'Ferries sail past the bridge at dusk.',
    ]);
  });

  it('drops a video\'s "Video journalist: Jane Doe" credit', () => {
    const a = parse(` date 2023-05-02 Bridge reopens${STORY}Video journalist: Jane Doe\n`);
    expect(a?.paragraphs).toHaveLength(1);
  });
});
