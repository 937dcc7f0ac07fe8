// Session 41: default countries that overreach — the story-wide defaults give a country only where the story does,
// on invented sentences with invented people, firms and places: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('one settled on none stays so through the defaults', () => {
  it("keeps no country for a foreign firm's chairman when a fellow officer of the firm is placed (rule 12a)", () => {
    const a = article(
      'Prime Minister meets Teramind chiefs, welcomes cloud investment',
      [
        'KUALA LUMPUR, May 2 (Bernama) -- Prime Minister Datuk Seri Hamdan Rosli today met Piet Veltrona, Chairman of Teramind Systems, who announced that the United States technology giant will invest US$1.2 billion in Malaysia.',
        'Also at the meeting was Lorna Quistel, President of Teramind Systems, who said the firm would hire 2,000 engineers.',
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'May 2' } },
    );
    expect(person(a, 'Piet Veltrona')?.country).toBeNull();
    expect(person(a, 'Hamdan Rosli')?.country).toBe('Malaysia');
  });
});

describe('the inauguration default (12d) reads one taking office, not an opening', () => {
  const undated = { source: 'Reuters', dateline: null };
  it('gives no country to an engineer who "inaugurated the bridge in Pune"', () => {
    const a = article(
      'Bridge opened',
      [
        'Dario Pellucci, the engineer who designed it, inaugurated the bridge in Pune on Monday.',
        'The bridge spans 2 km.',
      ],
      undated,
    );
    expect(person(a, 'Dario Pellucci')?.country).toBeNull();
  });

  it('gives none either where the bridge "was inaugurated by" him', () => {
    const a = article(
      'Bridge opened',
      [
        'The bridge in Pune was inaugurated by Dario Pellucci, the engineer who designed it, on Monday.',
        'The bridge spans 2 km.',
      ],
      undated,
    );
    expect(person(a, 'Dario Pellucci')?.country).toBeNull();
  });

  it('still places one who "was inaugurated in Pune" in India', () => {
    const a = article(
      'New leader takes office',
      ['Dario Pellucci was inaugurated in Pune on Monday.', 'He promised reforms.'],
      undated,
    );
    expect(person(a, 'Dario Pellucci')?.country).toBe('India');
  });
});
