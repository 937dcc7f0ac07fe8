// Round 72's leftovers (session 38, tail73): arms-control stories told from the other side's capital. Invented
// sentences, invented people.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('"the President\'s adviser" in a story from the other side\'s capital', () => {
  it('places the aide with the story\'s own President, not with a nearer "Soviet President"', () => {
    const a = article(
      'President Tobin and Soviet leader Marek Vorontsev sign missile accord',
      [
        'President Walt Tobin and Soviet leader Marek Vorontsev signed the accord at a long table in the Kremlin tonight and exchanged pens.',
        "Standing behind them were Soviet President Pavel Kestrel, Secretary of State Ann Halvorsen and the President's national security adviser, Carl Dunmore, who had settled the last points earlier in the day.",
        'Tobin said the accord was a first step. Dunmore told reporters after midnight that it put a ceiling on the arms race.',
      ],
      { date: '1972-05-27', source: 'AP', dateline: { place: 'MOSCOW', date: '' } },
    );
    expect(person(a, 'Carl Dunmore')?.country).toBe(person(a, 'Walt Tobin')?.country);
    expect(person(a, 'Carl Dunmore')?.country).not.toBe('Soviet Union');
    expect(person(a, 'Carl Dunmore')?.country).toBe('United States');
  });
});

describe("a possessive that opens an aide's role", () => {
  it("reads the aide's sentence as the aide's, not as the country of the one whose aide they are", () => {
    const a = article(
      'Leaders bring missile treaty into force',
      [
        'President Dale Ashford and Soviet leader Ivan Petrenko on Wednesday exchanged the documents of ratification of their missile treaty.',
        'The U.S. Senate ratified the treaty last Friday after the administration met demands for written assurances.',
        "Ashford's arms control adviser, Roy Galbraith, told reporters the first Soviet missiles would be destroyed within weeks under the eyes of American inspectors.",
        'A senior U.S. official said the two sides had made no progress on a second treaty before Ashford leaves on Thursday.',
      ],
      { date: '1988-06-01', source: 'Reuters', dateline: { place: 'MOSCOW', date: 'June 1' } },
    );
    expect(person(a, 'Dale Ashford')?.country).toBe('United States');
    expect(person(a, 'Roy Galbraith')?.country).toBe('United States');
  });
});
