// Front matter and trailers seen first in the forty-eighth blind round of held-out articles (multilateral summits and
// conferences), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter and trailers of the forty-eighth round', () => {
  it('reads "CITY, Country" alone on a line as the dateline, though the gazetteer lacks the city', () => {
    const a = parse(
      ' date 2022-10-13 Türkiye\nTurkish minister attends forum in Astana\nAnadolu Agency  |13.10.2022\nASTANA, Kazakhstan\nThe minister on Thursday attended the forum.\n',
    );
    expect(a?.dateline).toEqual({ place: 'ASTANA, Kazakhstan', date: null });
    expect(a?.paragraphs).toEqual(['The minister on Thursday attended the forum.']);
  });

  it('keeps a capitalised label alone on a line as story text when nothing in it is a known place', () => {
    const a = parse(
      ' date 2022-10-13 Forum opens\n\nDEEPER TIES, NEW ROUTES\n\nThe forum opened on Thursday.\n',
    );
    expect(a?.dateline).toBeNull();
    expect(a?.paragraphs).toEqual(['DEEPER TIES, NEW ROUTES', 'The forum opened on Thursday.']);
  });

  it('credits the agency a "-- BERNAMA" sign-off names, and keeps the sign-off out of the story', () => {
    const a = parse(
      ' date 2019-11-04 Minister attends regional summit\n04/11/2019 09:45 PM\n\nBANGKOK, Nov 4 -- The minister today joined leaders at the summit.\n\n-- BERNAMA\n',
    );
    expect(a?.source).toBe('Bernama');
    expect(a?.dateline).toEqual({ place: 'BANGKOK', date: 'Nov 4' });
    expect(a?.paragraphs).toEqual(['The minister today joined leaders at the summit.']);
  });

  it('credits no one for a sign-off word that is no agency', () => {
    const a = parse(
      ' date 2019-11-04 Minister attends summit\n\nThe minister today joined the leaders.\n\n-- ENDS\n',
    );
    expect(a?.source).toBeNull();
    expect(a?.paragraphs).toEqual(['The minister today joined the leaders.']);
  });
});
