import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Rejects operations whose estimated cost exceeds the limit before any resolver runs: list fields
 * cost their `first` times their children, so a portal cannot ask for a million rows by accident.
 */
export function complexityLimitPlugin(
  schema: GraphQLSchema,
  maximumComplexity: number,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [
                fieldExtensionsEstimator(),
                ({ args, childComplexity }) =>
                  typeof args.first === 'number'
                    ? Math.max(args.first, 1) * (childComplexity + 1)
                    : undefined,
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch {
            // Variables that do not coerce: execution refuses them with a 400 naming the variable,
            // before any resolver runs.
            return;
          }
          if (complexity > maximumComplexity) {
            throw new GraphQLError(
              `query is too complex: ${complexity} > ${maximumComplexity}; ask for fewer rows or fields`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maximumComplexity },
              },
            );
          }
        },
      };
    },
  };
}
