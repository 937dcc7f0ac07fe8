// Every data request of the app goes through here, so prerendering can answer from memory
// (setJsonSource) and the browser answers from the static files under the site base.

export class DataLoadError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
  ) {
    super(
      status === 404 ? `Not found: ${path}` : `Could not load ${path} (HTTP ${status || 'network error'})`,
    );
    this.name = 'DataLoadError';
  }
}

export type JsonSource = (path: string) => Promise<unknown>;

const siteBase = (): string => {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
};

async function fetchFromSite(path: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(siteBase() + path);
  } catch {
    throw new DataLoadError(path, 0);
  }
  if (!response.ok) throw new DataLoadError(path, response.status);
  return response;
}

const browserSource: JsonSource = async (path) => (await fetchFromSite(path)).json();

let source: JsonSource = browserSource;

/** Replace where JSON comes from (prerender, tests). Returns a function that restores the previous source. */
export function setJsonSource(next: JsonSource): () => void {
  const previous = source;
  source = next;
  return () => {
    source = previous;
  };
}

/** `path` is relative to the site base, e.g. dataPaths.article(slug). */
export function fetchJson<T>(path: string): Promise<T> {
  return source(path) as Promise<T>;
}

export const isNotFound = (error: unknown): boolean => error instanceof DataLoadError && error.status === 404;

/** A text file (e.g. a prerendered page) under the site base, with the same errors as fetchJson. */
export async function fetchText(path: string): Promise<string> {
  return (await fetchFromSite(path)).text();
}
