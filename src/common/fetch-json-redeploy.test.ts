// @vitest-environment jsdom
// A built page names its build; fetch-json checks every data request against the build being served.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FetchJson from './fetch-json.ts';

const pending = Symbol('pending');
const settled = async <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<typeof pending>((resolve) => setTimeout(() => resolve(pending), 20))]);

describe('a page left open across a redeploy', () => {
  let served: string;
  let requests: string[];

  /** fetch-json as a page of build "a" loads it, over a host serving `served`. */
  async function pageOfBuildA(): Promise<typeof FetchJson> {
    document.head.innerHTML = '<meta name="readout-build" content="a">';
    vi.resetModules();
    return import('./fetch-json.ts');
  }

  beforeEach(() => {
    served = 'a';
    requests = [];
    sessionStorage.clear();
    vi.stubGlobal('fetch', async (url: string) => {
      requests.push(url);
      const body = url.startsWith('/data/build.json') ? { buildId: served } : { page: 2 };
      return new Response(JSON.stringify(body));
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.innerHTML = '';
  });

  // First: every import of the module adds its listener to the window.
  it('checks the build when a chunk fails to load, and reloads only if another is served', async () => {
    const { fetchJson, onNewBuild } = await pageOfBuildA();
    const reload = vi.fn();
    onNewBuild(reload);
    window.dispatchEvent(new Event('vite:preloadError'));
    // A read made meanwhile shares the check, so once it is answered the check is over.
    await expect(fetchJson('data/list/2.json')).resolves.toEqual({ page: 2 });
    expect(requests).toContain('/data/build.json');
    expect(reload).not.toHaveBeenCalled();
    served = 'b';
    window.dispatchEvent(new Event('vite:preloadError'));
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });

  it("reads the data while the page's build is served, asking for it by build", async () => {
    const { fetchJson } = await pageOfBuildA();
    await expect(fetchJson('data/list/2.json')).resolves.toEqual({ page: 2 });
    expect(requests.sort()).toEqual(['/data/build.json', '/data/list/2.json?v=a']);
  });

  it('once another build is served, loads the page afresh instead of returning its data, once per build', async () => {
    const { fetchJson, onNewBuild } = await pageOfBuildA();
    const reload = vi.fn();
    onNewBuild(reload);
    served = 'b';
    const read = fetchJson('data/list/2.json');
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(await settled(read)).toBe(pending);
    // Still build a's page after that reload (a host serving an old copy): an error to retry, not a reload loop.
    await expect(fetchJson('data/list/3.json')).rejects.toThrow('data/list/3.json');
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
