import { describe, expect, it } from 'vitest';
import { packFiles, packOf } from './data-packs.ts';
import { DataLoadError, isNotFound, packedSource, type JsonSource } from './fetch-json.ts';
import { dataPaths, searchPaths } from './paths.ts';

// A packed site served from memory: counts each file the browser would download.
function packedSite(files: Map<string, string>) {
  const served = packFiles(files);
  const downloads: string[] = [];
  let failing = false;
  const load: JsonSource = async (path) => {
    downloads.push(path);
    if (failing) throw new DataLoadError(path, 503);
    const text = served.get(path);
    if (text === undefined) throw new DataLoadError(path, 404);
    return JSON.parse(text) as unknown;
  };
  return { load, downloads, fail: (on: boolean) => (failing = on) };
}

const files = new Map<string, string>([
  [dataPaths.manifest(), '{"articleCount":2}'],
  [dataPaths.article('alpha'), '{"title":"Alpha"}'],
  [dataPaths.article('beta'), '{"title":"Beta"}'],
  [dataPaths.person('wang-yi'), '{"name":"Wang Yi"}'],
  [dataPaths.personArticles('wang-yi', 1), '{"page":1}'],
  [searchPaths.docs(0), '[{"slug":"alpha"}]'],
]);

describe('packedSource', () => {
  it('answers each data file from its pack, and the rest from their own files', async () => {
    const site = packedSite(files);
    const source = packedSource(site.load);
    for (const [path, text] of files) expect(await source(path)).toEqual(JSON.parse(text));
    expect(site.downloads).toContain(dataPaths.manifest());
    expect(site.downloads).not.toContain(dataPaths.article('alpha'));
    expect(site.downloads).toContain(packOf(dataPaths.article('alpha')));
  });

  it('downloads a pack once for a person and their articles, even when asked at the same time', async () => {
    const site = packedSite(files);
    const source = packedSource(site.load);
    await Promise.all([source(dataPaths.person('wang-yi')), source(dataPaths.personArticles('wang-yi', 1))]);
    await source(dataPaths.person('wang-yi'));
    expect(site.downloads).toEqual([packOf(dataPaths.person('wang-yi'))]);
  });

  it('reports an unknown slug as not found, whether its pack exists or not', async () => {
    const site = packedSite(files);
    const source = packedSource(site.load);
    // One slug whose pack is written (it shares alpha's) and one whose bucket is empty.
    let sibling = 0;
    while (packOf(dataPaths.article(`missing-${sibling}`)) !== packOf(dataPaths.article('alpha'))) sibling++;
    const missing = [dataPaths.article(`missing-${sibling}`), dataPaths.article('no-such-article')];
    expect(packOf(missing[1]!)).not.toBe(packOf(dataPaths.article('alpha')));
    for (const path of missing) {
      const error = await source(path).catch((e: unknown) => e);
      expect(isNotFound(error), path).toBe(true);
      expect((error as DataLoadError).path).toBe(path);
    }
  });

  it('keeps only the last few packs, and retries a pack whose download failed', async () => {
    const many = new Map([...Array(40).keys()].map((i) => [dataPaths.article(`a${i}`), `{"n":${i}}`]));
    const site = packedSite(many);
    const source = packedSource(site.load, 4);
    for (const path of many.keys()) await source(path);
    const first = site.downloads.length;
    await source(dataPaths.article('a39'));
    expect(site.downloads.length).toBe(first);
    await source(dataPaths.article('a0'));
    expect(site.downloads.length).toBe(first + 1);

    site.fail(true);
    const error = await source(dataPaths.article('a5')).catch((e: unknown) => e);
    expect(error).toMatchObject({ path: dataPaths.article('a5'), status: 503 });
    site.fail(false);
    expect(await source(dataPaths.article('a5'))).toEqual({ n: 5 });
  });
});
