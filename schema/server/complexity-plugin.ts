import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type GraphQLSchema,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** What a list of objects without `first` costs per level, and an object lookup. */
const LIST_COST = 10;
const OBJECT_COST = 5;

/**
 * Rejects operations whose estimated cost exceeds the limit before any resolver runs: list fields
 * cost their `first` times their children, lists without one ten times, every object (aliases
 * included) a lookup; so neither a million rows nor two thousand aliased lookups run (400).
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
                // A connection's edges are what its `first` already counted.
                ({ field, childComplexity }) =>
                  field.name === 'edges' ? childComplexity : undefined,
                // A list without `first` (an organization's links, attributes…) reads rows.
                ({ field, childComplexity }) =>
                  isListType(getNullableType(field.type)) &&
                  isCompositeType(getNamedType(field.type))
                    ? LIST_COST * (childComplexity + 1)
                    : undefined,
                // An object is a lookup (`organization(id:)`, a node's coverage), aliased or not.
                ({ field, childComplexity }) =>
                  isCompositeType(getNamedType(field.type))
                    ? OBJECT_COST + childComplexity
                    : undefined,
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch (error) {
            // More than the library's 10,000 selected fields (aliases count) is too complex too.
            if (error instanceof Error && /number of nodes/.test(error.message))
              throw tooComplex('more than 10000 fields selected', maximumComplexity);
            // Variables that do not coerce: execution refuses them with a 400 naming the variable,
            // before any resolver runs.
            return;
          }
          if (complexity > maximumComplexity)
            throw tooComplex(`${complexity} > ${maximumComplexity}`, maximumComplexity, complexity);
        },
      };
    },
  };
}

function tooComplex(why: string, maximumComplexity: number, complexity?: number): GraphQLError {
  return new GraphQLError(`query is too complex: ${why}; ask for fewer rows or fields`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maximumComplexity, http: { status: 400 } },
  });
}
