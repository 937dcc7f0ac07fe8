import { describe, expect, it } from 'vitest';
import { lexiconData } from './lexicon-data.ts';
import { deriveLexiconData } from './lexicon-source.ts';

describe('lexicon-data.ts', () => {
  it('is what src/node/build-lexicon-data.ts derives from the installed compromise', () => {
    // After a compromise upgrade this fails: run `npx tsx src/node/build-lexicon-data.ts`.
    expect(lexiconData).toEqual(deriveLexiconData());
  });
});
