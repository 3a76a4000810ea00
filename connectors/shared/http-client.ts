import * as http from 'node:http';
import * as https from 'node:https';
import { Readable } from 'node:stream';
import { z } from 'zod';

/**
 * Retry and timeout policy of a department's API (SPEC: 429 + Retry-After, 5xx and timeouts are
 * transient). `baseDelayMs` is the first backoff step; each retry doubles it, with full jitter, up
 * to `maxDelayMs`. `timeoutMs` bounds the wait for headers and between body chunks.
 */
export const HttpPolicySchema = z.object({
  maxRetries: z.number().int().min(0).max(20),
  baseDelayMs: z.number().int().min(0),
  maxDelayMs: z.number().int().min(0),
  timeoutMs: z.number().int().min(1),
});

export type HttpPolicy = z.infer<typeof HttpPolicySchema>;

export const DEFAULT_HTTP_POLICY: HttpPolicy = {
  maxRetries: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  timeoutMs: 30_000,
};

const RETRIED_STATUS = [429, 500, 502, 503, 504];
/** Network failures worth another try; HEADERS_TIMEOUT is ours (no answer within `timeoutMs`). */
const RETRIED_ERRORS = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETDOWN',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'EPIPE',
  'ETIMEDOUT',
  'HEADERS_TIMEOUT',
];

/** Idle keep-alive sockets are closed after this long, before old servers drop them under us. */
const IDLE_SOCKET_MS = 4_000;
/** Bytes of an unexpected answer's body quoted in its HttpStatusError. */
const QUOTED_BODY_BYTES = 1024;
/** `dump()` reads at most this much to keep the connection; a longer body closes it instead. */
const DUMP_LIMIT_BYTES = 128 * 1024;

/** An HTTP answer the connector did not expect; `status` lets callers react (410, 304, 404). */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
    body: string,
  ) {
    super(`HTTP ${status} from ${url}${body ? `: ${body.slice(0, 200)}` : ''}`);
  }
}

/** A transport failure with a Node-style `code` (BODY_TIMEOUT, HEADERS_TIMEOUT, CLIENT_CLOSED…). */
function codedError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/**
 * A response body: a Readable of Buffers (async-iterable, pipeable) with `text()`, `json()` and
 * `dump()`. It takes data from the socket only as fast as it is read, and fails with BODY_TIMEOUT
 * when data it has room for does not come within `timeoutMs` — a slow reader is not a stall.
 */
export class ResponseBody extends Readable {
  private timer: NodeJS.Timeout | undefined;
  private ended = false;

  constructor(
    private readonly source: http.IncomingMessage,
    private readonly timeoutMs: number,
    private readonly url: string,
  ) {
    super();
    // A failure is kept in the stream's state and thrown to whoever reads it; one nobody reads
    // (an abandoned body) must not crash the process as an unhandled 'error' event.
    this.on('error', () => undefined);
    source.on('data', (chunk: Buffer) => {
      if (this.push(chunk)) {
        this.armTimer();
      } else {
        this.disarmTimer(); // the reader is behind: waiting is not the server's fault
        source.pause();
      }
    });
    source.on('end', () => {
      this.ended = true;
      this.disarmTimer();
      this.push(null);
    });
    source.on('error', (error) => this.destroy(error));
    source.on('close', () => {
      if (!this.ended) {
        this.destroy(codedError('ECONNRESET', `connection to ${url} closed before the body ended`));
      }
    });
    this.armTimer();
  }

  override _read(): void {
    if (this.source.isPaused()) {
      this.armTimer();
      this.source.resume();
    }
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.disarmTimer();
    // Left unfinished (stall, abort, reader gave up): the connection cannot be reused.
    if (!this.ended) this.source.destroy();
    callback(error);
  }

  /** The whole body as UTF-8 text (a leading BOM dropped). */
  async text(): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of this) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return bytes.toString('utf8', bom ? 3 : 0);
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  /** Discards the body; failures are ignored, since the body is not wanted. */
  async dump(): Promise<void> {
    let bytes = 0;
    try {
      for await (const chunk of this) {
        bytes += (chunk as Buffer).length;
        if (bytes > DUMP_LIMIT_BYTES) break; // leaving the loop destroys the stream
      }
    } catch {
      // not wanted anyway
    }
  }

  private armTimer(): void {
    this.timer ??= setTimeout(() => {
      const message = `body from ${this.url} stalled: no data for ${this.timeoutMs} ms`;
      this.destroy(codedError('BODY_TIMEOUT', message));
    }, this.timeoutMs);
    this.timer.refresh();
  }

  private disarmTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: ResponseBody;
}

/**
 * A department API client on node:http(s): bearer token, timeouts, and retries of transient
 * failures with our backoff (Retry-After honoured, else exponential with full jitter). Not undici:
 * undici 7 crashes the process when an HTTP/1.0 or `Connection: close` server ends a body that is
 * read slower than it arrives (nodejs/undici#5360, fixed only in undici 8 for Node 22).
 */
export class HttpClient {
  private readonly agents: { http: http.Agent; https: https.Agent };
  /** One per call in progress, body included: close() aborts them. */
  private readonly active = new Set<AbortController>();
  private closed = false;

  constructor(
    private readonly token: string | undefined,
    readonly policy: HttpPolicy = DEFAULT_HTTP_POLICY,
  ) {
    const options = { keepAlive: true, timeout: IDLE_SOCKET_MS };
    this.agents = { http: new http.Agent(options), https: new https.Agent(options) };
  }

  /**
   * GETs a URL; non-2xx answers other than those in `accept` throw HttpStatusError. The signal
   * ends the request, a retry wait, and the body while it is read.
   */
  async get(
    url: string,
    options: { headers?: Record<string, string>; accept?: number[]; signal?: AbortSignal } = {},
  ): Promise<HttpResponse> {
    if (this.closed) throw codedError('CLIENT_CLOSED', `HttpClient closed, cannot GET ${url}`);
    const headers: Record<string, string> = { ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const target = new URL(url);
    const controller = new AbortController();
    const { signal } = options;
    const abort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', abort, { once: true });
    if (signal?.aborted) abort();
    this.active.add(controller);
    const release = () => {
      signal?.removeEventListener('abort', abort);
      this.active.delete(controller);
    };
    try {
      const response = await this.exchange(target, headers, controller.signal);
      const status = response.statusCode ?? 0;
      const body = new ResponseBody(response, this.policy.timeoutMs, url);
      const destroyBody = () => body.destroy(controller.signal.reason as Error);
      controller.signal.addEventListener('abort', destroyBody, { once: true });
      body.once('close', () => {
        controller.signal.removeEventListener('abort', destroyBody);
        release();
      });
      const ok = status >= 200 && status < 300;
      if (!ok && !options.accept?.includes(status)) {
        throw new HttpStatusError(status, url, await quote(body));
      }
      return { status, headers: response.headers, body };
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Ends every call in progress (their bodies too) and the idle connections. */
  async close(): Promise<void> {
    this.closed = true;
    const error = codedError('CLIENT_CLOSED', 'HttpClient closed');
    for (const controller of this.active) controller.abort(error);
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /** Sends the GET until an answer that is not retried, or retries run out (then the last one). */
  private async exchange(
    target: URL,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<http.IncomingMessage> {
    for (let attempt = 1; ; attempt++) {
      let response: http.IncomingMessage;
      try {
        response = await this.send(target, headers, signal);
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code;
        const retried = typeof code === 'string' && RETRIED_ERRORS.includes(code);
        if (signal.aborted || !retried || attempt > this.policy.maxRetries) throw error;
        await sleep(retryDelayMs(attempt, undefined, this.policy), signal);
        continue;
      }
      const status = response.statusCode ?? 0;
      if (!RETRIED_STATUS.includes(status) || attempt > this.policy.maxRetries) return response;
      const retryAfter = response.headers['retry-after'];
      // The body of a retried answer is not wanted; dropping the connection bounds the wait.
      response.on('error', () => undefined);
      response.destroy();
      await sleep(retryDelayMs(attempt, retryAfter, this.policy), signal);
    }
  }

  /** One attempt: resolves with the response once its headers are in, within `timeoutMs`. */
  private send(
    target: URL,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<http.IncomingMessage> {
    return new Promise((resolve, reject) => {
      signal.throwIfAborted();
      const secure = target.protocol === 'https:';
      const request = (secure ? https.request : http.request)(target, {
        method: 'GET',
        headers,
        agent: secure ? this.agents.https : this.agents.http,
      });
      const fail = (error: unknown) => {
        cleanup();
        reject(error);
        request.destroy(error instanceof Error ? error : undefined);
      };
      const timer = setTimeout(() => {
        const { timeoutMs } = this.policy;
        const message = `no response headers from ${target.origin} within ${timeoutMs} ms`;
        fail(codedError('HEADERS_TIMEOUT', message));
      }, this.policy.timeoutMs);
      const onAbort = () => fail(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      };
      // Kept for the request's whole life: a socket error after the headers also lands here,
      // besides failing the body (ResponseBody), and must never be an unhandled 'error'.
      request.on('error', (error) => {
        cleanup();
        reject(error);
      });
      request.on('close', () => {
        cleanup();
        reject(codedError('ECONNRESET', `connection to ${target.origin} closed before headers`));
      });
      request.on('response', (response) => {
        cleanup();
        resolve(response);
      });
      request.end();
    });
  }
}

/** The first bytes of a body, for an error message; the rest is dropped with the connection. */
async function quote(body: ResponseBody): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk as Buffer);
      bytes += (chunk as Buffer).length;
      if (bytes >= QUOTED_BODY_BYTES) break;
    }
  } catch {
    // a cut or stalled body: quote what came
  } finally {
    body.destroy();
  }
  return Buffer.concat(chunks).subarray(0, QUOTED_BODY_BYTES).toString('utf8');
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Delay before retry number `attempt` (1-based): the server's Retry-After (seconds or HTTP date)
 * when given, else exponential backoff with full jitter, capped.
 */
export function retryDelayMs(
  attempt: number,
  retryAfter: string | undefined,
  policy: HttpPolicy,
  random = Math.random,
): number {
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), policy.maxDelayMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}
