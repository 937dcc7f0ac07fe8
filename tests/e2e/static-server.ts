// A plain static file server for the end-to-end tests, behaving like GitHub Pages or `python3 -m http.server`
// with a 404 page: files as they are, a directory's index.html, a 301 from /x to /x/ for a directory, the site's
// 404.html with status 404 for anything else, and no SPA fallback. It sends the strict CSP, so an inline script or
// style in the built site shows up as a console error in the tests. Like every real static host (GitHub Pages
// gzips; Netlify and Cloudflare also send brotli) it compresses text per Accept-Encoding, so Lighthouse's
// simulated slow network sees the bytes a reader would download.
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
// The policy the build writes into `_headers` for Netlify and Cloudflare Pages: the tests enforce the same one.
import { STRICT_CSP } from '../../src/node/host-files.ts';

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

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg']);

/** Which encodings the server may send: both (brotli preferred), gzip only (GitHub Pages), or none. */
export type Compression = 'br+gzip' | 'gzip' | 'none';

/** The encoding to answer `accept` with, or null for the body as it is. */
export function chooseEncoding(accept: string | undefined, compression: Compression): 'br' | 'gzip' | null {
  if (compression === 'none' || !accept) return null;
  // "br;q=0" refuses brotli; any other listing (with or without a q value) accepts it.
  const accepted = new Set(
    accept
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/.test(q))
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (compression === 'br+gzip' && accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

// Quality 4 is what CDNs use for compressing on the fly; quality 9 costs ~15 ms per file here, which would show up
// as search latency that no real host adds.
const encode = (body: Buffer, encoding: 'br' | 'gzip') =>
  encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: 4,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 6 });

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
  /** Default 'br+gzip', as Netlify and Cloudflare Pages serve; 'gzip' is GitHub Pages. */
  compression?: Compression;
}): Promise<StaticServer> {
  const root = path.resolve(opts.root);
  const base = opts.base ?? '/';
  const compression = opts.compression ?? 'br+gzip';
  // Hosts compress each file once; so does this cache (assets are hashed, and a redeploy is another folder).
  const encoded = new Map<string, Buffer>();

  const send = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    file: string,
    head: boolean,
  ) => {
    let body: Buffer = await fs.readFile(file);
    const extension = path.extname(file);
    const headers: http.OutgoingHttpHeaders = {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Content-Security-Policy': STRICT_CSP,
      'X-Content-Type-Options': 'nosniff',
    };
    if (compressible.has(extension)) {
      headers.Vary = 'Accept-Encoding';
      const encoding = chooseEncoding(req.headers['accept-encoding'], compression);
      if (encoding) {
        // By the file's real path: a test may swap the served folder (a symlink) for another build's.
        const key = `${encoding}:${await fs.realpath(file)}`;
        let packed = encoded.get(key);
        if (!packed) {
          packed = encode(body, encoding);
          if (encoded.size > 2000) encoded.clear();
          encoded.set(key, packed);
        }
        body = packed;
        headers['Content-Encoding'] = encoding;
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(head ? undefined : body);
  };

  const notFound = async (req: http.IncomingMessage, res: http.ServerResponse, head: boolean) => {
    const page = path.join(root, '404.html');
    if (await statOrNull(page)) return send(req, res, 404, page, head);
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
        return notFound(req, res, head);
      }
      if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound(req, res, head);
      const relative = pathname.slice(Math.min(base.length, pathname.length));
      const file = path.join(root, relative);
      if (file !== root && !file.startsWith(root + path.sep)) return notFound(req, res, head);
      const info = await statOrNull(file);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          res.end();
          return;
        }
        const index = path.join(file, 'index.html');
        if (await statOrNull(index)) return send(req, res, 200, index, head);
        return notFound(req, res, head);
      }
      if (info?.isFile()) return send(req, res, 200, file, head);
      return notFound(req, res, head);
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
