// Fills the built index.html with one prerendered page. Pure string work, shared by the SSR entry and its tests.

export interface PageHead {
  title: string;
  description: string;
  /** Absolute canonical URL, or null when the site origin is unknown (a relative canonical helps no one). */
  canonical: string | null;
}

export interface PageParts {
  head: PageHead;
  /** Further head tags (already HTML), e.g. hoisted by React from the page. */
  extraHead?: string;
  /** Markup rendered by React for #root. */
  rootHtml: string;
  /** Dehydrated react-query state, or null to let the client fetch before it hydrates. */
  state: unknown;
}

export const STATE_SCRIPT_ID = 'readout-state';

/**
 * What a fully prerendered article page shows and its data file then leaves out (data/articles/<slug>.json gets
 * `textInPage: true`): the text, captions, organizations, places and the neighbours' links, and each person's
 * name, roles, country and part (ARTICLE_PERSON_FIELDS_IN_PAGE). The app reads them
 * back from the page (features/articles/article-queries.ts), so dist/ holds them once (issue 4: under 1 GB at
 * 100,000 articles).
 */
export const ARTICLE_FIELDS_IN_PAGE = [
  'paragraphs',
  'captions',
  'organizations',
  'places',
  'prev',
  'next',
] as const;

/** Of each person in such a data file only the slug and aliases stay: the sidebar shows the rest. */
export const ARTICLE_PERSON_FIELDS_IN_PAGE = ['name', 'country', 'roles', 'participant'] as const;

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * JSON that is safe inside <script type="application/json">: every "<" becomes \u003c, so article text such as
 * "</script>" or "<!--" cannot end the element; U+2028/2029 are escaped for old parsers.
 */
export const serializeState = (state: unknown): string =>
  JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const unescapeHtml = (html: string): string =>
  html.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, entity: string) =>
    entity === 'amp' ? '&' : entity === 'lt' ? '<' : entity === 'gt' ? '>' : entity === 'quot' ? '"' : "'",
  );

// React 19 hoists the <title>, <meta> and <link> elements components render to the very start of a
// renderToString result. They belong in <head>: left inside #root they would be duplicated and break hydration.
const hoistedBlock = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)+/;
const hoistedTag = /<title>([^<]*)<\/title>|<meta [^>]*\/>|<link [^>]*\/>/g;

export interface HoistedHead {
  /** The rendered markup without the hoisted elements. */
  rootHtml: string;
  /** Text of the first <title>, unescaped, if any. */
  title: string | null;
  /** Content of the first <meta name="description">, unescaped, if any. */
  description: string | null;
  /** Every other hoisted element, as HTML. */
  extra: string;
}

export function takeHoistedHead(html: string): HoistedHead {
  const block = hoistedBlock.exec(html)?.[0] ?? '';
  let title: string | null = null;
  let description: string | null = null;
  let extra = '';
  for (const match of block.matchAll(hoistedTag)) {
    const tag = match[0];
    const descriptionContent = /^<meta name="description" content="([^"]*)"\/>$/.exec(tag);
    if (match[1] !== undefined) title ??= unescapeHtml(match[1]);
    else if (descriptionContent) description ??= unescapeHtml(descriptionContent[1]!);
    else extra += tag;
  }
  return { rootHtml: html.slice(block.length), title, description, extra };
}

/**
 * React escapes " and ' in text as well as in attributes; text needs neither (only < and & matter there), and
 * quotation marks are frequent in news copy. Tags hold no raw "<" or ">" (React escapes attribute values), so
 * every ">…<" run is text.
 */
export const unescapeTextQuotes = (html: string): string =>
  html.replace(/>[^<]+</g, (text) =>
    text.includes('&') ? text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'") : text,
  );

const feedLink = /<link rel="alternate" type="application\/atom\+xml"[^>]*>/;

/**
 * The built index.html as every prerendered page repeats it, minus bytes that do nothing (~50 per page, paid
 * 100,000 times): `crossorigin` on same-origin assets (module scripts use CORS mode either way) and the slash of
 * void elements. The colour scheme is declared in the stylesheet (`color-scheme`), which blocks rendering anyway.
 */
export function compactTemplate(template: string): string {
  return template.replace(/ crossorigin(?=[\s>])/g, '').replace(/\s*\/>/g, '>');
}

/** The name of the <meta> through which a built page names the build its data belongs to. */
export const BUILD_META_NAME = 'readout-build';

/** The template with the build id in its <head> (none when null: the plugin's tests). */
export const withBuildId = (template: string, buildId: string | null): string =>
  buildId === null
    ? template
    : template.replace('</head>', `<meta name="${BUILD_META_NAME}" content="${escapeHtml(buildId)}"></head>`);

/** The template without the Atom feed's <link>: feed readers discover it on the home page. */
export const withoutFeedLink = (template: string): string => template.replace(feedLink, '');

const titlePattern = /<title>[\s\S]*?<\/title>/;
const descriptionPattern = /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/;
const rootPattern = /<div id="root"><\/div>/;

/** Throws when the template lacks a slot, so a changed index.html fails the build instead of shipping blank pages. */
export function assertTemplate(template: string): void {
  const missing = [
    [titlePattern, '<title>'],
    [descriptionPattern, '<meta name="description" content="...">'],
    [rootPattern, '<div id="root"></div>'],
  ].filter(([pattern]) => !(pattern as RegExp).test(template));
  if (missing.length > 0) {
    throw new Error(
      `index.html is missing ${missing.map(([, name]) => name).join(', ')}; prerendering needs it`,
    );
  }
}

export function renderDocument(template: string, parts: PageParts): string {
  const { head } = parts;
  const headTags =
    `<meta name="description" content="${escapeHtml(head.description)}">` +
    (head.canonical ? `\n    <link rel="canonical" href="${escapeHtml(head.canonical)}">` : '') +
    (parts.extraHead ?? '');
  const state =
    parts.state === null || parts.state === undefined
      ? ''
      : `<script type="application/json" id="${STATE_SCRIPT_ID}">${serializeState(parts.state)}</script>`;
  // Replacer functions, not strings: "$&" or "$1" inside article text must stay literal.
  return template
    .replace(titlePattern, () => `<title>${escapeHtml(head.title)}</title>`)
    .replace(descriptionPattern, () => headTags)
    .replace(rootPattern, () => `<div id="root">${parts.rootHtml}</div>${state}`);
}
