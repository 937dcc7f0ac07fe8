import { describe, expect, it, vi } from 'vitest';
import { buildSiteData } from '../../site/build-site-data.ts';
import { testDataset } from '../../site/test-dataset.ts';
import { runSearch, type Loader } from './search-engine.ts';
import { readSearchParams } from './search-params.ts';

// The exact counting is a chunk of its own (issue 4's 100 KB for a first search): held back here until released,
// so a test can tell what waits for it.
const gate = vi.hoisted(() => {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  return { released, release, asked: 0 };
});
vi.mock('./facet-counts.ts', async (importOriginal) => {
  gate.asked++;
  await gate.released;
  return importOriginal();
});

const files = buildSiteData(testDataset());
const load: Loader = async (path) => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no file ${path}`);
  return JSON.parse(text);
};

describe('facet counting code', () => {
  it('is not waited for by the results, which ask for it once in; the counts then come with it', async () => {
    const params = readSearchParams(new URLSearchParams('q=wang blinken'));
    const results = await runSearch(params, load, { facetLists: false });
    expect(results.hits.map((h) => h.title).sort()).toEqual([
      'Blinken ends Beijing visit',
      'Wang Yi meets Blinken in Beijing',
    ]);
    expect(results.facets.people).toBeNull();
    await vi.waitFor(() => expect(gate.asked).toBe(1));
    const counting = runSearch(params, load, { facetLists: true });
    gate.release();
    const counted = await counting;
    expect(counted.facets.people?.map((f) => [f.label, f.count])).toEqual([
      ['Antony Blinken', 2],
      ['Wang Yi', 2],
    ]);
  });
});
