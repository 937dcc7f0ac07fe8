// Counts what the browser downloads: every finished request of a browser context with its decoded body size
// (whatever encoding the server sent) and its gzip size (zlib level 6, what a host typically sends; a body
// that gzip does not shrink, such as Pagefind's pre-compressed index files, counts as served).
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request } from 'playwright-core';

export interface Resource {
  /** Order in which the request started. */
  seq: number;
  url: string;
  type: string;
  status: number;
  rawBytes: number;
  gzBytes: number;
}

export interface Transfer {
  requests: number;
  rawBytes: number;
  gzBytes: number;
  /** gz bytes per resource type (document, script, stylesheet, fetch, …). */
  gzByType: Record<string, number>;
  urls: string[];
}

export function summarize(resources: Resource[]): Transfer {
  const gzByType: Record<string, number> = {};
  for (const r of resources) gzByType[r.type] = (gzByType[r.type] ?? 0) + r.gzBytes;
  return {
    requests: resources.length,
    rawBytes: resources.reduce((sum, r) => sum + r.rawBytes, 0),
    gzBytes: resources.reduce((sum, r) => sum + r.gzBytes, 0),
    gzByType,
    urls: resources.map((r) => new URL(r.url).pathname),
  };
}

export interface Recorder {
  /** Position to measure from: requests started after this call count. */
  mark(): number;
  /** Waits until no request has been in flight for `quietMs`, then sums what finished since `from`. */
  since(from: number, quietMs?: number): Promise<Transfer>;
}

export function recordTransfers(context: BrowserContext): Recorder {
  const resources: Resource[] = [];
  const pending = new Set<Promise<void>>();
  const started = new WeakMap<Request, number>();
  let seq = 0;
  let inFlight = 0;
  let lastChange = performance.now();
  const track = (work: Promise<void>) => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  const done = (request: Request, failed: boolean) => {
    track(
      (async () => {
        if (!failed) {
          const response = await request.response();
          const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          const gz = body.length ? gzipSync(body).length : 0;
          resources.push({
            seq: started.get(request) ?? 0,
            url: request.url(),
            type: request.resourceType(),
            status: response?.status() ?? 0,
            rawBytes: body.length,
            gzBytes: Math.min(body.length, gz),
          });
        }
        inFlight--;
        lastChange = performance.now();
      })(),
    );
  };
  context.on('request', (request) => {
    started.set(request, seq++);
    inFlight++;
    lastChange = performance.now();
  });
  context.on('requestfinished', (request) => done(request, false));
  context.on('requestfailed', (request) => done(request, true));
  return {
    mark: () => seq,
    async since(from, quietMs = 250) {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (inFlight <= 0 && pending.size === 0 && performance.now() - lastChange >= quietMs) break;
      }
      return summarize(resources.filter((r) => r.seq >= from).sort((a, b) => a.seq - b.seq));
    },
  };
}

/** Median and 95th percentile (nearest rank). */
export function percentiles(values: number[]): { median: number; p95: number } {
  if (values.length === 0) return { median: NaN, p95: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { median: rank(0.5), p95: rank(0.95) };
}
