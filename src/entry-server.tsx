// The server entry Vite bundles for prerendering: one route in, one complete HTML document out.
// It knows nothing about files: the caller says where JSON comes from (readJson) and writes the result.
import { QueryClient, QueryClientProvider, dehydrate, type DehydratedState } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { createRoutes } from './app/routes.tsx';
import { DataLoadError, setJsonSource } from './common/fetch-json.ts';
import {
  assertTemplate,
  compactTemplate,
  renderDocument,
  takeHoistedHead,
  unescapeTextQuotes,
  withoutFeedLink,
  type PageHead,
} from './common/html-document.ts';

export interface RendererOptions {
  /** The built index.html (with hashed asset tags) to fill. */
  template: string;
  /** The site base with leading and trailing slash, e.g. "/" or "/sub/". */
  base: string;
  /** Origin for canonical links, or null. */
  siteUrl: string | null;
  /** Reads a data file by its path relative to the base (e.g. "data/manifest.json"); undefined when missing. */
  readJson: (path: string) => Promise<unknown>;
}

export interface PageJob {
  /** Route path relative to the base, without a leading slash: "", "articles/x", "people". */
  path: string;
  /** Embed the dehydrated react-query state so the client hydrates without fetching (small pages only). */
  embedState: boolean;
  /** Path (relative to the base) the page is served at, for the canonical link; null for none (404). */
  canonical: string | null;
}

export interface RenderedPage {
  /** HTTP status the route resolved to (404 for the not-found page). */
  status: number;
  html: string;
  /** Set when the route failed to load its data: the page shows an error, which a build must not ship. */
  error: string | null;
}

interface RouteMeta {
  title?: unknown;
  description?: unknown;
}

interface PageContext {
  queryClient: QueryClient;
  handler: ReturnType<typeof createStaticHandler>;
}

const DEFAULT_HEAD = { title: 'Readout', description: 'A reader for archives of news wire articles.' };

/** The deepest matched route whose loader returned `meta` (or whose handle has one) names the page. */
function pickMeta(
  matches: { route: { id: string; handle?: unknown } }[],
  loaderData: Record<string, unknown>,
): { title: string; description: string } {
  for (let index = matches.length - 1; index >= 0; index--) {
    const match = matches[index]!;
    const data = loaderData[match.route.id] as { meta?: RouteMeta } | undefined;
    const meta = data?.meta ?? (match.route.handle as { meta?: RouteMeta } | undefined)?.meta;
    if (meta && typeof meta.title === 'string') {
      return {
        title: meta.title,
        description: typeof meta.description === 'string' ? meta.description : DEFAULT_HEAD.description,
      };
    }
  }
  return DEFAULT_HEAD;
}

const describeError = (error: unknown): string =>
  error instanceof Error
    ? error.message
    : error instanceof Response
      ? `HTTP ${error.status}`
      : typeof error === 'object' && error && 'status' in error
        ? `HTTP ${String((error as { status: unknown }).status)}`
        : String(error);

/**
 * Zeroes the clock readings in dehydrated state so a build is byte-for-byte repeatable. Harmless: the data never
 * goes stale (staleTime: Infinity) and a fresh client has no newer copy to compare against.
 */
function timeless(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      dehydratedAt: 0,
      state: { ...query.state, dataUpdatedAt: 0, errorUpdatedAt: 0 },
    })),
  };
}

export function createRenderer(options: RendererOptions): (job: PageJob) => Promise<RenderedPage> {
  assertTemplate(options.template);
  const homeTemplate = compactTemplate(options.template);
  // Article and person pages (100,000 of them) leave the feed's <link> to the home page.
  const pageTemplate = withoutFeedLink(homeTemplate);
  // A missing file answers like a static host would (404), so loaders show the not-found page as in the browser.
  setJsonSource(async (path) => {
    const value = await options.readJson(path);
    if (value === undefined) throw new DataLoadError(path, 404);
    return value;
  });
  const { base } = options;
  // A page's query client with the routes bound to it. Creating the static handler flattens and ranks every route
  // (a fifth of an article page's time), so a renderer keeps the ones no page is using and reuses them, emptied.
  const idle: PageContext[] = [];
  const takeContext = (): PageContext => {
    const reused = idle.pop();
    if (reused) return reused;
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Infinity } },
    });
    // The same basename as the browser router (import.meta.env.BASE_URL, trailing slash included), so links
    // render identically on both sides ("/sub/" for home, not "/sub").
    return { queryClient, handler: createStaticHandler(createRoutes(queryClient), { basename: base }) };
  };

  return async (job) => {
    // Pages rendered at the same time get a client each: the embedded state must hold this page's queries only.
    const pageContext = takeContext();
    try {
      return await renderPage(job, pageContext);
    } finally {
      pageContext.queryClient.clear();
      idle.push(pageContext);
    }
  };

  async function renderPage(job: PageJob, { queryClient, handler }: PageContext): Promise<RenderedPage> {
    const context = await handler.query(new Request(new URL(base + job.path, 'http://prerender.invalid')));
    if (context instanceof Response) {
      return {
        status: context.status,
        html: '',
        error: `redirects to ${context.headers.get('Location') ?? '?'}`,
      };
    }
    const errors = Object.values(context.errors ?? {});
    const notFound = context.statusCode === 404;
    const error = errors.length > 0 && !notFound ? describeError(errors[0]) : null;

    const router = createStaticRouter(handler.dataRoutes, context);
    // hydrate={false}: React Router would otherwise add an inline <script>, which a strict CSP blocks.
    const rendered = renderToString(
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>,
    );
    // "<!--$!-->" marks a Suspense boundary React gave up on: a component fetched data its route loader did not
    // prefetch, so the page would ship a fallback instead of content.
    const { rootHtml: reactHtml, title, description, extra } = takeHoistedHead(rendered);
    const rootHtml = unescapeTextQuotes(reactHtml);
    const suspended = rootHtml.includes('<!--$!-->')
      ? 'a component suspended: its data was not prefetched by the loader'
      : null;
    // What the page rendered wins (the not-found page names itself); else the route's loader meta.
    const meta = pickMeta(context.matches, context.loaderData);
    const head: PageHead = {
      title: title ?? meta.title,
      description: description ?? meta.description,
      canonical:
        options.siteUrl && job.canonical !== null ? `${options.siteUrl}${base}${job.canonical}` : null,
    };
    const state = job.embedState ? timeless(dehydrate(queryClient)) : null;
    return {
      status: context.statusCode,
      html: renderDocument(job.path === '' ? homeTemplate : pageTemplate, {
        head,
        extraHead: extra,
        rootHtml,
        state,
      }),
      error: error ?? suspended,
    };
  }
}
