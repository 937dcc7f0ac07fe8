// Front matter and trailers seen first in the fifty-second blind round of held-out articles (names of every
// tradition, from agencies across Asia, Africa, Europe and Latin America), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter and trailers of the fifty-second round', () => {
  it("reads Agência Brasil's reporter line as a byline, so the city dash below opens the story", () => {
    const a = parse(
      ' date 2003-01-01 President takes office\nAgência Brasil\nRepórter Ana Ribeiro\n\nBrasília - The new president was sworn in today.\n\nHe promised reforms.\n\nEdição: Carla Souza\n',
    );
    expect(a?.source).toBe('Agência Brasil');
    expect(a?.dateline).toEqual({ place: 'Brasília', date: null });
    expect(a?.paragraphs).toEqual(['The new president was sworn in today.', 'He promised reforms.']);
  });

  it("drops a Hungarian editor's line", () => {
    const a = parse(
      ' date 2024-02-26 Parliament elects head of state\nBudapest, February 26 (MTI) – Lawmakers voted on Monday.\nThe result was announced.\nSzerkesztő: Kovács Éva (MTI)\n',
    );
    expect(a?.paragraphs).toEqual(['Lawmakers voted on Monday.', 'The result was announced.']);
  });

  it("credits an outlet's one-word name before its place and date in a pipe credit", () => {
    const a = parse(
      ' date 2019-11-18 President sworn in at temple\nColombopost | Kandy | Updated: November 18, 2019 14:05 IST\n\nThe president was sworn in today.\n',
    );
    expect(a?.source).toBe('Colombopost');
    expect(a?.paragraphs).toEqual(['The president was sworn in today.']);
  });

  it('credits no section label there ("Politics | Asia | Updated …")', () => {
    const a = parse(
      ' date 2019-11-18 President sworn in at temple\nPolitics | Asia | Updated: November 18, 2019 14:05 IST\n\nThe president was sworn in today.\n',
    );
    expect(a?.source).toBeNull();
  });

  it('reads an agency\'s initials and spelled-out name on line 1 as its masthead, and "By AKP" as its sign-off', () => {
    const a = parse(
      ' date 2024-02-08 AKP - Agence Kampuchea Presse\nPremiers agree to upgrade ties\nPhnom Penh, February 7, 2024 AKP -- The two premiers met today.\nThey signed five documents.\nBy AKP\n',
    );
    expect(a?.title).toBe('Premiers agree to upgrade ties');
    expect(a?.source).toBe('AKP');
    expect(a?.dateline).toEqual({ place: 'Phnom Penh', date: 'February 7, 2024' });
    expect(a?.paragraphs).toEqual(['The two premiers met today.', 'They signed five documents.']);
  });

  it("reads a broadcaster's masthead below the page chrome, with the headline after it", () => {
    const a = parse(
      ' date 2024-08-01 Skip to content\nRÚV English\nNew president takes office\n1 August 2024 at 17:42\n\nThe new president was inaugurated this afternoon.\n',
    );
    expect(a?.title).toBe('New president takes office');
    expect(a?.source).toBe('RÚV');
    expect(a?.paragraphs).toEqual(['The new president was inaugurated this afternoon.']);
  });
});
