// The fixed query set, chosen from what src/node/gen-corpus.ts writes (its name, city and topic lists), so every
// query has matches at every corpus size (1,000 articles and up).

export interface BenchQuery {
  label: string;
  q: string;
}

export const QUERIES: BenchQuery[] = [
  { label: 'common word', q: 'cooperation' },
  { label: 'two words', q: 'climate change' },
  { label: 'rare word', q: 'Vladivostok' },
  { label: 'full name', q: 'Wang Yi' },
  { label: 'surname', q: 'Baerbock' },
  { label: '3-letter prefix', q: 'sit' },
  { label: 'one typo', q: 'Hiroshma' },
  { label: 'swapped letters', q: 'Baerbcok' },
  { label: 'Chinese name', q: '王毅' },
];

/** Typed one letter at a time; each keystroke after the first is a "later keystroke". */
export const TYPED = ['agriculture', 'Sitharaman'];

/**
 * One-typo words (deletion, insertion, substitution, two swapped letters) of words of five letters or more that
 * the corpus contains: a search "finds" one when it returns at least one result.
 */
export const TYPOS: { typo: string; word: string }[] = [
  { typo: 'coopertion', word: 'cooperation' },
  { typo: 'infrastrukture', word: 'infrastructure' },
  { typo: 'Hiroshma', word: 'Hiroshima' },
  { typo: 'Vladivosstok', word: 'Vladivostok' },
  { typo: 'Jaishankr', word: 'Jaishankar' },
  { typo: 'Kobayashu', word: 'Kobayashi' },
  { typo: 'diplomatik', word: 'diplomatic' },
  { typo: 'Baerbcok', word: 'Baerbock' },
  { typo: 'Sitharmaan', word: 'Sitharaman' },
  { typo: 'Lavorv', word: 'Lavrov' },
  { typo: 'agricultrue', word: 'agriculture' },
  { typo: 'secuirty', word: 'security' },
  { typo: 'Takahasih', word: 'Takahashi' },
  { typo: 'clmiate', word: 'climate' },
  { typo: 'heritgae', word: 'heritage' },
  { typo: 'Nakamrua', word: 'Nakamura' },
];
