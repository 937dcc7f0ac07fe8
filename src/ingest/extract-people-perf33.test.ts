// Rules reached past the cheap tests that now gate them (PERFORMANCE.md, session 32, perf33): a headline in capitals
// still reads as a leaders' roundup, an "In Brief" headline as a digest, and a lede's credit 24 words before the name
// (as far back as the rule reads) still credits it. Invented sentences, invented people.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, testArticle as article } from './test-article.ts';

describe('headline and lede rules past their gates', () => {
  it('reads a headline in capitals as a roundup of leaders reacting', () => {
    const a = article(
      'WORLD LEADERS EXTEND CONDOLENCES TO VELLAND AFTER FLOODS',
      [
        'NORBURG - World leaders on Monday sent messages of condolence after floods struck Velland.',
        'Interior Minister Sam Orrel said the river burst its banks at dawn.',
        'Kestian President Ilse Marr called President Tomas Vedin to convey her condolences.',
        'Premier Otto Rask sent telegrams to Vedin and to Lorian President Emil Haas offering help.',
      ],
      { dateline: { place: 'NORBURG', date: null }, source: 'Anadolu' },
    );
    expect(taking(a)).toEqual(['Ilse Marr', 'Tomas Vedin', 'Otto Rask', 'Emil Haas']);
  });

  it('reads an "In Brief" headline\'s items each as a story of its own', () => {
    const a = article(
      'Velland In Brief: June 2',
      [
        'The following is the latest list of selected news summaries.',
        'Velland, Kestia to start talks on trade pact',
        'NORBURG - Velland Prime Minister Ivo Rand and Kestian President Lena Hoff agreed Friday to begin negotiations.',
        'Port reopens to rescue ship',
        "LORIA - Velland's new government said it would let the rescue ship dock. Prime Minister Pavel Dunn said it was the country's duty. Opposition leader Rolf Merk said he would not back the decision.",
      ],
      { dateline: null, date: '2024-06-08' },
    );
    expect(taking(a)).toEqual(['Ivo Rand', 'Lena Hoff', 'Pavel Dunn']);
  });

  it('leaves out the election official a credit 24 words before the name gives the results to', () => {
    const a = article(
      'Halvik wins presidential runoff',
      [
        "Velland President Oren Halvik won Sunday's runoff with 51.3% of the vote, according to provisional figures released by the head of the Supreme Election Council of the Federal Republic of North Velland, Tamas Orlo.",
        'Opposition candidate Ivo Rand received 48.7%.',
      ],
      { dateline: { place: 'NORBURG', date: null }, source: 'Anadolu' },
    );
    expect(taking(a)).toEqual(['Oren Halvik', 'Ivo Rand']);
  });
});
