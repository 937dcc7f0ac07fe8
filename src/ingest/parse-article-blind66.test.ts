// Front matter seen first in the sixty-sixth blind round of held-out articles (a ministry's press-conference
// transcript whose turns open with the asking outlet's name), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe("a transcript's first turn", () => {
  it('reads "CCTV: …" opening the story as the outlet asking, not a dateline', () => {
    const a = parse(
      " date 2024-05-03 Foreign Ministry Spokesperson Quan Meilin's Regular Press Conference on May 3, 2024\n2024-05-03 19:30\n\nCCTV: The president held talks today. Could you share more?\n\nQuan Meilin: The two presidents discussed trade and regional security.\n",
    );
    expect(a?.dateline).toBeNull();
    expect(a?.paragraphs[0]).toBe('CCTV: The president held talks today. Could you share more?');
  });

  it('still reads a city before a colon as the dateline', () => {
    const a = parse(' date 2024-05-03 Talks held\nBeijing: The two sides held talks on Friday.\n');
    expect(a?.dateline?.place).toBe('Beijing');
  });
});
