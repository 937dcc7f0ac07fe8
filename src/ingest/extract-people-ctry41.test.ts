// Session 41: default countries that overreach — the story-wide defaults give a country only where the story does,
// on invented sentences with invented people, firms and places: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('one settled on none stays so through the defaults', () => {
  it("keeps no country for a foreign firm's chairman when a fellow officer of the firm is placed (rule 12a)", () => {
    const a = article(
      'Prime Minister meets Teramind chiefs, welcomes cloud investment',
      [
        'KUALA LUMPUR, May 2 (Bernama) -- Prime Minister Datuk Seri Hamdan Rosli today met Piet Veltrona, Chairman of Teramind Systems, who said the United States technology giant plans to put US$1.2 billion into a data centre.',
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

describe('a nationality that qualifies a people ("the Kenyan diaspora") is no one\'s near it', () => {
  const washington = { source: 'Reuters', dateline: { place: 'WASHINGTON', date: '' } };
  const lede =
    'WASHINGTON (Reuters) - US President Joe Biden welcomed Kenyan President Daniel Moraki to the White House on Thursday.';

  it('keeps the vice-president greeting the guest American after "members of the Kenyan diaspora" in the sentence before', () => {
    const a = article(
      'Biden welcomes Kenyan president to White House',
      [
        lede,
        'Thousands of members of the Kenyan diaspora gathered on the South Lawn to see Moraki arrive. He was greeted by Biden and the Vice-President, Helen Drawbridge, before the two leaders inspected a guard of honour.',
      ],
      washington,
    );
    expect(person(a, 'Helen Drawbridge')?.country).toBe('United States');
    expect(person(a, 'Daniel Moraki')?.country).toBe('Kenya');
  });

  it('keeps her American where "the Kenyan community" is in her own sentence', () => {
    const a = article(
      'Biden welcomes Kenyan president to White House',
      [
        lede,
        'Members of the Kenyan community cheered as Vice President Helen Drawbridge greeted the guests.',
      ],
      washington,
    );
    expect(person(a, 'Helen Drawbridge')?.country).toBe('United States');
  });

  it('still places "Kenyan Foreign Minister X" by the title in his own sentence', () => {
    const a = article(
      'Biden welcomes Kenyan president to White House',
      [lede, 'Kenyan Foreign Minister Amos Wekesa joined the talks.'],
      washington,
    );
    expect(person(a, 'Amos Wekesa')?.country).toBe('Kenya');
  });
});

describe('an ambassador "to X and Y" names where they served, not their country', () => {
  const tehran = { source: 'Reuters', dateline: { place: 'TEHRAN', date: '' } };
  it('keeps a new foreign minister who "served as ambassador to Finland and Japan" Iranian', () => {
    const a = article(
      'Iran names new foreign minister',
      [
        "TEHRAN (Reuters) - Iran's parliament on Wednesday approved Kaveh Rostami as foreign minister.",
        'Rostami served as ambassador to Finland and Japan and was deputy foreign minister under President Dariush Azadi.',
      ],
      tehran,
    );
    expect(person(a, 'Kaveh Rostami')?.country).toBe('Iran');
  });

  it('still reads the sender before "to": "the Iranian ambassador to Finland and Japan" in a Helsinki story', () => {
    const a = article(
      'Envoy recalled',
      [
        'HELSINKI (Reuters) - Kaveh Rostami, the Iranian ambassador to Finland and Japan, was recalled on Wednesday.',
      ],
      { source: 'Reuters', dateline: { place: 'HELSINKI', date: '' } },
    );
    expect(person(a, 'Kaveh Rostami')?.country).toBe('Iran');
  });
});
