// Rules reached past the cheaper searches that now find them (PERFORMANCE.md, session 34, perf35): "Y's Message to X"
// with a capital before a name, a headline's country and office after other words, and an interviewer named in the
// sentence after the lede. Invented sentences, invented people.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

describe('the one a message is for, whatever its case', () => {
  it('does not count the leader an envoy brings "the President\'s Message to"', () => {
    const a = article("Envoy brings Ostrander's Message to Quillon", [
      "Special envoy Tamsin Varek met Foreign Minister Ellery Brannock in Lima on Monday and brought President Hugo Ostrander's Message to President Dario Quillon.",
    ]);
    expect(taking(a)).not.toContain('Dario Quillon');
    expect(taking(a)).toContain('Tamsin Varek');
  });
});

describe('a headline that names leaders by their country and office after other words', () => {
  const story = (headline: string) =>
    article(
      headline,
      [
        // The body alone does not count the two leaders (the talks were held on their behalf), so the headline decides.
        'Two aid workers, Tamsin Varek and Hugo Brannock, were freed on Wednesday after talks on behalf of President Corvin Dunmore Haskel and Crown Prince Ellery bin Faisal of Jordan.',
        'The two were handed over at Nairobi airport on Wednesday.',
      ],
      { dateline: { place: 'NAIROBI', date: '3rd March, 2021' }, source: 'KNA' },
    );

  it("counts the holders when the country word is not the headline's first", () => {
    const a = story('Aid workers freed, thank Kenyan President, Jordanian Crown Prince for mediation');
    expect(taking(a)).toEqual(expect.arrayContaining(['Corvin Dunmore Haskel', 'Ellery bin Faisal']));
  });

  it('does not count a holder whose office stands in the possessive after other words', () => {
    const a = story("Freed aid workers meet Kenyan President's envoy in Nairobi");
    expect(taking(a)).not.toContain('Corvin Dunmore Haskel');
    expect(person(a, 'Corvin Dunmore Haskel')).toMatchObject({ roles: ['President'], country: 'Kenya' });
    expect(person(a, 'Ellery bin Faisal')).toMatchObject({ roles: ['Crown Prince'], country: 'Jordan' });
  });
});

describe('the interviewer of a story', () => {
  it('counts the interviewer a sentence after the lede names', () => {
    const a = article('Quillon says talks will go on', [
      'President Dario Quillon said on Sunday the talks with the neighbours would go on.',
      'He spoke in an interview with Radio Sur Deputy Director Ellery Brannock.',
    ]);
    expect(taking(a)).toEqual(expect.arrayContaining(['Dario Quillon', 'Ellery Brannock']));
  });
});
