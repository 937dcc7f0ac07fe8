// Front matter and trailers seen first in the tenth blind round of held-out articles, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('web portals and agency names on a line of their own', () => {
  it('credits the agency of a portal line ("CGTN.com", "english.news.cn") and keeps it out of the story', () => {
    const cgtn = parse(
      ' date 2022-09-27 Nation holds state funeral\nCGTN.com\nUpdated 18:05, 27-Sep-2022\nThe country held a state funeral on Tuesday.\n',
    );
    expect(cgtn?.source).toBe('CGTN');
    expect(cgtn?.paragraphs).toEqual(['The country held a state funeral on Tuesday.']);
    const xinhua = parse(
      ' date 2022-09-27 Nation holds state funeral\nenglish.news.cn\nThe country held a state funeral on Tuesday.\n',
    );
    expect(xinhua?.source).toBe('Xinhua');
    expect(xinhua?.paragraphs).toEqual(['The country held a state funeral on Tuesday.']);
  });

  it('does not take any domain for an agency', () => {
    const a = parse(
      ' date 2022-09-27 Nation holds state funeral\nexample.com\nThe country held a funeral.\n',
    );
    expect(a?.source).toBe(null);
  });
});

describe('dates and credits around the story', () => {
  it('drops a day-first date and time line below the agency name', () => {
    const a = parse(
      ' date 2024-05-13 Prime minister visits Doha\nBernama\n13/05/2024 08:55 PM\n\nDOHA, May 13 (Bernama) -- The prime minister arrived today.\n',
    );
    expect(a?.source).toBe('Bernama');
    expect(a?.paragraphs).toEqual(['The prime minister arrived today.']);
  });

  it('drops "… writers X and Y contributed to this report."', () => {
    const a = parse(
      ' date 2024-10-02 Storm damage surveyed\n\nASHEVILLE, N.C. (AP) — The president surveyed the damage on Wednesday.\n\n___\n\nAssociated Press writers Tom Hadley and Lisa Moreau contributed to this report.\n',
    );
    expect(a?.paragraphs).toEqual(['The president surveyed the damage on Wednesday.']);
  });
});
