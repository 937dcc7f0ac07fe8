// Front matter left over from rounds 59–60: a wire's credit opening the story below a portal's masthead, on invented
// lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('a wire credit below a portal masthead', () => {
  it("credits the radio whose bracketed name opens the story, not the portal's masthead on line 1", () => {
    const a = parse(
      ' date 2019-03-02 Vatican News\nPope receives visiting president\nThe two spoke of peace and of migrants.\n12/03/2019 10:15\n\n(Vatican Radio) Pope Francis on Monday received President Tomas Verlo in the Apostolic Palace.\n',
    );
    expect(a?.title).toBe('Pope receives visiting president');
    expect(a?.source).toBe('Vatican Radio');
    expect(a?.paragraphs[1]).toBe(
      'Pope Francis on Monday received President Tomas Verlo in the Apostolic Palace.',
    );
  });

  it('keeps the masthead when the story opens with no credit', () => {
    const a = parse(
      ' date 2019-03-02 Vatican News\nPope receives visiting president\n\nPope Francis on Monday received President Tomas Verlo.\n',
    );
    expect(a?.source).toBe('Vatican News');
  });

  it('reads a bracketed word that is no agency as story text', () => {
    const a = parse(
      ' date 2019-03-02 Vatican News\nPope receives visiting president\nThe two spoke of peace.\n\n(Updated Version) Pope Francis on Monday received President Tomas Verlo.\n',
    );
    expect(a?.source).toBe('Vatican News');
    expect(a?.paragraphs.at(-1)).toContain('(Updated Version)');
  });
});
