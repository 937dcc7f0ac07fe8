import { describe, expect, it, vi } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { buildDataset, ingestFile } from './ingest.ts';

// A bug in the extractor, simulated: it must cost one file, never the build.
vi.mock('./extract-people.ts', () => ({
  extractEntities: () => {
    throw new Error('boom');
  },
}));

describe('ingestFile when the core throws', () => {
  it('turns the exception into a warning naming the file and keeps going', () => {
    const text = new TextEncoder().encode(
      ' date 2024-10-22 Headline\n\nBEIJING, Oct. 21 (Xinhua) -- Text.\n',
    );
    const result = ingestFile('sub/bad.txt', text, emptyKnowledge);
    expect(result.article).toBeNull();
    expect(result.warnings).toEqual([
      { file: 'sub/bad.txt', line: 1, message: 'could not be ingested (internal error: boom); file skipped' },
    ]);
    const dataset = buildDataset([result]);
    expect(dataset.articles).toEqual([]);
    expect(dataset.warnings).toHaveLength(1);
  });
});
