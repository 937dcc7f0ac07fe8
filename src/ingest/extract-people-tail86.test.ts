// The leftovers of the eighty-second blind round (pages that are not one plain story): a picture caption's present
// tense ("X welcomes King Y at the palace", "Guests including X and Y arrive for the banquet"), on invented sentences
// with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const local = { source: null, dateline: null };

describe("a caption's present tense at a state visit", () => {
  const visit = (sentence: string) =>
    article(
      "King Aldric and Queen Maren's state visit to Ardania",
      [
        "Korvia's King Aldric and Queen Maren are on a three-day state visit to Ardania.",
        sentence,
        'King Aldric lays a wreath at the national memorial.',
      ],
      local,
    );

  it.each([
    "Ardanian President Milo Vastrek and his wife Ilka Vastrek welcome Korvia's King Aldric at the palace.",
    'Ardanian President Milo Vastrek greets King Aldric as he steps off the plane.',
  ])('reads %j as the host there', (sentence) => {
    expect(person(visit(sentence), 'Milo Vastrek')?.participant).toBe(true);
  });

  it('reads the spouse who welcomes the guest beside the host as there too', () => {
    const a = visit(
      "Ardanian President Milo Vastrek and his wife Ilka Vastrek welcome Korvia's King Aldric at the palace.",
    );
    expect(person(a, 'Ilka Vastrek')?.participant).toBe(true);
  });

  it('reads "Guests including X and Y arrive for the state banquet" as both there', () => {
    const a = visit(
      'Guests including British actor Colm Brennick and former Arsenal manager Aldo Ferrante arrive for the state banquet.',
    );
    expect(person(a, 'Colm Brennick')?.participant).toBe(true);
    expect(person(a, 'Aldo Ferrante')?.participant).toBe(true);
  });
});

describe('welcoming a decision is no greeting', () => {
  it('keeps "X welcomes Ardania\'s decision" a reaction from elsewhere', () => {
    const a = article(
      'Ardania and Korvia sign fisheries pact',
      [
        'Ardanian Foreign Minister Pal Dorvanic and Korvian Foreign Minister Ruth Ebbe signed a fisheries pact in Korvia on Monday.',
        "In Brussels, EU Commissioner Hanne Lindevald welcomes Ardania's decision.",
      ],
      local,
    );
    expect(person(a, 'Hanne Lindevald')?.participant).toBe(false);
    expect(person(a, 'Pal Dorvanic')?.participant).toBe(true);
  });
});

describe('"Among them are" after a welcome to a group', () => {
  it("reads a live blog's present tense as the list's people there", () => {
    const a = article(
      'Ocean summit live: leaders gather in Valdora',
      [
        'Leaders of the seven ocean nations have gathered in Valdora for their annual summit.',
        'The Valdoran president, Teo Marandi, who is hosting the summit, welcomed the leaders of five invited countries to a session on fisheries. Among them are the Korvian president, Ansel Brigg, and Ardania’s Pia Lomoro.',
      ],
      local,
    );
    expect(person(a, 'Ansel Brigg')?.participant).toBe(true);
    expect(person(a, 'Pia Lomoro')?.participant).toBe(true);
  });
});

describe('an amendment someone leads', () => {
  it('reads "an amendment led by X" in a briefing item as no part in the summit', () => {
    const a = article(
      'Morning briefing: ocean summit opens in Valdora',
      [
        'Leaders of the seven ocean nations gather in Valdora today for their annual summit, hosted by President Teo Marandi.',
        'More than 100 MPs have backed an amendment led by Dora Fennimore, the chair of the budget committee, that would block the cuts.',
      ],
      local,
    );
    expect(person(a, 'Dora Fennimore')?.participant).toBe(false);
  });
});
