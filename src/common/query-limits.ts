import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNullableType,
  isListType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import type { DataSource } from 'typeorm';
import type { AuthUser } from './auth';
import { hit } from './rate-limit';
import { DEFAULT_PAGE_SIZE } from './pagination';

export interface QueryLimits {
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /** Field selections in one operation after expanding fragments (each alias counts). */
  maxFields: number;
  mutationsPerMinutePerUser: number;
  mutationsPerMinutePerIp: number;
}

/** What the limits need of the request context. */
interface LimitedContext {
  dataSource: DataSource;
  ip: string;
  user: AuthUser | null;
}

/** How many items an unpaged list field is assumed to return when costing a query. */
export const ASSUMED_LIST_SIZE = 10;

const refuse = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Walks an operation's selections (fragments expanded) and returns its depth
 * and number of field selections. Introspection (__schema, __type) is left
 * out: it is governed by GRAPHQL_INTROSPECTION instead.
 */
export function measure(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): { depth: number; fields: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let fields = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let deepest = depth;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        fields += 1;
        if (selection.selectionSet)
          deepest = Math.max(deepest, walk(selection.selectionSet, depth + 1, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(selection.selectionSet, depth, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name))
          deepest = Math.max(deepest, walk(fragment.selectionSet, depth, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  const depth = walk(operation.selectionSet, 0, new Set());
  return { depth, fields };
}

/** Connections cost their page size times their items; other lists an assumed size. */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * Math.max(first, 1);
  }
  const type = getNullableType(field.type);
  // A connection's edges were already multiplied by its page size.
  if (isListType(type) && field.name !== 'edges') return 1 + childComplexity * ASSUMED_LIST_SIZE;
  return undefined;
};

/**
 * Refuses, before execution, operations that are too deep, too large or too
 * costly, and throttles mutations per user and per client address (counters
 * in PostgreSQL, shared by every API process).
 */
export function queryLimitsPlugin(
  schema: GraphQLSchema,
  limits: QueryLimits,
): ApolloServerPlugin<LimitedContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const { depth, fields } = measure(document, operation);
          if (depth > limits.maxQueryDepth) {
            throw refuse(
              'QUERY_TOO_DEEP',
              `Query depth ${depth} exceeds the maximum of ${limits.maxQueryDepth}.`,
            );
          }
          if (fields > limits.maxFields) {
            throw refuse(
              'QUERY_TOO_COMPLEX',
              `Query selects ${fields} fields; the maximum is ${limits.maxFields}.`,
            );
          }
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [
              fieldExtensionsEstimator(),
              listEstimator,
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (complexity > limits.maxQueryComplexity) {
            throw refuse(
              'QUERY_TOO_COMPLEX',
              `Query complexity ${complexity} exceeds the maximum of ${limits.maxQueryComplexity}; ask for smaller pages or fewer fields.`,
            );
          }
          if (operation.operation === 'mutation') {
            const em = contextValue.dataSource.manager;
            const checks = [
              hit(em, `mutations:ip:${contextValue.ip}`, 60).then(
                (w) => [w, limits.mutationsPerMinutePerIp] as const,
              ),
            ];
            if (contextValue.user) {
              checks.push(
                hit(em, `mutations:user:${contextValue.user.id}`, 60).then(
                  (w) => [w, limits.mutationsPerMinutePerUser] as const,
                ),
              );
            }
            for (const [window, max] of await Promise.all(checks)) {
              if (window.hits > max) {
                throw new GraphQLError(`Too many changes; try again in ${window.retryAfterSeconds} s.`, {
                  extensions: {
                    code: 'RATE_LIMITED',
                    retryAfterSeconds: window.retryAfterSeconds,
                    http: { status: 429 },
                  },
                });
              }
            }
          }
        },
      };
    },
  };
}
