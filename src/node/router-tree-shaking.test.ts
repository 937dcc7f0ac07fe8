import { rolldown, type Plugin } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { routerTreeShakingPlugin } from './router-tree-shaking.ts';

// A page that uses the router but never its <Form> or <Link>, as the app does, bundled as the build does.
const page: Plugin = {
  name: 'page',
  resolveId: (id) => (id === 'page' ? '\0page' : undefined),
  load: (id) =>
    id === '\0page'
      ? "export { createBrowserRouter, useHref, useLinkClickHandler } from 'react-router-dom';"
      : undefined,
};

async function bundle(plugins: Plugin[]): Promise<string> {
  const build = await rolldown({
    input: 'page',
    plugins: [page, ...plugins],
    external: ['react', 'react-dom'],
    logLevel: 'silent',
  });
  const { output } = await build.generate({ format: 'esm', minify: true });
  await build.close();
  return output[0].code;
}

describe('routerTreeShakingPlugin', () => {
  it("leaves out the router's components the page never uses, and keeps what it does", async () => {
    const plain = await bundle([]);
    const shaken = await bundle([routerTreeShakingPlugin() as Plugin]);
    // <Form>'s submission code, and <Link>'s prefetch links: in the plain bundle, not in the shaken one.
    for (const unused of ['without a <form>', 'modulepreload']) {
      expect(plain).toContain(unused);
      expect(shaken).not.toContain(unused);
    }
    expect(shaken).toContain('useLinkClickHandler');
    expect(shaken.length).toBeLessThan(plain.length - 5_000);
  }, 60_000);
});
