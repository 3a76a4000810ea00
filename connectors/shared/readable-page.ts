import type { z } from 'zod';
import { UnreadableOriginError } from './connector';
import type { HttpClient } from './http-client';

/** What a page reader made of a body: the page, or why it is not one. */
export type PageReading<T> = { page: T } | { problem: string };

/** A body that is not the documented page is fetched this many times in all before it is quarantined. */
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
 * page is reported as an {@link UnreadableOriginError} (`unreadable-page`), which the pull processor
 * quarantines whole. Transport failures (429, 5xx, timeouts) are the HttpClient's own retries.
 */
export async function fetchReadablePage<T>(http: HttpClient, request: ReadablePageRequest<T>): Promise<T> {
  let problem = '';
  let excerpt = '';
  for (let attempt = 1; attempt <= BROKEN_PAGE_ATTEMPTS; attempt++) {
    const response = await http.get(request.url, { headers: { accept: request.accept }, signal: request.signal });
    const text = await response.body.text();
    const reading = request.read(text);
    if ('page' in reading) return reading.page;
    problem = reading.problem;
    excerpt = text.slice(0, 500);
    if (attempt < BROKEN_PAGE_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, http.policy.baseDelayMs * attempt));
  }
  throw new UnreadableOriginError(request.stream, request.url, 'unreadable-page', problem, excerpt);
}

/** A page reader for JSON bodies checked against a zod schema. */
export function jsonPageReader<S extends z.ZodType>(schema: S, what: string): (text: string) => PageReading<z.infer<S>> {
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
