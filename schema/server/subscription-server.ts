import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Authenticator } from '../../src/access/authenticator';
import type { Identity } from '../../src/access/identity';
import { may } from '../../src/access/identity';
import { logger } from '../../src/runtime/logger';
import type { RequestAuditLog } from '../access/request-audit-log';
import { createContext, type ContextDependencies } from '../context';

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the API's port, path
 * `/graphql`. A socket proves who it is once, with `connectionParams: { authorization: "Bearer
 * <key or token>" }`; every subscription is audited and region-scoped like the HTTP API.
 */
export function startSubscriptionServer(
  httpServer: Server,
  schema: GraphQLSchema,
  deps: ContextDependencies,
  authenticator: Authenticator,
  audit: RequestAuditLog,
): { close(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  wsServer.on('error', (error) => logger.warn({ err: error }, 'websocket server error'));
  const identities = new WeakMap<object, Identity>();
  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const authorization = (ctx.connectionParams?.authorization ??
          ctx.connectionParams?.Authorization) as string | undefined;
        try {
          const identity = await authenticator.identify(authorization);
          // Portals run persisted operations only; subscriptions are not among them.
          if (!may(identity, 'operations:any')) return false;
          identities.set(ctx.extra, identity);
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => {
        const identity = identities.get(ctx.extra)!;
        return createContext(deps, identity, identity.subject);
      },
      onSubscribe: (ctx, _id, payload) => {
        audit.record({
          at: new Date(),
          identity: identities.get(ctx.extra) ?? null,
          kind: 'query',
          operation: payload.operationName ?? 'subscription',
          variables: payload.variables ?? null,
          rows: null,
          outcome: 'subscribed',
          durationMs: 0,
        });
      },
    },
    wsServer,
  );
  return {
    close: async () => {
      await server.dispose();
      await new Promise((resolve) => wsServer.close(resolve));
    },
  };
}
