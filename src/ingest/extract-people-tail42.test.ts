// Leftovers of the forty-sixth and forty-seventh blind rounds of held-out articles (visiting delegations, summoned
// envoys, business leaders), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('countries', () => {
  it('places lawmakers listed after "Republicans" and "Democrats" in the United States, wherever the dateline is', () => {
    const a = article(
      'Visiting lawmakers meet premier',
      [
        'ROME (Reuters) - Five U.S. lawmakers met the Italian prime minister on Monday. The group includes Republicans Dale Brokaw and Ted Hinsley, and Democrats Mara Quint and Lou Pettigrew.',
      ],
      { source: 'Reuters', dateline: { place: 'ROME', date: 'Oct 9' } },
    );
    for (const name of ['Dale Brokaw', 'Ted Hinsley', 'Mara Quint', 'Lou Pettigrew'])
      expect(person(a, name)).toMatchObject({ country: 'United States' });
  });

  it('places one who summons a foreign ambassador in the country named before, not the envoy’s', () => {
    const a = article(
      'Envoy summoned over visit',
      [
        'PARIS (AP) — Brazil’s Foreign Ministry said the visit had hurt relations. Deputy Foreign Minister Otávio Renner summoned French Ambassador Luc Vernier to lodge a protest.',
      ],
      { source: 'AP', dateline: { place: 'PARIS', date: 'Feb 18' } },
    );
    expect(person(a, 'Otávio Renner')).toMatchObject({ country: 'Brazil' });
    expect(person(a, 'Luc Vernier')).toMatchObject({ country: 'France' });
  });

  it('places the company officers of a story about one country’s business leaders in that country', () => {
    const a = article(
      'Premier meets Japanese business leaders',
      [
        'SEOUL (Yonhap) -- The premier met Japanese business leaders on Tuesday. Among those present were Kestrel Motors chairman and CEO Hiroto Amsell and Velmar CEO Dana Okonkwo.',
        'Later, Brightwave CEO Sol Marrick joined a forum in Seoul.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'Mar 27' } },
    );
    for (const name of ['Hiroto Amsell', 'Dana Okonkwo', 'Sol Marrick'])
      expect(person(a, name)).toMatchObject({ country: 'Japan' });
  });

  it('places a bare office spoken for from a seat of government in that government’s country', () => {
    const a = article(
      'Rivals sign truce in Geneva',
      [
        'GENEVA (AP) — Armenia and Azerbaijan signed a truce on Saturday.',
        'In a statement from the Kremlin, President Oleg Varsky called on Armenians to seize the opportunity.',
      ],
      { source: 'AP', dateline: { place: 'GENEVA', date: 'Feb 29' } },
    );
    expect(person(a, 'Oleg Varsky')).toMatchObject({ country: 'Russia' });
  });
});
