// Front matter seen first in the eightieth blind round of held-out articles (women in diplomacy): a paper's archive
// section over a reprinted story, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;
const STORY =
  '\n\nHARBOURTON, Dec 31: The harbour bridge reopened on Saturday after two years of repairs, the works ministry said.\n';

describe("a paper's archive section on line 1", () => {
  it.each([
    'From the Harbour Times archives',
    'From the HARBOUR TIMES archives',
    'From the Coral Gazette Archives',
  ])('reads %j as chrome, and the headline below it', (line1) => {
    const a = parse(` date 1989-01-01 ${line1}\nHarbour bridge reopens after repairs${STORY}`);
    expect(a?.title).toBe('Harbour bridge reopens after repairs');
  });

  it('still reads a headline that only mentions archives as the headline', () => {
    const a = parse(` date 1989-01-01 Minister opens new national archives${STORY}`);
    expect(a?.title).toBe('Minister opens new national archives');
  });
});
