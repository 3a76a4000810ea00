import { parse as parseUrl } from 'node:url';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type express from 'express';
import type { RequestAuditLog } from '../access/request-audit-log';
import type { HubContext } from '../context';
import { identityOf } from './http-access';
import {
  cacheKeyOf,
  cacheStateOf,
  requestKeyOf,
  viewOf,
  type ResponseCache,
} from './response-cache';

/**
 * The `/graphql` handler: Apollo's Express integration (same request and response mapping), with
 * the response cache's replay in front. A POST whose request (operation name, query, variables)
 * has a cached answer under the current data version, rendered before for the same `Accept`
 * header, gets that rendering — status, headers and body exactly as Apollo sent them — without
 * entering Apollo's pipeline. Everything else goes through Apollo, which also fills the cache and
 * serves the hits this handler does not (see response-cache-plugin.ts).
 */
export function graphqlHandler(
  apollo: ApolloServer<HubContext>,
  cache: ResponseCache,
  context: (req: express.Request, res: express.Response) => HubContext,
  audit: RequestAuditLog,
): express.RequestHandler {
  apollo.assertStarted('graphqlHandler()');
  return async (req, res, next) => {
    try {
      if (!('body' in req)) {
        res
          .status(500)
          .send(
            '`req.body` is not set; this probably means you forgot to set up the `json` middleware before the Apollo Server middleware.',
          );
        return;
      }
      const started = performance.now();
      const identity = identityOf(res);
      const requestKey = replayableRequestKey(req, viewOf(identity));
      const accept = req.headers.accept ?? '';
      let version: string | undefined;
      if (requestKey !== null && cache.known(requestKey)) {
        version = await cache.dataVersion();
        const hit = cache.rendering(cacheKeyOf(version, requestKey), accept);
        if (hit) {
          send(res, hit.status, hit.headers, hit.body, hit.etag);
          const { operationName, variables } = req.body as Record<string, unknown>;
          audit.record({
            at: new Date(),
            identity,
            kind: 'query',
            operation: typeof operationName === 'string' ? operationName : '(cached)',
            variables: (variables as Record<string, unknown> | undefined) ?? null,
            rows: hit.rows,
            outcome: 'ok',
            durationMs: performance.now() - started,
          });
          return;
        }
      }

      const contextValue = context(req, res);
      const state = cacheStateOf(contextValue);
      state.version = version; // read after the request arrived: the plugin keys on it too
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: parseUrl(req.url).search ?? '',
          body: req.body,
        },
        context: async () => contextValue,
      });
      const status = jsonRequestErrorStatus(response) ?? response.status ?? 200;
      const responseHeaders = [...response.headers];
      if (response.body.kind === 'complete') {
        send(res, status, responseHeaders, response.body.string);
        // Only a response that is exactly the cached data of this very request (a hit or just
        // stored), kept as Express finished it: content type with charset, ETag, UTF-8 bytes.
        if (
          requestKey !== null &&
          state.cached &&
          state.key !== undefined &&
          state.requestKey === requestKey &&
          status === 200
        ) {
          const contentType = res.getHeader('content-type');
          const etag = res.getHeader('etag');
          cache.storeRendering(state.key, accept, {
            status,
            headers: responseHeaders.map(([name, value]) =>
              name.toLowerCase() === 'content-type' && typeof contentType === 'string'
                ? [name, contentType]
                : [name, value],
            ),
            etag: typeof etag === 'string' ? etag : undefined,
            body: Buffer.from(response.body.string, 'utf8'),
            rows: state.rows ?? null,
          });
        }
        return;
      }
      for (const [key, value] of responseHeaders) res.setHeader(key, value);
      res.statusCode = status;
      for await (const chunk of response.body.asyncIterator) {
        res.write(chunk);
        if (typeof (res as { flush?: () => void }).flush === 'function')
          (res as unknown as { flush: () => void }).flush();
      }
      res.end();
    } catch (error) {
      next(error);
    }
  };
}

/** Request errors that GraphQL over HTTP answers 200 under `application/json`. */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

/**
 * GraphQL over HTTP: a client that accepts `application/json` (legacy) gets 200 for a document
 * that does not parse or validate and for variables that do not coerce, the errors in the body;
 * `application/graphql-response+json` keeps Apollo's 400. Other 400s (a query too complex) stay.
 */
function jsonRequestErrorStatus(response: HTTPGraphQLResponse): number | undefined {
  if (response.status !== 400 || response.body.kind !== 'complete') return undefined;
  if (!response.headers.get('content-type')?.startsWith('application/json')) return undefined;
  try {
    const body = JSON.parse(response.body.string) as {
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '');
    return codes.length > 0 && codes.every((c) => REQUEST_ERRORS.has(c)) ? 200 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Express's send (length, ETag, 304 when fresh); a replay brings its ETag, so the body is not
 * hashed again.
 */
function send(
  res: express.Response,
  status: number,
  headers: Array<[string, string]>,
  body: string | Buffer,
  etag?: string,
): void {
  for (const [key, value] of headers) res.setHeader(key, value);
  if (etag !== undefined) res.setHeader('ETag', etag);
  res.statusCode = status;
  res.send(body);
}

/**
 * The request key of a POST that Apollo reads as exactly (operationName, query, variables): a JSON
 * object with a string query, no extensions (persisted queries and the like), variables an object
 * if any, operationName a string if any. Null for anything else, which Apollo alone answers.
 */
function replayableRequestKey(req: express.Request, view: string): string | null {
  if (req.method !== 'POST') return null;
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string' || query === '') return null;
  if (extensions !== undefined && extensions !== null) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return null;
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  )
    return null;
  return requestKeyOf(view, operationName as string | null | undefined, query, variables);
}
