// Source credits seen first in the ninth blind round of held-out articles, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('agency credits', () => {
  it('reads Anadolu\'s "(AA)" dateline credit as Anadolu Agency', () => {
    const a = parse(
      ' date 2024-02-01 Ministers meet in Ankara\n\nANKARA (AA) - The two ministers met on Thursday.\n',
    );
    expect(a?.source).toBe('Anadolu Agency');
    expect(a?.dateline?.place).toBe('ANKARA');
  });

  it('reads the agency named after "By" in a publication line', () => {
    const a = parse(
      ' date 2023-08-26 Ministers sign agreements\nPublished on 26/08/2023 - 10:15 By Agência Brasil - Brasília\nThe two ministers signed seven agreements on Friday.\n',
    );
    expect(a?.source).toBe('Agência Brasil');
    expect(a?.paragraphs).toEqual(['The two ministers signed seven agreements on Friday.']);
  });
});
