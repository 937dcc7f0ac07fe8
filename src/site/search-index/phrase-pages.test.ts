import { describe, expect, it } from 'vitest';
import { nameTerms, termsMatch } from '../../common/people-names.ts';
import { namedPeopleFinder, phraseCandidates } from './phrase-pages.ts';

const doc = (names: string[], ...body: string[]) => ({ title: 'Talks', names, body });

describe('phrase candidates', () => {
  it('takes people’s names and the Chinese names written beside them, most mentioned first', () => {
    const docs = [
      doc(['Wang Yi'], 'Chinese Foreign Minister Wang Yi (王毅) met Sergey Lavrov.'),
      doc(['Wang Yi', 'Xi Jinping'], 'President Xi Jinping (习近平) and Wang Yi (王毅) attended.'),
      doc(['Sergey Lavrov'], '会议在北京举行，各方表示将继续加强合作与交流。'),
    ];
    const keys = phraseCandidates(docs, {
      names: 10,
      pairs: 0,
      pairSampleDocs: 0,
      isCommon: () => false,
    }).map((c) => c.key);
    expect(keys.slice(0, 3)).toEqual(['wang yi', 'yi', '王毅']);
    // 习近平 is searched as its two overlapping bigrams; a long run of Chinese text is a sentence, not a name.
    expect(keys).toEqual(expect.arrayContaining(['sergey lavrov', 'lavrov', 'xi jinping', '习近+近平']));
    expect(keys.filter((key) => key.includes('会议'))).toEqual([]);
    expect(keys.length).toBeLessThanOrEqual(10);
  });

  it('adds pairs of common words that stand side by side, most frequent first, and not the names again', () => {
    const docs = [
      doc(['Wang Yi'], 'Climate change talks: climate change and trade.', 'Wang Yi spoke on climate change.'),
      doc([], 'Trade talks on climate change.'),
    ];
    const common = new Set(['climate', 'change', 'trade', 'talks', 'wang', 'yi']);
    const candidates = phraseCandidates(docs, {
      names: 10,
      pairs: 2,
      pairSampleDocs: 2,
      isCommon: (term) => common.has(term),
    });
    // Stop words are not indexed, so "talks on climate" pairs "talks climate" (twice here).
    // "yi", a surname with a long list, has its rows among the common words' already.
    expect(candidates.map((c) => c.key)).toEqual(['wang yi', 'climate change', 'talks climate']);
    expect(candidates[1]!.words).toEqual([
      { word: 'climate', terms: ['climate'] },
      { word: 'change', terms: ['change'] },
    ]);
  });
});

describe('named people finder', () => {
  // Invented people: namesakes, a name whose words come in another order, an alias, a Chinese alias.
  const people = [
    { id: 0, names: ['Maren Oduya'] },
    { id: 1, names: ['Oduya Marenko'] },
    { id: 2, names: ['Teodor Valsk', 'Maren Oduya-Valsk'] },
    { id: 3, names: ['Lin Qiaomu', '林乔木'] },
    { id: 4, names: ["Pella O'Duya"] },
    { id: 5, names: ['Maren Ilves'] },
  ];
  const find = namedPeopleFinder(people);

  it('finds the people every query word starts a word of, by their name or an alias', () => {
    expect(find(['maren', 'oduya']).sort()).toEqual([0, 1, 2]);
    expect(find(['oduya', 'valsk'])).toEqual([2]);
    expect(find(['乔木'])).toEqual([3]);
    expect(find(['duya'])).toEqual([4]);
    expect(find(['maren', 'nobody'])).toEqual([]);
  });

  it('finds exactly whom the browser’s name lookup keeps (termsMatch over name and aliases)', () => {
    for (const words of [
      ['maren'],
      ['mar', 'o'],
      ['o'],
      ['lin', 'qiao'],
      ['林'],
      ['pella', 'o'],
      ['m', 'i'],
    ]) {
      const expected = people.filter((p) => termsMatch(p.names.flatMap(nameTerms), words)).map((p) => p.id);
      expect(find(words).sort(), words.join(' ')).toEqual(expected);
    }
  });
});
