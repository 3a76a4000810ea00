import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Pool } from 'pg';
import type { HubContext } from '../context';

/** Read-only questions whose answers change only when a sync or a coverage run commits. */
const CACHEABLE_FIELDS = new Set(['coverage', 'gaps', 'jointCoverageCandidates', 'venueSummary', 'jointMeetings']);
const CAPACITY = 1000;

/**
 * Caches whole responses of dashboard questions (coverage, gap pages, J1 groups…) per data version:
 * the newest sync run, rollup rebuild and audited change (merges, splits, meetings), read with one
 * small query per request. Any of them changes the version, so a cached answer is never older than
 * the data it was computed from. Mutations and any other field go through untouched. Per process.
 */
export function responseCachePlugin(pool: Pool): ApolloServerPlugin<HubContext> {
  const entries = new Map<string, Record<string, unknown>>();
  const dataVersion = async (): Promise<string> => (await pool.query<{ v: string }>(
    `select coalesce((select max(refreshed_at)::text from coverage_rollup_state), '') || '/' ||
            coalesce((select max(id)::text from sync_run), '') || '/' || coalesce((select max(id)::text from audit_entry), '') as v`,
  )).rows[0].v;
  const cacheKey = async (context: GraphQLRequestContextResponseForOperation<HubContext>): Promise<string | null> => {
    const operation = context.operation;
    if (operation.operation !== 'query') return null;
    const fields = operation.selectionSet.selections;
    if (!fields.every((s) => s.kind === 'Field' && CACHEABLE_FIELDS.has(s.name.value))) return null;
    return `${await dataVersion()}|${context.operationName ?? ''}|${context.source}|${JSON.stringify(context.request.variables ?? {})}`;
  };
  return {
    async requestDidStart() {
      let key: string | null = null;
      return {
        async responseForOperation(context) {
          key = await cacheKey(context);
          const data = key ? entries.get(key) : undefined;
          if (!key || !data) return null;
          entries.delete(key); // most recently used goes last
          entries.set(key, data);
          return { http: { headers: new HeaderMap(), status: undefined }, body: { kind: 'single', singleResult: { data } } };
        },
        async willSendResponse(context) {
          if (!key || entries.has(key) || context.response.body.kind !== 'single') return;
          const result = context.response.body.singleResult;
          if (result.errors || !result.data) return;
          entries.set(key, result.data);
          if (entries.size > CAPACITY) entries.delete(entries.keys().next().value!);
        },
      };
    },
  };
}
