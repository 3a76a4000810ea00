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
import { mountExports } from '../exports/export-routes';
import { MIGRATIONS } from '../../src/storage/migrations';

export interface ApiDependencies {
  orm: MikroORM;
  pool: Pool;
  feeds: Record<SourceId, FeedConfig>;
  port: number;
  host?: string;
  maxComplexity?: number;
}

export interface ApiServer {
  url: string;
  port: number;
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
  const app = express();
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
  mountExports(app, { pool: deps.pool });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    graphqlHandler(apollo, responseCache, (req) =>
      createContext(
        { em: deps.orm.em, pool: deps.pool, feeds: deps.feeds },
        actorOf(req.headers['x-hub-actor']),
      ),
    ),
  );

  // Unexpected failures answer JSON without internals; the details go to the log.
  app.use(
    (error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) res.status(500).json({ error: 'internal error' });
    },
  );

  const host = deps.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(deps.port, host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : deps.port;
  const url = `http://localhost:${port}/graphql`;
  return { url, port, close: () => apollo.stop() };
}

/**
 * The acting person for the audit trail; a deployment puts authentication in front and sets the
 * header.
 */
function actorOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.@-]{1,64}$/.test(value) ? value : 'anonymous';
}
