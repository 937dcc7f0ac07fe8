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

describe('staff credits', () => {
  it('drops a "Reporter:" sign-off of names, and keeps a transcript\'s question', () => {
    const a = parse(
      ' date 2024-07-10 President receives visitors\n\nJakarta (ANTARA) - The President received the visitors on Wednesday.\n\nReporter: Andi Wirawan\nEditor: Budi Santoso\n',
    );
    expect(a?.paragraphs).toEqual(['The President received the visitors on Wednesday.']);
    const b = parse(
      ' date 2024-07-10 Spokesperson holds briefing\n\nThe spokesperson held a regular briefing on Wednesday.\n\nReporter: Why did the talks fail?\n',
    );
    expect(b?.paragraphs).toContain('Reporter: Why did the talks fail?');
  });
});
