// Front matter seen first in the fifty-eighth blind round of held-out articles (parliamentary diplomacy: a
// legislature's own news pages), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe("front matter of a legislature's own pages", () => {
  it("skips the chamber's name and its formal name above the headline of its news page", () => {
    const a = parse(
      ' date 2024-02-12 Skip to main content\nState Duma\nThe Federal Assembly of the Ruritanian Federation\nNews\nSpeakers discuss parliamentary ties\n12.02.2024 16:20\nThe speakers met in the capital.\n',
    );
    expect(a?.title).toBe('Speakers discuss parliamentary ties');
    expect(a?.paragraphs).toEqual(['The speakers met in the capital.']);
  });

  it('skips a press room label above the headline of a release', () => {
    const a = parse(
      ' date 2024-02-12 Skip to content\nPress room\nPresident visits the northern region\nPress Releases\n\nThe President of the assembly travelled north on Friday.\n',
    );
    expect(a?.title).toBe('President visits the northern region');
  });

  it('still reads a headline that names a parliament and says what it did', () => {
    const a = parse(
      ' date 2024-02-12 Skip to content\nEuropean Parliament backs trade deal\n\nLawmakers voted on Tuesday.\n',
    );
    expect(a?.title).toBe('European Parliament backs trade deal');
  });
});
