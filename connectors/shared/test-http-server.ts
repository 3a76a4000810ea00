import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpPolicy } from './http-client';

/**
 * Test support: a department API on 127.0.0.1 with a random port, so connector tests exercise the
 * real HttpClient (retries, Retry-After, timeouts) without the sandbox registries.
 */
export interface TestHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Every request as `path?query`, in arrival order. */
  requests: string[];
  /** Request headers, in the same order as `requests`. */
  headers: IncomingMessage['headers'][];
  /** Forgets the requests and hit counts so far (between tests). */
  reset(): void;
  close(): Promise<void>;
}

/**
 * Handles one request; `url` is parsed, `hit` counts the requests for the same path and query so
 * far (1-based).
 */
export type TestHandler = (
  request: { url: URL; hit: number; headers: IncomingMessage['headers'] },
  response: ServerResponse,
) => void;

/** A retry policy fast enough for tests: 5 ms backoff steps, Retry-After capped at 50 ms. */
export const FAST_HTTP_POLICY: HttpPolicy = {
  maxRetries: 4,
  baseDelayMs: 5,
  maxDelayMs: 50,
  timeoutMs: 5_000,
};

/** Starts a server answering with `handler` until `close()`. */
export async function startTestHttpServer(handler: TestHandler): Promise<TestHttpServer> {
  const requests: string[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const target = `${url.pathname}${url.search}`;
    requests.push(target);
    headers.push(req.headers);
    const hit = (hits.get(target) ?? 0) + 1;
    hits.set(target, hit);
    try {
      handler({ url, hit, headers: req.headers }, res);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    headers,
    reset: () => {
      requests.length = 0;
      headers.length = 0;
      hits.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Answers `body` with a status and content type (UTF-8). */
export function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/octet-stream', ...headers });
  response.end(body);
}

/** Drains a connector's pull: the batches it yielded, and the error that ended it, if any. */
export async function drain<T>(
  iterable: AsyncIterable<T>,
): Promise<{ batches: T[]; error?: unknown }> {
  const batches: T[] = [];
  try {
    for await (const batch of iterable) batches.push(batch);
    return { batches };
  } catch (error) {
    return { batches, error };
  }
}
