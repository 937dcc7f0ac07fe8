// Front matter seen first in the seventeenth blind round of held-out articles (regional and national agencies), on
// invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of regional agencies', () => {
  it('reads a capitals city glued to its hyphen as the dateline', () => {
    const a = parse(
      ' date 2023-07-25 Dam repairs begin\n\nTLEMCEN- Work on the dam began on Monday, officials said.\n',
    );
    expect(a?.dateline).toEqual({ place: 'TLEMCEN', date: null });
    expect(a?.paragraphs).toEqual(['Work on the dam began on Monday, officials said.']);
  });

  it('credits the Algerian agency named alone on the line below a lede', () => {
    const a = parse(
      ' date 2023-07-25 The number of new schools opened this year has risen to 40, the ministry said on Tuesday.\nAPS\nTLEMCEN- The minister said more would open next year.\n',
    );
    expect(a?.source).toBe('APS');
    expect(a?.dateline?.place).toBe('TLEMCEN');
  });

  it('credits the Moroccan agency in a Title Case dateline with a hyphen', () => {
    const a = parse(
      ' date 2023-09-12 Port expands\n\nTangier (MAP) - The port opened a new terminal on Tuesday.\n',
    );
    expect(a?.source).toBe('MAP');
    expect(a?.dateline).toEqual({ place: 'Tangier', date: null });
    expect(a?.paragraphs).toEqual(['The port opened a new terminal on Tuesday.']);
  });

  it('drops the editor credited on an "Edition:" line below the story', () => {
    const a = parse(
      ' date 2024-05-05 Floods reach the capital\nPublished on 05/05/2024 - 18:20 By Agência Brasil - Brasília\nThe river rose on Sunday.\nEdition: Jane Roe\n',
    );
    expect(a?.paragraphs).toEqual(['The river rose on Sunday.']);
  });
});
