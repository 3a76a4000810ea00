import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Pool } from 'pg';
import type { FeedConfig } from '../../src/config/hub-config';
import type { SourceId } from '../../src/model/feeds';
import { logger } from '../../src/runtime/logger';
import { metricsRegistry } from '../../src/runtime/metrics';
import { buildHubSchema } from '../build-schema';
import { createContext, type HubContext } from '../context';
import { complexityLimitPlugin } from './complexity-plugin';
import { graphqlHandler } from './graphql-handler';
import { ResponseCache } from './response-cache';
import { responseCachePlugin } from './response-cache-plugin';
import { mountGraphiql } from './graphiql-page';
import { mountDashboard } from './dashboard-page';
import { mountExports } from '../exports/export-routes';
import { MIGRATIONS } from '../../src/storage/migrations';
import cors from 'cors';
import type { AuthConfig } from '../../src/access/auth-config';
import { Authenticator } from '../../src/access/authenticator';
import { accessPlugin } from '../access/access-plugin';
import { RequestAuditLog } from '../access/request-audit-log';
import {
  actorOf,
  authenticate,
  errorBody,
  identityOf,
  limitRate,
  requirePersistedOperations,
} from './http-access';
import { loadPersistedOperations } from './persisted-operations';
import { RequestRateLimiter } from './rate-limit';
import { startSubscriptionServer } from './subscription-server';
import { WebhookOutbox } from '../../jobs/webhook-outbox';

export interface ApiDependencies {
  orm: MikroORM;
  pool: Pool;
  feeds: Record<SourceId, FeedConfig>;
  port: number;
  host?: string;
  maxComplexity?: number;
  /** Who may call (every caller decides: the product from its configuration, tests as needed). */
  auth: AuthConfig;
  /** Redis for the shared rate limits (per-replica counting without it). */
  redisUrl?: string;
  /** Prefix of the hub's Redis keys. */
  redisPrefix?: string;
}

export interface ApiServer {
  url: string;
  port: number;
  /** The audit trail's writer (tests flush it before reading `request_audit`). */
  audit: RequestAuditLog;
  /** Forgets cached key lookups (after a key is revoked elsewhere). */
  forgetKeys(): void;
  close(): Promise<void>;
}

/**
 * The HTTP face of the hub: `/graphql` (API, and GraphiQL for browsers), `/healthz`, `/readyz`,
 * `/metrics`.
 * Stateless: any number of replicas can serve the same database.
 */
export async function startApiServer(deps: ApiDependencies): Promise<ApiServer> {
  const schema = await buildHubSchema();
  const responseCache = new ResponseCache(deps.pool);
  const audit = new RequestAuditLog(deps.pool);
  const authenticator = new Authenticator(deps.pool, deps.auth);
  const limiter =
    deps.auth.rateLimitPerMinute > 0
      ? new RequestRateLimiter(
          deps.auth.rateLimitPerMinute,
          deps.redisUrl,
          deps.redisPrefix ?? 'hub',
        )
      : null;
  await limiter?.ready();
  const webhooks = deps.redisUrl
    ? new WebhookOutbox(deps.redisUrl, deps.redisPrefix ?? 'hub')
    : undefined;
  const persisted = loadPersistedOperations();
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer<HubContext>({
    schema,
    introspection: true,
    // The hub's own shutdown stops Apollo; Apollo's signal handlers would race it and re-raise the
    // signal.
    stopOnTerminationSignals: false,
    // Error responses never carry server internals, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The hub sets no cache hints; without this plugin Apollo wraps every field resolver to
      // collect them.
      ApolloServerPluginCacheControlDisabled(),
      accessPlugin(schema, audit, deps.auth),
      complexityLimitPlugin(schema, deps.maxComplexity ?? 50_000),
      responseCachePlugin(responseCache),
    ],
    logger: {
      debug: () => {},
      info: () => {},
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await deps.pool.query('select 1');
      res.json({ status: 'ok' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', error: (error as Error).message });
    }
  });
  // Ready for traffic: the database answers and has every migration this build knows (a replica
  // started before `hub migrate` finished, or against an older schema, is kept out of rotation).
  app.get('/readyz', async (_req, res) => {
    try {
      const applied = await deps.pool.query<{ name: string }>('select name from hub_migrations');
      const names = new Set(applied.rows.map((r) => r.name));
      const pending = MIGRATIONS.filter((m) => !names.has(m.name)).map((m) => m.name);
      if (pending.length > 0) res.status(503).json({ status: 'migrations pending', pending });
      else res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', error: (error as Error).message });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  mountGraphiql(app);
  const contextDeps = {
    em: deps.orm.em,
    pool: deps.pool,
    feeds: deps.feeds,
    forgetKeys: () => authenticator.forget(),
    webhooks,
  };
  const subscriptions = startSubscriptionServer(
    httpServer,
    schema,
    contextDeps,
    authenticator,
    audit,
  );
  const access: express.RequestHandler[] = [
    cors({ origin: deps.auth.corsOrigins, maxAge: 600 }),
    authenticate(authenticator, audit),
    ...(limiter ? [limitRate(limiter)] : []),
  ];
  mountExports(app, { pool: deps.pool, audit }, access);
  app.use(
    '/graphql',
    ...access,
    express.json({ limit: deps.auth.maxBodyBytes }),
    requirePersistedOperations(persisted),
    graphqlHandler(
      apollo,
      responseCache,
      (req, res) => createContext(contextDeps, identityOf(res), actorOf(req, identityOf(res))),
      audit,
    ),
  );

  mountDashboard(app, deps.auth);

  // Client faults (a body over the limit, JSON that does not parse) answer their 4xx; anything
  // else answers 500 without internals, the details going to the log.
  app.use(
    (
      error: HttpError,
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = error.status ?? error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        if (!res.headersSent)
          res.status(status).json(errorBody(clientFault(error, deps.auth), 'BAD_REQUEST'));
        return;
      }
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent)
        res.status(500).json(errorBody('internal error', 'INTERNAL_SERVER_ERROR'));
    },
  );

  // Open mode is for the newcomer's sandbox: nobody else can reach it.
  const host = deps.auth.mode === 'open' ? '127.0.0.1' : (deps.host ?? '0.0.0.0');
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(deps.port, host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : deps.port;
  const url = `http://localhost:${port}/graphql`;
  return {
    url,
    port,
    audit,
    forgetKeys: () => authenticator.forget(),
    close: async () => {
      await subscriptions.close();
      await apollo.stop();
      await audit.close();
      await limiter?.close();
      await webhooks?.close();
    },
  };
}

type HttpError = Error & { status?: number; statusCode?: number; type?: string; limit?: number };

function clientFault(error: HttpError, auth: AuthConfig): string {
  if (error.type === 'entity.too.large')
    return `request body over the limit of ${auth.maxBodyBytes} bytes (HUB_MAX_BODY_BYTES)`;
  if (error.type === 'entity.parse.failed') return 'the request body is not valid JSON';
  return error.message;
}
