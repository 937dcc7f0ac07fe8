// Front matter, datelines and credits seen first in the fifteenth blind round of held-out articles (national
// agencies' diplomatic stories), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('agency datelines in the styles of national agencies', () => {
  it('reads "City, AGENCY – " with a Title Case city and a known agency', () => {
    const a = parse(
      ' date 2025-03-02 Ministers meet in capital\n\nOsaka, IRNA – The two ministers met on Sunday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Osaka', date: null });
    expect(a?.source).toBe('IRNA');
    expect(a?.paragraphs).toEqual(['The two ministers met on Sunday.']);
    // A sentence adverb is no city.
    const b = parse(
      ' date 2025-03-02 Ministers meet\n\nMeanwhile, TASS - reported that the ministers met.\n',
    );
    expect(b?.dateline).toBe(null);
  });

  it('reads "City, Month D (AGENCY). " with a period after a known agency’s credit', () => {
    const a = parse(
      ' date 2023-06-01 Leaders hold talks\n\nDarkhan, June 1 (MONTSAME). The two leaders held talks.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Darkhan', date: 'June 1' });
    expect(a?.source).toBe('MONTSAME');
    expect(a?.paragraphs).toEqual(['The two leaders held talks.']);
    // After an unknown credit the period stays with the story, as before.
    const b = parse(
      ' date 2023-06-01 Leaders hold talks\n\nBERLIN, June 1 (Foo Bar). The two leaders held talks.\n',
    );
    expect(b?.dateline).toEqual({ place: 'BERLIN', date: 'June 1' });
    expect(b?.paragraphs).toEqual(['. The two leaders held talks.']);
  });

  it('reads a capital city alone on its line below a standfirst', () => {
    const a = parse(
      ' date 2025-01-15 Ministers pledge support\nVisiting minister calls for lifting of sanctions\n\nANKARA\n\nThe foreign minister said on Wednesday that talks had gone well.\n',
    );
    expect(a?.dateline).toEqual({ place: 'ANKARA', date: null });
    expect(a?.paragraphs).toEqual([
      'Visiting minister calls for lifting of sanctions',
      'The foreign minister said on Wednesday that talks had gone well.',
    ]);
  });
});

describe('credits in front matter and below the story', () => {
  it('reads Kyodo’s "KYODO NEWS - date - time | section" line as the credit, and the city below as the dateline', () => {
    const a = parse(
      ' date 2024-12-25 Ministers agree to promote exchanges\nKYODO NEWS - Dec 25, 2024 - 21:47 | World, All\n\nBEIJING - The two ministers agreed on Wednesday to promote exchanges.\n',
    );
    expect(a?.source).toBe('Kyodo News');
    expect(a?.publishedTime).toBe('21:47');
    expect(a?.dateline).toEqual({ place: 'BEIJING', date: null });
  });

  it('takes an agency named alone on the last line as the source, and drops a byline above it', () => {
    const a = parse(
      ' date 2025-01-15 Ministers meet\n\nThe ministers met on Wednesday.\n\nThey agreed to meet again.\n\nThey spoke to reporters.\n\nBy Jane Doe\nAnadolu Agency\n',
    );
    expect(a?.source).toBe('Anadolu Agency');
    expect(a?.paragraphs).toEqual([
      'The ministers met on Wednesday.',
      'They agreed to meet again.',
      'They spoke to reporters.',
    ]);
  });

  it('takes a known agency in brackets closing the last paragraph as the source, and removes it', () => {
    const a = parse(
      ' date 2024-07-08 Two countries sign defense pact\n\nMANILA – The two countries signed a pact on Monday.\n\nIt is the first such pact in the region. (PNA)\n',
    );
    expect(a?.source).toBe('PNA');
    expect(a?.paragraphs).toEqual([
      'The two countries signed a pact on Monday.',
      'It is the first such pact in the region.',
    ]);
    // A bracketed word that names no agency stays.
    const b = parse(
      ' date 2024-07-08 Pact signed\n\nMANILA – The two countries signed a pact on Monday. (Updated)\n',
    );
    expect(b?.paragraphs).toEqual(['The two countries signed a pact on Monday. (Updated)']);
  });
});
