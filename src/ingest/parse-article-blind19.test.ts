// Front matter, datelines and captions seen first in the nineteenth blind round of held-out articles (economy,
// science, health, culture and disasters from regional agencies), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('datelines of the nineteenth round', () => {
  it('reads a Title Case city with its province’s initials before an agency credit', () => {
    const a = parse(
      ' date 2024-11-06 Minister visits shelter\n\nKupang, NTT (ANTARA) - The minister visited a shelter on Wednesday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Kupang, NTT', date: null });
    expect(a?.source).toBe('Antara');
    expect(a?.paragraphs).toEqual(['The minister visited a shelter on Wednesday.']);
  });

  it('reads a date with the year after a slash and the credit glued to it', () => {
    const a = parse(
      ' date 2025-05-20 Assembly adopts accord\n\nAddis Ababa, May 20/2025(ENA) The assembly today adopted an accord.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Addis Ababa', date: 'May 20/2025' });
    expect(a?.source).toBe('ENA');
    expect(a?.paragraphs).toEqual(['The assembly today adopted an accord.']);
  });
});

describe('front matter of the nineteenth round', () => {
  it('reads an outlet, a comma and a weekday date as a credit line, not as the first paragraph', () => {
    const a = parse(
      ' date 2024-02-23 Business\nCountry signs port deal\nCairo Daily Online , Friday 23 Feb 2024\nThe country signed a port deal on Friday.\n',
    );
    expect(a?.title).toBe('Country signs port deal');
    expect(a?.source).toBe('Cairo Daily Online');
    expect(a?.paragraphs).toEqual(['The country signed a port deal on Friday.']);
  });

  it('reads an outlet’s desk on a line of its own as the credit, naming Thai PBS World as Thai PBS', () => {
    const a = parse(
      ' date 2024-10-16 Central bank cuts rate\nThai PBS World’s Business Desk\n\nThe central bank cut its policy rate on Wednesday.\n',
    );
    expect(a?.source).toBe('Thai PBS');
    expect(a?.paragraphs).toEqual(['The central bank cut its policy rate on Wednesday.']);
  });
});

describe('captions of the nineteenth round', () => {
  it('reads a line ending in Antara’s photo credit as a caption, not story text', () => {
    const a = parse(
      ' date 2024-11-06 Minister visits shelter\n\nKupang (ANTARA) - The minister visited a shelter on Wednesday.\nThe minister (center) talks to residents at a shelter on Wednesday (Nov 6, 2024). ANTARA FOTO/Budi Santoso\nThe shelter houses 2,000 people.\n',
    );
    expect(a?.captions).toEqual([
      'The minister (center) talks to residents at a shelter on Wednesday (Nov 6, 2024).',
    ]);
    expect(a?.paragraphs).toEqual([
      'The minister visited a shelter on Wednesday.',
      'The shelter houses 2,000 people.',
    ]);
  });
});
