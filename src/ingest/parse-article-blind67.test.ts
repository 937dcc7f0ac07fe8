// Front matter seen first in the sixty-seventh blind round of held-out articles (climate, environment and energy
// diplomacy: a ministry's press release), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('a ministry above its release', () => {
  it('skips a ministry whose name lists its portfolios with commas, and takes the headline below', () => {
    const a = parse(
      " date 2023-07-28 Ministry of Water, Land and Coastal Affairs\nMinisters' meeting concludes with adoption of outcome document\nPosted On: 28 JUL 2023 8:15PM by PIB Delhi\nThe meeting concluded today.\n",
    );
    expect(a?.title).toBe("Ministers' meeting concludes with adoption of outcome document");
  });
});
