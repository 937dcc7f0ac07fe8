// Trailers seen first in the twenty-fifth blind round of held-out articles (economy, trade, health, science and
// climate), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('trailers of the twenty-fifth round', () => {
  it('drops a wire’s "--With assistance from" credit, but not a story line that starts so', () => {
    const a = parse(
      ' date 2024-11-05 Business\nMachinists vote to end strike\n\n(Bloomberg) -- Factory workers voted to accept a contract.\n\nThe strike began in September.\n\n--With assistance from Jane Roe and Tom Poe.\n',
    );
    expect(a?.paragraphs.at(-1)).toBe('The strike began in September.');
    const b = parse(
      ' date 2024-11-05 Railway opens\n\nVIENTIANE, Nov. 5 (Xinhua) -- A railway opened on Tuesday.\n\nWith assistance from China, Laos built the line in five years.\n',
    );
    expect(b?.paragraphs.at(-1)).toBe('With assistance from China, Laos built the line in five years.');
  });
});
