import type { z } from 'zod';
import { UnreadableOriginError } from './connector';
import type { HttpClient } from './http-client';

/** What a page reader made of a body: the page, or why it is not one. */
export type PageReading<T> = { page: T } | { problem: string };

/**
 * A body that is not the documented page is fetched this many times in all before it is
 * quarantined.
 */
export const BROKEN_PAGE_ATTEMPTS = 3;

export interface ReadablePageRequest<T> {
  /** Stream the page belongs to (named in the quarantine entry). */
  stream: string;
  url: string;
  /** The `Accept` header, e.g. `application/json`. */
  accept: string;
  /** Parses and checks a body; must not throw. */
  read: (text: string) => PageReading<T>;
  signal?: AbortSignal;
}

/**
 * GETs a page and reads it. A body that does not read (cut XML, half a JSON document) is usually a
 * cut connection, so it is fetched again, up to {@link BROKEN_PAGE_ATTEMPTS} times in all; then the
 * page is reported as an {@link UnreadableOriginError} (`unreadable-page`), which the pull
 * processor quarantines whole. Transport failures (429, 5xx, timeouts) are the HttpClient's own
 * retries.
 */
export async function fetchReadablePage<T>(
  http: HttpClient,
  request: ReadablePageRequest<T>,
): Promise<T> {
  let problem = '';
  let excerpt = '';
  for (let attempt = 1; attempt <= BROKEN_PAGE_ATTEMPTS; attempt++) {
    const response = await http.get(request.url, {
      headers: { accept: request.accept },
      signal: request.signal,
    });
    let text: string;
    try {
      text = await response.body.text();
    } catch (error) {
      // A body cut by the network is a transport failure: fetched again, then the pull fails
      // (and is retried) rather than quarantining a page that was never read whole.
      if (!isCutBody(error) || attempt >= BROKEN_PAGE_ATTEMPTS || request.signal?.aborted)
        throw error;
      await pauseBeforeRefetch(http, attempt);
      continue;
    }
    const reading = request.read(text);
    if ('page' in reading) return reading.page;
    problem = reading.problem;
    excerpt = text.slice(0, 500);
    if (attempt < BROKEN_PAGE_ATTEMPTS) await pauseBeforeRefetch(http, attempt);
  }
  throw new UnreadableOriginError(request.stream, request.url, 'unreadable-page', problem, excerpt);
}

/** Network failures that cut a body short (the server reset or stalled): worth fetching again. */
const CUT_BODY_CODES = [
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'BODY_TIMEOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
];

/** True for an error that cut a response body short (see {@link CUT_BODY_CODES}). */
export function isCutBody(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CUT_BODY_CODES.includes(code);
}

/**
 * The pause before fetching a broken page again: the policy's first backoff step, times the
 * attempt.
 */
export function pauseBeforeRefetch(http: HttpClient, attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, http.policy.baseDelayMs * attempt));
}

/** A page reader for JSON bodies checked against a zod schema. */
export function jsonPageReader<S extends z.ZodType>(
  schema: S,
  what: string,
): (text: string) => PageReading<z.infer<S>> {
  return (text) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { problem: `invalid JSON: ${(error as Error).message}` };
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return { page: parsed.data };
    const issue = parsed.error.issues[0];
    return { problem: `not ${what}: ${issue.path.join('.') || '(body)'} ${issue.message}` };
  };
}
