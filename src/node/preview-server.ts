// `npm run preview` answering as the static hosts do. Vite's preview is made for single-page apps: it answers a
// path with no file behind it with the home page's HTML and status 200. For a prerendered site that was wrong twice:
// a reload of /people/<slug> (the address every link in the app gives) got the home page's markup, which the app
// then failed to hydrate (React error #418 in the console; without JavaScript the home page), and a mistyped
// address or a missing data file answered 200. Like GitHub Pages, Netlify and Cloudflare Pages, this redirects
// /x to /x/ where x is a folder with an index.html and answers anything else that is not a file with the site's
// 404.html and status 404. Existing files are left to Vite.
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

async function kindOf(file: string): Promise<'file' | 'folder' | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? 'file' : info.isDirectory() ? 'folder' : null;
  } catch {
    return null;
  }
}

/** Middleware for Vite's preview server over the built site in `outDir`, published under `base` ("/" or "/sub/"). */
export function previewLikeHosts(
  outDir: string,
  base: string,
  headers: Record<string, string> = {},
): Middleware {
  const root = path.resolve(outDir);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return next();
    }
    // Outside the base Vite answers itself (with a link to the base).
    if (!pathname.startsWith(base)) return next();
    const file = path.join(root, pathname.slice(base.length));
    if (file !== root && !file.startsWith(root + path.sep)) return next();
    void (async () => {
      const kind = await kindOf(file);
      if (kind === 'file') return next();
      if (kind === 'folder' && (await kindOf(path.join(file, 'index.html'))) === 'file') {
        if (pathname.endsWith('/')) return next();
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const notFoundPage = path.join(root, '404.html');
      if ((await kindOf(notFoundPage)) !== 'file') return next();
      res.writeHead(404, {
        ...headers,
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(notFoundPage).on('error', next).pipe(res);
    })().catch(next);
  };
}

/**
 * The base the site in `outDir` was built for, from the first rule of the `_headers` file the build writes
 * ("/sub/*" for BASE_PATH=/sub/); null when there is no such build. `npm run preview` serves the build there, so a
 * `BASE_PATH=/sub/ npm run build` previews at /sub/ without repeating the variable (its pages ask for /sub/...).
 */
export function builtBase(outDir: string): string | null {
  let text: string;
  try {
    text = readFileSync(path.join(outDir, '_headers'), 'utf8');
  } catch {
    return null;
  }
  const match = /^(\/(?:[^\s*]*\/)?)\*$/m.exec(text.split('\n', 1)[0] ?? '');
  return match ? match[1]! : null;
}
