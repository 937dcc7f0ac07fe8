// The e2e and bench static server compresses like a real static host: per Accept-Encoding, text only.
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, startStaticServer, type StaticServer } from '../e2e/static-server.ts';

const get = (url: string, acceptEncoding?: string) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });

describe('static server compression', () => {
  let dir: string;
  let server: StaticServer;
  const script = `export const words = ${JSON.stringify('readout '.repeat(2000))};\n`;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readout-static-'));
    await fs.writeFile(path.join(dir, 'app.js'), script);
    await fs.writeFile(path.join(dir, 'logo.png'), png);
    await fs.writeFile(path.join(dir, '404.html'), '<h1>Not found</h1>');
    server = await startStaticServer({ root: dir });
  });
  afterAll(async () => {
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('sends brotli when accepted, else gzip, else the file as it is, always the same content', async () => {
    const br = await get(`${server.url}app.js`, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);

    const gz = await get(`${server.url}app.js`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get(`${server.url}app.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers.vary).toBe('Accept-Encoding');
  });

  it('leaves images alone and compresses the 404 page with its status', async () => {
    const image = await get(`${server.url}logo.png`, 'gzip, br');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
    const missing = await get(`${server.url}nope`, 'gzip');
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toBe('<h1>Not found</h1>');
  });

  it('honours q=0 and a gzip-only host', async () => {
    expect(chooseEncoding('br;q=0, gzip', 'br+gzip')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0', 'br+gzip')).toBeNull();
    expect(chooseEncoding('br, gzip', 'gzip')).toBe('gzip');
    expect(chooseEncoding('br, gzip', 'none')).toBeNull();
    expect(chooseEncoding('identity', 'br+gzip')).toBeNull();
  });
});
