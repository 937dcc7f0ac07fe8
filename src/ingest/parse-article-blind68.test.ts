// Front matter seen first in the sixty-eighth blind round of held-out articles (funerals, memorials and condolences:
// a factbox's dated credit with no city, an agency's byline with surnames in capitals, a photo gallery), on invented
// lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe("a wire's credit after a date with no city", () => {
  it('credits the agency of "April 26 (Reuters) - " and keeps the story after it', () => {
    const a = parse(
      ' date 2025-04-26 FACTBOX-Who attended the funeral of President Holm\nApril 26 (Reuters) - Some 50 heads of state attended the funeral on Saturday.\n',
    );
    expect(a?.source).toBe('Reuters');
    expect(a?.paragraphs[0]).toBe('Some 50 heads of state attended the funeral on Saturday.');
  });
});

describe('a byline with surnames in capitals', () => {
  it('skips "Jane VELK with Tom McKESSEL in Sydney" below a lede on line 1', () => {
    const a = parse(
      ' date 2019-03-29 Thousands gathered in a park on Friday to remember the victims of the attack.\nJane VELK with Tom McKESSEL in Sydney\nCHRISTCHURCH, New Zealand (AFP) - Thousands gathered in a park on Friday to remember the victims of the attack.\n',
    );
    expect(a?.paragraphs.join(' ')).not.toContain('VELK');
    expect(a?.source).toBe('AFP');
  });
});

describe('a photo gallery', () => {
  it('reads the captions of "In pictures: …" as its story, without their credits', () => {
    const a = parse(
      ' date 2017-07-01 In pictures: Leaders bid farewell to Per Holm\nLeaders paid tribute to the former chancellor. Here are the images of the day.\n\nChancellor Ida Marlow speaks during the ceremony. (Photo: Jan Velk/Reuters)\n\nPresident Lea Daskal stands by the coffin. (Photo: Tom Kessel/AFP)\n',
    );
    expect(a?.paragraphs).toEqual([
      'Leaders paid tribute to the former chancellor. Here are the images of the day.',
      'Chancellor Ida Marlow speaks during the ceremony.',
      'President Lea Daskal stands by the coffin.',
    ]);
  });

  it('keeps the captions of any other story apart', () => {
    const a = parse(
      ' date 2017-07-01 Leaders bid farewell to Per Holm\nLeaders paid tribute to the former chancellor on Saturday.\n\nChancellor Ida Marlow speaks during the ceremony. (Photo: Jan Velk/Reuters)\n',
    );
    expect(a?.paragraphs).toEqual(['Leaders paid tribute to the former chancellor on Saturday.']);
    expect(a?.captions).toEqual(['Chancellor Ida Marlow speaks during the ceremony.']);
  });
});
