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
  });
});
