import { Agent, RetryAgent, request, type Dispatcher } from 'undici';
import { z } from 'zod';

/**
 * Retry and timeout policy of a department's API (SPEC: 429 + Retry-After, 5xx and timeouts are
 * transient). `baseDelayMs` is the first backoff step; each retry doubles it, with full jitter, up to
 * `maxDelayMs`. `timeoutMs` bounds the wait for headers and between body chunks.
 */
export const HttpPolicySchema = z.object({
  maxRetries: z.number().int().min(0).max(20),
  baseDelayMs: z.number().int().min(0),
  maxDelayMs: z.number().int().min(0),
  timeoutMs: z.number().int().min(1),
});

export type HttpPolicy = z.infer<typeof HttpPolicySchema>;

export const DEFAULT_HTTP_POLICY: HttpPolicy = { maxRetries: 6, baseDelayMs: 500, maxDelayMs: 30_000, timeoutMs: 30_000 };

const RETRIED_STATUS = [429, 500, 502, 503, 504];
const RETRIED_ERRORS = [
  'ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'ENETDOWN', 'ENETUNREACH', 'EHOSTDOWN', 'EHOSTUNREACH', 'EPIPE',
  'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT',
];

/** An HTTP answer the connector did not expect; `status` lets callers react (410, 304, 404). */
export class HttpStatusError extends Error {
  constructor(readonly status: number, readonly url: string, body: string) {
    super(`HTTP ${status} from ${url}${body ? `: ${body.slice(0, 200)}` : ''}`);
  }
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
}

/**
 * A department API client: bearer token, timeouts, and retries of transient failures through
 * undici's RetryAgent, with our backoff (Retry-After honoured, else exponential with full jitter).
 */
export class HttpClient {
  private readonly dispatcher: Dispatcher;

  constructor(private readonly token: string | undefined, readonly policy: HttpPolicy = DEFAULT_HTTP_POLICY) {
    const agent = new Agent({ headersTimeout: policy.timeoutMs, bodyTimeout: policy.timeoutMs, connectTimeout: policy.timeoutMs });
    this.dispatcher = new RetryAgent(agent, {
      maxRetries: policy.maxRetries,
      statusCodes: RETRIED_STATUS,
      errorCodes: RETRIED_ERRORS,
      methods: ['GET', 'HEAD'],
      retry: (error, { state }, callback) => {
        const failure = error as Error & { statusCode?: number; code?: string; headers?: Record<string, string> };
        const retriable = failure.statusCode !== undefined
          ? RETRIED_STATUS.includes(failure.statusCode)
          : RETRIED_ERRORS.includes(failure.code ?? '');
        if (!retriable || state.counter > policy.maxRetries) return callback(error);
        setTimeout(() => callback(null), retryDelayMs(state.counter, failure.headers?.['retry-after'], policy));
      },
    });
  }

  /** GETs a URL; non-2xx answers other than those in `accept` throw HttpStatusError. */
  async get(url: string, options: { headers?: Record<string, string>; accept?: number[]; signal?: AbortSignal } = {}): Promise<HttpResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, { dispatcher: this.dispatcher, headers, signal: options.signal });
    } catch (error) {
      const failure = error as Error & { statusCode?: number };
      if (failure.statusCode) throw new HttpStatusError(failure.statusCode, url, 'gave up after retries');
      throw error;
    }
    const ok = response.statusCode >= 200 && response.statusCode < 300;
    if (!ok && !options.accept?.includes(response.statusCode)) {
      const body = await response.body.text().catch(() => '');
      throw new HttpStatusError(response.statusCode, url, body);
    }
    return { status: response.statusCode, headers: response.headers, body: response.body };
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}

/**
 * Delay before retry number `attempt` (1-based): the server's Retry-After (seconds or HTTP date)
 * when given, else exponential backoff with full jitter, capped.
 */
export function retryDelayMs(attempt: number, retryAfter: string | undefined, policy: HttpPolicy, random = Math.random): number {
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), policy.maxDelayMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}
