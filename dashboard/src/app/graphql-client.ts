import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { authorizationHeader, type Session } from './session';

/**
 * The dashboard's GraphQL client: the session's credential on every request, urql's document
 * cache (a mutation's result invalidates the cached queries of the types it returns), and a 401
 * (key revoked, token expired) signs out.
 */
export function createGraphqlClient(session: Session, onUnauthorized: () => void): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      mapExchange({
        onError(error) {
          if ((error.response as Response | undefined)?.status === 401) onUnauthorized();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: () => ({ headers: authorizationHeader(session) }),
    requestPolicy: 'cache-first',
  });
}
