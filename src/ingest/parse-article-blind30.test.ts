// Front matter seen first in the thirtieth blind round of held-out articles (a day's wire from the Caucasus,
// Africa, the Nordics, the Andes, Southeast Asia and Oceania), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the thirtieth round', () => {
  it('reads a dateline whose agency, in capitals, closes with a period after the date', () => {
    const a = parse(
      ' date 2024-06-04 Ministers meet in Yerevan\n\nYEREVAN, JUNE 3, ARMENPRESS. The two ministers met on Monday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'YEREVAN', date: 'JUNE 3' });
    expect(a?.source).toBe('Armenpress');
    expect(a?.paragraphs[0]).toBe('The two ministers met on Monday.');
  });

  it('credits agencies of Africa and the Andes in their datelines', () => {
    const gna = parse(
      ' date 2024-02-03 Market reopens\n\nKumasi, Feb. 2, GNA - The market reopened on Friday.\n',
    );
    expect(gna?.dateline).toEqual({ place: 'Kumasi', date: 'Feb. 2' });
    expect(gna?.source).toBe('GNA');
    const andina = parse(
      ' date 2024-01-06 Train resumes\n\nCusco, Jan. 5 (ANDINA). The train resumed service.\n',
    );
    expect(andina?.dateline).toEqual({ place: 'Cusco', date: 'Jan. 5' });
    expect(andina?.source).toBe('Andina');
  });

  it('credits an agency named in full in a pipe credit line by its short name', () => {
    const a = parse(
      ' date 2024-03-02 Floods close highway\nAustralian Associated Press | Sydney | Updated March 2 2024 - 9:10AM\n\nFloods closed the highway on Saturday.\n',
    );
    expect(a?.source).toBe('AAP');
  });

  it('takes a masthead on its own line as the credit and skips the video teaser before the dateline', () => {
    const a = parse(
      ' date 2024-05-02 Ferry service resumes\nABS-CBN News\nPosted at May 02 2024 10:15 AM\n\nWatch more on iWantTFC\n\nCEBU -- Ferry service resumed on Thursday.\n',
    );
    expect(a?.source).toBe('ABS-CBN');
    expect(a?.dateline).toEqual({ place: 'CEBU', date: null });
    expect(a?.paragraphs[0]).toBe('Ferry service resumed on Thursday.');
  });

  it('credits an agency whose name has the page date and time glued on', () => {
    const a = parse(
      ' date 2024-03-12 Rail strike ends\nYle News12.3.2024 10:05\n\nThe rail strike ended on Tuesday.\n',
    );
    expect(a?.source).toBe('Yle');
    expect(a?.paragraphs[0]).toBe('The rail strike ended on Tuesday.');
  });
});
