// The leftovers of the seventy-sixth blind round (the wires of 1945–1979), second pass, on invented sentences with
// invented people and invented places: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const ap = { source: 'AP', date: '1977-11-21', dateline: { place: 'JERUSALEM', date: null } };

describe('one who followed the event on a broadcast', () => {
  const lede =
    "President Omar Halvorsen of Egypt stood before Israel's parliament today and said peace was within reach.";

  it('is no participant, and the seat of government they watched from is their country', () => {
    const a = article(
      'Halvorsen speaks in Knesset',
      [
        lede,
        'President Dunmore, who watched the speech on television at the White House, said it took courage.',
      ],
      ap,
    );
    expect(person(a, 'Dunmore')).toMatchObject({ participant: false, country: 'United States' });
  });

  it('reads a capital after "watching on television" as the seat', () => {
    const a = article(
      'Halvorsen speaks in Knesset',
      [lede, 'Chancellor Tessaly, watching on television in Bonn, called the speech historic.'],
      { ...ap, date: '1977-11-21' },
    );
    expect(person(a, 'Tessaly')).toMatchObject({ participant: false, country: 'Germany' });
  });

  it('leaves one who watched from the gallery a participant', () => {
    const a = article(
      'Halvorsen speaks in Knesset',
      [lede, 'President Dunmore, who watched the speech from the gallery, said it took courage.'],
      ap,
    );
    expect(person(a, 'Dunmore')?.participant).toBe(true);
  });
});
