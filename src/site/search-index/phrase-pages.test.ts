import { describe, expect, it } from 'vitest';
import { phraseCandidates } from './phrase-pages.ts';

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
    // The pairs are told from the names: their pages carry their facets (a name's are counted in the browser).
    expect(candidates.map((c) => c.pair === true)).toEqual([false, true, true]);
    expect(candidates[1]!.words).toEqual([
      { word: 'climate', terms: ['climate'] },
      { word: 'change', terms: ['change'] },
    ]);
  });
});
