// A plain static file server for the end-to-end tests, behaving like GitHub Pages or `python3 -m http.server`
// with a 404 page: files as they are, a directory's index.html, a 301 from /x to /x/ for a directory, the site's
// 404.html with status 404 for anything else, and no SPA fallback. It sends a strict CSP, so an inline script or
// style in the built site shows up as a console error in the tests.
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Origin plus base, e.g. http://127.0.0.1:4173/sub/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

async function statOrNull(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/** Serves `root` under the URL path `base` ("/" or "/sub/"). */
export async function startStaticServer(opts: {
  root: string;
  base?: string;
  port?: number;
}): Promise<StaticServer> {
  const root = path.resolve(opts.root);
  const base = opts.base ?? '/';

  const send = async (res: http.ServerResponse, status: number, file: string, head: boolean) => {
    const body = await fs.readFile(file);
    res.writeHead(status, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Content-Security-Policy': STRICT_CSP,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(head ? undefined : body);
  };

  const notFound = async (res: http.ServerResponse, head: boolean) => {
    const page = path.join(root, '404.html');
    if (await statOrNull(page)) return send(res, 404, page, head);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(head ? undefined : 'Not found');
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const head = req.method === 'HEAD';
      if (req.method !== 'GET' && !head) {
        res.writeHead(405, { Allow: 'GET, HEAD' });
        res.end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return notFound(res, head);
      }
      if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound(res, head);
      const relative = pathname.slice(Math.min(base.length, pathname.length));
      const file = path.join(root, relative);
      if (file !== root && !file.startsWith(root + path.sep)) return notFound(res, head);
      const info = await statOrNull(file);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          res.end();
          return;
        }
        const index = path.join(file, 'index.html');
        if (await statOrNull(index)) return send(res, 200, index, head);
        return notFound(res, head);
      }
      if (info?.isFile()) return send(res, 200, file, head);
      return notFound(res, head);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
