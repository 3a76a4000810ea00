import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { HubContext } from '../context';
import {
  CACHEABLE_FIELDS,
  cacheKeyOf,
  cacheStateOf,
  requestKeyOf,
  viewOf,
  type ResponseCache,
} from './response-cache';

/**
 * Answers dashboard questions (coverage, gap pages, J1 groups…) from the response cache, and fills
 * it: a query whose every root field is cacheable is keyed on the data version (read after the
 * request arrived) and the request; a hit skips execution, and a response without errors is
 * stored. Mutations and any other field go through untouched. The HTTP handler replays stored
 * responses before Apollo (see graphql-handler.ts); this plugin serves every other hit (GET,
 * another Accept header, a request with extensions).
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<HubContext> {
  const keyOf = async (
    context: GraphQLRequestContextResponseForOperation<HubContext>,
  ): Promise<{ key: string; requestKey: string } | null> => {
    const operation = context.operation;
    if (operation.operation !== 'query' || context.source === undefined) return null;
    const fields = operation.selectionSet.selections;
    if (!fields.every((s) => s.kind === 'Field' && CACHEABLE_FIELDS.has(s.name.value))) return null;
    const requestKey = requestKeyOf(
      viewOf(context.contextValue.identity),
      context.request.operationName,
      context.source,
      context.request.variables,
    );
    const state = cacheStateOf(context.contextValue);
    return {
      key: cacheKeyOf(state.version ?? (await cache.dataVersion()), requestKey),
      requestKey,
    };
  };
  return {
    async requestDidStart() {
      let found: { key: string; requestKey: string } | null = null;
      return {
        async responseForOperation(context) {
          found = await keyOf(context);
          if (!found) return null;
          const state = cacheStateOf(context.contextValue);
          state.key = found.key;
          state.requestKey = found.requestKey;
          const data = cache.data(found.key);
          if (!data) return null;
          state.cached = true;
          return {
            http: { headers: new HeaderMap(), status: undefined },
            body: { kind: 'single', singleResult: { data } },
          };
        },
        async willSendResponse(context) {
          if (!found || context.response.body.kind !== 'single') return;
          const result = context.response.body.singleResult;
          if (result.errors || !result.data) return;
          cache.store(found.key, found.requestKey, result.data);
          cacheStateOf(context.contextValue).cached = true;
        },
      };
    },
  };
}
