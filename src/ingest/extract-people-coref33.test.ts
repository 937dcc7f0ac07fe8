// A bare word that is a surname of one person and a given or middle name of another, in the same story: it names the
// one whose surname it is. Invented sentences with invented people.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a bare surname shared with another name', () => {
  it('gives a Korean surname to the Korean, not the Chinese whose given name it is', () => {
    const a = article(
      'Chinese minister holds phone talks with South Korean counterpart',
      [
        'Chinese Trade Minister Tang Sen held a phone call with South Korean Trade Minister Sen Mi-rae on Monday.',
        'For her part, Sen said South Korea values its ties with China.',
      ],
      { source: 'Xinhua', dateline: { place: 'BEIJING', date: 'May 3' } },
    );
    expect(person(a, 'Sen Mi-rae')?.aliases).toContain('Sen');
    expect(person(a, 'Tang Sen')?.aliases ?? []).not.toContain('Sen');
  });

  it('gives a surname to the one it closes, not the one it opens', () => {
    const a = article(
      'Foreign ministers hold talks',
      [
        'Foreign Minister Pello Marantes held talks with Foreign Minister Dorival Quesko on Sunday.',
        'Later, Vice President Anselmo Pello met separately with Quesko. Pello said the visit would open a new chapter.',
      ],
      { source: 'Xinhua', dateline: { place: 'BRASILIA', date: 'June 9' } },
    );
    expect(person(a, 'Anselmo Pello')?.aliases).toContain('Pello');
    expect(person(a, 'Pello Marantes')?.aliases ?? []).not.toContain('Pello');
  });

  it('gives a Vietnamese name’s last word to the one it closes, not the one whose middle name it is', () => {
    const a = article(
      'Vietnamese official holds talks with visiting minister',
      [
        'Vietnamese Deputy Prime Minister Lai Quyen Tuan held talks with visiting Minister of Trade Orvo Lemmick on Tuesday.',
        'Earlier, Vietnamese Minister of Industry Vo Duc Quyen met separately with Lemmick. Quyen said the visit would open a new chapter.',
      ],
      { source: 'Xinhua', dateline: { place: 'HANOI', date: 'Nov. 4' } },
    );
    expect(person(a, 'Vo Duc Quyen')?.aliases).toContain('Quyen');
    expect(person(a, 'Lai Quyen Tuan')?.aliases ?? []).not.toContain('Quyen');
  });
});

describe('a given name that is also a Malay honour', () => {
  it('keeps "Dato" before a lone surname as the given name', () => {
    const a = article(
      'Security advisers meet in Tokyo',
      [
        'Japanese national security advisor Dato Kirume met with visiting Indian envoy Arvan Pellai on Monday.',
        'Kirume said the talks were useful.',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'June 2' } },
    );
    expect(person(a, 'Dato Kirume')?.roles).toContain('Japanese national security advisor');
  });

  it('still reads "Dato" before a full Malaysian name as the honour', () => {
    const a = article(
      'Malaysian minister visits Jakarta',
      ['Malaysian Trade Minister Dato Hamdan Yusri arrived in Jakarta on Monday for talks.'],
      { source: 'Bernama', dateline: { place: 'JAKARTA', date: 'June 2' } },
    );
    expect(person(a, 'Hamdan Yusri')?.roles).toContain('Malaysian Trade Minister');
  });
});

describe('a headline name that opens with a particle-like word', () => {
  it('gives no alias of the first two words of a Vietnamese name the headline writes in full', () => {
    const a = article(
      'Do Tam Quyen meets with Saudi foreign minister',
      [
        'Vietnamese Foreign Minister Do Tam Quyen held a phone call with Saudi Foreign Minister Omar Fadil on Thursday in Hanoi.',
        'Quyen said the two countries are important partners.',
      ],
      { source: 'Xinhua', dateline: { place: 'HANOI', date: 'March 4' } },
    );
    expect(person(a, 'Do Tam Quyen')?.aliases).toEqual(['Quyen']);
  });
});

describe('a bare surname two people share', () => {
  /** Two ministers of one surname, the second named after the first, in the given paragraphs after the first's. */
  const twoOfOneName = (...rest: string[]) =>
    article(
      'Ministers meet in Lisbon',
      [
        'Foreign Minister Tomas Vellar held talks with visiting Minister of Trade Oleg Marnov on Monday.',
        ...rest,
      ],
      { source: 'Lusa', dateline: { place: 'LISBON', date: 'May 5' } },
    );

  it('names the one whose full name the sentence before wrote', () => {
    const a = twoOfOneName(
      'Vellar said the two countries are important partners.',
      'Earlier, Interior Minister Rui Vellar met separately with Marnov. Vellar said the visit opened a new chapter.',
    );
    expect(person(a, 'Rui Vellar')?.aliases).toContain('Vellar');
  });

  it('keeps it for the first when the other was named in an earlier paragraph', () => {
    const a = twoOfOneName(
      'Interior Minister Rui Vellar did not attend the talks.',
      'Vellar said the two countries are important partners.',
    );
    expect(person(a, 'Rui Vellar')?.aliases ?? []).not.toContain('Vellar');
    expect(person(a, 'Tomas Vellar')?.aliases).toContain('Vellar');
  });
});
