// The leftovers of the sixty-ninth blind round (borders, seas and territory): an arbitral tribunal's bench, a UN
// envoy and a UN chief's spokesperson, on invented sentences with invented people: none of them are in the held-out
// files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const statement = { source: 'Department of Foreign Affairs', dateline: null };
const reuters = { source: 'Reuters', dateline: { place: 'GENEVA', date: 'May 9' } };

describe('the officials of international bodies and courts, whatever country is named with them', () => {
  it('gives no country to the judges and members of an arbitral tribunal named "of <country>"', () => {
    const a = article(
      'Statement on the award of the Arbitral Tribunal',
      [
        'We welcome the award of the Arbitral Tribunal in the case we brought against our neighbour.',
        'The Tribunal, presided over by Judge Kwabena Asare-Dunn of Ghana, with Judge Lucien Marchetti of Italy, ' +
          'Professor Margot Lievens of Belgium and Judge Tomasz Wierzbicki of Poland as members, rendered its award.',
      ],
      statement,
    );
    for (const name of ['Kwabena Asare-Dunn', 'Lucien Marchetti', 'Margot Lievens', 'Tomasz Wierzbicki'])
      expect(person(a, name)?.country, name).toBeNull();
  });

  it('still gives "Judge X of <country>" their country in a story of no international court', () => {
    const a = article(
      'Court hears appeal',
      ['The court, presided over by Judge Kwabena Asare-Dunn of Ghana, heard the appeal on Monday.'],
      reuters,
    );
    expect(person(a, 'Kwabena Asare-Dunn')?.country).toBe('Ghana');
  });

  it('keeps the country of a minister "of <country>" who argues before an international court', () => {
    const a = article(
      'Hearings open at the International Court of Justice',
      [
        'Foreign Minister Idris Bakary of Chad told the International Court of Justice that the border was settled ' +
          'in 1935.',
        'The court, presided over by Judge Henrik Vollmer of Germany, will rule next year.',
      ],
      reuters,
    );
    expect(person(a, 'Idris Bakary')?.country).toBe('Chad');
    expect(person(a, 'Henrik Vollmer')?.country).toBeNull();
  });

  it("gives no country to the Secretary-General's special representative", () => {
    const a = article(
      'Border commission agrees to speed up its work, UN envoy says',
      [
        'The joint commission set up by the UN to mark the border between Chad and Niger met in the Chadian capital.',
        '"Both delegations worked well," said Anselme Kotoko, the Secretary-General\'s Special Representative ' +
          'for Central Africa and chairman of the commission.',
      ],
      reuters,
    );
    expect(person(a, 'Anselme Kotoko')?.country).toBeNull();
  });

  it('gives no country to the spokesperson "his" ties to a UN official', () => {
    const a = article(
      'Neighbours agree to observe ceasefire',
      [
        'The armies of Chad and Niger agreed on Thursday to observe the ceasefire, a joint statement said.',
        'UN Secretary-General Lars Ekholm was "encouraged" by the statement, his spokesperson Renate Vasquez said.',
      ],
      { source: 'Dawn', dateline: null },
    );
    expect(person(a, 'Lars Ekholm')?.country).toBeNull();
    expect(person(a, 'Renate Vasquez')?.country).toBeNull();
  });
});

describe('names and roles of the round', () => {
  it('keeps "Sheikh" in a Bangladeshi name of two words, as in one of one', () => {
    const a = article(
      'India and Bangladesh sign water treaty',
      [
        'Bangladesh Prime Minister Sheikh Rokeya signed the treaty with India on Thursday.',
        'Rokeya recalled that the first accord was reached by her father, Sheikh Rafiqur Alam, in 1974.',
      ],
      { source: 'PTI', dateline: { place: 'NEW DELHI', date: 'Dec 12' } },
    );
    expect(person(a, 'Sheikh Rokeya')).toBeDefined();
    expect(person(a, 'Sheikh Rafiqur Alam')).toBeDefined();
  });

  it('still drops the Gulf style "Sheikh" before a name with "bin" in a Bangladeshi story', () => {
    const a = article(
      'Bangladesh signs labour deal',
      [
        'Bangladesh signed the deal with Sheikh Hamad bin Faisal, who heads the labour office of the emirate.',
      ],
      { source: 'PTI', dateline: { place: 'DHAKA', date: 'Dec 12' } },
    );
    expect(person(a, 'Hamad bin Faisal')).toBeDefined();
  });

  it('gives the listed ministers "of the two countries" their shared title', () => {
    const a = article(
      'Neighbours sign peace treaty',
      [
        'Chile and Bolivia signed a peace treaty on Monday.',
        'The foreign ministers of the two countries, Tomas Arvelo of Chile and Ramon Ibarguen of Bolivia, signed ' +
          'separate agreements on trade.',
      ],
      reuters,
    );
    expect(person(a, 'Tomas Arvelo')).toMatchObject({ roles: ['foreign minister'], country: 'Chile' });
    expect(person(a, 'Ramon Ibarguen')).toMatchObject({ roles: ['foreign minister'], country: 'Bolivia' });
  });
});

describe('a title "for" a sea, then a rank, with no comma', () => {
  it('closes the title at the sea and gives the rank to the name', () => {
    const a = article(
      'Manila protests water cannon use',
      [
        'Manila summoned the Chinese envoy on Monday.',
        'Philippine Coast Guard spokesperson for the West Philippine Sea Commodore Dan Velarde said the ships had ' +
          'blocked the vessels.',
      ],
      { source: 'PNA', dateline: { place: 'MANILA', date: 'May 9' } },
    );
    expect(person(a, 'Dan Velarde')?.roles).toEqual([
      'Philippine Coast Guard spokesperson for the West Philippine Sea',
      'Commodore',
    ]);
  });
});

describe('a statement signed at its foot', () => {
  it('places its bare-titled officials in the country of the city it was signed in', () => {
    const a = article(
      'Statement of Secretary of Foreign Affairs Elmer Quirante on the award',
      [
        'We welcome the award, which our experts are studying with care.',
        'The case was filed under the administration of President Rosa Dumaguing, when then Secretary of Foreign ' +
          'Affairs Dante Villarin notified the Chinese Embassy of the claim.',
        'Department of Foreign Affairs',
        'Manila',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Dante Villarin')?.country).toBe('Philippines');
  });
});
