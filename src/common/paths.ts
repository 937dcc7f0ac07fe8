// One place for every URL: route paths the app links to and data files the site builder writes.
// Data paths are relative to the site base (import.meta.env.BASE_URL in the app, BASE_PATH at build).

export const routePaths = {
  home: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  people: () => '/people',
  person: (slug: string) => `/people/${encodeURIComponent(slug)}`,
};

export const dataPaths = {
  manifest: () => 'data/manifest.json',
  listPage: (page: number) => `data/list/${page}.json`,
  article: (slug: string) => `data/articles/${slug}.json`,
  person: (slug: string) => `data/people/${slug}.json`,
  personArticles: (slug: string, page: number) => `data/people/${slug}/articles-${page}.json`,
  peopleIndexPage: (page: number) => `data/people-index/${page}.json`,
};
