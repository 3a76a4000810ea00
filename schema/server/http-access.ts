import type express from 'express';
import type { Authenticator } from '../../src/access/authenticator';
import { may, type Identity } from '../../src/access/identity';
import { AuthenticationError } from '../../src/access/token-verifier';
import type { RequestAuditLog } from '../access/request-audit-log';
import { persistedOperationOf, type PersistedOperation } from './persisted-operations';
import type { RequestRateLimiter } from './rate-limit';

/** The identity the access middleware found for this request. */
export function identityOf(res: express.Response): Identity {
  return res.locals.identity as Identity;
}

/** The acting person (`x-hub-actor`), recorded with the identity in the audit of changes. */
export function actorOf(req: express.Request, identity: Identity): string {
  const header = req.headers['x-hub-actor'];
  const value = Array.isArray(header) ? header[0] : header;
  const person = value && /^[\w.@-]{1,64}$/.test(value) ? value : null;
  if (identity.via === 'open') return person ?? 'anonymous';
  return person ? `${identity.subject}/${person}` : identity.subject;
}

/** A GraphQL-shaped error body, for answers given before GraphQL runs. */
export function errorBody(message: string, code: string): { errors: unknown[] } {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Tells who is asking (see Authenticator); without a valid key or token the answer is 401 with a
 * `WWW-Authenticate: Bearer` challenge, and the refusal is audited.
 */
export function authenticate(
  authenticator: Authenticator,
  audit: RequestAuditLog,
): express.RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    authenticator
      .identify(req.headers.authorization)
      .then((identity) => {
        res.locals.identity = identity;
        next();
      })
      .catch((error: unknown) => {
        if (!(error instanceof AuthenticationError)) return next(error);
        audit.record({
          at: new Date(),
          identity: null,
          kind: req.path.startsWith('/exports') ? 'export' : 'query',
          operation: req.path,
          variables: null,
          rows: null,
          outcome: 'UNAUTHENTICATED',
          durationMs: performance.now() - started,
        });
        res
          .status(401)
          .set('WWW-Authenticate', 'Bearer realm="coverage-hub"')
          .json(errorBody(`authentication required: ${error.message}`, 'UNAUTHENTICATED'));
      });
  };
}

/** 429 with `Retry-After` past the identity's requests per minute. */
export function limitRate(limiter: RequestRateLimiter): express.RequestHandler {
  return (_req, res, next) => {
    limiter
      .consume(identityOf(res).subject)
      .then((retryAfter) => {
        if (retryAfter === null) return next();
        res
          .status(429)
          .set('Retry-After', String(retryAfter))
          .json(errorBody(`too many requests; retry in ${retryAfter} s`, 'RATE_LIMITED'));
      })
      .catch(next);
  };
}

/**
 * Roles without `operations:any` (portals) run persisted operations only: the body's hash or
 * text must name one of the allowlist, whose text then replaces what the client sent.
 */
export function requirePersistedOperations(
  operations: Map<string, PersistedOperation>,
): express.RequestHandler {
  return (req, res, next) => {
    const identity = identityOf(res);
    if (may(identity, 'operations:any')) return next();
    const body: unknown = req.body;
    const found =
      req.method === 'POST' && typeof body === 'object' && body !== null
        ? persistedOperationOf(body as Record<string, unknown>, operations)
        : undefined;
    if (!found) {
      res
        .status(403)
        .json(
          errorBody(
            `the role ${identity.role} POSTs persisted operations only ` +
              `(${[...operations.values()].map((o) => o.name).join(', ')})`,
            'PERSISTED_OPERATION_REQUIRED',
          ),
        );
      return;
    }
    const { variables, operationName } = (body ?? {}) as Record<string, unknown>;
    req.body = {
      query: found.text,
      ...(variables !== undefined ? { variables } : {}),
      ...(typeof operationName === 'string' ? { operationName } : {}),
    };
    next();
  };
}
