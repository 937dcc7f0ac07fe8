// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadHelperSource, preloadsNeeded } from './preload-helper.ts';

type Preload = (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown>;
// The helper as the browser runs it (an ES module whose one export is the function).
const helper = (base: string): Preload =>
  new Function(preloadHelperSource(base).replace('export const __vitePreload =', 'return'))() as Preload;
const preloaded = () =>
  Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]'), (link) =>
    link.getAttribute('href'),
  );

describe('preloadHelperSource', () => {
  afterEach(() => document.head.replaceChildren());

  it("starts fetching a lazy chunk's imports under the site's base, each once", async () => {
    const preload = helper('/sub/');
    const load = vi.fn(async () => 'page module');
    await expect(preload(load, ['assets/app-core-1.js', 'assets/parts-2.js'])).resolves.toBe('page module');
    await preload(load, ['assets/app-core-1.js', 'assets/person-3.js']);
    expect(preloaded()).toEqual([
      '/sub/assets/app-core-1.js',
      '/sub/assets/parts-2.js',
      '/sub/assets/person-3.js',
    ]);
    expect(document.head.querySelector('link')?.crossOrigin).toBe('');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("passes a failed import on to its caller and fires Vite's vite:preloadError (a redeploy removed it?)", async () => {
    const failure = new Error('offline');
    const fired = vi.fn();
    window.addEventListener('vite:preloadError', fired);
    await expect(helper('/')(() => Promise.reject(failure), [])).rejects.toBe(failure);
    window.removeEventListener('vite:preloadError', fired);
    expect(fired).toHaveBeenCalledTimes(1);
  });
});

describe('preloadsNeeded', () => {
  // The results view imports the app's core (which imports the runtime) and the tokenizer; its lazy chunk imports
  // those and one chunk of its own.
  const imports = new Map([
    ['assets/results.js', ['assets/core.js', 'assets/text.js']],
    ['assets/core.js', ['assets/runtime.js']],
    ['assets/lazy.js', ['assets/core.js', 'assets/runtime.js', 'assets/text.js', 'assets/parts.js']],
    ['assets/parts.js', ['assets/core.js']],
  ]);

  it('preloads only what the importer has not loaded, beside the chunk itself', () => {
    const deps = [
      'assets/lazy.js',
      'assets/core.js',
      'assets/runtime.js',
      'assets/text.js',
      'assets/parts.js',
    ];
    expect(preloadsNeeded(imports, 'assets/lazy.js', deps, 'assets/results.js')).toEqual([
      'assets/lazy.js',
      'assets/parts.js',
    ]);
    // From a chunk that imports nothing, all of them.
    expect(preloadsNeeded(imports, 'assets/lazy.js', deps, 'assets/entry.js')).toEqual(deps);
  });

  it('lists none when the importer has loaded all the chunk imports (its import fetches it)', () => {
    const deps = ['assets/parts.js', 'assets/core.js', 'assets/runtime.js'];
    expect(preloadsNeeded(imports, 'assets/parts.js', deps, 'assets/results.js')).toEqual([]);
  });
});
