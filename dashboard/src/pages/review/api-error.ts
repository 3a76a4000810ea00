import type { CombinedError } from 'urql';

/** The API's own words for a refused operation (not urql's "[GraphQL] …" prefix). */
export function apiMessage(error: CombinedError): string {
  return error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
}
