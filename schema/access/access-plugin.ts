import type { ApolloServerPlugin } from '@apollo/server';
import {
  NoSchemaIntrospectionCustomRule,
  validate,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { mayIntrospect, type AuthConfig } from '../../src/access/auth-config';
import type { HubContext } from '../context';
import { cacheStateOf } from '../server/response-cache';
import { forbidden } from './access-guard';
import type { RequestAuditLog } from './request-audit-log';

/** Rows an answer returns: root list items and connection edges, single objects as one. */
export function rowsOf(data: Record<string, unknown> | null | undefined): number | null {
  if (!data) return null;
  let rows = 0;
  for (const value of Object.values(data)) {
    if (Array.isArray(value)) rows += value.length;
    else if (value && typeof value === 'object') {
      const edges = (value as { edges?: unknown }).edges;
      rows += Array.isArray(edges) ? edges.length : 1;
    }
  }
  return rows;
}

/** The operation's name, else its root fields: what the audit trail calls it. */
export function operationLabel(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return '(unparsed)';
  if (operation.name) return operation.name.value;
  return operation.selectionSet.selections
    .map((s) => (s.kind === 'Field' ? s.name.value : '…'))
    .join(',');
}

/**
 * Per request: introspection only for roles granted it, and an audit entry of every operation —
 * who, when, the operation and its variables, rows returned, outcome — whether Apollo ran it or
 * served it from the response cache (the HTTP handler audits its own replays).
 */
export function accessPlugin(
  schema: GraphQLSchema,
  audit: RequestAuditLog,
  auth: AuthConfig,
): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didResolveOperation({ document, contextValue }) {
          if (mayIntrospect(auth, contextValue.identity)) return;
          if (validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0)
            throw forbidden(`the role ${contextValue.identity.role} may not introspect the schema`);
        },
        async willSendResponse({ response, operation, request, contextValue, errors }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : null;
          const rows = rowsOf(single?.data);
          cacheStateOf(contextValue).rows = rows;
          const firstError = errors?.[0] ?? single?.errors?.[0];
          audit.record({
            at: new Date(),
            identity: contextValue.identity,
            kind: operation?.operation === 'mutation' ? 'mutation' : 'query',
            operation: operationLabel(operation ?? undefined),
            variables: request.variables ?? null,
            rows,
            outcome: firstError
              ? String((firstError.extensions?.code as string | undefined) ?? 'ERROR')
              : 'ok',
            durationMs: performance.now() - started,
          });
        },
      };
    },
  };
}
