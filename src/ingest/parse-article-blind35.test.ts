// Front matter seen first in the thirty-fifth blind round of held-out articles (party, parliamentary and military
// diplomacy from Chinese outlets and their partners' wires), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the thirty-fifth round', () => {
  it('skips two section names run together on line 1, so the dateline below the headline is read', () => {
    const a = parse(
      ' date 2024-07-15 China Military\nNavies open joint drills off the coast\n' +
        'Source: China Military Online Editor: Wu Lan 2024-07-15 17:39:40\n' +
        'QINGDAO, July 15 -- The opening ceremony of the joint naval drills was held on Sunday.\n',
    );
    expect(a?.title).toBe('Navies open joint drills off the coast');
    expect(a?.dateline).toEqual({ place: 'QINGDAO', date: 'July 15' });
  });

  it("skips a legislature's masthead above a press release, so its Title Case dateline is read", () => {
    const a = parse(
      ' date 2022-05-19 Senate of Ruritania\nChairman Senate meets visiting envoy\n' +
        'Strelsau: Chairman Senate Rudolf Elphberg has said the two countries are close friends.\n',
    );
    expect(a?.title).toBe('Chairman Senate meets visiting envoy');
    expect(a?.dateline).toEqual({ place: 'Strelsau', date: null });
  });

  it("credits Laos's KPL from its bracketed credit at the story's start and strips it from the text", () => {
    const a = parse(
      ' date 2022-03-10 Latest News\nMayor receives ambassador\n' +
        '(KPL) The mayor received the ambassador at his office on March 9.\nThe two discussed cooperation.\n',
    );
    expect(a?.source).toBe('KPL');
    expect(a?.paragraphs[0]).toBe('The mayor received the ambassador at his office on March 9.');
  });
});
