// Server-side render of every route (node, no DOM): the routes must not touch window/document while rendering,
// and the prerendered HTML must carry the content itself (text, sidebar, links) for readers without JavaScript.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, slugOf, type ServedSite } from '../../tests/fixtures/site/site-fixture.ts';
import { createRoutes } from './routes.tsx';

let site: ServedSite;
beforeAll(() => {
  site = serveSite();
});
afterAll(() => site.restore());

async function prerender(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`unexpected redirect for ${path}`);
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider
        router={createStaticRouter(handler.dataRoutes, context)}
        context={context}
        hydrate={false}
      />
    </QueryClientProvider>,
  );
  return { html, status: context.statusCode };
}

describe('prerendered HTML', () => {
  it('has the article text, linked names and sidebar, with no fallback spinner', async () => {
    const { html, status } = await prerender(`/articles/${slugOf(2)}`);
    expect(status).toBe(200);
    expect(html).toContain('<h1>Wang Yi meets Blinken in Rome</h1>');
    expect(html).toContain('href="/people/antony-blinken"');
    expect(html).toContain('aria-label="People in this article"');
    expect(html).toContain('on the sidelines of a meeting in Rome.');
    expect(html).not.toContain('Loading…');
    expect(html).toContain('<title>Wang Yi meets Blinken in Rome — Readout</title>');
  });

  it('escapes markup in article text', async () => {
    const { html } = await prerender(`/articles/${slugOf(4)}`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
  });

  it('renders home, people index and person pages', async () => {
    expect((await prerender('/')).html).toContain(
      'Wang Yi holds phone talk with Japanese national security official',
    );
    expect((await prerender('/people')).html).toContain('href="/people/wang-yi"');
    expect((await prerender('/people/wang-yi')).html).toContain('Chinese Foreign Minister');
  });

  it('answers unknown slugs and paths with the not-found page and a 404 status', async () => {
    for (const path of ['/articles/nope', '/people/nobody', '/no/such/page']) {
      const { html, status } = await prerender(path);
      expect(html).toContain('Page not found');
      // Unknown slugs are a 404 from their loader; an unknown path is the catch-all page (the host sends 404).
      expect(status).toBe(path === '/no/such/page' ? 200 : 404);
    }
  });
});
