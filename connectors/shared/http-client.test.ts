import { createHash } from 'node:crypto';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { DEFAULT_HTTP_POLICY, HttpClient, HttpStatusError, retryDelayMs } from './http-client';
import { FAST_HTTP_POLICY } from './test-http-server';

describe('retry delays', () => {
  const policy = { ...DEFAULT_HTTP_POLICY, baseDelayMs: 100, maxDelayMs: 5000 };

  it('honours Retry-After in seconds, capped by the policy', () => {
    expect(retryDelayMs(1, '2', policy)).toBe(2000);
    expect(retryDelayMs(1, '3600', policy)).toBe(5000);
  });

  it('backs off exponentially with full jitter', () => {
    expect(retryDelayMs(1, undefined, policy, () => 1)).toBe(100);
    expect(retryDelayMs(4, undefined, policy, () => 1)).toBe(800);
    expect(retryDelayMs(4, undefined, policy, () => 0.5)).toBe(400);
    expect(retryDelayMs(20, undefined, policy, () => 1)).toBe(5000);
  });
});

/** Answers one request on a raw socket; `hit` counts the requests for the path (1-based). */
type RawHandler = (socket: Socket, hit: number, head: string) => void;

/**
 * An HTTP server on raw sockets, so a test writes the exact bytes an old department server sends
 * (HTTP/1.0, no Content-Length, a stall, a reset) instead of what node:http would send.
 */
async function startRawServer(routes: Record<string, RawHandler>) {
  const hits = new Map<string, number>();
  const heads: string[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined); // resets and client aborts are part of the tests
    let pending = '';
    socket.on('data', (data) => {
      pending += data.toString('latin1');
      for (let end = pending.indexOf('\r\n\r\n'); end >= 0; end = pending.indexOf('\r\n\r\n')) {
        const head = pending.slice(0, end);
        pending = pending.slice(end + 4);
        heads.push(head);
        const path = head.split(' ')[1] ?? '';
        const hit = (hits.get(path) ?? 0) + 1;
        hits.set(path, hit);
        const route = routes[path];
        if (route) route(socket, hit, head);
        else socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: (path: string) => hits.get(path) ?? 0,
    heads,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The bytes of a response: status line, header lines, then the body as is. */
const wire = (status: string, headers: string[], body = '') =>
  [`HTTP/1.1 ${status}`, ...headers, '', body].join('\r\n');
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const codeOf = (error: unknown) => (error as { code?: string }).code;

/** Non-repeating text of `bytes` (a multiple of 32), so a lost or reordered chunk shows. */
const linesOf = (bytes: number) =>
  Array.from({ length: bytes / 32 }, (_, i) => `${String(i).padStart(31, '0')}\n`).join('');
/**
 * Bodies for the slow reader. undici 7 crashed when the last bytes paused its parser and the FIN
 * came next: reliably with a body of one or two socket reads (128 KiB), by timing with 2 MB.
 */
const LARGE: Record<string, string> = {
  '128KiB': linesOf(128 * 1024),
  '2MiB': linesOf(2048 * 1024),
};
/** Framings of a body the server ends with a close: none (HTTP/1.0), or Content-Length. */
const CLOSING: Record<string, (body: string) => string> = {
  http10: () => 'HTTP/1.0 200 OK\r\n\r\n',
  'close-with-length': (body) =>
    `HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: ${body.length}\r\n\r\n`,
};
const SLOW_READS = Object.keys(CLOSING).flatMap((framing) =>
  Object.keys(LARGE).map((size) => ({ framing, size, path: `/slow/${framing}/${size}` })),
);
const UTF8 = '陕西省总工会 — 两个覆盖\n';

describe('HttpClient against old department servers', () => {
  let server: Awaited<ReturnType<typeof startRawServer>>;
  const clients: HttpClient[] = [];
  const client = (policy = FAST_HTTP_POLICY, token: string | undefined = 'secret') => {
    const created = new HttpClient(token, policy);
    clients.push(created);
    return created;
  };

  beforeAll(async () => {
    server = await startRawServer({
      '/http10': (socket) => {
        socket.write('HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n');
        socket.write('first part, ');
        setTimeout(() => socket.end('then the rest; the close ends it'), 20);
      },
      '/close-with-length': (socket) => {
        const body = Buffer.from(UTF8);
        socket.end(wire('200 OK', ['Connection: close', `Content-Length: ${body.length}`], UTF8));
      },
      '/chunked': (socket) => {
        const bytes = Buffer.from(UTF8);
        // The split falls inside a multi-byte character: text() must decode the whole.
        const parts = [bytes.subarray(0, 4), bytes.subarray(4, 11), bytes.subarray(11)];
        socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
        for (const part of parts) {
          socket.write(`${part.length.toString(16)}\r\n`);
          socket.write(part);
          socket.write('\r\n');
        }
        socket.write('0\r\n\r\n');
      },
      ...Object.fromEntries(
        SLOW_READS.map(({ framing, size, path }) => [
          path,
          (socket: Socket) => {
            socket.write(CLOSING[framing](LARGE[size]));
            socket.write(LARGE[size]);
            socket.end(); // all written and closed before the client has read much of it
          },
        ]),
      ),
      '/stall': (socket) => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789'); // then nothing
      },
      '/silent': () => undefined,
      '/cut': (socket) => {
        socket.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789');
      },
      '/reset-once': (socket, hit) => {
        if (hit === 1) socket.resetAndDestroy();
        else socket.end('HTTP/1.0 200 OK\r\n\r\nanswered on the second attempt');
      },
      '/unavailable-once': (socket, hit) => {
        if (hit === 1) {
          const headers = ['Retry-After: 0', 'Content-Length: 4'];
          socket.write(wire('503 Service Unavailable', headers, 'busy'));
        } else {
          socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
        }
      },
      '/limited': (socket) => {
        const headers = ['Retry-After: 0', 'Content-Length: 9'];
        socket.write(wire('429 Too Many Requests', headers, 'slow down'));
      },
      '/busy-long': (socket) => {
        socket.write(wire('503 Service Unavailable', ['Retry-After: 60', 'Content-Length: 0']));
      },
      '/gone': (socket) => {
        socket.write('HTTP/1.1 410 Gone\r\nContent-Length: 14\r\n\r\ncursor expired');
      },
      '/keep-alive': (socket, hit) => {
        if (hit === 1) socket.write('HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n');
        else socket.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfresh');
      },
    });
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await server.close();
  });

  it('reads an HTTP/1.0 body with no Content-Length, ended by the close', async () => {
    const headers = { accept: 'text/plain' };
    const response = await client().get(`${server.url}/http10`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain');
    expect(await response.body.text()).toBe('first part, then the rest; the close ends it');
    const head = server.heads.find((h) => h.startsWith('GET /http10 '))!;
    expect(head).toMatch(/\r\nauthorization: Bearer secret(\r\n|$)/i);
    expect(head).toMatch(/\r\naccept: text\/plain(\r\n|$)/i);
  });

  it('reads a Connection: close body with Content-Length', async () => {
    const response = await client().get(`${server.url}/close-with-length`);
    expect(await response.body.text()).toBe(UTF8);
  });

  it('reads a chunked body split inside a UTF-8 character', async () => {
    const response = await client().get(`${server.url}/chunked`);
    expect(await response.body.text()).toBe(UTF8);
  });

  it.each(SLOW_READS)(
    'reads a $size body ($framing) slowly after the server closed (undici#5360)',
    async ({ path, size }) => {
      const response = await client().get(`${server.url}${path}`);
      await delay(30); // not read at first (the previous page still lands): the socket is paused
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of response.body) {
        hash.update(chunk as Buffer);
        bytes += (chunk as Buffer).length;
        await delay(1); // slower than the loopback delivers
      }
      expect(bytes).toBe(LARGE[size].length);
      expect(hash.digest('hex')).toBe(sha256(LARGE[size]));
    },
  );

  it('fails a body that stalls mid-way with BODY_TIMEOUT after timeoutMs', async () => {
    const http = client({ ...FAST_HTTP_POLICY, timeoutMs: 150 });
    const response = await http.get(`${server.url}/stall`);
    const started = Date.now();
    const error = await response.body.text().catch((e: unknown) => e);
    expect(codeOf(error)).toBe('BODY_TIMEOUT');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.hits('/stall')).toBe(1); // a body is never retried behind the reader's back
  });

  it('retries a server that never answers, then fails with HEADERS_TIMEOUT', async () => {
    const policy = { ...FAST_HTTP_POLICY, maxRetries: 1, timeoutMs: 100 };
    const error = await client(policy)
      .get(`${server.url}/silent`)
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('HEADERS_TIMEOUT');
    expect(server.hits('/silent')).toBe(2);
  });

  it('fails a body cut short of its Content-Length', async () => {
    const response = await client().get(`${server.url}/cut`);
    const error = await response.body.text().catch((e: unknown) => e);
    expect(codeOf(error)).toBe('ECONNRESET');
  });

  it('retries a connection reset before the headers and succeeds', async () => {
    const response = await client().get(`${server.url}/reset-once`);
    expect(await response.body.text()).toBe('answered on the second attempt');
    expect(server.hits('/reset-once')).toBe(2);
  });

  it('retries a 503 with Retry-After: 0 and returns the 200', async () => {
    const response = await client().get(`${server.url}/unavailable-once`);
    expect(response.status).toBe(200);
    expect(await response.body.text()).toBe('ok');
    expect(server.hits('/unavailable-once')).toBe(2);
  });

  it('gives up on a 429 that never ends after maxRetries, quoting the body', async () => {
    const error = await client()
      .get(`${server.url}/limited`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(429);
    expect((error as HttpStatusError).message).toMatch(/slow down/);
    expect(server.hits('/limited')).toBe(FAST_HTTP_POLICY.maxRetries + 1);
  });

  it('throws HttpStatusError at once for a status it does not retry', async () => {
    const error = await client()
      .get(`${server.url}/gone`)
      .catch((e: unknown) => e);
    expect((error as HttpStatusError).status).toBe(410);
    expect((error as HttpStatusError).message).toMatch(/cursor expired/);
    expect(server.hits('/gone')).toBe(1);
  });

  it('returns an accepted 304 and reuses the kept-alive connection', async () => {
    const http = client();
    const before = server.connections();
    const first = await http.get(`${server.url}/keep-alive`, { accept: [304] });
    expect(first.status).toBe(304);
    expect(first.headers.etag).toBe('"v1"');
    await first.body.dump();
    const second = await http.get(`${server.url}/keep-alive`);
    expect(await second.body.text()).toBe('fresh');
    expect(server.connections() - before).toBe(1);
  });

  it('ends a retry wait as soon as the signal aborts', async () => {
    const http = client({ ...FAST_HTTP_POLICY, maxDelayMs: 60_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stopped')), 50);
    const started = Date.now();
    const error = await http
      .get(`${server.url}/busy-long`, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('stopped');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.hits('/busy-long')).toBe(1);
  });

  it('ends a body being read when the signal aborts', async () => {
    const controller = new AbortController();
    const response = await client().get(`${server.url}/stall`, { signal: controller.signal });
    const reading = response.body.text().catch((e: unknown) => e);
    controller.abort(new Error('stopped'));
    expect(((await reading) as Error).message).toBe('stopped');
  });

  it('fails a call still in progress when the client closes', async () => {
    const http = client();
    const pending = http.get(`${server.url}/silent`).catch((e: unknown) => e);
    await delay(20);
    await http.close();
    expect(codeOf(await pending)).toBe('CLIENT_CLOSED');
    const after = await http.get(`${server.url}/gone`).catch((e: unknown) => e);
    expect(codeOf(after)).toBe('CLIENT_CLOSED');
  });
});
